import { describe, expect, it } from 'vitest';
import { secondDocumentLine } from '../../src/core/yamlDocuments.js';

describe('secondDocumentLine', () => {
  it('is null for one document, with or without an explicit start', () => {
    expect(secondDocumentLine('name: A\nevents: []\n')).toBeNull();
    expect(secondDocumentLine('# comment\n---\nname: A\n')).toBeNull();
    expect(secondDocumentLine('%YAML 1.2\n---\nname: A\n...\n# trailing comment\n')).toBeNull();
    expect(secondDocumentLine('note: "a --- b"\nx: |\n  ---indented\n')).toBeNull();
    expect(secondDocumentLine('')).toBeNull();
  });

  it('names the line of the second `---`', () => {
    expect(secondDocumentLine('name: A\nevents: []\n---\nevents:\n  - {date: 2026-01-01, type: abuse}\n')).toBe(3);
    expect(secondDocumentLine('---\nname: A\n---\n')).toBe(3);
    expect(secondDocumentLine('--- {name: A}\n--- {name: B}\n')).toBe(2);
    expect(secondDocumentLine('\uFEFFname: A\r\n---\r\nx: 1\r\n')).toBe(2);
  });

  it('names the first content after a `...` document end', () => {
    expect(secondDocumentLine('name: A\n...\n\nevents: []\n')).toBe(4);
  });
});
