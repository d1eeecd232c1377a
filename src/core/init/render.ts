import { pushAll } from '../arrays.js';
import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import type { EditCatalog } from '../i18n/index.js';
import { renderEvent } from '../edit/renderItem.js';
import type { InitAnswers } from './answers.js';

/** One line of the new profile: YAML, an optional aligned comment, maybe commented out as a hint. */
interface Line {
  code: string;
  note?: string;
  /** Written commented out: a field left out, shown with an example so it is easy to fill in. */
  off?: boolean;
}

/** Comments start here, as in DESIGN.md's example profile. */
const COMMENT_COL = 30;

function lineText(l: Line): string {
  // `#` right after the indentation: deleting "# " on each line turns a hint into YAML.
  const code = !l.off ? l.code : l.code.trim() ? l.code.replace(/^( *)/, '$1# ') : '#';
  return l.note ? `${code}${' '.repeat(Math.max(2, COMMENT_COL - code.length))}# ${l.note}` : code;
}

/** `key: value` with the yaml library's quoting (a name such as `Invoice #42` needs it). */
function pairText(key: string, value: string | number | boolean): string {
  return renderEvent([[key, value]], { flow: false, padded: false })[0]!;
}

function pair(indent: number, key: string, value: string | number | boolean, note?: string, off = false): Line {
  return { code: ' '.repeat(indent) + pairText(key, value), note, off };
}

/** The clause as a folded `>-` block, wrapped near 80 columns, indented under `termination:`. */
function clauseLines(clause: string, indent: number, off: boolean): Line[] {
  const s = new Scalar(clause);
  s.type = Scalar.BLOCK_FOLDED;
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar('clause'), s));
  const doc = new Document();
  doc.contents = map;
  const text = doc.toString({ lineWidth: 80 - indent - (off ? 2 : 0), indent: 2 }).replace(/\n$/, '');
  return text.split('\n').map((l) => ({ code: l === '' ? '' : ' '.repeat(indent) + l, off }));
}

/** A file name safe to show inside a comment (a newline there would end the comment). */
export function hintName(file: string): string {
  if (!/^[\p{L}\p{N}_.,/\\ -]+$/u.test(file)) return 'FILE';
  return file.includes(' ') ? `"${file}"` : file;
}

export interface RenderOptions {
  /** What the `$schema=` line points at. */
  schemaRef: string;
  /** The file's name as the user typed it, for the hints in the header. */
  file: string;
  /** Shown as the example of a `since:` left out. */
  today: string;
  e: EditCatalog;
}

/**
 * A new client profile as text: the `yaml-language-server` line, a short header, every
 * answer in DESIGN.md's order with a comment saying what it is for, and the fields left
 * out written as commented examples. User text is only ever a YAML value, never a comment.
 */
export function renderProfile(a: InitAnswers, o: RenderOptions): string {
  const c = o.e.profile;
  const x = c.example;
  const file = hintName(o.file);
  const lines: Line[] = [
    { code: `# yaml-language-server: $schema=${o.schemaRef.replace(/[\r\n]/g, '')}` },
    { code: `# ${c.header}` },
    { code: `# ${c.logHint(file)}` },
    { code: `# ${c.scoreHint(file)}` },
    pair(0, 'name', a.name),
    a.industry ? pair(0, 'industry', a.industry, c.industry) : pair(0, 'industry', x.industry, c.industry, true),
  ];
  lines.push(pair(0, 'since', a.since ?? o.today, c.since, !a.since));
  const contact = [a.contactName && pair(2, 'name', a.contactName), a.email && pair(2, 'email', a.email), a.phone && pair(2, 'phone', a.phone)].filter(
    (l): l is Line => Boolean(l),
  );
  if (contact.length) lines.push({ code: 'contact:', note: c.contact }, ...contact);
  else lines.push({ code: 'contact:', note: c.contact, off: true }, pair(2, 'name', x.contactName, undefined, true), pair(2, 'email', x.email, undefined, true));
  pushAll(lines, profileLines(a, o.e));
  pushAll(lines, contractLines(a, o.e));
  lines.push({ code: 'open_work:', note: c.openWork, off: true }, { code: `  - ${pairText('x', x.openWork).slice('x: '.length)}`, off: true });
  // How it ended, for calibrate: written out commented, with today as the example date.
  lines.push({ code: `outcome: {date: ${o.today}, label: bad}`, note: c.outcome, off: true });
  lines.push({ code: 'events:', note: c.events });
  return lines.map(lineText).join('\n') + '\n';
}

function profileLines(a: InitAnswers, e: EditCatalog): Line[] {
  const c = e.profile;
  const fields: [string, string | boolean | undefined, string, string | boolean][] = [
    ['tier', a.tier, c.tier, 'real'],
    ['in_niche', a.inNiche, c.inNiche, true],
    ['within_skills', a.withinSkills, c.withinSkills, true],
    ['budget_fits', a.budgetFits, c.budgetFits, true],
  ];
  const none = fields.every(([, v]) => v === undefined);
  return [
    { code: 'profile:', note: c.profile, off: none },
    ...fields.map(([k, v, note, ex]) => (v === undefined ? pair(2, k, ex, note, true) : pair(2, k, v, note))),
  ];
}

function contractLines(a: InitAnswers, e: EditCatalog): Line[] {
  const c = e.profile;
  const none = [a.rate, a.currency, a.rateUnit, a.paymentTermsDays, a.noticeDays].every((v) => v === undefined);
  const hint = (v: unknown) => none || v === undefined;
  const out: Line[] = [{ code: 'contract:', note: c.contract, off: none }];
  out.push(pair(2, 'rate', a.rate ?? 60, c.rate, hint(a.rate)));
  out.push(pair(2, 'currency', a.currency ?? 'EUR', undefined, hint(a.currency)));
  // The scoring reads a missing unit as `hour`; with a rate, say so in the file.
  const unit = a.rateUnit ?? (a.rate !== undefined ? 'hour' : undefined);
  out.push(pair(2, 'rate_unit', unit ?? 'hour', c.rateUnit, hint(unit)));
  out.push(pair(2, 'payment_terms_days', a.paymentTermsDays ?? 30, c.paymentTerms, hint(a.paymentTermsDays)));
  const term = a.noticeDays === undefined;
  out.push({ code: '  termination:', note: c.termination, off: term });
  out.push(pair(4, 'notice_days', a.noticeDays ?? 30, undefined, term));
  // notice_basis defaults to calendar in the schema; written out so nobody has to know.
  out.push(pair(4, 'notice_basis', a.noticeBasis ?? 'calendar', c.noticeBasis, term));
  out.push(pair(4, 'written_notice', a.writtenNotice ?? true, c.writtenNotice, term || a.writtenNotice === undefined));
  pushAll(out, clauseLines(a.clause ?? e.profile.example.clause, 4, term || a.clause === undefined));
  return out;
}
