import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify, isLogOnly } from '../../../src/core/portfolio/classify.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('isLogOnly (text check, no parse)', () => {
  it.each([
    ['a plain log', 'events:\n  - {date: 2026-01-10, type: praise}\n'],
    ['comments and blank lines around', '# yaml-language-server: $schema=x\n# ACME log\n\nevents:   # all of them\n  # 2026\n  - {date: 2026-01-10, type: praise}\n\n'],
    ['items at column 0', 'events:\n- {date: 2026-01-10, type: praise}\n-\n  date: 2026-01-11\n  type: praise\n'],
    ['a BOM and CRLF', '\uFEFFevents:\r\n  - {date: 2026-01-10, type: praise}\r\n\r\n'],
    ['an empty list', 'events: []\n'],
  ])('recognises %s', (_, text) => {
    expect(isLogOnly(bytes(text))).toBe(true);
    // and the full parser agrees: the only top-level key is `events`
    expect(Object.keys(parse(text) as object)).toEqual(['events']);
  });

  it.each([
    ['a profile', 'name: ACME\nevents:\n  - {date: 2026-01-10, type: praise}\n'],
    ['a key after events', 'events:\n  - {date: 2026-01-10, type: praise}\nname: ACME\n'],
    ['a flow mapping', '{events: []}\n'],
    ['a top-level list', '- {date: 2026-01-10, type: praise}\n'],
    ['a document marker', '---\nevents: []\n'],
    ['a directive', '%YAML 1.2\n---\nevents: []\n'],
    ['a quoted key', '"events": []\n'],
    ['a tab', 'events:\n\t- x\n'],
    ['events twice', 'events: []\nevents: []\n'],
    ['a key that only starts like events', 'eventsx: []\n'],
    ['an empty file', ''],
    ['comments only', '# nothing\n'],
  ])('leaves %s to the full parser', (_, text) => {
    expect(isLogOnly(bytes(text))).toBe(false);
  });
});

describe('classify (parsed data)', () => {
  it('tells logs, rubrics and clients apart', () => {
    expect(classify({ events: [] })).toBe('log');
    expect(classify({ id: 'agency', criteria: [] })).toBe('rubric');
    expect(classify({ name: 'ACME', criteria: [] })).toBe('client');
    expect(classify({ name: 'ACME', events: [] })).toBe('client');
    // Anything else is a client, so validation reports what is wrong with it.
    expect(classify({ nombre: 'ACME' })).toBe('client');
    expect(classify('text')).toBe('client');
    expect(classify([1])).toBe('client');
  });
});
