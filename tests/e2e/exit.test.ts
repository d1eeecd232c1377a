/**
 * End-to-end tests for `clientfit exit`: the CLI (in-process, harness.ts) run in a temp folder holding copies
 * of the shipped examples (whose .clientfit.yaml says `lang: en`, signs as Lucía Romero of
 * Romero Estudio Digital, and lists three referrals: retail/ecommerce, consulting, design).
 * Dates and amounts are worked out by hand from the example files in the comments.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Lines said aloud: in “English” or «Spanish» quotation marks, indented under their lead. */
const quoted = (text: string) => text.split('\n').filter((l) => /^ {2}[“«]/.test(l));
/** The written confirmation (or notice): the lines indented by four spaces. */
const letter = (text: string) => text.split('\n').filter((l) => /^ {4}\S/.test(l));
/** Lines of output, as `| wc -l` counts them. */
const lineCount = (text: string) => text.split('\n').length - 1;

const ACME_CLAUSE =
  'Cualquiera de las partes podrá resolver este contrato con un preaviso escrito de treinta (30) días naturales. Los trabajos realizados hasta la fecha de resolución se facturarán según las tarifas acordadas.';
const BRIGHTPATH_CLAUSE =
  "Either party may terminate this agreement on twenty (20) business days' written notice. Fees for services performed up to the termination date remain payable.";

/** The heading line of a section in text output: the heading, then its rule. */
const heading = (h: string) => new RegExp(`^${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ─+$`, 'm');

/*
 * acme at 2026-11-24: verdict exit (fit 0). Notice 30 calendar days from Tue 24 Nov 2026:
 * November has 30 days, so the last day is Thu 24 Dec 2026. Unpaid at as-of: F-2026-040
 * (1680, due 2026-09-30: 31 days of October + 24 = 55 overdue) and F-2026-047 (1440, due
 * 2026-11-18: 6 overdue); every other invoice has a paid date before as-of. Total 3120.
 * Industry retail → the only referral with retail in `fits` is Marta Gil · Comercio Digital.
 */
describe('exit: acme (verdict exit)', () => {
  it('English text, by default a draft to say and send: the decision, four steps, the dates, the confirmation', async () => {
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
      'Written confirmation — send it the same day, after the call',
    ]);
    expect(out).toMatch(heading('Step 1 — Tell them personally'));
    expect(out).not.toContain('frank conversation');
    // The lessons, the clause and the checklists are for --full
    expect(out).not.toContain('For you only');
    expect(out).not.toContain(ACME_CLAUSE);
    expect(out).not.toContain('Return and close');
    // The decision: the three heaviest flags with their latest event, and what is at stake
    expect(out).toContain('At stake: Invoiced (12m): €11,640.00 · Hours worked: 232 h');
    expect(out).toContain('  • Pays late or not at all — late_invoice_ratio 78% (−20 pts); latest: 2026-10-19, invoice F-2026-047 (€1,440.00) unpaid, 6 days overdue\n');
    expect(out.match(/^ {2}• /gm)).toHaveLength(3);
    // The dates and what is owed
    expect(out).toMatch(/Notice given:\s+Tuesday 24 November 2026\n/);
    expect(out).toMatch(/Last contractual day:\s+Thursday 24 December 2026 \(30 calendar days\)\n/);
    expect(out).toMatch(/Unpaid:\s+€3,120.00 in 2 invoices, the oldest 55 days overdue\n/);
    expect(out).toContain('Marta Gil · Comercio Digital (marta@comerciodigital.example) works with retail clients.');
    expect(out).not.toContain('Oakridge');
    expect(out).not.toContain('Kobalt');
    // The confirmation: the dates, the open work, what is owed, signed from settings `me`
    expect(out).toContain('with notice given on Tuesday 24 November 2026.');
    expect(out).toContain('the last contractual day will be Thursday 24 December 2026;');
    expect(out).toContain('      - Entregar el manual de marca final\n');
    expect(out).toContain('    - Still to be paid, €3,120.00 in total:\n      - F-2026-040: €1,680.00, due 30 September 2026\n      - F-2026-047: €1,440.00, due 18 November 2026\n');
    expect(out).toContain('    Kind regards,\n    Lucía Romero\n    Romero Estudio Digital\n    lucia@romero.example\n');
    expect(out).not.toContain('\u001b');
  });

  it('--full adds every flag, the clause, the invoices one by one, the handover checklist and the lessons', async () => {
    const r = await exit(['acme.yaml', '--full']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout;
    inOrder(out, ['The decision, and why', 'Step 4 — Honour the rescission clause', 'Closing words — keep the door open', 'Written confirmation', 'For you only: lessons to screen for next time']);
    expect(out).toContain(`  │ ${ACME_CLAUSE}\n`);
    expect(out).toMatch(/Notice period:\s+30 calendar days\n/);
    expect(out).toMatch(/Written notice:\s+required/);
    expect(out).toMatch(/Early-termination fee:\s+none\n/);
    expect(out).toContain('2 unpaid invoices, €3,120.00 in total:');
    expect(out).toContain('• F-2026-040: €1,680.00, due 30 September 2026 (55 days overdue)');
    expect(out).toContain('  • Entregar el manual de marca final');
    expect(out).toContain('Return and close:');
    // Every raised flag (ten for acme), with where its evidence is logged
    expect(out).toContain('      2026-10-19 · invoice F-2026-047 (€1,440.00) unpaid, 6 days overdue · acme.log.yaml:52');
    expect(out).toContain('Your team no longer wants the account — ');
    expect(quoted(out).length).toBeGreaterThan(10);
    expect(lineCount(out)).toBeGreaterThan(120);
  });

  it('Spanish Markdown: the same structure, in Spanish forms', async () => {
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
      '## Confirmación por escrito: envíala ese mismo día, después de la llamada',
    ]);
    expect(out).not.toContain('## Solo para ti');
    expect(out).toContain('- **Fecha del preaviso:** martes 24 de noviembre de 2026\n');
    expect(out).toContain('- **Último día de contrato:** jueves 24 de diciembre de 2026 (30 días naturales)\n');
    // es-ES groups thousands only from five digits: 3120,00 €
    expect(out).toContain(nb('- **Pendiente de cobro:** 3120,00 € en 2 facturas, la más antigua vencida hace 55 días\n'));
    expect(out).toContain('> «Lo hemos pensado con calma y hemos decidido poner fin a nuestra colaboración con ACME Retail.');
    expect(out).toContain('> Hola, Ana:\n');
    expect(out).toContain('el último día de contrato será el jueves 24 de diciembre de 2026;');
    expect(out).toContain(nb('> - Quedan pendientes de pago, 3120,00 € en total:\n>   - F-2026-040: 1680,00 €, con vencimiento el 30 de septiembre de 2026\n'));
    expect(out).toContain('> Un saludo,\\\n> Lucía Romero\\\n> Romero Estudio Digital\\\n> lucia@romero.example\n');
    // --full in Markdown: the clause, the invoices, the lessons, and evidence locations as code spans
    const full = await exit(['acme.yaml', '--lang', 'es', '--format', 'md', '--full']);
    expect(full.stdout).toContain(`\n> ${ACME_CLAUSE}\n`);
    expect(full.stdout).toContain(nb('- F-2026-040: 1680,00 €, vencida el 30 de septiembre de 2026 (hace 55 días)'));
    expect(full.stdout).toContain('## Solo para ti: lecciones para filtrar al próximo cliente');
    expect(full.stdout).toContain('`acme.log.yaml:45`');
  });

  it('--notice-date moves the dates: 2026-12-05 + 30 calendar days = Monday 4 January 2027', async () => {
    // December has 31 days: 26 to the end of the month, 4 more into January (a Monday: 2027-01-01 is a Friday)
    const r = await exit(['acme.yaml', '--notice-date', '2026-12-05']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Notice given:\s+Saturday 5 December 2026\n/);
    expect(r.stdout).toMatch(/Last contractual day:\s+Monday 4 January 2027 \(30 calendar days\)\n/);
    expect(r.stdout).not.toContain('falls on a weekend');
  });

  it('reads the profile from standard input (logs relative to the current folder)', async () => {
    const r = await exit(['-'], { input: readFileSync(join(ex, 'acme.yaml')) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Still to be paid, €3,120.00 in total:');
  });
});

describe('exit: a draft that fits on a page or two', () => {
  const cases: [string, string[]][] = [
    ['acme.yaml', []],
    ['brightpath.yaml', []],
    ['nordlicht.yaml', ['--force']],
  ];
  for (const [file, extra] of cases) {
    it(`${file}: at most 60 lines, with at most three talking points, in English and Spanish`, async () => {
      for (const lang of ['en', 'es']) {
        const r = await exit([file, ...extra, '--lang', lang]);
        expect(r.code, r.stderr).toBe(0);
        expect(lineCount(r.stdout), `${file} --lang ${lang}`).toBeLessThanOrEqual(60);
        const step2 = r.stdout.slice(r.stdout.indexOf(lang === 'en' ? 'Step 2' : 'Paso 2'), r.stdout.indexOf(lang === 'en' ? 'Step 3' : 'Paso 3'));
        // "Not the best solution" and then the talking points
        expect(quoted(step2).length - 1, `${file} --lang ${lang}`).toBeLessThanOrEqual(3);
        expect(quoted(step2).length - 1).toBeGreaterThanOrEqual(1);
      }
    });
  }
  it('acme: the three strongest of its ten talking points, the heaviest first', async () => {
    const out = (await exit(['acme.yaml'])).stdout;
    const step2 = quoted(out.slice(out.indexOf('Step 2'), out.indexOf('Step 3')));
    expect(step2).toEqual([
      "  “We're no longer the best solution for ACME Retail, and you deserve someone who is.”",
      "  “We work best with clients whose payment cycle matches our terms; we can't keep carrying long payment gaps.”",
      '  “We do our best work with a clear, agreed scope, and this project has grown beyond what we can deliver well on the current terms.”',
      "  “We rely on quick, regular communication to do good work, and we haven't found a rhythm that works for both sides.”",
    ]);
  });
});

describe('exit: names in what is said and sent', () => {
  it('the contact by first name and the client by its short name, never its legal form', async () => {
    for (const [file, first, short] of [
      ['acme.yaml', 'Ana', 'ACME Retail'],
      ['brightpath.yaml', 'Oliver', 'BrightPath Consulting'],
    ]) {
      for (const lang of ['en', 'es']) {
        const out = (await exit([file!, '--lang', lang])).stdout;
        const said = [...quoted(out), ...letter(out)].join('\n');
        expect(said, `${file} ${lang}`).toContain(`${first}.`);
        expect(said).toContain(`${short}.`);
        expect(said).not.toMatch(/S\.L\.|\bLtd\b|Pérez|Hughes/);
      }
    }
  });
  it('uses the profile\'s short_name when it has one', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    writeFileSync(join(cwd, 'acme.yaml'), readFileSync(join(cwd, 'acme.yaml'), 'utf8').replace('name: ACME Retail S.L.\n', 'name: ACME Retail S.L.\nshort_name: Acme\n'));
    const lint = await runCli(['lint', 'acme.yaml'], { cwd });
    expect(lint.code, lint.stdout).toBe(0);
    const out = (await exit(['acme.yaml'], { cwd })).stdout;
    expect(out).toContain('“We\'ve thought about it carefully and decided to end our collaboration with Acme. It');
    expect(out).toContain('    Subject: End of our collaboration — Acme\n');
    expect(out).toContain('Exit conversation draft: ACME Retail S.L.');
  });
});

describe('exit: voice', () => {
  /** A folder with acme and its log, and settings of our own. */
  async function withSettings(settings: string, args: string[]): Promise<string> {
    const dir = tempDir();
    for (const f of ['acme.yaml', 'acme.log.yaml']) copyFileSync(join(ex, f), join(dir, f));
    writeFileSync(join(dir, '.clientfit.yaml'), settings);
    const r = await exit(['acme.yaml', ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    return r.stdout;
  }
  const SOLO = 'me: {name: Lucía Romero, email: lucia@romero.example}\n';
  const STUDIO = 'me: {name: Lucía Romero, business: Romero Estudio Digital}\n';

  it('English: "I" for a freelancer with no business name, "we" for a business', async () => {
    const i = await withSettings(SOLO, []);
    expect(i).toContain("“I've thought about it carefully and decided to end our collaboration with ACME Retail. It isn't a decision I've taken lightly.”");
    expect(i).toContain("“I'm no longer the best fit for ACME Retail");
    expect(i).toContain("“I work best with clients whose payment cycle matches my terms;");
    expect(i).toContain('my door is open');
    expect(i).toContain("I'm writing to confirm that I am ending our collaboration");
    expect(i).toContain('Before that date I will finish and hand over the following, with the source files and the access I hold:');
    expect([...quoted(i), ...letter(i)].join('\n')).not.toMatch(/\b(We|we)('ve|'re|'ll| are| will| work| wish)\b|\bour door\b/);
    const we = await withSettings(STUDIO, []);
    expect(we).toContain("“We've thought about it carefully and decided");
    expect(we).toContain('our door is open');
    expect(we).toContain('we are ending our collaboration');
  });
  it('Spanish: first person singular or plural', async () => {
    const yo = await withSettings(SOLO, ['--lang', 'es']);
    expect(yo).toContain('«Lo he pensado con calma y he decidido poner fin a nuestra colaboración con ACME Retail. No es una decisión que haya tomado a la ligera.»');
    expect(yo).toContain('«Ya no soy la mejor opción para ACME Retail');
    expect(yo).toContain('Respetaré el preaviso del contrato');
    expect(yo).toContain('te escribo para confirmarte que pongo fin a nuestra colaboración');
    expect(yo).toContain('Hasta esa fecha terminaré y os entregaré lo siguiente, con los archivos fuente y los accesos que tengo:');
    expect(yo).toContain('aquí me tenéis');
    expect([...quoted(yo), ...letter(yo)].join('\n')).not.toMatch(/\b(hemos decidido|somos|terminaremos|nos tenéis|Os deseamos|Trabajamos)\b/);
    const nosotros = await withSettings(STUDIO, ['--lang', 'es']);
    expect(nosotros).toContain('«Lo hemos pensado con calma y hemos decidido');
    expect(nosotros).toContain('que ponemos fin a nuestra colaboración');
  });
  it('me.voice overrides the default both ways', async () => {
    const weSolo = await withSettings('me: {name: Lucía Romero, voice: we}\n', []);
    expect(weSolo).toContain("“We've thought about it carefully and decided");
    const iStudio = await withSettings('me: {name: Lucía Romero, business: Romero Estudio Digital, voice: i}\n', ['--lang', 'es']);
    expect(iStudio).toContain('«Lo he pensado con calma y he decidido');
    // The signature still names the business
    expect(iStudio).toContain('    Lucía Romero\n    Romero Estudio Digital\n');
  });
  it('a voice that is neither i nor we is a settings error', async () => {
    const dir = tempDir();
    for (const f of ['acme.yaml', 'acme.log.yaml']) copyFileSync(join(ex, f), join(dir, f));
    writeFileSync(join(dir, '.clientfit.yaml'), 'me: {name: Lucía Romero, voice: us}\n');
    const r = await exit(['acme.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.clientfit.yaml:1:');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

/*
 * brightpath at 2026-11-24: verdict review (fit 67: late payment −20, scope creep −12.8).
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
      'The decision, and why',
      'If the frank conversation does not change things, the decision is to let go.',
      'Step 1 — Tell them personally',
    ]);
    expect(out).toContain('“We value working with you and we want this to keep working.');
    expect(out).toMatch(/Last contractual day:\s+Tuesday 22 December 2026 \(20 business days\)\n/);
    expect(out).toMatch(/Unpaid:\s+£1,680.00, 37 days overdue\n/);
    expect(out).toContain('    - Still to be paid: BP-006, £1,680.00, due 18 October 2026.\n');
    expect(out).toContain('Oakridge Advisory Partners (hello@oakridge.example) works with consulting clients.');
    expect(out).not.toContain('Marta Gil');
    expect(out).toContain('    Hi Oliver,\n');
  });

  it('--full has the agenda and the clause; in Spanish the preface is the frank conversation too', async () => {
    const full = await exit(['brightpath.yaml', '--full']);
    expect(full.stdout).toContain('• Pays late or not at all: agree how invoices will be paid on time');
    expect(full.stdout).toContain(`  │ ${BRIGHTPATH_CLAUSE}\n`);
    expect(full.stdout).toMatch(/Notice period:\s+20 business days \(Monday to Friday\)\n/);
    expect(full.stdout).toContain('• BP-006: £1,680.00, due 18 October 2026 (37 days overdue)');
    const r = await exit(['brightpath.yaml', '--lang', 'es', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    const first = r.stdout.indexOf('\n## ');
    expect(r.stdout.slice(first + 4, r.stdout.indexOf('\n', first + 1))).toBe('Antes de dejarlo: una conversación franca para reajustar expectativas');
    expect(r.stdout).toContain('- **Último día de contrato:** martes 22 de diciembre de 2026 (20 días hábiles)\n');
    expect(r.stdout).toContain(nb('- **Pendiente de cobro:** 1680,00 GBP, vencida hace 37 días\n'));
  });

  it('a Saturday notice on business days counts from Monday: Sat 9 Jan 2027 → Mon 8 Feb 2027', async () => {
    // From Mon 11 Jan: 11–15 Jan gives 4 (Tue–Fri), 18–22 → 9, 25–29 → 14, 1–5 Feb → 19, Mon 8 Feb → 20
    const r = await exit(['brightpath.yaml', '--notice-date', '2027-01-09']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Saturday 9 January 2027 (notice given at the weekend counts from Monday 11 January 2027)');
    expect(r.stdout).toMatch(/Last contractual day:\s+Monday 8 February 2027/);
  });
});

describe('exit: notice dates', () => {
  it('refuses a notice date before as-of (exit 2, naming both dates), and accepts it with --force', async () => {
    const r = await exit(['acme.yaml', '--notice-date', '2026-11-01']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`the notice date 2026-11-01 is before the as-of date ${AS_OF}`);
    expect(r.stderr).toContain('--notice-date');
    expect(r.stderr).toContain('--force');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const es = await exit(['acme.yaml', '--notice-date', '2026-11-01', '--lang', 'es']);
    expect(es.code).toBe(2);
    expect(es.stderr).toContain(`la fecha del preaviso, 2026-11-01, es anterior a la fecha de evaluación, ${AS_OF}`);
    // November has 30 days: 2026-11-01 + 30 calendar days = Tuesday 1 December 2026
    const forced = await exit(['acme.yaml', '--notice-date', '2026-11-01', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Notice given:\s+Sunday 1 November 2026\n/);
    expect(forced.stdout).toMatch(/Last contractual day:\s+Tuesday 1 December 2026/);
    // The notice date may be as-of itself
    expect((await exit(['acme.yaml', '--notice-date', AS_OF])).code).toBe(0);
  });
  it('flags a last day on a weekend: 30 calendar days from Fri 2027-01-08 is Sun 2027-02-07', async () => {
    const r = await exit(['acme.yaml', '--notice-date', '2027-01-08']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Last contractual day:\s+Sunday 7 February 2027 \(30 calendar days\)\n/);
    expect(r.stdout).toContain('The last day, Sunday 7 February 2027, falls on a weekend: agree in writing what happens on Friday 5 February 2027, the Friday before.\n');
    const es = await exit(['acme.yaml', '--notice-date', '2027-01-08', '--lang', 'es']);
    expect(es.stdout).toContain('El último día, domingo 7 de febrero de 2027, cae en fin de semana: acordad por escrito qué ocurre el viernes 5 de febrero de 2027');
  });
});

/*
 * A dealbreaker: acme with an `abuse` event. The verdict is exit whatever the fit, and the
 * draft is written notice only.
 */
describe('exit: after abuse or threats', () => {
  let cwd: string;
  beforeAll(() => {
    const dir = tempDir(true);
    cwd = join(dir, 'examples');
    writeFileSync(join(cwd, 'acme.yaml'), `${readFileSync(join(cwd, 'acme.yaml'), 'utf8')}  - {date: 2026-11-10, type: abuse, note: Threatened to come to the office}\n`);
  });
  /** Wording of the ordinary draft that must not appear after a dealbreaker: the call, the referral, the open door. */
  const CALL_REFERRAL_DOOR: Record<string, string[]> = {
    en: ['Call or meet', 'Thanks for making time', 'Thank you for your time today', 'As we discussed', 'put you in touch', 'Marta Gil', 'As promised', 'door is open', 'door remains open', 'keep the door open', 'Offer an alternative', 'before the call'],
    es: ['por teléfono o en persona', 'Gracias por sacar un momento', 'Gracias por tu tiempo hoy', 'Tal como hemos hablado', 'poneros en contacto', 'Marta Gil', 'Como te comentamos', 'aquí nos tenéis', 'deja la puerta abierta', 'Ofrece una alternativa', 'antes de la llamada'],
  };
  for (const lang of ['en', 'es']) {
    it(`${lang}: written notice from a safe channel, records kept, no call, no referral, no door left open`, async () => {
      for (const extra of [[], ['--full'], ['--format', 'md']]) {
        const r = await exit(['acme.yaml', '--lang', lang, ...extra], { cwd });
        expect(r.code, r.stderr).toBe(0);
        const out = r.stdout;
        for (const phrase of CALL_REFERRAL_DOOR[lang]!) expect(out, `${lang} ${extra.join(' ')}: ${phrase}`).not.toContain(phrase);
        expect(quoted(out)).toEqual([]);
        if (lang === 'en') {
          expect(out).toContain('Written notice draft: ACME Retail S.L.');
          expect(out).toContain('That is why this draft is written notice only: no call or meeting, no referral, nothing that keeps the door open');
          expect(out).toContain('Step 1 — Give notice in writing, from a safe channel');
          expect(out).toContain('Send the written notice below from a channel that keeps a record and keeps your distance');
          expect(out).toContain('Keep records (dates, messages, screenshots) and tell someone: a person you trust and your team, and the authorities if the threats are serious.');
          expect(out).toContain('Subject: Notice of termination — ACME Retail');
          expect(out).toContain('We are writing to give notice that we are ending our contract under its termination clause');
        } else {
          expect(out).toContain('Borrador del preaviso por escrito: ACME Retail S.L.');
          expect(out).toContain('Por eso este borrador es solo un preaviso por escrito: ni llamada ni reunión, ni recomendaciones');
          expect(out).toContain('Paso 1: Da el preaviso por escrito, por una vía segura');
          expect(out).toContain('Envía el preaviso de más abajo por una vía que deje constancia');
          expect(out).toContain('Guarda pruebas (fechas, mensajes, capturas de pantalla) y cuéntaselo a alguien: a una persona de confianza y a tu equipo, y a las autoridades si las amenazas son graves.');
          expect(out).toContain('Asunto: Preaviso de resolución del contrato — ACME Retail');
        }
      }
    });
  }
  it('the notice still gives the dates and what is owed', async () => {
    const out = (await exit(['acme.yaml'], { cwd })).stdout;
    expect(out).toMatch(/Last contractual day:\s+Thursday 24 December 2026/);
    expect(out).toContain('the last contractual day will be Thursday 24 December 2026;');
    expect(out).toContain('    - Still to be paid, €3,120.00 in total:\n');
    expect(out).toContain('    Regards,\n    Lucía Romero\n');
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
    expect(r.stdout).toContain('Estudio Kobalt (hola@kobalt.example) works with design clients.');
    // Every nordlicht invoice was paid by as-of (the last, NL-2026-10, on 2026-11-10)
    expect(r.stdout).toMatch(/Unpaid:\s+none\n/);
    expect(r.stdout).toContain('    - There are no outstanding invoices.\n');
    expect(r.stdout).toMatch(/Last contractual day:\s+Thursday 24 December 2026/);
    // No GmbH in what is said and sent
    expect([...quoted(r.stdout), ...letter(r.stdout)].join('\n')).not.toContain('GmbH');
  });
});

describe('exit --out', () => {
  it('writes the draft atomically, prints only a confirmation on stderr, and replaces a file only with --overwrite', async () => {
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
    expect(again.stderr).toContain('--overwrite');
    // --force only drafts a keep verdict: it does not replace a file
    const forced = await exit(['acme.yaml', '--out', 'draft.md', '--force'], { cwd });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('draft.md already exists');
    expect(readFileSync(join(cwd, 'draft.md'), 'utf8')).toBe('my edits');

    const replaced = await exit(['acme.yaml', '--lang', 'es', '--out', 'draft.md', '--overwrite', '--full'], { cwd });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stderr).toBe('Borrador guardado en draft.md\n');
    const written = readFileSync(join(cwd, 'draft.md'), 'utf8');
    expect(written).toContain('Borrador de la conversación de salida: ACME Retail S.L.');
    expect(written).toContain('Solo para ti: lecciones');
    // A text draft written to a file never carries colour codes
    expect(written).not.toContain('\u001b');
  });

  it('a keep verdict needs --force to draft, and --overwrite to replace, each for its own reason', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    writeFileSync(join(cwd, 'nordlicht.md'), 'old');
    expect((await exit(['nordlicht.yaml', '--out', 'nordlicht.md', '--overwrite'], { cwd })).code).toBe(1);
    expect((await exit(['nordlicht.yaml', '--out', 'nordlicht.md', '--force'], { cwd })).code).toBe(2);
    const both = await exit(['nordlicht.yaml', '--out', 'nordlicht.md', '--force', '--overwrite'], { cwd });
    expect(both.code, both.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'nordlicht.md'), 'utf8')).toContain('Exit conversation draft: Nordlicht Studio GmbH');
  });

  it('never writes over the client file, its logs or the settings, even with --overwrite and --force', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const before = snapshot(dir);
    for (const target of ['acme.yaml', 'acme.log.yaml', './acme.yaml']) {
      const r = await exit(['acme.yaml', '--out', target, '--overwrite', '--force'], { cwd });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain('is the client file or one of its logs');
    }
    const settings = await exit(['acme.yaml', '--out', '.clientfit.yaml', '--overwrite'], { cwd });
    expect(settings.code).toBe(2);
    expect(settings.stderr).toContain('is the settings file this run reads');
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
    for (const f of ['acme.yaml', 'brightpath.yaml']) expect((await exit([f, '--full'], { cwd: join(dir, 'examples') })).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
  it('documents its options in --help, in both languages', async () => {
    const r = await runCli(['exit', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--notice-date', '--as-of', '--lang', '--format', '--rubric', '--full', '--force', '--out', '--overwrite', '--no-color']) expect(r.stdout).toContain(flag);
    // Help is wrapped to the terminal's width: compare the words.
    const words = (s: string) => s.replace(/\s+/g, ' ');
    expect(words(r.stdout)).toContain('draft even when the verdict is keep, or with a notice date before the as-of date');
    expect(words(r.stdout)).toContain('with --out, replace an existing file');
    expect(r.stdout).toContain('clientfit exit clients/acme.yaml --format md --out exit-acme.md --overwrite');
    const es = await runCli(['exit', '--help', '--lang', 'es']);
    expect(words(es.stdout)).toContain('con --out, sustituye un archivo existente');
  });
});
