/**
 * Shared builders for the unit tests: a Client or a Rubric from inline YAML, through the
 * same pure pipeline the CLI uses (parseYaml → buildClient / buildRubric), and a one-call
 * way to run a single metric over a window ending at as-of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClient, type Client } from '../../src/core/client.js';
import { parseWindow, windowStart } from '../../src/core/dates.js';
import type { Msg } from '../../src/core/errors.js';
import { catalogs, loadMessages, messages, type Catalog, type Lang } from '../../src/core/i18n/index.js';
import { word } from '../../src/core/i18n/word.js';
import { metricFor, PROFILE_METRICS, type MetricResult } from '../../src/core/metrics/index.js';
import { buildRubric } from '../../src/core/rubric.js';
import { eventWeight } from '../../src/core/score.js';
import type { Rubric } from '../../src/core/schema/rubric.js';
import { parseYaml, type YamlSource } from '../../src/core/yamlSource.js';

// English is always loaded; Spanish, as in a run, once something asks for it (loadMessages).
await loadMessages('es');

export const en: Catalog = catalogs.en;
export const es: Catalog = catalogs.es;

/** A message worded as the command words it, in English or Spanish. */
export const wordEn = (msg: Msg): string => word(msg, messages('en'));
export const wordEs = (msg: Msg): string => word(msg, messages('es'));

/** A problem, finding or refused answer with its message and expected worded. */
export type Worded<T> = Omit<T, 'message' | 'expected'> & { message: string; expected?: string };

/** `p` (a problem, a finding, a refused answer) with its message and expected worded, to compare with text. */
export function worded<T extends { message: Msg; expected?: Msg }>(p: T, lang: Lang = 'en'): Worded<T> {
  const { message, expected, ...rest } = p;
  const m = messages(lang);
  return { ...rest, message: word(message, m), ...(expected ? { expected: word(expected, m) } : {}) };
}

/** The repository root (for `rubrics/default.yaml` and `src/core/i18n`). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Parses YAML that must be valid; throws with the problems otherwise (a test bug). */
export function source(yaml: string, file = 'c.yaml'): YamlSource {
  const p = parseYaml(yaml, file, 'any');
  if (!p.ok) throw new Error(`test YAML does not parse: ${JSON.stringify(p.problems.map((x) => worded(x)))}`);
  return p.src;
}

/** A Client from an inline profile (events inline under `events:`). */
export function client(yaml: string, file = 'c.yaml'): Client {
  const b = buildClient(source(yaml, file));
  if (!b.ok) throw new Error(`test client is invalid: ${JSON.stringify(b.problems.map((x) => worded(x)))}`);
  return b.value.client;
}

/** A Rubric from inline YAML, optionally extending an already built parent. */
export function rubric(yaml: string, parent: Rubric | null = null, file = 'r.yaml'): Rubric {
  const r = buildRubric(source(yaml, file), parent);
  if (!r.ok) throw new Error(`test rubric is invalid: ${JSON.stringify(r.problems.map((x) => worded(x)))}`);
  return r.value;
}

/** The shipped default rubric, read from disk and built like `builtin:default`. */
export function defaultRubric(): Rubric {
  const text = readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8');
  return rubric(text, null, 'builtin:default');
}

/**
 * A client named "T" whose events are the given flow mappings, one per line, so the
 * n-th event sits on line n + 2 (line 1 `name`, line 2 `events:`).
 */
export function withEvents(events: string[], extra = ''): Client {
  const lines = events.map((e) => `  - {${e}}`).join('\n');
  return client(`name: T\nevents:\n${lines}\n${extra}`);
}

/**
 * Runs one metric for `c` at `asOf` over `window`: the same range score() builds
 * (`start < date <= asOf`, no window for profile metrics).
 */
export function run(
  ref: string | { count: string[] },
  c: Client,
  asOf: string,
  opts: { window?: string; targetRate?: number; graceDays?: number; halfLife?: string } = {},
): MetricResult {
  const m = metricFor(ref);
  if (!m) throw new Error(`no metric ${JSON.stringify(ref)}`);
  const w = parseWindow(opts.window ?? '12m');
  if (!w) throw new Error(`bad window ${opts.window}`);
  const range =
    typeof ref === 'string' && PROFILE_METRICS.has(ref) ? { start: '0000-00-00', end: '9999-12-31' } : { start: windowStart(asOf, w), end: asOf };
  // Grace 0 unless asked: these tests pin the metric's arithmetic; grace and half-life have their own.
  return m.compute({ client: c, asOf, range, targetRate: opts.targetRate, graceDays: opts.graceDays ?? 0, weight: eventWeight(opts.halfLife, asOf) });
}

/** The value alone, for the many tests that only care about it. */
export const valueOf = (...args: Parameters<typeof run>) => run(...args).value;

/** Dates of the evidence events, sorted, to compare with a hand-made list. */
export const evidenceDates = (r: MetricResult) => r.evidence.map((e) => e.event.date).sort();
