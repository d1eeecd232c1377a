/**
 * End-to-end tests for `clientfit exit`: the CLI (in-process, harness.ts) run in a temp folder holding copies
 * of the shipped examples (whose .clientfit.yaml says `lang: en`, signs as Lucía Romero and
 * lists three referrals: retail/ecommerce, consulting, design). Dates and amounts are worked
 * out by hand from the example files in the comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, snapshot, tempDir } from './harness.js';

const AS_OF = '2026-11-24';
let root: string;
let ex: string;

beforeAll(() => {
  root = tempDir(true);
  ex = join(root, 'examples');
});

const exit = (args: string[], opts: Parameters<typeof runCli>[1] = {}) => runCli(['exit', ...args, '--as-of', AS_OF], { cwd: ex, ...opts });

/** Intl writes Spanish amounts with a no-break space before the currency sign. */
const nb = (s: string) => s.replace(/ (€|GBP)/g, '\u00a0$1');

/** Positions of the given strings in `text`, to check they come in order. */
function inOrder(text: string, parts: string[]): void {
  const at = parts.map((p) => text.indexOf(p));
  parts.forEach((p, i) => expect(at[i], `"${p}" is missing`).toBeGreaterThanOrEqual(0));
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

const ACME_CLAUSE =
  'Cualquiera de las partes podrá resolver este contrato con un preaviso escrito de treinta (30) días naturales. Los trabajos realizados hasta la fecha de resolución se facturarán según las tarifas acordadas.';
const BRIGHTPATH_CLAUSE =
  "Either party may terminate this agreement on twenty (20) business days' written notice. Fees for services performed up to the termination date remain payable.";

/*
 * acme at 2026-11-24: verdict exit (fit 0). Notice 30 calendar days from Tue 24 Nov 2026:
 * November has 30 days, so the last day is Thu 24 Dec 2026. Unpaid at as-of: F-2026-040
 * (1680, due 2026-09-30: 31 days of October + 24 = 55 overdue) and F-2026-047 (1440, due
 * 2026-11-18: 6 overdue); every other invoice has a paid date before as-of. Total 3120.
 * Industry retail → the only referral with retail in `fits` is Marta Gil · Comercio Digital.
 */
describe('exit: acme (verdict exit)', () => {
  it('English text: the sections in order, the clause, the dates, the referral, the invoices', async () => {
    const r = await exit(['acme.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    inOrder(out, [
      'Exit conversation draft: ACME Retail S.L.',
      'The decision, and why',
      'Step 1 — Tell them personally',
      'Step 2 — Explain the fit, not the faults',
      'Step 3 — Offer an alternative',
      'Step 4 — Honour the rescission clause',
      'Closing words — keep the door open',
      'Written confirmation — send it after the call',
      'For you only: lessons to screen for next time',
    ]);
    expect(out).not.toContain('frank conversation');
    expect(out).toContain(`  │ ${ACME_CLAUSE}\n`);
    expect(out).toMatch(/Notice given:\s+Tuesday 24 November 2026\n/);
    expect(out).toMatch(/Notice period:\s+30 calendar days\n/);
    expect(out).toMatch(/Last contractual day:\s+Thursday 24 December 2026\n/);
    expect(out).toMatch(/Written notice:\s+required/);
    expect(out).toMatch(/Early-termination fee:\s+none\n/);
    expect(out).toContain('2 unpaid invoices, €3,120.00 in total:');
    expect(out).toContain('• F-2026-040: €1,680.00, due 30 September 2026 (55 days overdue)');
    expect(out).toContain('• F-2026-047: €1,440.00, due 18 November 2026 (6 days overdue)');
    expect(out).toContain('• Marta Gil · Comercio Digital — marta@comerciodigital.example');
    expect(out).not.toContain('Oakridge');
    expect(out).not.toContain('Kobalt');
    // The open work from the profile, in the checklist and in the letter
    expect(out).toContain('  • Entregar el manual de marca final');
    expect(out).toContain('      - Entregar el manual de marca final');
    // The confirmation: the dates, what is owed, signed from settings `me`
    expect(out).toContain('with notice given on Tuesday 24 November 2026.');
    expect(out).toContain('our last contractual day will be Thursday 24 December 2026.');
    expect(out).toContain('Total outstanding: €3,120.00.');
    expect(out).toContain('    Kind regards,\n    Lucía Romero\n    Romero Estudio Digital\n    lucia@romero.example\n');
    expect(out).not.toContain('\u001b');
  });

  it('Spanish Markdown: the same facts, in Spanish forms', async () => {
    const r = await exit(['acme.yaml', '--lang', 'es', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    inOrder(out, [
      '# Borrador de la conversación de salida: ACME Retail S.L.',
      '## La decisión y sus motivos',
      '## Paso 1: Díselo en persona',
      '## Paso 2: Habla de encaje, no de culpas',
      '## Paso 3: Ofrece una alternativa',
      '## Paso 4: Cumple la cláusula de resolución',
      '## Para cerrar: deja la puerta abierta',
      '## Confirmación por escrito: envíala después de la llamada',
      '## Solo para ti: lecciones para filtrar al próximo cliente',
    ]);
    expect(out).toContain(`\n> ${ACME_CLAUSE}\n`);
    expect(out).toContain('- **Fecha del preaviso:** martes 24 de noviembre de 2026\n');
    expect(out).toContain('- **Plazo de preaviso:** 30 días naturales\n');
    expect(out).toContain('- **Último día de contrato:** jueves 24 de diciembre de 2026\n');
    // es-ES groups thousands only from five digits: 3120,00 €
    expect(out).toContain(nb('2 facturas pendientes de cobro, 3120,00 € en total:'));
    expect(out).toContain(nb('- F-2026-040: 1680,00 €, vencida el 30 de septiembre de 2026 (hace 55 días)'));
    expect(out).toContain(nb('- F-2026-047: 1440,00 €, vencida el 18 de noviembre de 2026 (hace 6 días)'));
    expect(out).toContain('- Marta Gil · Comercio Digital — marta@comerciodigital.example');
    expect(out).toContain('> Hola, Ana:\n');
    expect(out).toContain('> - Con el preaviso de 30 días naturales que establece el contrato, el último día de contrato será el jueves 24 de diciembre de 2026.');
    expect(out).toContain(nb('> - Total pendiente: 3120,00 €.'));
    expect(out).toContain('> Un saludo,\\\n> Lucía Romero\\\n> Romero Estudio Digital\\\n> lucia@romero.example\n');
    // Evidence locations as code spans
    expect(out).toContain('`acme.log.yaml:45`');
  });

  it('Spanish text and English Markdown agree on the dates and the total', async () => {
    const es = await exit(['acme.yaml', '--lang', 'es']);
    expect(es.code, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/Último día de contrato:\s+jueves 24 de diciembre de 2026\n/);
    expect(es.stdout).toContain(nb('3120,00 € en total'));
    const md = await exit(['acme.yaml', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('- **Last contractual day:** Thursday 24 December 2026\n');
    expect(md.stdout).toContain('2 unpaid invoices, €3,120.00 in total:');
  });

  it('--notice-date moves the dates: 2026-12-05 + 30 calendar days = Monday 4 January 2027', async () => {
    // December has 31 days: 26 to the end of the month, 4 more into January (a Monday: 2027-01-01 is a Friday)
    const r = await exit(['acme.yaml', '--notice-date', '2026-12-05']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Notice given:\s+Saturday 5 December 2026\n/);
    expect(r.stdout).toMatch(/Last contractual day:\s+Monday 4 January 2027\n/);
  });

  it('reads the profile from standard input (logs relative to the current folder)', async () => {
    const r = await exit(['-'], { input: readFileSync(join(ex, 'acme.yaml')) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 unpaid invoices, €3,120.00 in total:');
  });
});

/*
 * brightpath at 2026-11-24: verdict review (fit 60: late payment −20, scope creep −20).
 * Notice 20 business days from Tue 24 Nov 2026: Wed 25 … Fri 27 (3), 30 Nov – 4 Dec (8),
 * 7–11 Dec (13), 14–18 Dec (18), Mon 21 (19), Tue 22 Dec (20). Unpaid: BP-006, £1,680.00,
 * due 2026-10-18 (13 + 24 = 37 days overdue). Industry consulting → Oakridge Advisory Partners.
 */
describe('exit: brightpath (verdict review)', () => {
  it('starts with the frank conversation, then the exit, with business days', async () => {
    const r = await exit(['brightpath.yaml']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    inOrder(out, [
      'Before letting go: a frank conversation to reset expectations',
      'Agenda, one point per red flag',
      '• Pays late or not at all: agree how invoices will be paid on time',
      '• Scope creep without pay: agree what is in scope',
      'The decision, and why',
      'If the frank conversation does not change things, the decision is to let go.',
      'Step 1 — Tell them personally',
    ]);
    // The frank conversation is the first section
    expect(out.indexOf('Before letting go')).toBeLessThan(out.indexOf('Step 1'));
    expect(out).toContain(`  │ ${BRIGHTPATH_CLAUSE}\n`);
    expect(out).toMatch(/Notice period:\s+20 business days \(Monday to Friday\)\n/);
    expect(out).toMatch(/Last contractual day:\s+Tuesday 22 December 2026\n/);
    expect(out).toContain('1 unpaid invoice, £1,680.00:');
    expect(out).toContain('• BP-006: £1,680.00, due 18 October 2026 (37 days overdue)');
    expect(out).toContain('• Oakridge Advisory Partners — hello@oakridge.example');
    expect(out).not.toContain('Marta Gil');
    expect(out).toContain('Hi Oliver,');
  });

  it('in Spanish, the preface is the frank conversation too', async () => {
    const r = await exit(['brightpath.yaml', '--lang', 'es', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const first = r.stdout.indexOf('\n## ');
    expect(r.stdout.slice(first + 4, r.stdout.indexOf('\n', first + 1))).toBe('Antes de dejarlo: una conversación franca para reajustar expectativas');
    expect(r.stdout).toContain('- **Último día de contrato:** martes 22 de diciembre de 2026\n');
    expect(r.stdout).toContain('- **Plazo de preaviso:** 20 días hábiles (de lunes a viernes)\n');
    expect(r.stdout).toContain(nb('1 factura pendiente de cobro, 1680,00 GBP:'));
  });

  it('a Saturday notice on business days counts from Monday: Sat 9 Jan 2027 → Mon 8 Feb 2027', async () => {
    // From Mon 11 Jan: 11–15 Jan gives 4 (Tue–Fri), 18–22 → 9, 25–29 → 14, 1–5 Feb → 19, Mon 8 Feb → 20
    const r = await exit(['brightpath.yaml', '--notice-date', '2027-01-09']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Saturday 9 January 2027 (notice given at the weekend counts from Monday 11 January 2027)');
    expect(r.stdout).toMatch(/Last contractual day:\s+Monday 8 February 2027\n/);
  });
});

describe('exit: nordlicht (verdict keep)', () => {
  it('refuses with exit 1, says why and how to override, prints nothing on stdout', async () => {
    const r = await exit(['nordlicht.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nordlicht Studio GmbH scores 100/100 (keep)');
    expect(r.stderr).toContain(`clientfit exit nordlicht.yaml --as-of ${AS_OF} --force`);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
  it('refuses in Spanish too', async () => {
    const r = await exit(['nordlicht.yaml', '--lang', 'es']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tiene un encaje de 100/100 (mantener)');
    expect(r.stderr).toContain('añade --force');
  });
  it('drafts with --force, says the score disagrees, and offers the design referral', async () => {
    const r = await exit(['nordlicht.yaml', '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The score says keep (fit 100/100) and you asked for this draft anyway.');
    expect(r.stdout).toContain('• Estudio Kobalt — hola@kobalt.example');
    // Every nordlicht invoice was paid by as-of (the last, NL-2026-10, on 2026-11-10)
    expect(r.stdout).toContain('No unpaid invoices at the as-of date.');
    expect(r.stdout).toMatch(/Last contractual day:\s+Thursday 24 December 2026\n/);
  });
});

describe('exit --out', () => {
  it('writes the draft atomically, prints only a confirmation on stderr, and refuses to overwrite', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const expected = (await exit(['acme.yaml', '--format', 'md'], { cwd })).stdout;
    const first = await exit(['acme.yaml', '--format', 'md', '--out', 'draft.md'], { cwd });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toBe('Draft written to draft.md\n');
    expect(readFileSync(join(cwd, 'draft.md'), 'utf8')).toBe(expected);

    writeFileSync(join(cwd, 'draft.md'), 'my edits');
    const again = await exit(['acme.yaml', '--out', 'draft.md'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('draft.md already exists');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'draft.md'), 'utf8')).toBe('my edits');

    const forced = await exit(['acme.yaml', '--lang', 'es', '--out', 'draft.md', '--force'], { cwd });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toBe('Borrador guardado en draft.md\n');
    expect(readFileSync(join(cwd, 'draft.md'), 'utf8')).toContain('Borrador de la conversación de salida: ACME Retail S.L.');
    // A text draft written to a file never carries colour codes
    expect(readFileSync(join(cwd, 'draft.md'), 'utf8')).not.toContain('\u001b');
  });

  it('never writes over the client file or its logs, even with --force', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const before = snapshot(dir);
    for (const target of ['acme.yaml', 'acme.log.yaml', './acme.yaml']) {
      const r = await exit(['acme.yaml', '--out', target, '--force'], { cwd });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain('is the client file or one of its logs');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('says when the folder does not exist', async () => {
    const r = await exit(['acme.yaml', '--out', 'nowhere/draft.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder of nowhere/draft.md does not exist');
  });
});

describe('exit: errors', () => {
  it('says exactly what to add when the contract has no termination, at the `contract:` line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yaml'), '# a client\nname: Foo S.L.\ncontract:\n  rate: 50\n');
    const r = await exit(['c.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('c.yaml:3:1: error: the profile has no `contract.termination`');
    expect(r.stderr).toContain('3 | contract:');
    expect(r.stderr).toContain('under `contract:`, add  termination: {notice_days: 30, notice_basis: calendar');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
  it('points at the top of the file, in Spanish, when there is no contract at all', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.yaml'), 'name: Foo S.L.\n');
    const r = await exit(['c.yaml', '--lang', 'es'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('c.yaml:1:1: error: el perfil no tiene `contract.termination`');
    expect(r.stderr).toContain('añade  contract: {termination: {notice_days: 30');
  });
  it('rejects a bad --notice-date and --format with exit 2', async () => {
    const bad = await exit(['acme.yaml', '--notice-date', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--notice-date: "2026-02-30" is not a date');
    const fmt = await exit(['acme.yaml', '--format', 'json']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('one of: text, md');
  });
  it('changes no file when drafting', async () => {
    const dir = tempDir(true);
    const before = snapshot(dir);
    for (const f of ['acme.yaml', 'brightpath.yaml']) expect((await exit([f], { cwd: join(dir, 'examples') })).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
  it('documents its options in --help', async () => {
    const r = await runCli(['exit', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--notice-date', '--as-of', '--lang', '--format', '--rubric', '--force', '--out', '--no-color']) expect(r.stdout).toContain(flag);
  });
});
