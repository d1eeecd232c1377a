/**
 * One file of a portfolio folder, scored the way the workers do it: the client must be
 * exactly the one `clientfit score` loads (fast events reader or not, cache or not), and
 * problems must read the same.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { simpleEvents } from '../../../src/core/fastEvents.js';
import { clientSummary } from '../../../src/core/portfolio/summary.js';
import { score } from '../../../src/core/score.js';
import { ContentCache } from '../../../src/io/cache.js';
import { loadClient } from '../../../src/io/loadClient.js';
import { loadRubric } from '../../../src/io/loadRubric.js';
import { portfolioClient, scoreFile, type TaskContext } from '../../../src/io/portfolioTask.js';
import { ROOT } from '../build.js';
import { makeTempDir } from '../../support/tempDirs.js';

const rubric = loadRubric(null);
const AS_OF = '2026-11-24';
let dir: string;

const ctx = (cache: ContentCache | null = null): TaskContext => ({ rubric, asOf: AS_OF, cache });
const freshCache = () => new ContentCache(makeTempDir('clientfit-task-cache-'), 'test');

/** What `clientfit score` sees (with the data-quality gate), with profile.events left out as the portfolio does. */
function expected(file: string) {
  const c = loadClient(file, { asOf: AS_OF });
  const { events: _e, ...profile } = c.profile;
  return { ...c, profile };
}

const EVENTS = [
  '  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 900, due: 2026-02-09, paid: 2026-03-20}',
  '  - {date: 2026-02-01, type: scope_change, billed: false, note: "Tres landings: gratis, claro"}',
  '  # a comment between events',
  '  - {date: 2026-03-01, type: message}',
  "  - {date: 2026-04-01, type: complaint, note: 'It''s the third time'}",
].join('\n');

beforeAll(() => {
  dir = makeTempDir('clientfit-task-');
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  const w = (name: string, text: string) => writeFileSync(join(dir, name), text);
  // Simple one-line events: read by the fast reader, except the quoted '' line (full parse).
  w('mixed.yaml', `name: Mixed\ncontract: {currency: EUR, rate: 50}\nevents:\n${EVENTS}\n`);
  w('simple.yaml', `# header comment\nname: Simple\nlogs: [simple.log.yaml]\nevents:\n${EVENTS.split('\n').slice(0, 3).join('\n')}\n`);
  w('simple.log.yaml', `# its log\nevents:\n  - {date: 2026-05-01, type: client_delay, days: 12}\n  - {date: 2025-12-01, type: work, hours: 10, billable: false}\n`);
  w('crlf.yaml', `\uFEFFname: CRLF Ltd\r\nevents:\r\n  - {date: 2026-05-01, type: urgent_request}\r\n`);
  w('block.yaml', 'name: Block style\nevents:\n  - date: 2026-05-01\n    type: abuse\n');
  w('agency.rubric.yaml', 'id: agency\nextends: builtin:default\ncriteria:\n  - {id: abuse, weight: 30}\n');
  w('orphan.log.yaml', 'events:\n  - {date: 2026-05-01, type: praise}\n');
  w('broken.yaml', 'name: Broken\nevents:\n  - {date: 2026-05-01, type: invoice, ref: F-1, amount: "1,500.00", due: 2026-06-01}\n');
  w('badsyntax.yaml', 'name: Bad\nnote: Scope change: x\n');
  w('nolog.yaml', 'name: No log\nlogs: [missing.log.yaml]\n');
  w('badlog.yaml', 'name: Bad log\nlogs: [bad.log.yaml]\n');
  w('bad.log.yaml', 'events:\n  - {date: 2026-02-30, type: praise}\n');
});

const clientFiles = () => ['acme.yaml', 'brightpath.yaml', 'nordlicht.yaml', 'mixed.yaml', 'simple.yaml', 'crlf.yaml', 'block.yaml'].map((f) => join(dir, f));

describe('portfolioClient', () => {
  it('reads the simple files with the fast events reader and the others in full', () => {
    const fast = (f: string) => simpleEvents(readFileSync(join(dir, f), 'utf8')) !== null;
    expect(['acme.yaml', 'acme.log.yaml', 'brightpath.yaml', 'nordlicht.yaml', 'simple.yaml', 'simple.log.yaml', 'crlf.yaml'].filter(fast)).toHaveLength(7);
    expect(['mixed.yaml', 'block.yaml'].filter(fast)).toEqual([]);
  });

  it('builds exactly the client loadClient builds (events, lines, files, order)', () => {
    for (const f of clientFiles()) expect(portfolioClient(f, ctx()), f).toStrictEqual(expected(f));
  });

  it('builds the same client from a warm cache', () => {
    const cache = freshCache();
    for (const f of clientFiles()) portfolioClient(f, ctx(cache));
    for (const f of clientFiles()) expect(portfolioClient(f, ctx(cache)), f).toStrictEqual(expected(f));
  });

  it('tells logs and rubrics from clients', () => {
    expect(portfolioClient(join(dir, 'acme.log.yaml'), ctx())).toBe('log');
    expect(portfolioClient(join(dir, 'orphan.log.yaml'), ctx())).toBe('log');
    expect(portfolioClient(join(dir, 'agency.rubric.yaml'), ctx())).toBe('rubric');
  });
});

describe('scoreFile', () => {
  it('gives the summary of the score report', () => {
    for (const f of clientFiles()) {
      const o = scoreFile(f, ctx());
      expect(o).toEqual({ kind: 'client', summary: clientSummary(score(loadClient(f), rubric, { asOf: AS_OF })) });
    }
    // acme by hand: fit 0, exit, 11,640 EUR invoiced in the 12 months to 2026-11-24 (README)
    const acme = scoreFile(join(dir, 'acme.yaml'), ctx());
    expect(acme.kind === 'client' && [acme.summary.fit, acme.summary.verdict, acme.summary.revenue]).toEqual([0, 'exit', 11640]);
  });

  it.each(['broken.yaml', 'badsyntax.yaml', 'nolog.yaml', 'badlog.yaml'])('reports %s exactly as clientfit score does', (name) => {
    const f = join(dir, name);
    let problems: unknown;
    try {
      loadClient(f);
    } catch (e) {
      problems = (e as UserError).problems;
    }
    expect(problems).toBeDefined();
    const out = scoreFile(f, ctx());
    expect(out).toEqual({ kind: 'failed', file: f, problems });
    expect(scoreFile(f, ctx(freshCache()))).toEqual({ kind: 'failed', file: f, problems });
    // Workers post outcomes by structured clone: problems are plain data, not yet worded.
    expect(structuredClone(out)).toEqual(out);
  });

  it('never caches a failure: a fixed file is scored at once', () => {
    const cache = freshCache();
    const f = join(dir, 'fixme.yaml');
    writeFileSync(f, 'name: Fix me\nevents:\n  - {date: 2026-05-01, type: abuse, note: x: y}\n');
    expect(scoreFile(f, ctx(cache)).kind).toBe('failed');
    writeFileSync(f, 'name: Fix me\nevents:\n  - {date: 2026-05-01, type: abuse, note: "x: y"}\n');
    const o = scoreFile(f, ctx(cache));
    // one abuse event raises the dealbreaker
    expect(o.kind === 'client' && o.summary.verdict).toBe('exit');
  });

  it('re-reads a changed profile or log even when the cache is warm', () => {
    const cache = freshCache();
    const ctx = (c: ContentCache | null) => ({ rubric, asOf: AS_OF, cache: c, scope: 'default rubric' });
    const profile = join(dir, 'change.yaml');
    const log = join(dir, 'change.log.yaml');
    writeFileSync(profile, 'name: Change\nlogs: [change.log.yaml]\nevents:\n  - {date: 2026-05-01, type: praise}\n');
    writeFileSync(log, 'events:\n  - {date: 2026-05-02, type: praise}\n');
    const before = scoreFile(profile, ctx(cache));
    expect(before.kind === 'client' && before.summary.fit).toBe(100);
    // the log gains an abuse event: dealbreaker, exit
    writeFileSync(log, 'events:\n  - {date: 2026-05-02, type: praise}\n  - {date: 2026-06-02, type: abuse}\n');
    const afterLog = scoreFile(profile, ctx(cache));
    expect(afterLog.kind === 'client' && afterLog.summary.dealbreakers).toEqual(['abuse']);
    // the profile is renamed
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('name: Change', 'name: Changed'));
    const afterProfile = scoreFile(profile, ctx(cache));
    expect(afterProfile.kind === 'client' && afterProfile.summary.name).toBe('Changed');
  });

  it('keeps results apart by as-of date and rubric', () => {
    const cache = freshCache();
    const f = join(dir, 'dated.yaml');
    writeFileSync(f, 'name: Dated\nevents:\n  - {date: 2026-11-01, type: abuse}\n');
    const scoped = (asOf: string, r = rubric): TaskContext => ({ ...ctx(cache), asOf, rubric: r, scope: JSON.stringify(r) });
    const verdict = (c: TaskContext) => {
      const o = scoreFile(f, c);
      return o.kind === 'client' ? o.summary.verdict : o.kind;
    };
    // abuse on 2026-11-01 is a dealbreaker in the 12 months to 2026-11-24 ...
    expect(verdict(scoped(AS_OF))).toBe('exit');
    // ... and out of the window two years later, with the same cache
    expect(verdict(scoped('2028-11-24'))).toBe('keep');
    expect(verdict(scoped(AS_OF))).toBe('exit');
    // a rubric without the abuse criterion keeps the client, cached result or not
    const lenient = { ...rubric, criteria: rubric.criteria.filter((c) => c.id !== 'abuse') };
    expect(verdict(scoped(AS_OF, lenient))).toBe('keep');
    expect(verdict(scoped(AS_OF))).toBe('exit');
  });

  it('gives identical results with a cold cache, a warm one, a corrupted one and none', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
    const none = files.map((f) => scoreFile(f, ctx()));
    const cache = freshCache();
    const cached = (): TaskContext => ({ ...ctx(cache), scope: 'default rubric' });
    expect(files.map((f) => scoreFile(f, cached()))).toEqual(none);
    expect(files.map((f) => scoreFile(f, cached()))).toEqual(none);
    // garble every entry: all are ignored and rewritten
    for (const e of readdirSync(cache.dir, { recursive: true, withFileTypes: true })) if (e.isFile()) writeFileSync(join(e.parentPath, e.name), '{"k":');
    expect(files.map((f) => scoreFile(f, cached()))).toEqual(none);
    expect(files.map((f) => scoreFile(f, cached()))).toEqual(none);
  });
});
