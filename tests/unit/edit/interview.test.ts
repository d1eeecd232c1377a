import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reply, screen, setPrompter, useScreenPrompter } from './screenPrompter.js';
import { interviewLog } from '../../../src/cli/interview/log.js';
import { prompter } from '../../../src/io/prompts.js';
import { messages } from '../../../src/core/i18n/index.js';
import { M } from '../../../src/core/i18n/msg.js';

beforeEach(useScreenPrompter);
afterEach(() => setPrompter(undefined));

describe('the log interview', () => {
  it('invoice: asks only the invoice fields; due defaults to date + payment terms', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('en').edit.prompt);
    const done = interviewLog(p, { m: messages('en'), today: '2026-11-24', paymentTermsDays: 30 });
    // invoice is the first type, with what it is for next to it.
    expect(screen.getScreen()).toContain('an invoice: ref, amount, due, paid');
    await reply('What happened?');
    await reply('Date', '2026-11-20'); // instead of the default, today (2026-11-24)
    // An invoice needs its ref: no "Enter to skip", and Enter alone is refused.
    expect(screen.getScreen()).not.toContain('ref (Enter to skip)');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('an answer is needed here');
    await reply('ref', 'F-2026-050');
    // Validated as typed: a negative amount is refused, then fixed.
    screen.type('-5');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('`amount` must be at least 0');
    screen.keypress('backspace');
    screen.keypress('backspace');
    await reply('amount', '900');
    // 2026-11-20 + 30 days = 2026-12-20, offered as the default.
    expect(screen.getScreen()).toContain('2026-12-20');
    await reply('due');
    await reply('paid'); // optional: Enter skips
    screen.type('Invoice #42: first half');
    screen.keypress('enter');
    expect(await done).toEqual([
      ['date', '2026-11-20'],
      ['type', 'invoice'],
      ['ref', 'F-2026-050'],
      ['amount', 900],
      ['due', '2026-12-20'],
      ['note', 'Invoice #42: first half'],
    ]);
  });

  it('scope_change: a yes/no field is a choice; no fields asked that the type lacks', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('es').edit.prompt);
    const done = interviewLog(p, { m: messages('es'), today: '2026-11-24' });
    // invoice, fee_dispute, scope_change: two down.
    await reply('¿Qué ha pasado?', '<down>', '<down>');
    await reply('Fecha');
    // The field in Spanish, with its name in the file.
    await reply('¿Se ha facturado? (billed; Intro para saltar)', '<up>'); // skip → no
    screen.keypress('enter'); // no note
    expect(await done).toEqual([
      ['date', '2026-11-24'],
      ['type', 'scope_change'],
      ['billed', false],
    ]);
  });

  it('your own type: the last choice asks for its name', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('en').edit.prompt);
    const done = interviewLog(p, { m: messages('en'), today: '2026-11-24' });
    await reply('What happened?', '<up>'); // loops round to "something else"
    screen.type('bad name');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('"bad name" is not an event type');
    for (let i = 0; i < 8; i++) screen.keypress('backspace');
    await reply('Your own event type', 'workshop');
    await reply('Date');
    screen.keypress('enter');
    expect(await done).toEqual([
      ['date', '2026-11-24'],
      ['type', 'workshop'],
    ]);
  });
});
