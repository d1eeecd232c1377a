import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, tempDir } from './harness.js';
import { insertedLines } from '../unit/edit/insertion.js';

/** util-linux `script` gives the CLI a real pseudo-terminal: real raw mode, real keys. */
const hasScript = spawnSync('script', ['--version']).status === 0;

const KEY = { enter: '\r', up: '\u001b[A', down: '\u001b[B', ctrlC: '\u0003', backspace: '\u007f' };

/** Runs the built CLI on a pseudo-terminal; answer prompts as they appear. */
function onTerminal(args: string[], cwd: string) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
    cwd,
    env: { ...process.env, LANG: 'C', LC_ALL: undefined, HOME: cwd, TERM: 'xterm', NO_COLOR: undefined, FORCE_COLOR: undefined },
  });
  let out = '';
  let mark = 0;
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
  const screen = () => stripVTControlCharacters(out);
  return {
    screen,
    exited,
    /** Waits for `text` to appear after the previous answer, then types `keys` (Enter by default). */
    async answer(text: string, ...keys: string[]) {
      for (let waited = 0; !screen().slice(mark).includes(text); waited += 20) {
        if (waited > 10_000) throw new Error(`no "${text}" on the terminal; it shows:\n${screen().slice(-800)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      mark = screen().length;
      child.stdin.write((keys.length ? keys : [KEY.enter]).join(''));
    },
  };
}

describe.skipIf(!hasScript)('on a real terminal', () => {
  it('`clientfit init FILE` interviews, validates as you type, and writes the profile', async () => {
    const dir = tempDir();
    const t = onTerminal(['init', 'clients/pty.yaml'], dir);
    await t.answer('Client name', 'Terminal & Co', KEY.enter);
    await t.answer('Industry', 'design', KEY.enter);
    await t.answer('Working together since', '2025-03-01', KEY.enter);
    await t.answer('Contact person', 'Eva', KEY.enter);
    await t.answer('Contact email');
    await t.answer('Contact phone');
    await t.answer('ideal client', KEY.up, KEY.up, KEY.up, KEY.up, KEY.enter); // skip → ideal
    await t.answer('Inside your niche?', KEY.up, KEY.up, KEY.enter); // skip → yes
    await t.answer('Within your skills?', KEY.up, KEY.up, KEY.enter);
    await t.answer('Does their budget', KEY.up, KEY.enter); // skip → no
    await t.answer('Agreed rate', '7O', KEY.enter); // a letter O: refused
    await t.answer('`rate` should be a number, not "7O"', KEY.backspace, KEY.backspace, '70', KEY.enter);
    await t.answer('Currency', 'gbp', KEY.enter);
    await t.answer('The rate is per', KEY.enter);
    await t.answer('Days they have to pay', '14', KEY.enter);
    await t.answer('Notice period in days', '20', KEY.enter);
    await t.answer('Notice days are counted as', KEY.down, KEY.enter);
    await t.answer('in writing?', KEY.enter);
    await t.answer('Termination clause', 'Either party may terminate on twenty business days notice.', KEY.enter);
    await t.answer('Write clients/pty.yaml?', KEY.enter);
    expect(await t.exited).toBe(0);
    expect(t.screen()).toContain('Created clients/pty.yaml');
    expect(parse(readFileSync(join(dir, 'clients/pty.yaml'), 'utf8'))).toEqual({
      name: 'Terminal & Co',
      industry: 'design',
      since: '2025-03-01',
      contact: { name: 'Eva' },
      profile: { tier: 'ideal', in_niche: true, within_skills: true, budget_fits: false },
      contract: {
        rate: 70,
        currency: 'GBP',
        rate_unit: 'hour',
        payment_terms_days: 14,
        termination: { notice_days: 20, notice_basis: 'business', written_notice: true, clause: 'Either party may terminate on twenty business days notice.' },
      },
      events: null,
    });
  }, 40_000);

  it('`clientfit log FILE` asks what happened, offers the due date from the payment terms, shows the line and adds it', async () => {
    const dir = tempDir(true);
    const before = readFileSync(join(dir, 'examples/brightpath.yaml'), 'utf8');
    const t = onTerminal(['log', 'examples/brightpath.yaml'], dir);
    await t.answer('What happened?'); // invoice, the first choice
    await t.answer('Date', '2026-11-20', KEY.enter);
    await t.answer('ref', 'BP-007', KEY.enter);
    await t.answer('amount', '1680', KEY.enter);
    // BrightPath pays at 30 days: 2026-11-20 + 30 = 2026-12-20.
    await t.answer('due (2026-12-20)');
    await t.answer('paid');
    await t.answer('Note', 'Pilot, phase 2', KEY.enter);
    await t.answer('{date: 2026-11-20, type: invoice, ref: BP-007, amount: 1680, due: 2026-12-20, note: "Pilot, phase 2"}');
    await t.answer('Add it to examples/brightpath.yaml?');
    expect(await t.exited).toBe(0);
    expect(t.screen()).toContain('Added invoice of 2026-11-20 to examples/brightpath.yaml:56');
    expect(insertedLines(before, readFileSync(join(dir, 'examples/brightpath.yaml'), 'utf8'))).toEqual([
      '  - {date: 2026-11-20, type: invoice, ref: BP-007, amount: 1680, due: 2026-12-20, note: "Pilot, phase 2"}',
    ]);
  }, 40_000);

  it('`clientfit log FILE --lang es`: Spanish all the way (the prompt library’s hints too), a decimal comma, s for yes', async () => {
    const dir = tempDir(true);
    const before = readFileSync(join(dir, 'examples/brightpath.yaml'), 'utf8');
    const t = onTerminal(['log', 'examples/brightpath.yaml', '--lang', 'es'], dir);
    await t.answer('↑↓ para moverte • ⏎ para elegir'); // factura (invoice), the first choice
    await t.answer('Fecha', '2026-11-20', KEY.enter);
    await t.answer('Número de factura (ref)', 'BP-008', KEY.enter);
    await t.answer('Importe (amount)', '1.680,50', KEY.enter);
    await t.answer('Vencimiento (due) (2026-12-20)');
    await t.answer('Pagada el (paid; Intro para saltar)');
    await t.answer('Nota (Intro para saltar)');
    await t.answer('amount: 1680.5');
    await t.answer('¿Lo apunto en examples/brightpath.yaml? (S/n)', 's', KEY.enter);
    expect(await t.exited).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('¿Lo apunto en examples/brightpath.yaml? Sí');
    expect(screen).toContain('Apuntado invoice del 2026-11-20 en examples/brightpath.yaml:56');
    expect(screen).not.toMatch(/navigate|select|\(Y\/n\)|You must|Press/);
    expect(insertedLines(before, readFileSync(join(dir, 'examples/brightpath.yaml'), 'utf8'))).toEqual([
      '  - {date: 2026-11-20, type: invoice, ref: BP-008, amount: 1680.5, due: 2026-12-20}',
    ]);
  }, 40_000);

  it('Ctrl-C at a prompt: exit 130, a short line, no stack, no change', async () => {
    const dir = tempDir(true);
    const before = readFileSync(join(dir, 'examples/acme.log.yaml'), 'utf8');
    const t = onTerminal(['log', 'examples/acme.yaml'], dir);
    await t.answer('What happened?', KEY.down, KEY.down, KEY.enter);
    await t.answer('Date', KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.screen()).toContain('cancelled; nothing was written');
    expect(hasStackTrace(t.screen())).toBe(false);
    expect(readFileSync(join(dir, 'examples/acme.log.yaml'), 'utf8')).toBe(before);
  }, 40_000);
});
