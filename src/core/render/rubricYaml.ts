import { Document, isMap, isSeq, visit } from 'yaml';
import type { Criterion, Rubric } from '../schema/rubric.js';
import { safe } from './safeText.js';

/**
 * Characters yaml leaves raw even inside double quotes (DEL, C1 controls, bidi overrides):
 * written as \u escapes so the output is safe on a terminal and still reads back the same.
 */
const UNSAFE = '[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]';
const HAS_UNSAFE = new RegExp(UNSAFE, 'u');
const ALL_UNSAFE = new RegExp(UNSAFE, 'gu');

/** A criterion with every field, in the order of the design's example. */
function criterionData(c: Criterion, window: string): Record<string, unknown> {
  return {
    id: c.id,
    title: c.title,
    why: c.why,
    metric: c.metric,
    warn: c.warn,
    flag: c.flag,
    weight: c.weight,
    ...(c.theme ? { theme: c.theme } : {}),
    window: c.window ?? window,
    dealbreaker: c.dealbreaker,
    ...(c.grace_days !== undefined ? { grace_days: c.grace_days } : {}),
    ...(c.min_evidence !== undefined ? { min_evidence: c.min_evidence } : {}),
    ...(c.half_life !== undefined ? { half_life: c.half_life } : {}),
    talking_point: c.talking_point,
    ...(c.talking_point_i !== undefined ? { talking_point_i: c.talking_point_i } : {}),
  };
}

/**
 * The effective rubric as a self-contained YAML rubric (`extends: null`, defaults written
 * out, each criterion's window made explicit) that `clientfit lint` accepts and `score`
 * reads back to the same rubric. `header` lines become the leading comment.
 */
export function rubricYaml(r: Rubric, header: string[]): string {
  const data = {
    id: r.id,
    title: r.title,
    extends: null,
    window: r.window,
    bands: { keep: r.bands.keep, review: r.bands.review },
    grace_days: r.grace_days,
    criteria: r.criteria.map((c) => criterionData(c, r.window)),
  };
  const doc = new Document(data);
  doc.commentBefore = header.map((l) => ` ${safe(l)}`).join('\n');
  for (const key of ['title', 'bands']) {
    const node = doc.get(key, true);
    if (isMap(node)) node.flow = true;
  }
  const criteria = doc.get('criteria', true);
  if (isSeq(criteria)) criteria.items.forEach((item, i) => {
    if (i > 0 && isMap(item)) item.spaceBefore = true;
    for (const key of ['title', 'metric']) {
      const node = isMap(item) ? item.get(key, true) : undefined;
      if (isMap(node)) node.flow = true;
    }
  });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && HAS_UNSAFE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return text.replace(ALL_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
