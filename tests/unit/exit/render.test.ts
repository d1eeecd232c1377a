/** Layout of the two formats: what each block kind becomes in text and in Markdown. */
import { describe, expect, it } from 'vitest';
import { renderDraftMarkdown } from '../../../src/core/exit/renderMarkdown.js';
import { renderDraftText } from '../../../src/core/exit/renderText.js';
import type { Draft } from '../../../src/core/exit/draft.js';
import { plain } from '../../../src/core/render/style.js';
import { ansi } from '../../support/ansiStyle.js';
import { draftFor, EXIT_EVENTS, planFor, profile } from './fixtures.js';

const DRAFT: Draft = {
  title: 'T',
  meta: 'm',
  intro: 'i',
  sections: [
    {
      id: 'clause',
      heading: 'Step 4 — H',
      blocks: [
        { kind: 'p', text: 'para' },
        { kind: 'say', lines: ['“one”', '“two”'] },
        { kind: 'quote', text: 'clause' },
        { kind: 'fields', rows: [{ label: 'Short', value: 'a' }, { label: 'Much longer', value: 'b' }] },
        { kind: 'list', items: [{ text: 'item', sub: ['detail'] }] },
        { kind: 'letter', lines: ['Subject: S', '', 'Hi,', '', '- bullet', '  - sub', '', 'Kind regards,', 'Name', 'Business'] },
      ],
    },
  ],
};

describe('Markdown', () => {
  const md = renderDraftMarkdown(DRAFT);
  it('keeps lines to say apart with an empty quoted line, so they do not merge', () => {
    expect(md).toContain('> “one”\n>\n> “two”');
  });
  it('bolds field labels and nests list details', () => {
    expect(md).toContain('- **Short:** a\n- **Much longer:** b');
    expect(md).toContain('- item\n  - detail');
  });
  it('quotes the letter, with hard breaks only between consecutive plain lines (the signature)', () => {
    expect(md).toContain('> Subject: S\n>\n> Hi,\n>\n> - bullet\n>   - sub\n>\n> Kind regards,\\\n> Name\\\n> Business\n');
  });
  it('has one title and a heading per section', () => {
    expect(md.startsWith('# T\n\nm\n\n_i_\n\n## Step 4 — H\n')).toBe(true);
  });
});

describe('text', () => {
  it('aligns field values and indents the letter', () => {
    const text = renderDraftText(DRAFT, plain);
    expect(text).toContain('  Short:        a\n  Much longer:  b');
    expect(text).toContain('    Subject: S\n\n    Hi,');
    expect(text).toContain('  │ clause');
    expect(text).toContain('  • item\n      detail');
  });
  it('puts each heading on one line with its rule, after one blank line', () => {
    const text = renderDraftText(DRAFT, plain);
    expect(text.startsWith(`T\nm\ni\n\nStep 4 — H ${'─'.repeat(72 - 11)}\npara\n`)).toBe(true);
  });
  it('keeps a paragraph ending in a colon with what it introduces, and sets anything else apart', () => {
    const text = renderDraftText(
      { ...DRAFT, sections: [{ id: 'contact', heading: 'H', blocks: [{ kind: 'p', text: 'To open:' }, { kind: 'say', lines: ['“a”'] }, { kind: 'p', text: 'Note.' }, { kind: 'say', lines: ['“b”'] }] }] },
      plain,
    );
    expect(text).toContain('To open:\n  “a”\n\nNote.\n\n  “b”\n');
    // The fixture's first paragraph has no colon: a blank line before the lines to say.
    expect(renderDraftText(DRAFT, plain)).toContain('para\n\n  “one”\n  “two”\n\n  │ clause\n\n  Short:');
  });
  it('uses colour only when given a colour style', () => {
    expect(renderDraftText(DRAFT, plain)).not.toContain('\u001b');
    expect(renderDraftText(DRAFT, ansi)).toContain('\u001b[1mT\u001b[22m');
  });
  it('renders a whole draft without a raw control character', () => {
    const text = renderDraftText(draftFor(planFor(profile(EXIT_EVENTS).replace('name: ACME Retail S.L.', 'name: "A\\e[2J\\u202eB"'))), plain);
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).toContain('A\\e[2J\\u{202e}B');
  });
});
