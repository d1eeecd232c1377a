/**
 * Helpers for lint unit tests: inline YAML through the same pure pipeline the command
 * uses (parseForLint → classify → lintFile), and the fixture expectations format.
 */
import { catalogs } from '../../../src/core/i18n/index.js';
import { lintEn } from '../../../src/core/i18n/lint.en.js';
import { classify, lintFile, parseForLint } from '../../../src/core/lint/run.js';
import type { Finding, LinkedLog, LintKind, ParentInfo } from '../../../src/core/lint/types.js';

export const AS_OF = '2026-11-24';
export const en = catalogs.en;
export const m = lintEn;

export interface InlineOptions {
  file?: string;
  kind?: LintKind;
  asOf?: string;
  logs?: LinkedLog[];
  parent?: ParentInfo;
}

/** Findings for one file given as text, with no other file involved. */
export function lintText(text: string, o: InlineOptions = {}): Finding[] {
  const file = o.file ?? 'x.yaml';
  const parsed = parseForLint(text, file, en, m, o.kind);
  if (!parsed.ok) return parsed.findings;
  const c = classify(parsed.src, o.kind, en, m);
  if (!c.ok) return c.findings;
  return lintFile({ src: parsed.src, kind: c.kind, data: c.data, asOf: o.asOf ?? AS_OF, t: en, m, logs: o.logs, parent: o.parent });
}

/** `L:C severity rule` for each finding, the form fixture expectations are written in. */
export const brief = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.col} ${f.severity} ${f.rule}`);

/** Only the findings of one rule. */
export const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
