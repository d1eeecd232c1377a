/**
 * End-to-end tests for `clientfit portfolio DIR`: the CLI on copies of the examples and on
 * generated folders (large enough to use worker threads, which only the built CLI has: run
 * from src/, portfolio scores every file on the main thread, so that case spawns it).
 * Expected numbers are worked out by hand from the example files (see the comments).
 */
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, spawnCli } from './harness.js';
import { AS_OF, put, removeScratch, scratch } from './scoreHelpers.js';

let root: string;
let cacheHome: string;

beforeAll(() => {
  root = scratch(true);
  cacheHome = scratch();
});
afterAll(removeScratch);

/** Runs `clientfit portfolio` from the temp root with its own cache folder and no CI flag. */
const portfolio = (args: string[], opts: Parameters<typeof runCli>[1] = {}) =>
  runCli(['portfolio', ...args, '--as-of', AS_OF], { cwd: root, ...opts, env: { XDG_CACHE_HOME: cacheHome, CI: undefined, ...opts.env } });

interface JsonPortfolio {
  schema: string;
  asOf: string;
  clients: { id: string; name: string; file: string; fit: number; verdict: string; revenue: number; currency: string | null; revenueShare: number | null; topFlags: string[]; dataWarnings: number }[];
  totals: { revenue: number | null; currency: string | null; byCurrency: { currency: string | null; revenue: number; clients: number }[] };
}

/*
 * Hand-worked at 2026-11-24 (window 2025-11-24 .. 2026-11-24; fits and points lost as
 * worked out in score.test.ts, with evidence weighted by age):
 * - acme (EUR): invoices dated in the window 1440 + 1800 + 2160 + 1200 + 1920 + 1680 + 1440
 *   = 11,640 (F-2025-019 of 2025-06-10 is older); fit 0, exit. Top flags by points lost:
 *   late-payment 20, scope-creep 17.83, poor-communication 15 (then blocked-work 11.74).
 * - nordlicht (EUR): 3400 + 2720 + 4080 + 2040 + 3060 + 3400 + 1700 + 3740 = 24,140; fit 100.
 * - brightpath (GBP): 13,300 (README); fit 67, review; flags late-payment (-20) and
 *   scope-creep (-12.75, 1.91 weighted changes between warn 1.5 and flag 3).
 * EUR total 35,780: acme 11640/35780 = 0.3253, nordlicht 0.6747; brightpath is all the GBP.
 */
describe('portfolio: formats', () => {
  it('json: the design object, worst fit first, shares within each currency', async () => {
    const r = await portfolio(['examples', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as JsonPortfolio;
    expect(j.schema).toBe('clientfit/portfolio@1');
    expect(j.asOf).toBe(AS_OF);
    expect(j.clients.map((c) => [c.id, c.fit, c.verdict, c.revenue, c.currency, c.revenueShare])).toEqual([
      ['acme', 0, 'exit', 11640, 'EUR', 0.3253],
      ['brightpath', 67, 'review', 13300, 'GBP', 1],
      ['nordlicht', 100, 'keep', 24140, 'EUR', 0.6747],
    ]);
    expect(j.clients[0]).toMatchObject({ name: 'ACME Retail S.L.', file: 'examples/acme.yaml', topFlags: ['late-payment', 'scope-creep', 'poor-communication'] });
    expect(j.clients[1]!.topFlags).toEqual(['late-payment', 'scope-creep']);
    expect(j.clients[2]!.topFlags).toEqual([]);
    // The data-quality gate finds nothing doubtful in the examples.
    expect(j.clients.map((c) => c.dataWarnings)).toEqual([0, 0, 0]);
    // EUR and GBP are never added together
    expect(j.totals).toEqual({
      revenue: null,
      currency: null,
      byCurrency: [
        { currency: 'EUR', revenue: 35780, clients: 2 },
        { currency: 'GBP', revenue: 13300, clients: 1 },
      ],
    });
  });

  it('text: the table, who to review first and the concentration warning', async () => {
    const r = await portfolio(['examples']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Portfolio: 3 clients  1 keep · 1 review · 1 exit');
    expect(r.stdout).toMatch(/ {2}1 {2}ACME Retail S\.L\. +0 {2}exit +€11,640\.00 +33% {2}late-payment, scope-creep, poor-communication\n/);
    expect(r.stdout).toMatch(/ {2}2 {2}BrightPath Consulting Ltd +67 {2}review +£13,300\.00 +100% {2}late-payment, scope-creep\n/);
    expect(r.stdout).toContain('  2. BrightPath Consulting Ltd — review, fit 67\n');
    expect(r.stdout).toContain('Review first\n  1. ACME Retail S.L. — exit, fit 0 · 33% of your EUR revenue\n');
    expect(r.stdout).toContain('⚠ Nordlicht Studio GmbH brings 67% of your EUR revenue.');
    // the examples' acme.log.yaml is a log, not a client
    expect(r.stdout).toContain('Not clients: 1 log file');
    expect(r.stdout).not.toContain('acme.log');
    // not a terminal: no colour, no progress bar
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stderr).toBe('');
  });

  it('text in Spanish', async () => {
    const r = await portfolio(['examples', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cartera: 3 clientes  1 mantener · 1 revisar · 1 salida');
    expect(r.stdout).toContain('Revisa primero');
    expect(r.stdout).toContain('No paga a tiempo (o nunca) · Amplía el alcance sin pagarlo · Cuesta contactar y tarda en responder');
    expect(r.stdout).toContain('  2. BrightPath Consulting Ltd — revisar, encaje 67\n');
  });

  it('csv: a header and one row per client', async () => {
    const r = await portfolio(['examples', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'rank,id,name,file,fit,verdict,revenue,currency,revenueShare,topFlags,dataWarnings',
        '1,acme,ACME Retail S.L.,examples/acme.yaml,0,exit,11640,EUR,0.3253,late-payment;scope-creep;poor-communication,0',
        '2,brightpath,BrightPath Consulting Ltd,examples/brightpath.yaml,67,review,13300,GBP,1,late-payment;scope-creep,0',
        '3,nordlicht,Nordlicht Studio GmbH,examples/nordlicht.yaml,100,keep,24140,EUR,0.6747,,0',
        '',
      ].join('\n'),
    );
  });

  it('md: a Markdown table', async () => {
    const r = await portfolio(['examples', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| # | Client | Fit | Verdict | Invoiced (12m) | Share | Top flags |\n|--:|---|--:|---|--:|--:|---|\n| 1 | ACME Retail S.L. | 0 | exit | €11,640.00 | 33% |');
    expect(r.stdout).toContain('### Review first');
  });

  it('agrees with clientfit score on every client', async () => {
    const p = JSON.parse((await portfolio(['examples', '--format', 'json'])).stdout) as JsonPortfolio;
    const s = JSON.parse((await runCli(['score', 'examples/acme.yaml', 'examples/brightpath.yaml', 'examples/nordlicht.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: root })).stdout) as {
      client: { id: string };
      fit: number;
      verdict: string;
      value: { revenue: number };
    }[];
    for (const r of s) expect(p.clients.find((c) => c.id === r.client.id)).toMatchObject({ fit: r.fit, verdict: r.verdict, revenue: r.value.revenue });
  });
});

describe('portfolio: folders', () => {
  it('reports a broken file with file:line:col, still lists the others, and exits 2', async () => {
    const dir = scratch();
    cpSync(join(root, 'examples'), dir, { recursive: true });
    put(dir, 'zeta/broken.yaml', 'name: Broken Ltd\nevents:\n  - {date: 2026-01-10, type: invoice, ref: F-7, amount: "1,500.00", due: 2026-02-09}\n');
    put(dir, 'syntax.yaml', 'name: Syntax\nnote: Scope change: more pages\n');
    const r = await runCli(['portfolio', '.', '--as-of', AS_OF, '--format', 'csv', '--no-cache'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(4); // header + the three good clients
    // line 3, column 57: '  - {' is 5, 'date: 2026-01-10, ' 18, 'type: invoice, ' 15, 'ref: F-7, ' 10,
    // 'amount: ' 8 characters, so the quote opens at 5 + 18 + 15 + 10 + 8 + 1 = 57
    expect(r.stderr).toContain('zeta/broken.yaml:3:57: error: `events[0].amount` should be a number, but it is the text "1,500.00"');
    expect(r.stderr).toMatch(/syntax\.yaml:2:\d+: error: YAML syntax error/);
    // problems in folder order, then the count
    expect(r.stderr.indexOf('syntax.yaml')).toBeLessThan(r.stderr.indexOf('zeta/broken.yaml'));
    expect(r.stderr.trimEnd().endsWith('2 files could not be scored (errors above); the others are listed.')).toBe(true);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('skips logs, rubrics and settings; a folder of logs only has no clients', async () => {
    const dir = scratch();
    put(dir, 'a.log.yaml', 'events:\n  - {date: 2026-01-10, type: praise}\n');
    put(dir, 'b.yaml', '# flow style is a log too\n{events: [{date: 2026-01-10, type: praise}]}\n');
    put(dir, 'agency.yaml', 'id: agency\nextends: builtin:default\ncriteria: []\n');
    put(dir, '.clientfit.yaml', 'lang: en\n');
    const r = await runCli(['portfolio', '.', '--as-of', AS_OF, '--no-cache'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No client profiles found under .');
    const j = JSON.parse((await runCli(['portfolio', '.', '--as-of', AS_OF, '--no-cache', '--format', 'json'], { cwd: dir })).stdout) as JsonPortfolio;
    expect(j.clients).toEqual([]);
    expect(j.totals).toEqual({ revenue: 0, currency: null, byCurrency: [] });
  });

  it('escapes control characters from names and defuses CSV formulas', async () => {
    const dir = scratch();
    put(dir, 'evil.yaml', 'name: "=cmd|\' /C calc\'!A0 \\e[31mred\\r"\n');
    const text = await runCli(['portfolio', '.', '--as-of', AS_OF, '--no-cache'], { cwd: dir });
    expect(text.stdout).not.toMatch(/[\u001b\r]/);
    expect(text.stdout).toContain('\\e[31mred\\r');
    const csv = await runCli(['portfolio', '.', '--as-of', AS_OF, '--no-cache', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout.split('\n')[1]).toMatch(/^1,evil,'=cmd\|' \/C calc'!A0 \\e\[31mred\\r,/);
  });

  it('refuses a missing folder, a file and an unknown format with exit 2', async () => {
    expect((await portfolio(['nowhere'])).code).toBe(2);
    const file = await portfolio(['examples/acme.yaml']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('examples/acme.yaml is a file, not a folder');
    const fmt = await portfolio(['examples', '--format', 'xml']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('unknown format "xml"');
  });
});

/** A folder of `n` generated clients, each with ten events (enough work to start workers). */
function generated(n: number): string {
  const dir = scratch();
  for (let i = 0; i < n; i++) {
    const events = Array.from({ length: 40 }, (_, k) => {
      const d = `2026-${String(1 + (k % 10)).padStart(2, '0')}-${String(1 + ((i + k) % 27)).padStart(2, '0')}`;
      return k % 4 === 0
        ? `  - {date: ${d}, type: invoice, ref: F-${k}, amount: ${100 + ((i * 37 + k) % 900)}, due: ${d}${(i + k) % 3 ? `, paid: ${d}` : ''}}`
        : k % 4 === 1
          ? `  - {date: ${d}, type: ${['complaint', 'praise', 'urgent_request'][(i + k) % 3]}}`
          : k % 4 === 2
            ? `  - {date: ${d}, type: work, hours: ${1 + ((i + k) % 9)}, billable: ${(i + k) % 5 !== 0}}`
            : `  - {date: ${d}, type: message${(i + k) % 4 ? `, answered: ${d}` : ''}}`;
    });
    put(dir, `team-${i % 7}/c${i}.yaml`, `name: Client ${i}\ncontract: {rate: 50, currency: ${i % 9 ? 'EUR' : 'USD'}}\nevents:\n${events.join('\n')}\n`);
  }
  return dir;
}

describe('portfolio: many clients, workers and the cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = generated(400);
  });

  it('spawned: scores every client like clientfit score does, with no progress bar on a pipe', { timeout: 60000 }, async () => {
    // The built CLI: its worker threads score these 400 clients (src/ has no worker file).
    const r = spawnCli(['portfolio', '.', '--as-of', AS_OF, '--format', 'json', '--no-cache'], { cwd: dir, timeout: 60000, env: { CI: undefined } });
    expect(r.code, r.stderr).toBe(0);
    // stderr is not a terminal: nothing at all, in particular no \r progress line
    expect(r.stderr).toBe('');
    const p = JSON.parse(r.stdout) as JsonPortfolio;
    expect(p.clients).toHaveLength(400);
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).slice(0, 60);
    const s = JSON.parse((await runCli(['score', ...files, '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: 60000 })).stdout) as {
      client: { file: string };
      fit: number;
      verdict: string;
      value: { revenue: number };
    }[];
    for (const r of s) expect(p.clients.find((c) => c.file === r.client.file), r.client.file).toMatchObject({ fit: r.fit, verdict: r.verdict, revenue: r.value.revenue });
  });

  it('gives the same output cold, warm and without cache, and re-reads a changed file', { timeout: 90000 }, async () => {
    const cache = scratch();
    const run = (extra: string[] = []) => runCli(['portfolio', '.', '--as-of', AS_OF, '--format', 'csv', ...extra], { cwd: dir, timeout: 60000, env: { XDG_CACHE_HOME: cache } });
    const none = await run(['--no-cache']);
    const cold = await run();
    const warm = await run();
    expect(cold.code).toBe(0);
    expect(cold.stdout).toBe(none.stdout);
    expect(warm.stdout).toBe(none.stdout);
    // the cache is private and was not used with --no-cache... but was filled by the cold run
    expect(statSync(join(cache, 'clientfit')).mode & 0o777).toBe(0o700);
    // one client gains an abuse event: dealbreaker, so it must now be an exit
    const f = join(dir, 'team-0/c0.yaml');
    writeFileSync(f, readFileSync(f, 'utf8') + '  - {date: 2026-11-01, type: abuse}\n');
    const after = await run();
    const row = after.stdout.split('\n').find((l) => l.includes(',Client 0,'));
    expect(row).toMatch(/,exit,/);
    expect(after.stdout).toBe((await run(['--no-cache'])).stdout);
  });
});
