/**
 * Conversations, and when you answered. Messages are tied into threads first by their ids
 * — a message, what it answers (`In-Reply-To`) and what came before it (`References`) are
 * one thread, even when some of those messages are not in the mailbox — and then by
 * subject: a message that says it is a reply ("Re: …", "AW: …") but whose ids reach no
 * earlier message (a program that dropped the fields, a reply typed as a new message)
 * joins the latest earlier thread with the same subject between the same people (the
 * client and you). A fresh message with an old subject starts a thread of its own.
 *
 * A client's message is answered on the date of your first message in its thread sent
 * strictly after it, whoever that message went to.
 */
import { normaliseSubject, isReplySubject } from './subject.js';

/** You, in `from` (anyone else is the index of a client). */
export const ME = -1;

export interface ThreadMessage {
  /** Message-ID, or null (a thread of its own, unless its subject ties it). */
  id: string | null;
  parents: readonly string[];
  /** ms since 1970 (UTC). */
  time: number;
  /** ME, or the index of the client who sent it. */
  from: number;
  /** The clients it is between (for yours: the clients among its recipients). */
  people: readonly number[];
  subject: string;
}

/**
 * A 53-bit hash of a string (cyrb53): ids and subjects are kept as numbers, not text, so a
 * mailbox of a million messages fits in memory. Two different ids sharing one hash is a
 * chance of about n²/2⁵⁴ (one in 18 million for a million ids): a thread joined by mistake.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Messages as few numbers as possible: a mailbox of a million messages must fit in memory. */
export class Threads {
  private readonly idNode = new Map<number, number>();
  private readonly parent: number[] = [];
  private readonly time: number[] = [];
  private readonly from: number[] = [];
  private readonly node: number[] = [];
  private readonly reply: boolean[] = [];
  /** The normalised subject's hash, or -1 for none. */
  private readonly subject: number[] = [];
  /** For your messages only: the clients among the recipients (a client's message is between it and you). */
  private readonly people = new Map<number, readonly number[]>();

  /** The number of messages added. */
  get size(): number {
    return this.time.length;
  }

  private newNode(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  private nodeOf(id: string): number {
    const key = hash53(id);
    let n = this.idNode.get(key);
    if (n === undefined) this.idNode.set(key, (n = this.newNode()));
    return n;
  }

  private find(n: number): number {
    let root = n;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[n] !== root) {
      const next = this.parent[n]!;
      this.parent[n] = root;
      n = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Adds a message; returns its index (answers() is indexed the same way). */
  add(m: ThreadMessage): number {
    const node = m.id === null ? this.newNode() : this.nodeOf(m.id);
    for (const p of m.parents) this.union(node, this.nodeOf(p));
    const norm = normaliseSubject(m.subject);
    const at = this.time.length;
    this.time.push(m.time);
    this.from.push(m.from);
    this.node.push(node);
    this.reply.push(isReplySubject(m.subject));
    this.subject.push(norm ? hash53(norm) : -1);
    if (m.from === ME && m.people.length) this.people.set(at, m.people);
    return at;
  }

  /** The keys a message is found by for threading by subject: its subject with each client it is between. */
  private keysOf(i: number): number[] {
    const subject = this.subject[i]!;
    if (subject < 0) return [];
    const people = this.from[i] === ME ? (this.people.get(i) ?? []) : [this.from[i]!];
    return people.map((c) => hash53(`${subject}/${c}`));
  }

  /**
   * For each message: the time of your first later message in its thread, or null (also
   * for your own messages). Call once, after every message is added.
   */
  answers(): (number | null)[] {
    const n = this.time.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.time[a]! - this.time[b]! || a - b);
    // Earliest message of each id thread: a reply with nothing earlier in its thread is an orphan.
    const earliest = new Map<number, number>();
    for (const i of order) {
      const r = this.find(this.node[i]!);
      if (!earliest.has(r)) earliest.set(r, this.time[i]!);
    }
    const latestBy = new Map<number, number>();
    for (const i of order) {
      const keys = this.keysOf(i);
      if (!keys.length) continue;
      const r = this.find(this.node[i]!);
      if (this.reply[i] && earliest.get(r)! >= this.time[i]!) {
        for (const k of keys) {
          const m = latestBy.get(k);
          if (m !== undefined && this.time[m]! <= this.time[i]!) {
            const before = this.find(this.node[m]!);
            this.union(r, before);
            const root = this.find(r);
            earliest.set(root, Math.min(earliest.get(r) ?? Infinity, earliest.get(before) ?? Infinity));
            break;
          }
        }
      }
      for (const k of keys) latestBy.set(k, i);
    }
    // Your messages per thread, in time order (order is already by time).
    const yours = new Map<number, number[]>();
    for (const i of order) {
      if (this.from[i] !== ME) continue;
      const r = this.find(this.node[i]!);
      const list = yours.get(r);
      if (list) list.push(this.time[i]!);
      else yours.set(r, [this.time[i]!]);
    }
    const out: (number | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      if (this.from[i] === ME) continue;
      const list = yours.get(this.find(this.node[i]!));
      if (!list) continue;
      const t = this.time[i]!;
      // The first of yours strictly after it.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      out[i] = lo < list.length ? list[lo]! : null;
    }
    return out;
  }
}
