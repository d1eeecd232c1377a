/** unbilled_scope_changes: scope_change events whose `billed` is not true. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('unbilled_scope_changes', () => {
  it('counts billed: false and a missing billed, not billed: true', () => {
    const c = withEvents([
      'date: 2026-01-10, type: scope_change, billed: false',
      'date: 2026-02-10, type: scope_change',
      'date: 2026-03-10, type: scope_change, billed: true',
      'date: 2026-04-10, type: complaint',
    ]);
    const r = run('unbilled_scope_changes', c, AS_OF);
    expect(r.value).toBe(2);
    expect(r.evidence.map((e) => e.event.date)).toEqual(['2026-01-10', '2026-02-10']);
  });

  it('follows the window edges', () => {
    const c = withEvents([
      'date: 2025-11-24, type: scope_change',
      'date: 2025-11-25, type: scope_change',
      `date: ${AS_OF}, type: scope_change`,
      'date: 2026-11-25, type: scope_change',
    ]);
    expect(valueOf('unbilled_scope_changes', c, AS_OF)).toBe(2);
  });

  it('is 0 with no scope changes', () => {
    expect(valueOf('unbilled_scope_changes', withEvents(['date: 2026-01-10, type: scope_change, billed: true']), AS_OF)).toBe(0);
    expect(valueOf('unbilled_scope_changes', withEvents([]), AS_OF)).toBe(0);
  });
});
