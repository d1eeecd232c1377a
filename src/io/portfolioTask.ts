import { buildClient, defaultId, validateLog, type Client } from '../core/client.js';
import { UserError, type Problem } from '../core/errors.js';
import { classify, isLogOnly } from '../core/portfolio/classify.js';
import { parseEventsFile } from '../core/fastSource.js';
import { clientSummary } from '../core/portfolio/summary.js';
import type { ClientSummary } from '../core/portfolio/types.js';
import type { ClientFile } from '../core/schema/client.js';
import type { ClientEvent } from '../core/schema/event.js';
import type { Rubric } from '../core/schema/rubric.js';
import { score } from '../core/score.js';
import { calibrationCase, type CaseResult } from '../core/calibrate/cases.js';
import type { PortfolioJob } from './portfolioJob.js';
import type { ContentCache } from './cache.js';
import { duplicateLinks, resolveLogs, type LogFile } from './clientLogs.js';
import { pushAll } from '../core/arrays.js';
import { addLogs, loadClient } from './loadClient.js';
import { cachedSummary, storeSummary, type LogUse } from './portfolioResults.js';
import { checkLogList, checkSource, dataQuality } from '../core/lint/dataQuality.js';
import type { Finding } from '../core/lint/types.js';
import { decodeUtf8, readBytes } from './readText.js';

/** What scoring one file of a portfolio folder gives: small enough to post between threads. */
export type FileOutcome =
  | { kind: 'client'; summary: ClientSummary }
  | { kind: 'log' | 'rubric'; file: string }
  | { kind: 'failed'; file: string; problems: Problem[] }
  | { kind: 'case'; file: string; result: CaseResult };

export interface TaskContext {
  rubric: Rubric;
  asOf: string;
  targetRate?: number;
  cache: ContentCache | null;
  /** Names the rubric and target rate in result-cache keys (see portfolioResults). */
  scope?: string;
  calibrate?: PortfolioJob['calibrate'];
}

/** An event as cached: everything but `file`, which depends on where the bytes were found. */
type StoredEvent = Omit<ClientEvent, 'file'> & { file?: string };

/**
 * Cached for a file found in the folder: its kind and, for a profile, the validated data.
 * Only successes are cached; a file with problems is read again next time, and its
 * problems are those `clientfit score` finds (problemsOf).
 */
type EntryValue =
  | { kind: 'client'; profile: Omit<ClientFile, 'events'>; events: StoredEvent[]; lines: Record<string, number> }
  | { kind: 'log' | 'rubric' };

/** Cached for a file read through a profile's `logs:`: its validated events. */
type LogValue = { kind: 'events'; events: StoredEvent[] };

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function isEvents(v: unknown): v is StoredEvent[] {
  return Array.isArray(v) && v.every((e) => isObj(e) && typeof e.date === 'string' && typeof e.type === 'string' && typeof e.line === 'number');
}

function isEntryValue(v: unknown): v is EntryValue {
  if (!isObj(v)) return false;
  if (v.kind === 'log' || v.kind === 'rubric') return true;
  return v.kind === 'client' && isObj(v.profile) && typeof v.profile.name === 'string' && isObj(v.lines) && isEvents(v.events);
}

function isLogValue(v: unknown): v is LogValue {
  return isObj(v) && v.kind === 'events' && isEvents(v.events);
}

const stripFile = (events: ClientEvent[]): StoredEvent[] => events.map(({ file: _file, ...rest }) => rest);

/** Fields that record something already done: dated after as-of, lint warns (future-date). */
const HAPPENED = ['date', 'paid', 'answered'] as const;
const anyAfter = (events: readonly StoredEvent[], asOf: string) => events.some((e) => HAPPENED.some((f) => typeof e[f] === 'string' && (e[f] as string) > asOf));

/**
 * Parses and validates a file found in the folder (or takes it from the cache), with the
 * data-quality checks every scoring command runs (`findings`). Only files lint finds
 * nothing in are cached, so a hit has no findings — except a date after this run's as-of,
 * which depends on the run: such a hit is read again.
 */
function loadEntry(path: string, bytes: Buffer, key: string | undefined, ctx: TaskContext, findings: Finding[] = []): EntryValue {
  const hit = key ? ctx.cache!.get(key, isEntryValue) : undefined;
  if (hit && !(hit.kind === 'client' && (anyAfter(hit.events, ctx.asOf) || (hit.profile.outcome?.date ?? '') > ctx.asOf))) return hit;
  const text = decodeUtf8(bytes, path);
  const parsed = parseEventsFile(text, path, 'client');
  if (!parsed.ok) throw new UserError(parsed.problems);
  const kind = classify(parsed.src.data);
  let value: EntryValue;
  let found: Finding[] = [];
  if (kind !== 'client') value = { kind };
  else {
    const built = buildClient(parsed.src);
    if (!built.ok) throw new UserError(built.problems);
    const { client } = built.value;
    const { events: _inline, ...profile } = client.profile;
    value = { kind: 'client', profile, events: stripFile(client.events), lines: client.profileLines };
    found = checkSource(parsed.src, 'client', ctx.asOf);
    pushAll(findings, found);
  }
  if (key && !found.length) ctx.cache!.put(key, value);
  return value;
}

/** Events of one `logs:` file, validated and checked (or from the cache, see loadEntry); records its content key in `used`. */
function loadLog({ path, shown }: LogFile, ctx: TaskContext, used: LogUse[], findings: Finding[]): ClientEvent[] {
  const bytes = readBytes(path);
  const key = ctx.cache?.key('log', bytes);
  if (key) used.push({ path, key });
  const hit = key ? ctx.cache!.get(key, isLogValue) : undefined;
  if (hit && !anyAfter(hit.events, ctx.asOf)) return hit.events as ClientEvent[];
  const text = decodeUtf8(bytes, path);
  const parsed = parseEventsFile(text, shown, 'log');
  if (!parsed.ok) throw new UserError(parsed.problems);
  const r = validateLog(parsed.src);
  if (!r.ok) throw new UserError(r.problems);
  const found = checkSource(parsed.src, 'log', ctx.asOf);
  pushAll(findings, found);
  if (key && !found.length) ctx.cache!.put(key, { kind: 'events', events: stripFile(r.value) } satisfies LogValue);
  return r.value;
}

/**
 * The client as `loadClient` builds it — the same resolveLogs and addLogs, the same
 * warning for a log listed twice — from cached or fresh data alike, so a cache hit cannot
 * change the result. `bytes` are the profile's, to place that warning (it depends on the
 * disk, so it is never cached).
 */
function assemble(path: string, bytes: Buffer, entry: Extract<EntryValue, { kind: 'client' }>, ctx: TaskContext, used: LogUse[] = [], findings: Finding[] = []): Client {
  const events = entry.events as ClientEvent[];
  for (const e of events) e.file = path;
  const profile = entry.profile as ClientFile;
  const client: Client = { id: profile.id ?? defaultId(path), name: profile.name, file: path, profile, events, profileLines: entry.lines };
  const logs = resolveLogs(path, profile.logs);
  const dups = duplicateLinks(logs);
  if (dups.length) {
    const parsed = parseEventsFile(decodeUtf8(bytes, path), path, 'client');
    if (parsed.ok) pushAll(findings, checkLogList(parsed.src, dups));
  }
  addLogs(client, null, (log) => loadLog(log, ctx, used, findings), logs);
  client.dataQuality = dataQuality(findings);
  return client;
}

/**
 * The client in a file of a portfolio folder — equal to what `loadClient` gives, except
 * that `profile.events` is left out (the events are in `client.events`) — or the kind of
 * file it is when it is not a client. Throws UserError for any problem.
 */
export function portfolioClient(path: string, ctx: TaskContext): Client | 'log' | 'rubric' {
  const bytes = readBytes(path);
  // Most logs are recognised from their text alone and parsed once, by their profile.
  if (isLogOnly(bytes)) return 'log';
  const entry = loadEntry(path, bytes, ctx.cache?.key('entry', bytes), ctx);
  return entry.kind === 'client' ? assemble(path, bytes, entry, ctx) : entry.kind;
}

/**
 * Scores one file of a portfolio folder: read, classify (logs and rubrics are not
 * clients), validate, load its logs, score, and keep only the summary. Problems come back
 * exactly as `clientfit score FILE` reports them.
 */
export function scoreFile(path: string, ctx: TaskContext): FileOutcome {
  if (ctx.calibrate) return calibrateFile(path, ctx, ctx.calibrate);
  try {
    const bytes = readBytes(path);
    if (isLogOnly(bytes)) return { kind: 'log', file: path };
    const { cache, scope } = ctx;
    const key = cache?.key('entry', bytes);
    // Unchanged profile, logs, rubric and as-of: the last summary, without scoring again.
    const hit = cache && key && scope !== undefined ? cachedSummary(cache, scope, path, key, ctx.asOf) : undefined;
    if (hit) return { kind: 'client', summary: hit };
    const findings: Finding[] = [];
    const entry = loadEntry(path, bytes, key, ctx, findings);
    if (entry.kind !== 'client') return { kind: entry.kind, file: path };
    const used: LogUse[] = [];
    const client = assemble(path, bytes, entry, ctx, used, findings);
    const summary = clientSummary(score(client, ctx.rubric, { asOf: ctx.asOf, targetRate: ctx.targetRate }));
    if (cache && key && scope !== undefined) storeSummary(cache, scope, path, key, ctx.asOf, used, client.profile.logs, summary);
    return { kind: 'client', summary };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { kind: 'failed', file: path, problems: problemsOf(path, e) };
  }
}

/**
 * `clientfit calibrate`: the same load as scoreFile (cache, data-quality checks as of
 * today), then the client scored as of its outcome date minus the lead.
 */
function calibrateFile(path: string, ctx: TaskContext, { lead }: NonNullable<PortfolioJob['calibrate']>): FileOutcome {
  try {
    const bytes = readBytes(path);
    if (isLogOnly(bytes)) return { kind: 'log', file: path };
    const findings: Finding[] = [];
    const entry = loadEntry(path, bytes, ctx.cache?.key('entry', bytes), ctx, findings);
    if (entry.kind !== 'client') return { kind: entry.kind, file: path };
    const client = assemble(path, bytes, entry, ctx, [], findings);
    return { kind: 'case', file: path, result: calibrationCase(client, ctx.rubric, { lead, today: ctx.asOf, targetRate: ctx.targetRate }) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { kind: 'failed', file: path, problems: problemsOf(path, e) };
  }
}

/** The score command's own loader places the problems (missing logs, file:line:col in logs). */
function problemsOf(path: string, first: UserError): Problem[] {
  try {
    loadClient(path);
  } catch (e) {
    if (e instanceof UserError) return e.problems;
    throw e;
  }
  return first.problems;
}
