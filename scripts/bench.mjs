// `npm run bench`: measures clientfit side by side with its baselines, in one run, and
// prints the ratios against the targets in DESIGN.md ("Speed"). Not a test: the numbers
// depend on the machine; the ratios are what to compare.
//
//   npm run bench                                   # 1×200, 1,000×100 and 10,000×100
//   BENCH_SIZES=1x200,1000x100 npm run bench        # quicker (also: --sizes 1x200,1000x100)
//   npm run bench -- --runs 21 --keep               # more runs for start-up; keep the corpora
//   BENCH_MAIL_MB=1024 npm run bench                # mail import of a 1 GB mbox (default 200 MB; 0 skips it)
//
// Start-up commands run many times, taking turns (median); portfolio runs once each: cold
// means an empty cache folder, warm the same folder again. The bare baseline reads and
// yaml.parse()s the same files on one thread. Peak memory is the process's maxRSS (worker
// threads included), recorded on exit by scripts/benchRss.mjs.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './benchCorpus.mjs';
import { writeMailWorkspace, writeMbox } from './benchMail.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'clientfit.js');
const RSS_HOOK = join(ROOT, 'scripts', 'benchRss.mjs');
const BARE = join(ROOT, 'scripts', 'benchBare.mjs');
const AS_OF = '2026-11-24';

const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SIZES = (flag('--sizes') ?? process.env.BENCH_SIZES ?? '1x200,1000x100,10000x100')
  .split(',')
  .map((s) => s.trim().toLowerCase().split('x').map(Number))
  .filter(([c, e]) => c > 0 && e > 0);
const RUNS = Math.max(3, Number(flag('--runs') ?? process.env.BENCH_RUNS ?? 15));
const KEEP = argv.includes('--keep') || process.env.BENCH_KEEP === '1';

const work = mkdtempSync(join(tmpdir(), 'clientfit-bench-'));
const rssFile = join(work, 'rss');
const outFile = join(work, 'out');

/** Runs a node script once: wall time in ms, peak RSS in MB, exit code, stdout (from a file: it can be large). */
function run(args, { env = {}, rss = true, cwd = ROOT } = {}) {
  rmSync(rssFile, { force: true });
  const out = openSync(outFile, 'w');
  const hook = rss ? ['--import', RSS_HOOK] : [];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...hook, ...args], {
    cwd,
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, NO_COLOR: '1', CI: '1', ...env, CLIENTFIT_BENCH_RSS: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  closeSync(out);
  let mb = null;
  if (rss) {
    try {
      mb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      /* the process died before its exit hook */
    }
  }
  return { ms, mb, code: r.status, stdout: readFileSync(outFile, 'utf8'), stderr: r.stderr?.toString() ?? '' };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall time of `RUNS` runs of each command line without the memory hook, and the
 * peak RSS of one more run. The command lines take turns (one run of each, then again), so
 * that a machine other jobs load slows them alike and the ratios to `node -e 0` hold.
 */
function startups(list) {
  for (const args of list) run(args, { rss: false }); // warm the file system cache
  const times = list.map(() => []);
  for (let i = 0; i < RUNS; i++) list.forEach((args, k) => times[k].push(run(args, { rss: false }).ms));
  return list.map((args, k) => {
    const last = run(args);
    return { ms: median(times[k]), mb: last.mb, code: last.code, stderr: last.stderr };
  });
}

const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMb = (mb) => (mb === null ? '?' : `${Math.round(mb)} MB`);
const fmtX = (x) => `${x.toFixed(x < 0.1 ? 3 : 2)}×`;
const bytes = (n) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`);
const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));

/** Prints rows under a header; `left` is how many leading columns are text (the rest are numbers). */
function table(header, rows, left = 1) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => '  ' + r.map((c, i) => pad(c, w[i], i >= left && i < r.length - 1)).join('  ').trimEnd();
  console.log(line(header));
  console.log('  ' + w.map((n) => '─'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
}

const verdicts = [];
function judge(what, ratio, target) {
  const ok = ratio <= target;
  verdicts.push({ what, ratio, target, ok });
  return ok ? 'ok' : 'OVER';
}

// ── Corpora ──────────────────────────────────────────────────────────────────────────────
console.log(`clientfit bench · node ${process.version} · ${process.platform} ${process.arch} · ${availableParallelism()} CPUs (${cpus()[0]?.model?.trim() ?? '?'})`);
const corpora = [];
for (const [clients, events] of SIZES) {
  const dir = join(work, `c${clients}x${events}`);
  const t0 = performance.now();
  const { files, bytes: size } = writeCorpus(dir, clients, events);
  corpora.push({ clients, events, dir, files, size, label: `${clients.toLocaleString('en')} × ${events}` });
  const n = (x, one, many) => `${x.toLocaleString('en')} ${x === 1 ? one : many}`;
  console.log(`corpus ${n(clients, 'client', 'clients')} × ${events} events: ${n(files, 'file', 'files')}, ${bytes(size)} (written in ${fmtMs(performance.now() - t0)})`);
}
console.log(`in ${work}${KEEP ? ' (kept)' : ''}\n`);

// ── Start-up ─────────────────────────────────────────────────────────────────────────────
const one = corpora.find((c) => c.clients === 1) ?? corpora[0];
const oneFile = one ? join(one.dir, 'team-0', 'client-00000.yaml') : null;
const scoreArgs = oneFile ? [[BIN, 'score', oneFile, '--as-of', AS_OF]] : [];
// A rubric as users write one: the shipped one, extended, two criteria changed.
const ownRubric = join(work, 'my-rubric.yaml');
writeFileSync(ownRubric, 'id: mine\nextends: builtin:default\ncriteria:\n  - id: late-payment\n    weight: 30\n  - id: scope-creep\n    warn: 2\n    flag: 4\n');
const [base, version, lint, lintOwn, scoreRun = null] = startups([['-e', '0'], [BIN, '--version'], [BIN, 'lint', join(ROOT, 'rubrics', 'default.yaml')], [BIN, 'lint', ownRubric], ...scoreArgs]);
const lintNote = lint.code === 2 && /not available/.test(lint.stderr) ? ' (lint is still a stub here)' : '';
console.log(`Start-up: median of ${RUNS} runs, the commands taking turns; peak RSS from one more run`);
table(
  ['command', 'time', 'peak RSS', 'vs node -e 0', 'target', ''],
  [
    ['node -e 0', fmtMs(base.ms), fmtMb(base.mb), '1.00×', '', ''],
    ['clientfit --version', fmtMs(version.ms), fmtMb(version.mb), fmtX(version.ms / base.ms), '≤ 1.5×', judge('--version', version.ms / base.ms, 1.5)],
    ...(scoreRun
      ? [[`clientfit score (1 client × ${one.events} events)`, fmtMs(scoreRun.ms), fmtMb(scoreRun.mb), fmtX(scoreRun.ms / base.ms), '≤ 2.5×', judge('score', scoreRun.ms / base.ms, 2.5)]]
      : []),
    [`clientfit lint rubrics/default.yaml (23 KB)${lintNote}`, fmtMs(lint.ms), fmtMb(lint.mb), fmtX(lint.ms / base.ms), '≤ 2×', judge('lint', lint.ms / base.ms, 2)],
    ['clientfit lint my-rubric.yaml (extends builtin:default)', fmtMs(lintOwn.ms), fmtMb(lintOwn.mb), fmtX(lintOwn.ms / base.ms), '≤ 2×', judge('lint (own rubric)', lintOwn.ms / base.ms, 2)],
  ],
);
console.log('');

// ── Portfolio ────────────────────────────────────────────────────────────────────────────
const rows = [];
const rss = [];
for (const c of corpora) {
  const cache = mkdtempSync(join(work, 'cache-'));
  const args = [BIN, 'portfolio', c.dir, '--as-of', AS_OF, '--format', 'csv'];
  const bare = run([BARE, c.dir]);
  const cold = run(args, { env: { XDG_CACHE_HOME: cache } });
  const coldOut = cold.stdout;
  const warm = run(args, { env: { XDG_CACHE_HOME: cache } });
  for (const [name, r] of [['bare', bare], ['cold', cold], ['warm', warm]]) {
    if (r.code !== 0) console.log(`  ! ${name} run of ${c.label} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
  }
  const same = coldOut === warm.stdout && coldOut.split('\n').length === c.clients + 2;
  const big = c.clients >= 10000;
  rows.push([c.label, 'bare read + yaml.parse, 1 thread', fmtMs(bare.ms), fmtMb(bare.mb), '1.00×', '', '']);
  rows.push(['', 'clientfit portfolio, cold', fmtMs(cold.ms), fmtMb(cold.mb), fmtX(cold.ms / bare.ms), big ? '≤ 0.75×' : '', big ? judge(`cold ${c.label}`, cold.ms / bare.ms, 0.75) : '']);
  rows.push(['', `clientfit portfolio, warm${same ? '' : ' (OUTPUT DIFFERS FROM COLD)'}`, fmtMs(warm.ms), fmtMb(warm.mb), fmtX(warm.ms / bare.ms), big ? '≤ 0.1×' : '', big ? judge(`warm ${c.label}`, warm.ms / bare.ms, 0.1) : '']);
  if (!same) verdicts.push({ what: `warm output = cold output (${c.label})`, ratio: 1, target: 0, ok: false });
  rss.push({ label: c.label, clients: c.clients, mb: cold.mb });
}
console.log('Portfolio: one run each; cold = empty cache folder, warm = the same folder again');
table(['corpus', 'command', 'time', 'peak RSS', 'vs bare', 'target', ''], rows, 2);

// Memory must not grow with the number of clients: compare the largest corpus with the
// smallest one of at least 1,000 clients (tiny runs are all start-up).
const sized = rss.filter((r) => r.clients >= 1000 && r.mb !== null);
if (sized.length >= 2) {
  const small = sized[0];
  const large = sized[sized.length - 1];
  const growth = large.mb / small.mb;
  const clientsRatio = large.clients / small.clients;
  console.log(
    `\nMemory: ${clientsRatio}× the clients (${small.label} → ${large.label}) took ${fmtX(growth)} the peak RSS ` +
      `(${fmtMb(small.mb)} → ${fmtMb(large.mb)}); flat means ≤ 1.5×: ${judge('memory growth', growth, 1.5)}`,
  );
}

// Calibrate: a folder of labelled clients (outcomes on every profile; bad ones pay late more
// often, so suggestions are made and tested leave-one-out), against a cold portfolio of the
// same folder. Median of three runs each, alternated, each with an empty cache folder.
const CAL_CLIENTS = Number(flag('--calibrate-clients') ?? process.env.BENCH_CALIBRATE_CLIENTS ?? 1000);
if (CAL_CLIENTS > 0) {
  const dir = join(work, 'labelled');
  writeCorpus(dir, CAL_CLIENTS, 100, 42, { labelled: true });
  const port = [];
  const cal = [];
  for (let k = 0; k < 3; k++) {
    port.push(run([BIN, 'portfolio', dir, '--as-of', AS_OF, '--format', 'csv'], { env: { XDG_CACHE_HOME: mkdtempSync(join(work, 'cache-')) } }));
    cal.push(run([BIN, 'calibrate', dir, '--as-of', AS_OF, '--format', 'json'], { env: { XDG_CACHE_HOME: mkdtempSync(join(work, 'cache-')) } }));
  }
  for (const r of [...port, ...cal]) if (r.code !== 0) console.log(`  ! a run exited ${r.code}: ${r.stderr.slice(0, 300)}`);
  let made = '?';
  try {
    made = JSON.parse(readFileSync(outFile, 'utf8')).suggestions.length;
  } catch {
    /* shown as ? */
  }
  const p = median(port.map((r) => r.ms));
  const c = median(cal.map((r) => r.ms));
  console.log(`\nCalibrate: ${CAL_CLIENTS.toLocaleString('en')} labelled clients × 100 events (${made} ${made === 1 ? "suggestion" : "suggestions"}, tested leave-one-out); median of 3, cold`);
  table(
    ['what', 'time', 'peak RSS', 'ratio', 'target', ''],
    [
      ['clientfit portfolio, cold', fmtMs(p), fmtMb(port[0].mb), '1×', '', ''],
      ['clientfit calibrate, cold', fmtMs(c), fmtMb(cal[0].mb), fmtX(c / p), '≤ 1×', judge('calibrate vs cold portfolio', c / p, 1)],
    ],
  );
}

// Import: a generated Toggl detailed report (the verified header, BOM, 5 clients over two
// years), imported into a folder of 5 profiles, against a bare read + csv-parse of the file.
const IMPORT_ROWS = Number(flag('--import-rows') ?? process.env.BENCH_IMPORT_ROWS ?? 100_000);
if (IMPORT_ROWS > 0) {
  const dir = join(work, 'import');
  mkdirSync(dir, { recursive: true });
  const names = ['ACME Retail S.L.', 'Globex LLC', 'Initech GmbH', 'Umbrella Ltd', 'Hooli'];
  names.forEach((name, i) => writeFileSync(join(dir, `client-${i}.yaml`), `name: ${name}\ncontract: {rate: 60, currency: EUR, payment_terms_days: 30}\n`));
  const lines = ['\uFEFFUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)'];
  let seed = 7;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const p2 = (x) => String(x).padStart(2, '0');
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + rnd(730) * 86400000).toISOString().slice(0, 10);
    const mins = 5 + rnd(240);
    const h = 8 + rnd(8);
    const dur = `${p2(Math.floor(mins / 60))}:${p2(mins % 60)}:00`;
    const billable = rnd(4) ? 'Yes' : 'No';
    lines.push(`Ana Pérez,ana@example.com,${names[rnd(5)].replace(/ (S\.L\.|LLC|GmbH|Ltd)$/, '')},Project ${rnd(9)},,"Task ${i}, part ${rnd(3)}",${billable},${day},${p2(h)}:00:00,${day},${p2(h)}:${p2(mins % 60)}:00,${dur},,${billable === 'Yes' ? (mins).toFixed(2) : ''}`);
  }
  const csv = join(dir, 'toggl-100k.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const bareRuns = [1, 2, 3].map(() => run([join(ROOT, 'scripts', 'benchBareCsv.mjs'), csv]));
  const imp = run([BIN, 'import', csv, '--into', dir, '--format', 'json'], { cwd: dir });
  const again = run([BIN, 'import', csv, '--into', dir, '--format', 'json'], { cwd: dir });
  const bare = median(bareRuns.map((r) => r.ms));
  if (imp.code !== 0) console.log(`  ! import exited ${imp.code}: ${imp.stderr.slice(0, 300)}`);
  let added = '?';
  try {
    added = JSON.parse(readFileSync(outFile, 'utf8')).clients.reduce((s, c) => s + c.unchanged, 0);
  } catch {
    /* shown as ? */
  }
  console.log(`\nImport: ${IMPORT_ROWS.toLocaleString('en')} Toggl rows (${bytes(statSync(csv).size)}) → ${added} work events in 5 clients' logs`);
  table(
    ['what', 'time', 'peak RSS', 'ratio'],
    [
      ['bare read + csv-parse', fmtMs(bare), fmtMb(bareRuns[0].mb), '1×'],
      ['clientfit import (first: writes)', fmtMs(imp.ms), fmtMb(imp.mb), fmtX(imp.ms / bare)],
      ['clientfit import (again: no change)', fmtMs(again.ms), fmtMb(again.mb), fmtX(again.ms / bare)],
    ],
  );
  judge('import 100,000 Toggl rows', imp.ms / bare, 2);
}

// Mail: a generated mbox (BENCH_MAIL_MB megabytes, default 200; 0 skips it) imported with
// --dry-run into a folder of 5 clients, against a bare streamed read of the same file.
// DESIGN: a mailbox of any size is read in bounded memory (≤ 300 MB).
const MAIL_MB = Number(flag('--mail-mb') ?? process.env.BENCH_MAIL_MB ?? 200);
if (MAIL_MB > 0) {
  const dir = join(work, 'mail');
  writeMailWorkspace(dir);
  const box = join(work, 'inbox.mbox');
  const t0 = performance.now();
  const made = writeMbox(box, MAIL_MB * 1048576);
  const size = statSync(box).size;
  console.log(`\nMail: a generated mbox of ${bytes(size)} (${made.messages.toLocaleString('en')} messages, ${made.fromClients.toLocaleString('en')} from clients; written in ${fmtMs(performance.now() - t0)})`);
  const bareRead = `const fs=require('fs');let n=0;fs.createReadStream(process.argv[1],{highWaterMark:1<<20}).on('data',c=>{n+=c.length}).on('end',()=>console.log(n))`;
  const bare = run(['-e', bareRead, box]);
  const imp = run([BIN, 'import', box, '--into', dir, '--dry-run', '--format', 'json'], { cwd: dir });
  if (imp.code !== 0 && imp.code !== 1) console.log(`  ! import exited ${imp.code}: ${imp.stderr.slice(0, 300)}`);
  const mbps = (r) => `${(size / 1048576 / (r.ms / 1000)).toFixed(1)} MB/s`;
  table(
    ['what', 'time', 'speed', 'peak RSS', 'target', ''],
    [
      ['bare streamed read', fmtMs(bare.ms), mbps(bare), fmtMb(bare.mb), '', ''],
      ['clientfit import --dry-run', fmtMs(imp.ms), mbps(imp), fmtMb(imp.mb), '≤ 300 MB', judge('mail import peak RSS', (imp.mb ?? Infinity) / 300, 1)],
    ],
  );
  rmSync(box, { force: true });
}

const over = verdicts.filter((v) => !v.ok);
console.log(`\n${over.length ? `Over target: ${over.map((v) => v.what).join(', ')}` : 'Every measured target is met.'}`);
console.log(`Reproduce: npm run bench${process.env.BENCH_SIZES ? ` (BENCH_SIZES=${process.env.BENCH_SIZES})` : ''}`);
if (!KEEP) rmSync(work, { recursive: true, force: true });
