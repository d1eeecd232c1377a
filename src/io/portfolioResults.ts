import type { ClientSummary } from '../core/portfolio/types.js';
import type { ContentCache } from './cache.js';
import { resolveLogs } from './clientLogs.js';
import { readBytes } from './readText.js';

/** A log file read for a client, and the content key it had then. */
export interface LogUse {
  path: string;
  key: string;
}

/**
 * The last result for one client file under one rubric and target rate. It is stored
 * under a key made of the file's path, the rubric and the target rate (not of the
 * content), so each client has one entry that is overwritten, not one per day; it is used
 * only when the as-of date, the profile's content key, the way its `logs:` resolve on disk
 * (inside the workspace, which entries name the same file) and every log's content key are
 * still the same. The summary depends on nothing else (DESIGN: a cache can only make a run
 * faster, never change its result).
 */
interface ResultValue {
  kind: 'result';
  asOf: string;
  entry: string;
  logs: LogUse[];
  /** The profile's `logs:` as written, and how they resolved (logsSignature). */
  refs: string[];
  resolved: string;
  summary: ClientSummary;
}

/** How a profile's `logs:` resolve on disk now: where each entry points, refused or not, and which name the same file. */
export function logsSignature(path: string, refs: readonly unknown[] | undefined): string {
  return JSON.stringify(resolveLogs(path, refs).map((l) => [l.index, l.path, l.refused ?? null, l.sameAs ?? null]));
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function isSummary(v: unknown): v is ClientSummary {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.file === 'string' &&
    typeof v.fit === 'number' &&
    (v.verdict === 'keep' || v.verdict === 'review' || v.verdict === 'exit') &&
    typeof v.pointsLost === 'number' &&
    typeof v.revenue === 'number' &&
    (v.currency === null || typeof v.currency === 'string') &&
    Array.isArray(v.flags) &&
    Array.isArray(v.dealbreakers) &&
    Array.isArray(v.warnings)
  );
}

function isResult(v: unknown): v is ResultValue {
  return (
    isObj(v) &&
    v.kind === 'result' &&
    typeof v.asOf === 'string' &&
    typeof v.entry === 'string' &&
    Array.isArray(v.logs) &&
    v.logs.every((l) => isObj(l) && typeof l.path === 'string' && typeof l.key === 'string') &&
    Array.isArray(v.refs) &&
    v.refs.every((r) => typeof r === 'string') &&
    typeof v.resolved === 'string' &&
    isSummary(v.summary)
  );
}

/** Where the result for `path` is kept; `scope` names the rubric and target rate (see portfolioJob). */
const keyOf = (cache: ContentCache, scope: string, path: string) => cache.key('result', Buffer.from(`${scope}\u0000${path}`));

/** The cached summary, if the profile and every log still have the content they had. */
export function cachedSummary(cache: ContentCache, scope: string, path: string, entry: string, asOf: string): ClientSummary | undefined {
  const v = cache.get(keyOf(cache, scope, path), isResult);
  if (!v || v.asOf !== asOf || v.entry !== entry || v.summary.file !== path) return undefined;
  if (logsSignature(path, v.refs) !== v.resolved) return undefined;
  for (const log of v.logs) {
    try {
      if (cache.key('log', readBytes(log.path)) !== log.key) return undefined;
    } catch {
      return undefined; // gone or unreadable: the full path reports it
    }
  }
  return v.summary;
}

export function storeSummary(cache: ContentCache, scope: string, path: string, entry: string, asOf: string, logs: LogUse[], refs: readonly unknown[] | undefined, summary: ClientSummary): void {
  const list = (refs ?? []).filter((r): r is string => typeof r === 'string');
  cache.put(keyOf(cache, scope, path), { kind: 'result', asOf, entry, logs, refs: list, resolved: logsSignature(path, refs), summary } satisfies ResultValue);
}
