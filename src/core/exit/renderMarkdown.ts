import { mdEscape } from '../render/markdown.js';
import { safe } from '../render/safeText.js';
import type { Block, Draft, Escape } from './draftTypes.js';

/** Markdown escaping for the draft builder: user text escaped, file names as code spans. */
export const markdownEscape: Escape = {
  text: mdEscape,
  // A backtick inside a code span would end it; a file name almost never has one.
  code: (s) => `\`${safe(s).replace(/`/g, "'")}\``,
};

/** The draft as Markdown, for notes apps and `--out draft.md`. */
export function renderDraftMarkdown(d: Draft): string {
  const out: string[] = [`# ${d.title}`, '', d.meta, '', `_${d.intro}_`];
  for (const section of d.sections) {
    out.push('', `## ${section.heading}`);
    for (const b of section.blocks) out.push('', ...block(b));
  }
  return out.join('\n') + '\n';
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'p':
      return [b.text];
    case 'list':
      return b.items.flatMap((i) => [`- ${i.text}`, ...(i.sub ?? []).map((l) => `  - ${l}`)]);
    case 'say':
      // A blank quoted line between them, or Markdown would join the lines into one.
      return b.lines.flatMap((l, i) => (i ? ['>', `> ${l}`] : [`> ${l}`]));
    case 'quote':
      return [`> ${b.text}`];
    case 'fields':
      return b.rows.map((r) => `- **${r.label}:** ${r.value}`);
    case 'letter':
      return letter(b.lines);
  }
}

/**
 * The confirmation as a quoted block. Consecutive plain lines (the signature) end with a
 * backslash, CommonMark's hard line break, so they stay on separate lines when rendered.
 */
function letter(lines: string[]): string[] {
  return lines.map((l, i) => {
    if (!l) return '>';
    const next = lines[i + 1];
    const plain = (s: string | undefined) => Boolean(s) && !/^\s*- /.test(s!);
    return `> ${l}${plain(l) && plain(next) ? '\\' : ''}`;
  });
}
