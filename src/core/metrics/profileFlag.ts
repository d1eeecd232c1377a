import type { Metric } from './types.js';

type Field = 'in_niche' | 'within_skills' | 'budget_fits';

/**
 * in_niche, within_skills, budget_fits: 1 or 0 from the profile (lower is worse);
 * null when the profile does not say. Evidence points at the profile line. Not windowed.
 */
export function profileFlag(field: Field): Metric {
  return {
    unit: 'bool',
    reads: [],
    ageing: [],
    compute({ client }) {
      const v = client.profile.profile?.[field];
      if (typeof v !== 'boolean') return { value: null, evidence: [] };
      const line = client.profileLines[field] ?? client.profileLines.profile ?? 1;
      const evidence = v ? [] : [{ event: { date: '', type: 'profile', file: client.file, line }, fact: { kind: 'profile' as const, field, value: v } }];
      return { value: v ? 1 : 0, evidence, n: 1 };
    },
  };
}
