import type { Node } from 'yaml';
import type { Problem } from './errors.js';
import { defaultId, validate, type Validated } from './client.js';
import { parseWindow } from './dates.js';
import { metricFor, METRIC_NAMES } from './metrics/index.js';
import { closest } from './similar.js';
import { M } from './i18n/msg.js';
import { rubricSchema, type Criterion, type CriterionFile, type Rubric, type RubricFile } from './schema/rubric.js';
import { placeAt, type YamlSource } from './yamlSource.js';

/** An invoice paid up to this many days after `due` is on time, unless the rubric says otherwise. */
export const DEFAULT_GRACE_DAYS = 3;

const mergeText = (a?: { en?: string; es?: string }, b?: { en?: string; es?: string }) => ({ ...a, ...b });

/** Overrides `base` criteria by id, appends new ones, drops `enabled: false` (DESIGN: extends). */
function mergeCriteria(base: Criterion[], own: CriterionFile[]): (Partial<Criterion> & { id: string; enabled?: boolean })[] {
  const out = base.map((c) => ({ ...c }) as Partial<Criterion> & { id: string; enabled?: boolean });
  for (const c of own) {
    const i = out.findIndex((b) => b.id === c.id);
    if (i < 0) {
      out.push({ ...c } as Partial<Criterion> & { id: string });
      continue;
    }
    const b = out[i]!;
    const merged = { ...b };
    for (const [k, v] of Object.entries(c)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
    merged.title = mergeText(b.title, c.title);
    merged.why = mergeText(b.why, c.why);
    merged.talking_point = mergeText(b.talking_point, c.talking_point);
    if (b.talking_point_i || c.talking_point_i) merged.talking_point_i = mergeText(b.talking_point_i, c.talking_point_i);
    out[i] = merged;
  }
  return out.filter((c) => c.enabled !== false);
}

/**
 * Builds the effective rubric from a parsed rubric file and its already-built parent
 * (`extends`), reporting every problem: missing fields, unknown metrics, bad windows, bands.
 */
export function buildRubric(src: YamlSource, parent: Rubric | null): Validated<Rubric> {
  const r = validate(rubricSchema(), src);
  if (!r.ok) return r;
  const file: RubricFile = r.value;
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => {
    const node = src.doc.getIn(path, true) as Node | undefined;
    return placeAt(src, node?.range?.[0] ?? 0);
  };
  const ownIndex = new Map((file.criteria ?? []).map((c, i) => [c.id, i]));
  const merged = mergeCriteria(parent?.criteria ?? [], file.criteria ?? []);
  const criteria: Criterion[] = [];
  for (const c of merged) {
    const i = ownIndex.get(c.id);
    const where = i === undefined ? at([]) : at(['criteria', i]);
    let ok = true;
    for (const f of ['metric', 'warn', 'flag', 'weight'] as const) {
      if (c[f] === undefined) {
        problems.push({ code: 'schema', ...where, message: M.t.err.rubricMissingField(c.id, f), expected: M.t.err.rubricMissingFieldExpected(f) });
        ok = false;
      }
    }
    if (c.metric !== undefined && !metricFor(c.metric)) {
      const name = String(c.metric);
      const hint = closest(name, METRIC_NAMES);
      problems.push({
        code: 'unknown-metric',
        ...(i === undefined ? where : at(['criteria', i, 'metric'])),
        message: M.t.err.unknownMetric(name, hint ?? ''),
        expected: M.t.err.unknownMetricExpected,
      });
      ok = false;
    }
    if (c.half_life !== undefined && !parseWindow(c.half_life)) {
      problems.push({ code: 'schema', ...(i === undefined ? where : at(['criteria', i, 'half_life'])), message: M.t.err.badWindow(c.half_life), expected: M.t.err.badWindowExpected });
      ok = false;
    }
    if (c.window !== undefined && !parseWindow(c.window)) {
      problems.push({ code: 'schema', ...(i === undefined ? where : at(['criteria', i, 'window'])), message: M.t.err.badWindow(c.window), expected: M.t.err.badWindowExpected });
      ok = false;
    }
    // Lint reports these too (weight-not-positive, warn-equals-flag); scoring with them
    // would print a fit that means nothing, so a rubric that has them cannot be used.
    if (c.weight !== undefined && !(c.weight > 0)) {
      problems.push({ code: 'schema', ...(i === undefined || file.criteria?.[i]?.weight === undefined ? where : at(['criteria', i, 'weight'])), message: M.t.err.rubricWeight(c.id, c.weight), expected: M.t.err.rubricWeightExpected });
      ok = false;
    }
    if (c.warn !== undefined && c.warn === c.flag) {
      problems.push({ code: 'schema', ...(i === undefined || file.criteria?.[i]?.warn === undefined ? where : at(['criteria', i, 'warn'])), message: M.t.err.rubricWarnFlag(c.id, c.warn), expected: M.t.err.rubricWarnFlagExpected });
      ok = false;
    }
    if (!ok) continue;
    criteria.push({
      id: c.id,
      title: c.title ?? {},
      why: c.why ?? {},
      metric: c.metric!,
      warn: c.warn!,
      flag: c.flag!,
      weight: c.weight!,
      theme: c.theme,
      window: c.window,
      dealbreaker: c.dealbreaker ?? false,
      talking_point: c.talking_point ?? {},
      ...(c.talking_point_i !== undefined ? { talking_point_i: c.talking_point_i } : {}),
      ...(c.grace_days !== undefined ? { grace_days: c.grace_days } : {}),
      ...(c.min_evidence !== undefined ? { min_evidence: c.min_evidence } : {}),
      ...(c.half_life !== undefined ? { half_life: c.half_life } : {}),
    });
  }
  const window = file.window ?? parent?.window ?? '12m';
  if (!parseWindow(window)) problems.push({ code: 'schema', ...at(['window']), message: M.t.err.badWindow(window), expected: M.t.err.badWindowExpected });
  const bands = { keep: file.bands?.keep ?? parent?.bands.keep ?? 75, review: file.bands?.review ?? parent?.bands.review ?? 45 };
  if (bands.keep <= bands.review) {
    problems.push({ code: 'schema', ...at(file.bands?.keep !== undefined ? ['bands', 'keep'] : file.bands ? ['bands', 'review'] : []), message: M.t.err.rubricBands(bands.keep, bands.review), expected: M.t.err.rubricBandsExpected });
  }
  // Nothing to weigh: every client would score "keep 100" (only when the criteria as
  // written are valid, so a broken criterion is not reported twice).
  if (!problems.length && !criteria.length) {
    problems.push({ code: 'schema', ...at(file.criteria ? ['criteria'] : []), message: M.t.err.rubricNoCriteria, expected: M.t.err.rubricNoCriteriaExpected });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      // An extending rubric without its own id is named after its file, not its parent.
      id: file.id ?? defaultId(src.file),
      file: src.file,
      title: mergeText(parent?.title, file.title),
      window,
      bands,
      grace_days: file.grace_days ?? parent?.grace_days ?? DEFAULT_GRACE_DAYS,
      criteria,
    },
  };
}
