/**
 * Telling which client profile a name in an export means. Names are compared as people
 * write them in different tools: case, accents, punctuation and legal suffixes (S.L., Ltd,
 * GmbH…) do not count, so "ACME Retail, S.L." in Holded is "Acme Retail" in Toggl.
 */
import { normalizeName } from '../legalName.js';

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
