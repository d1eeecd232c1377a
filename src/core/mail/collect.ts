/**
 * Messages, one at a time as the mailbox is read, → the `message` events each client's
 * mail amounts to. Only what the events need is kept of each message (ids, time, who,
 * subject), so a mailbox of any size is gathered in memory proportional to its number of
 * messages, never its bytes. Pure: the caller reads, and says how an instant becomes a
 * calendar date where the user lives (`dayOf`).
 */
import type { MessageGroup } from '../import/group.js';
import type { AddressBook } from './address.js';
import type { MailHeaders } from './headers.js';
import { noteOf } from './subject.js';
import { ME, Threads, hash53 } from './thread.js';

/** What the mail held besides client messages, for the summary. */
export interface MailCounts {
  /** Every message read. */
  messages: number;
  /** Messages from clients (each becomes an event, once). */
  fromClients: number;
  /** Your own messages (the answers). */
  fromYou: number;
  /** List and bulk mail. */
  bulk: number;
  /** Auto-replies, delivery reports, mail from mail systems. */
  automatic: number;
  /** No readable Date: field. */
  undated: number;
  /** Dated before --since. */
  before: number;
}

export interface Sender {
  address: string;
  count: number;
}

export interface AmbiguousSender extends Sender {
  matches: string[];
}

export interface CollectedMail {
  /** Client id → its messages, in date order. */
  byClient: Map<string, MessageGroup[]>;
  counts: MailCounts;
  /** Senders no profile claims (most messages first). */
  unmatched: Sender[];
  /** Senders more than one profile claims: nothing is written for them. */
  ambiguous: AmbiguousSender[];
}

/** FNV-1a, 64 bits: a stable name for a message that has no Message-ID. */
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The source of a message's event: its Message-ID, else a hash of sender, time and subject. */
export function sourceOf(m: Pick<MailHeaders, 'messageId' | 'from' | 'time' | 'subject'>): string {
  if (m.messageId) return `mail:${m.messageId}`;
  return `mail:hash-${stableHash(`${m.from ?? ''}\n${m.time === null ? '' : new Date(m.time).toISOString()}\n${m.subject}`)}`;
}

export interface CollectOptions {
  /** The calendar date (YYYY-MM-DD) of an instant where the user lives. */
  dayOf: (time: number) => string;
  /** Messages dated before this day are skipped. */
  since?: string;
}

export class MailCollector {
  private readonly threads = new Threads();
  private readonly clientIds: string[] = [];
  private readonly clientIndex = new Map<string, number>();
  /** What the event of each client's message needs, column by column (no object per message). */
  private readonly events = { at: [] as number[], client: [] as number[], source: [] as string[], date: [] as string[], note: [] as string[] };
  private readonly sources = new Set<string>();
  /** Your messages' ids, hashed: the same message twice is one answer. */
  private readonly mine = new Set<number>();
  /** One string per day, however many messages it has. */
  private readonly days = new Map<string, string>();
  private readonly unmatched = new Map<string, number>();
  private readonly ambiguous = new Map<string, AmbiguousSender>();
  readonly counts: MailCounts = { messages: 0, fromClients: 0, fromYou: 0, bulk: 0, automatic: 0, undated: 0, before: 0 };

  constructor(
    private readonly book: AddressBook,
    private readonly opts: CollectOptions,
  ) {}

  private indexOf(id: string): number {
    let i = this.clientIndex.get(id);
    if (i === undefined) {
      i = this.clientIds.push(id) - 1;
      this.clientIndex.set(id, i);
    }
    return i;
  }

  /** One message, as read from the mailbox. */
  add(m: MailHeaders): void {
    const c = this.counts;
    c.messages++;
    if (m.kind) {
      c[m.kind]++;
      return;
    }
    if (m.time === null) {
      c.undated++;
      return;
    }
    const day = this.opts.dayOf(m.time);
    let date = this.days.get(day);
    if (date === undefined) this.days.set(day, (date = day));
    if (this.opts.since && date < this.opts.since) {
      c.before++;
      return;
    }
    const who = m.from ? this.book.who(m.from) : ({ kind: 'none' } as const);
    if (who.kind === 'me') {
      // The same message twice (Inbox and All Mail in one export) is one answer.
      if (m.messageId) {
        const key = hash53(m.messageId);
        if (this.mine.has(key)) return;
        this.mine.add(key);
      }
      c.fromYou++;
      const people = new Set<number>();
      for (const r of m.recipients) {
        const to = this.book.who(r);
        if (to.kind === 'client') people.add(this.indexOf(to.id));
      }
      this.threads.add({ id: m.messageId, parents: m.parents, time: m.time, from: ME, people: [...people], subject: m.subject });
      return;
    }
    if (who.kind === 'none') {
      const address = m.from ?? '';
      this.unmatched.set(address, (this.unmatched.get(address) ?? 0) + 1);
      return;
    }
    if (who.kind === 'many') {
      const a = this.ambiguous.get(m.from!) ?? { address: m.from!, count: 0, matches: who.ids };
      a.count++;
      this.ambiguous.set(m.from!, a);
      return;
    }
    const source = sourceOf(m);
    if (this.sources.has(source)) return;
    this.sources.add(source);
    c.fromClients++;
    const client = this.indexOf(who.id);
    const e = this.events;
    e.at.push(this.threads.add({ id: m.messageId, parents: m.parents, time: m.time, from: client, people: [client], subject: m.subject }));
    e.client.push(client);
    e.source.push(source);
    e.date.push(date);
    e.note.push(noteOf(m.subject));
  }

  /** Threads tied, answers found: every client's events. Call once, after the last message. */
  finish(): CollectedMail {
    const answers = this.threads.answers();
    const byClient = new Map<string, MessageGroup[]>();
    const e = this.events;
    for (let k = 0; k < e.at.length; k++) {
      const id = this.clientIds[e.client[k]!]!;
      const answered = answers[e.at[k]!];
      const g: MessageGroup = { type: 'message', source: e.source[k]!, date: e.date[k]!, note: e.note[k]! };
      if (answered !== null && answered !== undefined) g.answered = this.opts.dayOf(answered);
      const list = byClient.get(id);
      if (list) list.push(g);
      else byClient.set(id, [g]);
    }
    for (const list of byClient.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const bySize = <T extends Sender>(a: T, b: T) => b.count - a.count || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
    return {
      byClient,
      counts: this.counts,
      unmatched: [...this.unmatched].map(([address, count]) => ({ address, count })).sort(bySize),
      ambiguous: [...this.ambiguous.values()].sort(bySize),
    };
  }
}
