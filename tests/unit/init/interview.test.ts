import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reply, screen, setPrompter, useScreenPrompter } from '../edit/screenPrompter.js';
import { interviewInit } from '../../../src/cli/interview/init.js';
import { prompter } from '../../../src/io/prompts.js';
import { messages } from '../../../src/core/i18n/index.js';
import { M } from '../../../src/core/i18n/msg.js';
import { ExitCode, UserError } from '../../../src/core/errors.js';
import { wordEn } from '../build.js';

beforeEach(useScreenPrompter);
afterEach(() => setPrompter(undefined));

describe('the init interview (real inquirer prompts, @inquirer/testing screen)', () => {
  it('asks every question in order, validates as you type and returns typed answers', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('en').edit.prompt);
    const done = interviewInit(p, { m: messages('en'), today: '2026-11-24', preset: {}, suggestFile: (n) => `${n.length}.yaml` });
    await reply('Client name', 'ACME Retail S.L.');
    await reply('File to write'); // default: suggestFile → "16.yaml"
    await reply('Industry', 'retail');
    await reply('Working together since'); // default: today
    await reply('Contact person', 'Ana Pérez');
    await reply('Contact email');
    await reply('Contact phone', '+34 600 000 000');
    // Lists start on "skip": up 3 times from skip (index 4) is "real" (index 1).
    await reply('How do they match your ideal client?', '<up>', '<up>', '<up>');
    await reply('Inside your niche?', '<up>', '<up>'); // skip → no → yes
    await reply('Within your skills?'); // skip
    await reply('Does their budget pay', '<up>'); // skip → no
    // A wrong rate is refused on the spot, with the reason; then corrected.
    screen.type('60,5');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('`rate` should be a number, not "60,5"');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    await reply('Agreed rate', '60.5');
    await reply('Currency'); // EUR
    await reply('The rate is per', '<down>'); // hour → day
    await reply('Days they have to pay'); // 30
    await reply('Notice period in days', '20');
    await reply('Notice days are counted as', '<down>'); // calendar → business
    await reply('Must notice be given in writing?'); // default yes
    screen.type('Either party may end this agreement with 20 business days of notice.');
    screen.keypress('enter');
    const { answers, file } = await done;
    expect(file).toBe('16.yaml');
    expect(answers).toEqual({
      name: 'ACME Retail S.L.',
      industry: 'retail',
      since: '2026-11-24',
      contactName: 'Ana Pérez',
      phone: '+34 600 000 000',
      tier: 'real',
      inNiche: true,
      budgetFits: false,
      rate: 60.5,
      currency: 'EUR',
      rateUnit: 'day',
      paymentTermsDays: 30,
      noticeDays: 20,
      noticeBasis: 'business',
      writtenNotice: true,
      clause: 'Either party may end this agreement with 20 business days of notice.',
    });
  });

  it('offers flags as defaults and skips the contract questions that need a rate or a notice period', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('en').edit.prompt);
    const done = interviewInit(p, { m: messages('en'), today: '2026-11-24', preset: { name: 'Nordlicht', industry: 'design' }, file: 'n.yaml', suggestFile: () => 'x' });
    await reply('Client name');
    await reply('Industry');
    for (const q of ['Working together since', 'Contact person', 'Contact email', 'Contact phone', 'How do they', 'Inside', 'Within', 'Does their', 'Agreed rate', 'Days they have to pay']) {
      await reply(q);
    }
    screen.keypress('enter'); // notice period: skipped, so no basis, writing or clause
    const { answers, file } = await done;
    expect(file).toBe('n.yaml');
    expect(answers).toEqual({ name: 'Nordlicht', industry: 'design', since: '2026-11-24', paymentTermsDays: 30 });
  });

  it('Ctrl-C becomes exit 130 with a short message, not a stack', async () => {
    const p = await prompter(M.edit.ask.cancelled, messages('en').edit.prompt);
    const done = interviewInit(p, { m: messages('en'), today: '2026-11-24', preset: {}, suggestFile: () => 'x' });
    screen.keypress({ name: 'c', ctrl: true } as unknown as string);
    const err = await done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(ExitCode.Interrupted);
    expect((err as UserError).problems.map((q) => wordEn(q.message))).toEqual(['cancelled; nothing was written']);
  });
});
