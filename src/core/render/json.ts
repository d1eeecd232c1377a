import { messages, pick, type Catalog, type Lang } from '../i18n/index.js';
import { word } from '../i18n/word.js';
import type { DataQuality } from '../lint/dataQuality.js';
import type { Report } from '../score.js';
import { summarize } from './evidence.js';
import type { WhatIf } from '../whatIf.js';
import { whatIfJson } from './whatIf.js';
import type { Comparison } from '../compare.js';
import { compareJson } from './compare.js';

/** The design's `clientfit/report@1` object (DESIGN.md, "JSON output"). */
export function reportJson(r: Report, o: { lang: Lang; t: Catalog; whatIf?: WhatIf; compare?: Comparison }) {
  return {
    schema: 'clientfit/report@1',
    client: { id: r.client.id, name: r.client.name, file: r.client.file },
    asOf: r.asOf,
    rubric: { id: r.rubric.id, file: r.rubric.file },
    fit: r.fit,
    verdict: r.verdict,
    dealbreakers: r.dealbreakers,
    criteria: r.criteria.map((c) => ({
      id: c.criterion.id,
      title: pick(c.criterion.title, o.lang) || c.criterion.id,
      metric: c.metricName,
      value: c.value === null ? null : Math.round(c.value * 10000) / 10000,
      status: c.status,
      severity: c.severity,
      weight: c.criterion.weight,
      pointsLost: c.pointsLost,
      evidenceCount: c.n,
      minEvidence: c.minEvidence,
      ...(c.unknownPaidDates ? { unknownPaidDates: c.unknownPaidDates } : {}),
      evidence: c.evidence.map((ev) => ({
        date: ev.event.date || null,
        type: ev.event.type,
        file: ev.event.file,
        line: ev.event.line,
        summary: summarize(ev, o.t, r.value.currency),
        weight: ev.weight ?? 1,
      })),
    })),
    praise: { count: r.praise.count, latest: r.praise.latest ? { date: r.praise.latest.date, note: r.redacted ? null : (r.praise.latest.note ?? null), file: r.praise.latest.file, line: r.praise.latest.line } : null },
    value: {
      revenue: r.redacted ? null : r.value.revenue,
      currency: r.value.currency,
      hours: r.value.hours,
      effectiveRate: r.redacted ? null : r.value.effectiveRate,
    },
    coverage: r.coverage,
    ...(r.client.dataQuality ? { dataQuality: dataQualityJson(r.client.dataQuality, o.lang) } : {}),
    ...(o.whatIf ? { whatIf: whatIfJson(o.whatIf) } : {}),
    ...(o.compare ? { compare: compareJson(o.compare) } : {}),
  };
}

/** `dataQuality: {warnings: [{file, line, col, rule, message}], ignoredEvents, doubtfulEvents}`, messages in the report's language. */
export function dataQualityJson(q: DataQuality, lang: Lang) {
  const m = messages(lang);
  return {
    warnings: q.warnings.map((f) => ({ file: f.file, line: f.line, col: f.col, rule: f.rule, message: word(f.message, m) })),
    ignoredEvents: q.ignoredEvents,
    doubtfulEvents: q.doubtfulEvents,
  };
}
