import { maxOf, pushAll } from '../arrays.js';
import type { Style } from '../render/style.js';
import type { Block, Draft } from './draftTypes.js';

/**
 * The draft for a terminal or a .txt file. Paragraphs are not hard-wrapped: the draft is
 * meant to be edited and pasted into an email, where fixed line breaks get in the way,
 * and terminals wrap long lines themselves. Each heading is one line with its rule; a
 * paragraph that ends in a colon stays with the list, lines or letter it introduces, and
 * anything else is set apart by one blank line, so the draft reads in a screenful or two.
 */
export function renderDraftText(d: Draft, s: Style): string {
  const out: string[] = [s.bold(d.title), s.dim(d.meta), s.dim(d.intro)];
  for (const section of d.sections) {
    const width = [...section.heading].length;
    out.push('', `${s.bold(section.heading)} ${s.dim('─'.repeat(Math.max(3, RULE - width - 1)))}`);
    let prev: Block | null = null;
    for (const b of section.blocks) {
      if (prev && !introduces(prev, b)) out.push('');
      pushAll(out, block(b, s));
      prev = b;
    }
  }
  return out.join('\n') + '\n';
}

/** "To open:" and the lines to say; "The strongest evidence:" and the list. */
const introduces = (prev: Block, next: Block) => prev.kind === 'p' && next.kind !== 'p' && prev.text.trimEnd().endsWith(':');

/** Where a heading's rule ends: a common terminal width. */
const RULE = 72;

function block(b: Block, s: Style): string[] {
  switch (b.kind) {
    case 'p':
      return [b.text];
    case 'list':
      return b.items.flatMap((i) => [`  • ${i.text}`, ...(i.sub ?? []).map((l) => `      ${s.dim(l)}`)]);
    case 'say':
      return b.lines.map((l) => `  ${s.cyan(l)}`);
    case 'quote':
      return [`  ${s.dim('│')} ${b.text}`];
    case 'fields': {
      const width = maxOf(b.rows.map((r) => [...r.label].length)) + 1;
      return b.rows.map((r) => `  ${s.bold(`${r.label}:`.padEnd(width + (r.label.length - [...r.label].length)))}  ${r.value}`);
    }
    case 'letter':
      return b.lines.map((l) => (l ? `    ${l}` : ''));
  }
}
