import type { CalibrateCatalog, Catalog } from '../i18n/index.js';
import { num } from '../render/numbers.js';
import type { Rubric } from '../schema/rubric.js';
import type { Calibration } from './analyse.js';

export interface RubricFileOptions {
  /** What the new rubric's `extends:` says: `builtin:NAME` or a path relative to the new file. */
  extendsRef: string;
  /** Today, for the header. */
  date: string;
  t: Catalog;
  c: CalibrateCatalog;
  /** What the `$schema=` line points at, when there is one. */
  schemaRef?: string;
}

/** A YAML scalar for any text: JSON's double-quoted strings are valid YAML. */
const q = (s: string) => JSON.stringify(s);
/** Comments hold only numbers and catalogue text: no line break may end one early. */
const comment = (s: string) => `# ${s.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
/** Numbers written as YAML reads them back exactly (never a locale's decimal comma). */
const yamlNumber = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * The rubric `--write` saves: it `extends` the one calibrated and overrides only the fields
 * the suggestions change, each with a comment saying why, so it lints clean and a person
 * can read, keep or drop each change.
 */
export function calibratedRubricText(cal: Calibration, rubric: Rubric, o: RubricFileOptions): string {
  const { c, t } = o;
  const out: string[] = [];
  if (o.schemaRef) out.push(`# yaml-language-server: $schema=${o.schemaRef.replace(/[\r\n]/g, '')}`);
  for (const l of c.fileHeader(o.date, cal.cases.length, cal.clients.bad, cal.clients.good, cal.lead)) out.push(comment(l));
  out.push('');
  out.push(`id: ${q(`${rubric.id}-calibrated`)}`);
  const title = rubric.title ?? {};
  const en = title.en ?? rubric.id;
  const es = title.es ?? title.en ?? rubric.id;
  out.push(`title: {en: ${q(`${en} (calibrated)`)}, es: ${q(`${es} (calibrada)`)}}`);
  out.push(`extends: ${q(o.extendsRef)}`);
  out.push('criteria:');
  const ids = [...new Set(cal.suggestions.map((s) => s.id))];
  for (const id of ids) {
    const mine = cal.suggestions.filter((s) => s.id === id);
    const w = mine[0]!.why;
    out.push(`  - id: ${q(id)}`);
    out.push(`    ${comment(c.fileWhy(w.raisedBad, w.bad, w.raisedGood, w.good, num(w.lr, t, 1)))}`);
    for (const s of mine) out.push(`    ${s.field}: ${yamlNumber(s.to)}  ${comment(c.fileWas(yamlNumber(s.from)))}`);
  }
  return out.join('\n') + '\n';
}
