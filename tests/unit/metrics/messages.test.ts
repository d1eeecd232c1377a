/** The message helpers: a message is judged once answered, or once older than 7 days. */
import { describe, expect, it } from 'vitest';
import { answeredBy, GRACE_DAYS, judgedMessages, responseDays } from '../../../src/core/metrics/messages.js';
import type { ClientEvent } from '../../../src/core/schema/event.js';
import { withEvents } from '../build.js';

const msg = (date: string, answered?: string): ClientEvent => ({ date, type: 'message', answered, file: 'f', line: 1 });

describe('message helpers', () => {
  it('gives a message 7 days of grace', () => {
    expect(GRACE_DAYS).toBe(7);
  });

  it('answeredBy: only an answer dated on or before as-of counts', () => {
    expect(answeredBy(msg('2026-11-01', '2026-11-24'), '2026-11-24')).toBe(true);
    expect(answeredBy(msg('2026-11-01', '2026-11-25'), '2026-11-24')).toBe(false);
    expect(answeredBy(msg('2026-11-01'), '2026-11-24')).toBe(false);
  });

  it('responseDays counts calendar days from message to answer', () => {
    expect(responseDays(msg('2026-02-27', '2026-03-02'))).toBe(3);
  });

  it('judgedMessages: answered ones, and unanswered ones older than 7 days', () => {
    const c = withEvents([
      'date: 2026-11-16, type: message', // 8 days old: judged
      'date: 2026-11-17, type: message', // exactly 7 days: still in grace
      'date: 2026-11-20, type: message', // 4 days: in grace
      'date: 2026-11-22, type: message, answered: 2026-11-23', // young but answered: judged
    ]);
    const range = { start: '2025-11-24', end: '2026-11-24' };
    const judged = judgedMessages({ client: c, asOf: '2026-11-24', range }).map((m) => m.date);
    expect(judged).toEqual(['2026-11-16', '2026-11-22']);
  });
});
