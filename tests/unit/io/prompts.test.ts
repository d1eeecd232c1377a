import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reply, screen, setPrompter, useScreenPrompter } from '../edit/screenPrompter.js';
import { prompter, yesNoAnswer } from '../../../src/io/prompts.js';
import { interviewLog } from '../../../src/cli/interview/log.js';
import { interviewInit } from '../../../src/cli/interview/init.js';
import { messages, type Lang } from '../../../src/core/i18n/index.js';
import { M } from '../../../src/core/i18n/msg.js';

beforeEach(useScreenPrompter);
afterEach(() => setPrompter(undefined));

const ask = (lang: Lang) => prompter(M.edit.ask.cancelled, messages(lang).edit.prompt);
/** English words inquirer shows by itself; none may reach a Spanish screen. */
const INQUIRER_ENGLISH = /navigate|select\b|\(Y\/n\)|\(y\/N\)|Press|You must|Invalid|disabled/;

describe('yes/no answers by language', () => {
  const es = messages('es').edit.prompt;
  const en = messages('en').edit.prompt;
  it.each([
    ['s', true],
    ['S', true],
    ['si', true],
    ['sí', true],
    ['Sí', true],
    [' sí ', true],
    ['y', true],
    ['yes', true],
    ['n', false],
    ['no', false],
    ['NO', false],
    ['', true],
  ])('Spanish: %j is %s', (text, yes) => expect(yesNoAnswer(text, es, true)).toBe(yes));
  it.each(['x', 'sip', 'nop', 'sin', 'oui', 'noo'])('Spanish: %j is no answer', (text) => expect(yesNoAnswer(text, es, true)).toBeUndefined());
  it('English keeps y, yes, n, no, and takes no Spanish', () => {
    expect(yesNoAnswer('y', en, false)).toBe(true);
    expect(yesNoAnswer('Ye', en, false)).toBe(true);
    expect(yesNoAnswer('n', en, true)).toBe(false);
    expect(yesNoAnswer('', en, false)).toBe(false);
    expect(yesNoAnswer('s', en, true)).toBeUndefined();
    expect(yesNoAnswer('sí', en, true)).toBeUndefined();
  });
  it('no answer is both yes and no in either language', () => {
    for (const lang of ['en', 'es'] as const) {
      const w = messages(lang).edit.prompt;
      for (const word of `${w.yesWords} ${w.noWords}`.split(' ')) {
        for (let i = 1; i <= word.length; i++) {
          const start = word.slice(0, i);
          const yes = w.yesWords.split(' ').some((x) => x.startsWith(start));
          const no = w.noWords.split(' ').some((x) => x.startsWith(start));
          expect(yes && no, `${lang}: "${start}"`).toBe(false);
        }
      }
    }
  });
});

describe('the yes/no question on a screen', () => {
  it('Spanish: (S/n), s is yes, the answer shown as Sí', async () => {
    const done = (await ask('es')).confirm({ message: '¿Lo apunto en acme.yaml?', default: true });
    expect(screen.getScreen()).toContain('¿Lo apunto en acme.yaml? (S/n)');
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    screen.type('s');
    screen.keypress('enter');
    expect(await done).toBe(true);
    expect(screen.getScreen()).toContain('¿Lo apunto en acme.yaml? Sí');
  });

  it('Spanish: si without the accent, sí and no; a default of no shows (s/N)', async () => {
    for (const [typed, dflt, answer] of [
      ['si', false, true],
      ['sí', false, true],
      ['no', true, false],
      ['', false, false],
    ] as const) {
      const done = (await ask('es')).confirm({ message: '¿Seguro?', default: dflt });
      expect(screen.getScreen()).toContain(dflt ? '¿Seguro? (S/n)' : '¿Seguro? (s/N)');
      if (typed) screen.type(typed);
      screen.keypress('enter');
      expect(await done, `${typed || 'Enter'} with default ${dflt}`).toBe(answer);
    }
  });

  it('Spanish: anything else is refused in Spanish, the typed text kept to fix', async () => {
    const done = (await ask('es')).confirm({ message: '¿Seguro?', default: true });
    screen.type('quizá');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Responde «sí» o «no» (o solo s o n)');
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    screen.type('n');
    screen.keypress('enter');
    expect(await done).toBe(false);
  });

  it('English stays as inquirer has it: (Y/n), y, and its own error wording', async () => {
    const done = (await ask('en')).confirm({ message: 'Add it to acme.yaml?', default: true });
    expect(screen.getScreen()).toContain('Add it to acme.yaml? (Y/n)');
    screen.type('s');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('You must answer with "Yes" or "No"');
    screen.keypress('backspace');
    screen.type('y');
    screen.keypress('enter');
    expect(await done).toBe(true);
    expect(screen.getScreen()).toContain('Add it to acme.yaml? Yes');
  });
});

describe('select and input in Spanish', () => {
  it('the help line of a list is Spanish; English keeps inquirer’s', async () => {
    const es = (await ask('es')).select({ message: '¿Cuál?', choices: [{ value: 1, name: 'uno' }, { value: 2, name: 'dos' }] });
    expect(screen.getScreen()).toContain('↑↓ para moverte • ⏎ para elegir');
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    screen.keypress('enter');
    expect(await es).toBe(1);
    const en = (await ask('en')).select({ message: 'Which?', choices: [{ value: 1, name: 'one' }] });
    expect(screen.getScreen()).toContain('↑↓ navigate • ⏎ select');
    screen.keypress('enter');
    expect(await en).toBe(1);
  });

  it('a check that gives no reason: Spanish words, not inquirer’s "You must provide a valid value"', async () => {
    const done = (await ask('es')).input({ message: 'Código', validate: (v) => v === 'ok' || '' });
    screen.type('x');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Esa respuesta no vale; revísala');
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    screen.keypress('backspace');
    screen.type('ok');
    screen.keypress('enter');
    expect(await done).toBe('ok');
  });
});

describe('the Spanish interviews', () => {
  it('log: Spanish type names and field labels, a decimal comma typed, errors in Spanish', async () => {
    const p = await ask('es');
    const done = interviewLog(p, { m: messages('es'), today: '2026-11-24', paymentTermsDays: 30 });
    expect(screen.getScreen()).toContain('factura (invoice)');
    expect(screen.getScreen()).toContain('una factura: ref, amount, due, paid');
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    await reply('¿Qué ha pasado?');
    await reply('Fecha', '2026-11-20');
    await reply('Número de factura (ref)', 'F-1');
    screen.type('1,200.50');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('`amount` debe ser un número, no «1,200.50» (un número, como 900, 12,5 o 1.200,50');
    for (let i = 0; i < 8; i++) screen.keypress('backspace');
    await reply('Importe (amount)', '1.200,50');
    await reply('Vencimiento (due)'); // 2026-11-20 + 30
    await reply('Pagada el (paid; Intro para saltar)');
    screen.keypress('enter'); // no note
    expect(await done).toEqual([
      ['date', '2026-11-20'],
      ['type', 'invoice'],
      ['ref', 'F-1'],
      ['amount', 1200.5],
      ['due', '2026-12-20'],
    ]);
  });

  it('init: a rate with a decimal comma (60,5), thousands by a dot in whole numbers', async () => {
    const p = await ask('es');
    const done = interviewInit(p, { m: messages('es'), today: '2026-11-24', preset: {}, file: 'x.yaml', suggestFile: () => 'x' });
    await reply('Nombre del cliente', 'Estudio Peña');
    for (const q of ['Sector', 'Trabajáis juntos desde', 'Persona de contacto', 'Correo de contacto', 'Teléfono de contacto']) await reply(q);
    expect(screen.getScreen()).not.toMatch(INQUIRER_ENGLISH);
    for (const q of ['¿Cómo encaja', '¿Está dentro de tu nicho?', '¿Es trabajo que sabes', '¿Su presupuesto']) await reply(q);
    await reply('Tarifa acordada', '60,5');
    await reply('Moneda');
    await reply('La tarifa es por');
    await reply('Días que tienen para pagar');
    await reply('Días de preaviso', '1.200'); // 1.200 is 1200 in Spanish
    await reply('Los días de preaviso se cuentan como');
    await reply('¿El preaviso tiene que darse por escrito?');
    screen.keypress('enter'); // no clause
    const { answers } = await done;
    expect(answers).toMatchObject({ rate: 60.5, currency: 'EUR', paymentTermsDays: 30, noticeDays: 1200 });
  });
});
