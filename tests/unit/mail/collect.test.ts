import { describe, expect, it } from 'vitest';
import { AddressBook } from '../../../src/core/mail/address.js';
import { MailCollector, sourceOf, stableHash } from '../../../src/core/mail/collect.js';
import type { MailHeaders } from '../../../src/core/mail/headers.js';

const H = 3_600_000;
const T0 = Date.UTC(2024, 2, 4, 23, 30);
const mail = (o: Partial<MailHeaders>): MailHeaders => ({ from: 'ana@acme.example', recipients: ['me@studio.example'], subject: 'Propuesta', messageId: null, parents: [], time: T0, kind: null, ...o });
const book = new AddressBook(['me@studio.example'], [{ id: 'acme', contactEmail: 'ana@acme.example' }, { id: 'x', domains: ['shared.example'] }, { id: 'y', domains: ['shared.example'] }]);
/** Dates as in UTC+2 (the user's zone): 23:30 UTC is the next day there. */
const dayOf = (t: number) => new Date(t + 2 * H).toISOString().slice(0, 10);

describe('gathering mail', () => {
  it('client messages become events dated where the user lives, answered by your later reply', () => {
    const c = new MailCollector(book, { dayOf });
    c.add(mail({ messageId: 'm1@acme.example', subject: 'Propuesta\u0007' }));
    c.add(mail({ messageId: 'm1@acme.example' }));
    c.add(mail({ from: 'me@studio.example', recipients: ['ana@acme.example'], messageId: 'r1', parents: ['m1@acme.example'], time: T0 + 48 * H }));
    c.add(mail({ from: 'me@studio.example', messageId: 'r1', parents: ['m1@acme.example'], time: T0 + 48 * H }));
    c.add(mail({ from: 'news@acme.example', kind: 'bulk' }));
    c.add(mail({ from: 'ana@acme.example', kind: 'automatic' }));
    c.add(mail({ time: null }));
    c.add(mail({ from: 'bob@elsewhere.example' }));
    c.add(mail({ from: 'bob@elsewhere.example' }));
    c.add(mail({ from: 'al@elsewhere.example' }));
    c.add(mail({ from: null }));
    c.add(mail({ from: 'zed@shared.example' }));
    const r = c.finish();
    expect(r.byClient.get('acme')).toEqual([{ type: 'message', source: 'mail:m1@acme.example', date: '2024-03-05', note: 'Propuesta', answered: '2024-03-07' }]);
    expect(r.counts).toEqual({ messages: 12, fromClients: 1, fromYou: 1, bulk: 1, automatic: 1, undated: 1, before: 0 });
    expect(r.unmatched).toEqual([
      { address: 'bob@elsewhere.example', count: 2 },
      { address: '', count: 1 },
      { address: 'al@elsewhere.example', count: 1 },
    ]);
    expect(r.ambiguous).toEqual([{ address: 'zed@shared.example', count: 1, matches: ['x', 'y'] }]);
  });

  it('--since skips what is dated before it, where the user lives', () => {
    const c = new MailCollector(book, { dayOf, since: '2024-03-05' });
    c.add(mail({ messageId: 'a', time: T0 - 2 * H }));
    c.add(mail({ messageId: 'c', time: T0 - H }));
    c.add(mail({ messageId: 'b' }));
    expect(c.finish().byClient.get('acme')!.map((e) => e.source)).toEqual(['mail:b', 'mail:c']);
  });
});

describe('sources', () => {
  it('the Message-ID, else a stable hash of sender, time and subject', () => {
    expect(sourceOf({ messageId: 'm1@acme.example', from: 'a', time: 1, subject: 's' })).toBe('mail:m1@acme.example');
    const h = sourceOf({ messageId: null, from: 'ana@acme.example', time: T0, subject: 'Propuesta' });
    expect(h).toMatch(/^mail:hash-[0-9a-f]{16}$/);
    expect(sourceOf({ messageId: null, from: 'ana@acme.example', time: T0, subject: 'Propuesta' })).toBe(h);
    expect(sourceOf({ messageId: null, from: 'ana@acme.example', time: T0 + 1000, subject: 'Propuesta' })).not.toBe(h);
    expect(stableHash('')).toBe('cbf29ce484222325');
    expect(stableHash('a')).toBe('af63dc4c8601ec8c');
  });
});
