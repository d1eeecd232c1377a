/**
 * The count metrics (fee_disputes, complaints, …, abuse, growth_declined) and the rubric's
 * own `{count: [types]}`. Zero events is a real 0, not missing data.
 */
import { describe, expect, it } from 'vitest';
import { metricFor } from '../../../src/core/metrics/index.js';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

/** Each built-in count metric and the event type it counts (DESIGN.md metric table). */
const COUNTS: [metric: string, type: string][] = [
  ['fee_disputes', 'fee_dispute'],
  ['complaints', 'complaint'],
  ['expertise_dismissed', 'expertise_dismissed'],
  ['urgent_requests', 'urgent_request'],
  ['terms_violations', 'terms_violation'],
  ['blame', 'blame'],
  ['abuse', 'abuse'],
  ['growth_declined', 'growth_declined'],
];

describe.each(COUNTS)('%s', (metric, type) => {
  it(`counts ${type} events and nothing else`, () => {
    const c = withEvents([
      `date: 2026-01-10, type: ${type}`,
      `date: 2026-02-10, type: ${type}, note: again`,
      'date: 2026-03-10, type: praise',
      `date: 2026-04-10, type: ${type === 'complaint' ? 'blame' : 'complaint'}`,
    ]);
    const r = run(metric, c, AS_OF);
    expect(r.value).toBe(2);
    expect(r.evidence.map((e) => e.event.date).sort()).toEqual(['2026-01-10', '2026-02-10']);
    expect(metricFor(metric)?.unit).toBe('count');
  });

  it('leaves out the window start day, keeps as-of, leaves out after as-of', () => {
    const c = withEvents([`date: 2025-11-24, type: ${type}`, `date: ${AS_OF}, type: ${type}`, `date: 2026-11-25, type: ${type}`]);
    const r = run(metric, c, AS_OF);
    expect(r.value).toBe(1);
    expect(r.evidence[0]?.event.date).toBe(AS_OF);
    // The day after the start is in.
    expect(valueOf(metric, withEvents([`date: 2025-11-25, type: ${type}`]), AS_OF)).toBe(1);
  });

  it('is 0 (not null) with no such events', () => {
    expect(valueOf(metric, withEvents(['date: 2026-01-10, type: praise']), AS_OF)).toBe(0);
    expect(valueOf(metric, withEvents([]), AS_OF)).toBe(0);
  });
});

describe('{count: [types]}', () => {
  it('counts custom and built-in types together', () => {
    const c = withEvents([
      'date: 2026-01-10, type: late_night_call',
      'date: 2026-02-10, type: late_night_call',
      'date: 2026-03-10, type: complaint',
      'date: 2026-04-10, type: weekend_email',
      'date: 2026-05-10, type: praise',
    ]);
    expect(valueOf({ count: ['late_night_call', 'complaint'] }, c, AS_OF)).toBe(3);
    expect(valueOf({ count: ['weekend_email'] }, c, AS_OF)).toBe(1);
    expect(valueOf({ count: ['never_happened'] }, c, AS_OF)).toBe(0);
  });

  it('applies the window like any other count', () => {
    const c = withEvents(['date: 2025-11-24, type: late_night_call', 'date: 2026-11-24, type: late_night_call', 'date: 2026-11-25, type: late_night_call']);
    expect(valueOf({ count: ['late_night_call'] }, c, AS_OF)).toBe(1);
  });
});
