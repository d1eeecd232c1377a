/**
 * unanswered_ratio: share of judged messages with no answer by as-of. A message is judged
 * once answered or once older than 7 days (as-of 2026-11-24: dated before 2026-11-17).
 */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('unanswered_ratio', () => {
  it('is the share of judged messages still unanswered', () => {
    const c = withEvents([
      'date: 2026-10-01, type: message, answered: 2026-10-03', // judged, answered
      'date: 2026-10-05, type: message', // judged, open
      'date: 2026-11-10, type: message, answered: 2026-11-30', // answer after as-of: open at as-of
      'date: 2026-11-16, type: message', // 8 days old: judged, open
      'date: 2026-11-18, type: message', // 6 days old, unanswered: not judged
      'date: 2026-11-17, type: message', // exactly 7 days: not "older than 7 days", not judged
    ]);
    // 3 open out of 4 judged.
    const r = run('unanswered_ratio', c, AS_OF);
    expect(r.value).toBe(0.75);
    expect(r.evidence.map((e) => e.event.date).sort()).toEqual(['2026-10-05', '2026-11-10', '2026-11-16']);
    // 2026-10-05 → 2026-11-24 is 26 + 24 = 50 days unanswered.
    expect(r.evidence.find((e) => e.event.date === '2026-10-05')?.fact).toEqual({ kind: 'unanswered', days: 50 });
  });

  it('does not judge messages younger than 7 days that are unanswered', () => {
    const c = withEvents(['date: 2026-11-20, type: message', 'date: 2026-11-23, type: message']);
    expect(valueOf('unanswered_ratio', c, AS_OF)).toBeNull();
  });

  it('judges a young message once it is answered', () => {
    const c = withEvents(['date: 2026-11-20, type: message, answered: 2026-11-21', 'date: 2026-11-22, type: message']);
    expect(valueOf('unanswered_ratio', c, AS_OF)).toBe(0);
  });

  it('follows the window edges on the message date', () => {
    const c = withEvents([
      'date: 2025-11-24, type: message', // window start: out
      'date: 2025-11-25, type: message', // in, open
      `date: ${AS_OF}, type: message, answered: ${AS_OF}`, // on as-of, answered: in
      'date: 2026-11-25, type: message, answered: 2026-11-25', // after as-of: out
    ]);
    expect(valueOf('unanswered_ratio', c, AS_OF)).toBe(0.5);
  });

  it('is null with no messages', () => {
    expect(valueOf('unanswered_ratio', withEvents(['date: 2026-01-01, type: complaint']), AS_OF)).toBeNull();
  });
});
