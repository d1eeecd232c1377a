import { parseYaml, type YamlSource } from '../yamlSource.js';
import { asRecord } from './place.js';
import { RULES } from './rules/index.js';
import { duplicateLogs } from './rules/duplicateLogs.js';
import { missingLogs } from './rules/missingLogs.js';
import { schemaRule } from './rules/schema.js';
import { tidy } from './run.js';
import type { Finding, LinkedLog, LintContext, Rule } from './types.js';

/**
 * What a command that scores (score, exit, history, portfolio) learns about the data under
 * its verdict: lint's findings on every client and log file it read, told on stderr and in
 * the report, so a typo never changes a verdict silently.
 */
export interface DataQuality {
  warnings: Finding[];
  /** Events no built-in metric will count because their type is a near miss of one (`invoce`). */
  ignoredEvents: number;
  /** Other events with something doubtful about them (`payed:`, a future date, a repeated ref). */
  doubtfulEvents: number;
}

/** Loading a file already enforces these (a schema error or a missing log stops the command). */
const ENFORCED_BY_LOADING = new Set<Rule>([schemaRule, missingLogs]);

/**
 * Lint's checks on a client or log file a command has read and validated. A source read by
 * the fast event reader has no node positions for its events: when something is found, the
 * text is parsed in full once more to place it, so findings read exactly as `lint` prints them.
 */
export function checkSource(src: YamlSource, kind: 'client' | 'log', asOf: string): Finding[] {
  const found = runChecks(src, kind, asOf);
  if (!found.length || !src.partial) return found;
  const full = parseYaml(src.text, src.file, kind);
  return full.ok ? runChecks(full.src, kind, asOf) : found;
}

/**
 * Lint's checks on a profile's `logs:` list as the command found it on disk (the same file
 * listed twice): they depend on the disk, not on the profile's text alone, so they run
 * apart from checkSource (whose results the portfolio caches by content).
 */
export function checkLogList(src: YamlSource, logs: LinkedLog[]): Finding[] {
  const data = asRecord(src.data);
  if (!data || !logs.length) return [];
  const ctx: LintContext = { file: src.file, kind: 'client', src, data, asOf: '', logs, findings: [] };
  duplicateLogs(ctx);
  return ctx.findings;
}

function runChecks(src: YamlSource, kind: 'client' | 'log', asOf: string): Finding[] {
  const data = asRecord(src.data);
  if (!data) return [];
  const ctx: LintContext = { file: src.file, kind, src, data, asOf, findings: [] };
  for (const rule of RULES[kind]) if (!ENFORCED_BY_LOADING.has(rule)) rule(ctx);
  return ctx.findings;
}

/** Every finding once, in file order, with the events it touches counted once each. */
export function dataQuality(findings: Finding[]): DataQuality {
  const warnings = tidy(findings);
  const ignored = new Set<string>();
  const doubtful = new Set<string>();
  for (const f of warnings) {
    const at = `${f.file}\u0000${f.line}`;
    if (f.rule === 'unknown-event-type') ignored.add(at);
  }
  for (const f of warnings) {
    const at = `${f.file}\u0000${f.line}`;
    if (EVENT_RULES.has(f.rule) && !ignored.has(at)) doubtful.add(at);
  }
  return { warnings, ignoredEvents: ignored.size, doubtfulEvents: doubtful.size };
}

/** Rules that speak about one event (the line of a finding is that event's). */
const EVENT_RULES = new Set<Finding['rule']>(['date-order', 'duplicate-ref', 'unknown-event-field', 'future-date', 'comment-in-value', 'number-as-text']);

export const NO_DATA_PROBLEMS: DataQuality = Object.freeze({ warnings: [], ignoredEvents: 0, doubtfulEvents: 0 }) as DataQuality;
