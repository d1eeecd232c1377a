/**
 * Telling which client profile a name in an export means. Names are compared as people
 * write them in different tools: case, accents, punctuation and legal suffixes (S.L., Ltd,
 * GmbH…) do not count, so "ACME Retail, S.L." in Holded is "Acme Retail" in Toggl.
 */

/** Legal forms dropped from the end of a name (after punctuation is gone, so `S.L.` is `s l`). */
const LEGAL = [
  's l u', 's l', 's a u', 's a', 's c', 's coop', 'slu', 'sl', 'sau', 'sa', 'sll', 's l l',
  'ltd', 'limited', 'llc', 'l l c', 'llp', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'pty', 'pty ltd',
  'gmbh', 'gmbh co kg', 'kg', 'ag', 'ug', 'e k', 'ek', 'bv', 'b v', 'nv', 'n v', 'sas', 'sarl', 'sàrl', 'srl', 's r l', 'spa', 's p a', 'oy', 'ab', 'as', 'aps', 'lda', 'ltda', 'sc',
];

/** A name reduced to what identifies it: `ACME Retail, S.L.` → `acme retail`. */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // Repeatedly, for stacked forms: "Acme GmbH & Co. KG" loses `kg`, then `co`, `gmbh and`… stays.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of LEGAL) {
      if (s.endsWith(` ${suffix}`) && s.length > suffix.length + 1) {
        s = s.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  return s;
}

/** What a profile can be called by: its id, name and aliases. */
export interface MatchTarget {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export type MatchResult<T> = { kind: 'one'; target: T } | { kind: 'none' } | { kind: 'many'; targets: T[] };

/** An index from normalised names to profiles, built once per import. */
export class ClientMatcher<T extends MatchTarget> {
  private readonly byName = new Map<string, T[]>();
  private readonly cache = new Map<string, MatchResult<T>>();

  constructor(targets: readonly T[]) {
    for (const t of targets) {
      const keys = new Set([t.id, t.name, ...(t.aliases ?? [])].map(normalizeName).filter(Boolean));
      for (const k of keys) {
        const list = this.byName.get(k) ?? [];
        if (!list.includes(t)) list.push(t);
        this.byName.set(k, list);
      }
    }
  }

  /** The profile a name means: exactly one, none, or several (ambiguous: nothing is written). */
  match(name: string): MatchResult<T> {
    let r = this.cache.get(name);
    if (r) return r;
    const key = normalizeName(name);
    const hits = key ? (this.byName.get(key) ?? []) : [];
    r = hits.length === 1 ? { kind: 'one', target: hits[0]! } : hits.length ? { kind: 'many', targets: hits } : { kind: 'none' };
    this.cache.set(name, r);
    return r;
  }
}
