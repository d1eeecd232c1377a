/**
 * Helpers for lint unit tests: inline YAML through the same pure pipeline the command
 * uses (parseForLint → classify → lintFile), and the fixture expectations format.
 */
import type { Lang } from '../../../src/core/i18n/index.js';
import { classify, lintFile, parseForLint } from '../../../src/core/lint/run.js';
import type { Finding, LinkedLog, LintKind, ParentInfo } from '../../../src/core/lint/types.js';
import { worded, type Worded } from '../build.js';

export const AS_OF = '2026-11-24';

export interface InlineOptions {
  file?: string;
  kind?: LintKind;
  asOf?: string;
  logs?: LinkedLog[];
  parent?: ParentInfo;
  /** The language the findings are worded in (default English). */
  lang?: Lang;
}

/** Findings for one file given as text, with no other file involved, worded as the formatters word them. */
export function lintText(text: string, o: InlineOptions = {}): Worded<Finding>[] {
  return lintRaw(text, o).map((f) => worded(f, o.lang));
}

/** The findings as the rules make them: messages not yet worded. */
export function lintRaw(text: string, o: InlineOptions = {}): Finding[] {
  const file = o.file ?? 'x.yaml';
  const parsed = parseForLint(text, file, o.kind);
  if (!parsed.ok) return parsed.findings;
  const c = classify(parsed.src, o.kind);
  if (!c.ok) return c.findings;
  return lintFile({ src: parsed.src, kind: c.kind, data: c.data, asOf: o.asOf ?? AS_OF, logs: o.logs, parent: o.parent });
}

type Placed = Pick<Finding, 'line' | 'col' | 'severity' | 'rule'>;

/** `L:C severity rule` for each finding, the form fixture expectations are written in. */
export const brief = (fs: readonly Placed[]) => fs.map((f) => `${f.line}:${f.col} ${f.severity} ${f.rule}`);

/** Only the findings of one rule. */
export const ofRule = <T extends Placed>(fs: readonly T[], rule: string) => fs.filter((f) => f.rule === rule);
