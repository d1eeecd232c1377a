/**
 * End-to-end tests for `clientfit calibrate DIR`: generated folders of past clients with
 * known outcomes (tests/support/labelledCorpus.ts), run as a user runs the CLI.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeLabelledCorpus, type CorpusClient } from '../support/labelledCorpus.js';
import { hasStackTrace, runCli, tempDir } from './harness.js';

const AS_OF = '2026-11-24';

interface CalJson {
  schema: string;
  lead: string;
  clients: { bad: number; good: number; unlabelled: number; skipped: { id: string; reason: string }[] };
  accuracy: number | null;
  baseline: number | null;
  confusion: { bad: { predictedBad: number; predictedGood: number }; good: { predictedBad: number; predictedGood: number } };
  criteria: { id: string; raisedBad: number; raisedGood: number; intervalBad: number[]; intervalGood: number[]; lr: number; separates: boolean }[];
  suggestions: { id: string; field: string; from: number; to: number; why: string }[];
  cases: { id: string; label: string; asOf: string; outcomeDate: string; verdict: string }[];
}

let root: string;
let corpus: CorpusClient[];

/** Runs calibrate from `cwd` with its own cache folder. */
const calibrate = (args: string[], cwd = root) => runCli(['calibrate', ...args, '--as-of', AS_OF], { cwd, env: { XDG_CACHE_HOME: join(cwd, '.cache') } });

beforeAll(() => {
  root = tempDir();
  // 8 bad, 10 good, 2 without an outcome; complaints (noise) for about half of each group.
  corpus = writeLabelledCorpus(join(root, 'clients'), { bad: 8, good: 10, unlabelled: 2 });
});

describe('calibrate: a corpus where one criterion separates and another is noise', () => {
  it('separates late payment, not complaints, and suggests a change only for late payment', async () => {
    const r = await calibrate(['clients', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as CalJson;
    expect(j.schema).toBe('clientfit/calibration@1');
    expect(j.lead).toBe('60d');
    expect(j.clients).toMatchObject({ bad: 8, good: 10, unlabelled: 2, skipped: [] });
    const late = j.criteria.find((c) => c.id === 'late-payment')!;
    expect(late).toMatchObject({ raisedBad: 8, raisedGood: 0, separates: true });
    expect(late.intervalBad[0]).toBeGreaterThan(late.intervalGood[1]!);
    const noise = j.criteria.find((c) => c.id === 'constant-criticism')!;
    const complainedBad = corpus.filter((c) => c.label === 'bad' && c.complained).length;
    const complainedGood = corpus.filter((c) => c.label === 'good' && c.complained).length;
    expect(noise).toMatchObject({ raisedBad: complainedBad, raisedGood: complainedGood, separates: false });
    expect(new Set(j.suggestions.map((s) => s.id))).toEqual(new Set(['late-payment']));
    expect(j.suggestions[0]).toMatchObject({ field: 'weight', from: 20 });
    expect(j.suggestions[0]!.to).toBeGreaterThan(20);
    expect(j.suggestions[0]!.why).toMatch(/8 of 8 bad/);
    // Every number is finite: JSON has no Infinity or NaN to begin with, but no null either.
    for (const c of j.criteria) expect(Number.isFinite(c.lr)).toBe(true);
  });

  it('ignores what happened inside the lead window: good clients abused and unpaid after their cut-off still look good', async () => {
    const j = JSON.parse((await calibrate(['clients', '--format', 'json'])).stdout) as CalJson;
    // Each good client has an abuse event and three unpaid invoices 5 days after its cut-off.
    expect(j.criteria.find((c) => c.id === 'abuse')).toMatchObject({ raisedBad: 0, raisedGood: 0 });
    for (const c of j.cases) {
      const src = corpus.find((x) => x.id === c.id)!;
      expect(c.asOf).toBe(src.cutoff);
      if (c.label === 'good') expect(c.verdict).toBe('keep');
    }
    // With no lead at all, the abuse is known in time: every good client becomes an exit.
    const now = JSON.parse((await calibrate(['clients', '--format', 'json', '--lead', '0d'])).stdout) as CalJson;
    expect(now.criteria.find((c) => c.id === 'abuse')).toMatchObject({ raisedGood: 10 });
  });

  it('counts accuracy and the majority baseline from the verdicts', async () => {
    const j = JSON.parse((await calibrate(['clients', '--format', 'json'])).stdout) as CalJson;
    const right = j.cases.filter((c) => (c.verdict !== 'keep') === (c.label === 'bad')).length;
    expect(j.accuracy).toBeCloseTo(right / 18, 4);
    expect(j.baseline).toBeCloseTo(10 / 18, 4);
    expect(j.confusion.bad.predictedBad + j.confusion.bad.predictedGood).toBe(8);
    expect(j.confusion.good.predictedBad + j.confusion.good.predictedGood).toBe(10);
  });

  it('text: a table, the accuracy against the baseline, the suggestion and what the numbers mean', async () => {
    const r = await calibrate(['clients']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/against 18 labelled clients \(8 bad, 10 good\)/);
    expect(r.stdout).toMatch(/2 clients have no outcome/);
    expect(r.stdout).toMatch(/late-payment\s+8 of 8\s+100%/);
    expect(r.stdout).toMatch(/Always guessing "good" \(the larger group\): 56%/);
    expect(r.stdout).toMatch(/late-payment: weight 20 → 30/);
    expect(r.stdout).toMatch(/What the numbers mean/);
    expect(r.stdout).toMatch(/Raised for nobody: .*abuse/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('Spanish and Markdown', async () => {
    const es = await calibrate(['clients', '--lang', 'es']);
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/Calibración de la rúbrica default con 18 clientes etiquetados/);
    expect(es.stdout).toMatch(/Qué significan las cifras/);
    expect(es.stdout).toMatch(/late-payment: peso 20 → 30/);
    const md = await calibrate(['clients', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Calibration of rubric default/);
    expect(md.stdout).toMatch(/\| late-payment \| 8 of 8 .*\| \*\*yes\*\* \|/);
  });
});

describe('calibrate --write', () => {
  it('writes a rubric that extends the current one, says why for each change, lints clean and scores', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 8, good: 10 });
    mkdirSync(join(dir, 'rubrics'));
    const r = await calibrate(['clients', '--write', 'rubrics/calibrated.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Wrote rubrics\/calibrated\.yaml \(1 change\)/);
    const text = readFileSync(join(dir, 'rubrics', 'calibrated.yaml'), 'utf8');
    expect(text).toMatch(/^extends: "builtin:default"$/m);
    expect(text).toMatch(/# raised for 8 of 8 bad clients and 0 of 10 good/);
    expect(text).toMatch(/weight: 30 {2}# was 20/);
    const lint = await runCli(['lint', 'rubrics/calibrated.yaml', '--max-warnings', '0'], { cwd: dir });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    const shown = await runCli(['rubric', 'show', '--rubric', 'rubrics/calibrated.yaml', '--weights', '--format', 'json'], { cwd: dir });
    expect(shown.code, shown.stderr).toBe(0);
    expect((JSON.parse(shown.stdout) as { id: string; weight: number }[]).find((c) => c.id === 'late-payment')!.weight).toBe(30);
    // Calibrating again with the written rubric: the signal is now heavier and every verdict right.
    const again = await calibrate(['clients', '--rubric', 'rubrics/calibrated.yaml', '--format', 'json'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as CalJson).accuracy).toBe(1);
    const score = await runCli(['score', 'clients/bad-000.yaml', '--rubric', 'rubrics/calibrated.yaml', '--as-of', AS_OF], { cwd: dir });
    expect(score.code, score.stderr).toBe(0);
  });

  it('a user rubric is extended by its path from the new file', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 8, good: 10 });
    mkdirSync(join(dir, 'rubrics'));
    writeFileSync(join(dir, 'rubrics', 'mine.yaml'), 'id: mine\nextends: builtin:default\ncriteria:\n  - {id: scope-creep, weight: 10}\n');
    writeFileSync(join(dir, '.clientfit.yaml'), 'rubric: rubrics/mine.yaml\n');
    const r = await calibrate(['clients', '--write', 'out/cal.yaml'], dir);
    // The folder of the new file must exist.
    expect(r.code).toBe(2);
    mkdirSync(join(dir, 'out'));
    const ok = await calibrate(['clients', '--write', 'out/cal.yaml'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'cal.yaml'), 'utf8')).toMatch(/^extends: "\.\.\/rubrics\/mine\.yaml"$/m);
    expect((await runCli(['lint', 'out/cal.yaml', '--max-warnings', '0'], { cwd: dir })).code).toBe(0);
  });

  it('never replaces a file unasked, and never a file the run reads, even with --overwrite', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 8, good: 10 });
    writeFileSync(join(dir, 'taken.yaml'), 'keep me\n');
    const exists = await calibrate(['clients', '--write', 'taken.yaml'], dir);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/taken\.yaml already exists/);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('keep me\n');
    const over = await calibrate(['clients', '--write', 'taken.yaml', '--overwrite'], dir);
    expect(over.code, over.stderr).toBe(0);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toMatch(/^extends:/m);
    const before = readFileSync(join(dir, 'clients', 'bad-000.yaml'), 'utf8');
    const onto = await calibrate(['clients', '--write', 'clients/bad-000.yaml', '--overwrite'], dir);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toMatch(/would replace/);
    expect(readFileSync(join(dir, 'clients', 'bad-000.yaml'), 'utf8')).toBe(before);
  });

  it('writes nothing when there is nothing to suggest', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 2, good: 10 });
    const r = await calibrate(['clients', '--write', 'cal.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/not written/);
    expect(existsSync(join(dir, 'cal.yaml'))).toBe(false);
  });
});

describe('calibrate: too little to go on', () => {
  it('with too few bad clients: no suggestions, and how many more to label', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 2, good: 10 });
    const r = await calibrate(['clients'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No changes suggested/);
    expect(r.stdout).toMatch(/You have labelled 2 bad clients; suggestions need at least 3 .* Label at least 1 more/);
    const j = JSON.parse((await calibrate(['clients', '--format', 'json'], dir)).stdout) as CalJson & { moreBadNeeded: number };
    expect(j.suggestions).toEqual([]);
    expect(j.moreBadNeeded).toBe(1);
  });

  it('with no labelled client: how to add an outcome, in both languages', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 0, good: 0, unlabelled: 3 });
    const r = await calibrate(['clients'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No labelled clients under clients/);
    expect(r.stdout).toMatch(/outcome: \{date: 2026-03-01, label: bad/);
    const es = await calibrate(['clients', '--lang', 'es'], dir);
    expect(es.stdout).toMatch(/No hay clientes etiquetados en clients/);
    const j = JSON.parse((await calibrate(['clients', '--format', 'json'], dir)).stdout) as CalJson;
    expect(j).toMatchObject({ accuracy: null, baseline: null, clients: { bad: 0, good: 0, unlabelled: 3 }, criteria: expect.any(Array), suggestions: [] });
  });

  it('leaves out, and says why, an outcome still ahead and a client with nothing logged by its cut-off', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'clients'));
    writeFileSync(join(dir, 'clients', 'ahead.yaml'), 'name: Ahead\noutcome: {date: 2027-02-01, label: bad}\nevents:\n  - {date: 2026-01-10, type: complaint}\n');
    writeFileSync(join(dir, 'clients', 'late.yaml'), 'name: Late\noutcome: {date: 2026-03-01, label: good}\nevents:\n  - {date: 2026-02-20, type: complaint}\n');
    const r = await calibrate(['clients', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    // The outcome ahead of today is also a data-quality warning, as lint says.
    expect(r.stderr).toMatch(/ahead\.yaml:2:\d+ warning: `outcome\.date` is 2027-02-01, after today/);
    const j = JSON.parse(r.stdout) as CalJson;
    expect(j.clients.skipped.map((s) => [s.id, s.reason])).toEqual([
      ['ahead', 'future-outcome'],
      ['late', 'nothing-known'],
    ]);
    const text = await calibrate(['clients'], dir);
    expect(text.stdout).toMatch(/ahead\.yaml: its outcome \(2027-02-01\) is after today/);
    expect(text.stdout).toMatch(/late\.yaml: nothing was logged by 2025-12-31, its cut-off/);
  });
});

describe('calibrate: bad input', () => {
  it('a bad --lead, a missing folder, a file instead of a folder: exit 2 with a clear message', async () => {
    const lead = await calibrate(['clients', '--lead', 'soon']);
    expect(lead.code).toBe(2);
    expect(lead.stderr).toMatch(/--lead.*"soon" is not a lead time/);
    const missing = await calibrate(['nowhere']);
    expect(missing.code).toBe(2);
    const file = await calibrate(['clients/bad-000.yaml']);
    expect(file.code).toBe(2);
    for (const r of [lead, missing, file]) expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a labelled client with a bad label is a schema error for lint, and reported by calibrate (exit 2, as portfolio does), which calibrates the rest', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 4, good: 4 });
    writeFileSync(join(dir, 'clients', 'odd.yaml'), 'name: Odd\noutcome: {date: 2026-01-01, label: meh}\n');
    const lint = await runCli(['lint', 'clients/odd.yaml'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/odd\.yaml\n\s+2:\d+\s+error\s+`outcome\.label`/);
    const r = await calibrate(['clients', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/odd\.yaml:2:\d+/);
    expect((JSON.parse(r.stdout) as CalJson).clients).toMatchObject({ bad: 4, good: 4 });
  });

  it('--strict: a data-quality warning is exit 2 before anything is reported', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 4, good: 4 });
    writeFileSync(join(dir, 'clients', 'typo.yaml'), 'name: Typo\noutcome: {date: 2026-01-01, label: bad}\nevents:\n  - {date: 2025-10-01, type: complain}\n');
    const r = await calibrate(['clients', '--strict'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable client file is reported, not skipped silently (skipped as root: root reads everything)', async () => {
    const dir = tempDir();
    writeLabelledCorpus(join(dir, 'clients'), { bad: 4, good: 4 });
    chmodSync(join(dir, 'clients', 'bad-000.yaml'), 0);
    const r = await calibrate(['clients', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-000\.yaml/);
  });
});
