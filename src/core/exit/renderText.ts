import { maxOf } from '../arrays.js';
import type { Style } from '../render/style.js';
import type { Block, Draft } from './draftTypes.js';

/**
 * The draft for a terminal or a .txt file. Paragraphs are not hard-wrapped: the draft is
 * meant to be edited and pasted into an email, where fixed line breaks get in the way,
 * and terminals wrap long lines themselves.
 */
export function renderDraftText(d: Draft, s: Style): string {
  const out: string[] = [s.bold(d.title), s.dim(d.meta), '', s.dim(d.intro)];
  for (const section of d.sections) {
    out.push('', '', s.bold(section.heading), s.dim('─'.repeat(Math.min(72, [...section.heading].length))));
    for (const b of section.blocks) out.push('', ...block(b, s));
  }
  return out.join('\n') + '\n';
}

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
