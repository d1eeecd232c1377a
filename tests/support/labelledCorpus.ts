/**
 * A generated folder of past clients with known outcomes, for `clientfit calibrate`.
 * One criterion truly separates the two groups (bad clients paid late, good ones on time);
 * another is noise (a recent complaint, for about half of each group, drawn by a seeded
 * coin). Good clients also get late invoices and abuse AFTER their cut-off (inside the lead
 * window): if calibrate counted what could not yet be known, they would look bad.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);

/** mulberry32: the same corpus on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  bad: number;
  good: number;
  /** Clients without an outcome, scored by nothing. */
  unlabelled?: number;
  /** Days between the cut-off and the outcome (calibrate's --lead). */
  leadDays?: number;
  seed?: number;
  /** Share of each group with a recent complaint (the noise criterion). */
  noise?: number;
}

export interface CorpusClient {
  id: string;
  label: 'bad' | 'good' | null;
  outcome: string | null;
  cutoff: string | null;
  complained: boolean;
}

/** Four invoices in the half year before `cutoff`, each paid `late` days after due. */
function invoices(id: string, cutoff: string, late: number, from = -200): string[] {
  return [0, 1, 2, 3].map((k) => {
    const date = at(cutoff, from + k * 30);
    const due = at(date, 30);
    return `  - {date: ${date}, type: invoice, ref: ${id}-${from < 0 ? 'A' : 'B'}${k}, amount: 1000, due: ${due}, paid: ${at(due, late)}}`;
  });
}

export function writeLabelledCorpus(dir: string, o: CorpusOptions): CorpusClient[] {
  const r = rng(o.seed ?? 7);
  const lead = o.leadDays ?? 60;
  const noise = o.noise ?? 0.5;
  mkdirSync(dir, { recursive: true });
  const out: CorpusClient[] = [];
  const labels: ('bad' | 'good' | null)[] = [...Array(o.bad).fill('bad'), ...Array(o.good).fill('good'), ...Array(o.unlabelled ?? 0).fill(null)];
  labels.forEach((label, i) => {
    const id = `${label ?? 'open'}-${String(i).padStart(3, '0')}`;
    const outcome = label ? at('2025-09-01', (i * 7) % 400) : null;
    const cutoff = outcome ? at(outcome, -lead) : '2026-10-01';
    const complained = r() < noise;
    const events = [
      // Paid late (bad) or on time (good) before the cut-off: the signal.
      ...invoices(id, cutoff, label === 'bad' ? 30 : 0),
      `  - {date: ${at(cutoff, -150)}, type: work, hours: 20, billable: true}`,
      ...(complained ? [`  - {date: ${at(cutoff, -10)}, type: complaint, note: Unhappy with the layout}`, `  - {date: ${at(cutoff, -5)}, type: complaint}`] : []),
    ];
    if (label === 'good' && lead > 10) {
      // After the cut-off, inside the lead window: never counted.
      const after = at(cutoff, 5);
      events.push(`  - {date: ${after}, type: abuse, note: Shouted at the team}`);
      for (let k = 0; k < 3; k++) events.push(`  - {date: ${after}, type: invoice, ref: ${id}-L${k}, amount: 500, due: ${after}}`);
    }
    const lines = [
      `name: ${id.toUpperCase()} Ltd`,
      `since: 2024-01-01`,
      `contract: {rate: 60, currency: EUR, payment_terms_days: 30}`,
      ...(label ? [`outcome: {date: ${outcome}, label: ${label}}`] : []),
      'events:',
      ...events,
    ];
    writeFileSync(join(dir, `${id}.yaml`), lines.join('\n') + '\n');
    out.push({ id, label, outcome, cutoff: label ? cutoff : null, complained });
  });
  return out;
}
