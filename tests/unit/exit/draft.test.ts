/**
 * The exit draft: section order per verdict, what each section says in the short draft and
 * with --full, the voice and names of the lines said and sent, the dealbreaker draft, and
 * both languages. Scenarios come from fixtures.ts; expected points and amounts are worked
 * out there.
 */
import { describe, expect, it } from 'vitest';
import { addressName, groupByTheme, planExit, voiceOf } from '../../../src/core/exit/plan.js';
import { score } from '../../../src/core/score.js';
import { client, rubric } from '../build.js';
import {
  AS_OF,
  draftFor,
  EXIT_EVENTS,
  fullDraftFor,
  letterLines,
  planFor,
  profile,
  REVIEW_EVENTS,
  sectionText,
  SETTINGS,
  spokenLines,
} from './fixtures.js';

/** Intl writes Spanish amounts with a no-break space before the currency sign. */
const nb = (s: string) => s.replace(/ €/g, '\u00a0€');
const ids = (d: ReturnType<typeof draftFor>) => d.sections.map((s) => s.id);
const ORDER = ['decision', 'contact', 'explain', 'alternative', 'clause', 'closing', 'confirmation'];
const ABUSE = 'date: 2026-10-01, type: abuse';
/** Settings of a freelancer on their own: a name, no business. */
const SOLO = { me: { name: 'Lucía Romero', email: 'lucia@romero.example' }, referrals: SETTINGS.referrals };

describe('section order', () => {
  it('exit: the design order, from the decision to the confirmation; --full adds the lessons', () => {
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.report.verdict).toBe('exit');
    expect(plan.report.fit).toBe(30);
    expect(ids(draftFor(plan))).toEqual(ORDER);
    expect(ids(fullDraftFor(plan))).toEqual([...ORDER, 'lessons']);
  });
  it('review: starts with the frank conversation, then the same order', () => {
    const plan = planFor(profile(REVIEW_EVENTS));
    expect(plan.report.verdict).toBe('review');
    expect(plan.report.fit).toBe(60);
    const d = draftFor(plan);
    expect(ids(d)).toEqual(['frank', ...ORDER]);
    expect(d.sections[0]!.heading).toBe('Before letting go: a frank conversation to reset expectations');
  });
  it('keep (forced): the same order, and the decision says the score disagrees', () => {
    const plan = planFor(profile([]));
    expect(plan.report.verdict).toBe('keep');
    expect(plan.forced).toBe(true);
    const d = draftFor(plan);
    expect(ids(d)).toEqual(ORDER);
    expect(sectionText(d, 'decision')).toContain('The score says keep (fit 100/100)');
    expect(sectionText(d, 'decision')).toContain('No red flags were raised.');
    expect(sectionText(fullDraftFor(plan), 'lessons')).toContain('No red flags were raised.');
  });
  it('the short draft says how to get the rest; the full one does not', () => {
    const plan = planFor(profile(EXIT_EVENTS));
    expect(draftFor(plan).intro).toContain('--full adds the handover checklist, the lessons and every flag');
    expect(fullDraftFor(plan).intro).not.toContain('--full');
  });
});

describe('after a dealbreaker: written notice only', () => {
  // Abuse alone costs 25 points (fit 75), but a fully raised dealbreaker makes it exit.
  const plan = planFor(profile([ABUSE, ...REVIEW_EVENTS]));
  const d = draftFor(plan);
  const full = fullDraftFor(plan);
  it('is an exit with a frank conversation never offered', () => {
    expect(plan.report.verdict).toBe('exit');
    expect(ids(d)).toEqual(ORDER);
    expect(d.title).toBe('Written notice draft: ACME Retail S.L.');
    expect(d.intro).toContain('Only the written notice at the end is for the client');
  });
  it('says in the decision why the draft is written notice only', () => {
    expect(sectionText(d, 'decision')).toContain(
      'Dealbreaker: Abuse or threats. This alone ends it, and your safety and your team\'s come first. That is why this draft is written notice only: no call or meeting, no referral, nothing that keeps the door open',
    );
    expect(sectionText(d, 'decision')).not.toContain('before the call');
  });
  it('gives notice in writing from a safe channel, with a line on records and whom to tell', () => {
    expect(d.sections[1]!.heading).toBe('Step 1 — Give notice in writing, from a safe channel');
    const text = sectionText(d, 'contact');
    expect(text).toContain('from a channel that keeps a record and keeps your distance');
    expect(text).toContain('no call, no meeting, no chat');
    expect(text).toContain('Keep records (dates, messages, screenshots) and tell someone: a person you trust and your team, and the authorities if the threats are serious.');
    expect(text).not.toContain('Call or meet');
  });
  it('has nothing to say aloud: no opening, no talking point, no referral, no closing words', () => {
    for (const draft of [d, full]) expect(spokenLines(draft)).toEqual([]);
    expect(sectionText(d, 'explain')).toBe('You do not need to explain or justify the decision. The notice states only what the contract requires: the decision, the dates and the handover.');
    expect(sectionText(d, 'alternative')).toContain('Offer no alternative');
    expect(sectionText(full, 'alternative')).not.toContain('Marta Gil');
    expect(d.sections.find((s) => s.id === 'closing')!.heading).toBe('Afterwards — no closing words');
    expect(sectionText(full, 'closing')).not.toMatch(/door is open|advice that/);
  });
  it('sends a brief, neutral notice: no thanks, no referral, no open door', () => {
    const letter = letterLines(full).join('\n');
    expect(letter).toContain('Subject: Notice of termination — ACME Retail');
    expect(letter).toContain('Dear Ana,');
    expect(letter).toContain('We are writing to give notice that we are ending our contract under its termination clause, with notice given on Tuesday 24 November 2026.');
    expect(letter).toContain('the last contractual day will be Thursday 24 December 2026');
    expect(letter).toContain('- Still to be paid: A-2, €500.50, due 9 April 2026.');
    for (const warm of ['Thank you', 'door', 'As promised', 'Marta Gil', 'Kind regards', 'discussed']) expect(letter, warm).not.toContain(warm);
    expect(letter).toContain('Regards,\nLucía Romero');
  });
  it('keeps the lesson that nothing justifies abuse (--full)', () => {
    expect(sectionText(full, 'lessons')).toContain('Nothing justifies abuse or threats');
  });
  it('is the same in Spanish', () => {
    const es = fullDraftFor(plan, 'es');
    expect(es.title).toBe('Borrador del preaviso por escrito: ACME Retail S.L.');
    expect(spokenLines(es)).toEqual([]);
    expect(sectionText(es, 'contact')).toContain('Guarda pruebas (fechas, mensajes, capturas de pantalla)');
    expect(sectionText(es, 'contact')).toContain('a las autoridades si las amenazas son graves');
    const letter = letterLines(es).join('\n');
    expect(letter).toContain('Asunto: Preaviso de resolución del contrato — ACME Retail');
    expect(letter).toContain('Te comunicamos que resolvemos el contrato');
    for (const warm of ['Gracias', 'aquí nos tenéis', 'Como te comentamos', 'Marta Gil']) expect(letter, warm).not.toContain(warm);
  });
});

describe('the frank conversation (review)', () => {
  const plan = planFor(profile(REVIEW_EVENTS));
  it('--full: one agenda point per raised flag, with its most recent facts', () => {
    const agenda = fullDraftFor(plan).sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(agenda?.kind === 'list' && agenda.items.map((i) => i.text.split(':')[0])).toEqual(['Pays late or not at all', 'Scope creep without pay']);
    // Scope creep: the last two unbilled changes, most recent first. Events start on line 9
    // of the profile (see fixtures.profile), so REVIEW_EVENTS[6] and [5] are lines 15 and 14
    // (three invoices now come first: late payment needs 3 to count in full).
    expect(agenda?.kind === 'list' && agenda.items[1]!.sub).toEqual([
      '2026-11-10 · scope change, not billed: Extra landing pages · c.yaml:15',
      '2026-11-01 · scope change, not billed · c.yaml:14',
    ]);
  });
  it('short: what to do and one line to open it, the flags being in the decision below', () => {
    const frank = draftFor(plan).sections[0]!;
    expect(frank.blocks.map((b) => b.kind)).toEqual(['p', 'say']);
    expect(sectionText(draftFor(plan), 'frank')).toContain('look again in four to six weeks');
  });
});

describe('the decision and its evidence', () => {
  const plan = planFor(profile(EXIT_EVENTS));
  it('plans every raised flag, heaviest first, with its two most recent events', () => {
    expect(plan.evidence.map((e) => e.result.criterion.id)).toEqual(['late-payment', 'scope-creep', 'constant-criticism', 'unrealistic-urgency']);
    expect(plan.evidence.map((e) => [e.lines.length, e.more])).toEqual([
      [2, 1],
      [2, 2],
      [2, 4],
      [2, 4],
    ]);
  });
  it('short: the three heaviest flags, each with its latest event, and the value at stake in one paragraph', () => {
    const d = draftFor(plan);
    const list = d.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      // A-3 is the latest invoice due in the window: paid 2026-07-20, due 2026-06-09 → 41 days late
      { text: 'Pays late or not at all — late_invoice_ratio 100% (−20 pts); latest: 2026-05-10, invoice A-3 (€800.00) paid 41 days late' },
      // Weighted counts print with one decimal: 4 recent scope changes weigh 3.53, 6 complaints 5.50.
      { text: 'Scope creep without pay — unbilled_scope_changes 3.5 (−20 pts); latest: 2026-11-10, scope change, not billed: Extra landing pages' },
      { text: 'Constant negative criticism — complaints 5.5 (−15 pts); latest: 2026-11-24, complaint' },
    ]);
    expect(sectionText(d, 'decision')).toContain('before the call; nothing said in the call should change it. At stake: Invoiced (12m): €2,300.50 · Hours worked: no hours logged. The strongest evidence:');
    expect(sectionText(d, 'decision')).not.toContain('Everything is for yesterday');
  });
  it('--full: every flag with its two latest events and how many more, the stake line by line, the score command', () => {
    const text = sectionText(fullDraftFor(plan), 'decision');
    expect(text).toContain('Everything is for yesterday');
    // 6 complaints: the two latest shown (EXIT_EVENTS[12] and [11], lines 21 and 20), 4 more
    expect(text).toContain('2026-11-24 · complaint · c.yaml:21\n2026-11-20 · complaint · c.yaml:20\n… and 4 more');
    expect(text).toContain('What is at stake, weighed before deciding:\nInvoiced (12m): €2,300.50\nHours worked: no hours logged');
    expect(text).toContain(`Every flag and its evidence: clientfit score c.yaml --as-of ${AS_OF}`);
  });
});

describe('step 2: talking points', () => {
  const say = (d: ReturnType<typeof draftFor>) => {
    const b = d.sections.find((s) => s.id === 'explain')!.blocks.find((x) => x.kind === 'say');
    return b?.kind === 'say' ? b.lines : [];
  };
  it('says "not the best solution", then the raised criteria\'s talking points, heaviest first', () => {
    expect(say(draftFor(planFor(profile(REVIEW_EVENTS))))).toEqual([
      "“We're no longer the best solution for ACME Retail, and you deserve someone who is.”",
      "“We work best with clients whose payment cycle matches our terms; we can't keep carrying long payment gaps.”",
      '“We do our best work with a clear, agreed scope, and this project has grown beyond what we can deliver well on the current terms.”',
    ]);
  });
  it('keeps the three strongest in the short draft and gives them all with --full', () => {
    // Four raised flags (EXIT_EVENTS), four different talking points.
    const plan = planFor(profile(EXIT_EVENTS));
    expect(say(draftFor(plan))).toHaveLength(1 + 3);
    expect(say(fullDraftFor(plan))).toHaveLength(1 + 4);
    expect(say(fullDraftFor(plan)).at(-1)).toContain('turnaround times');
  });
  it('with no raised flag, says the fit has drifted apart', () => {
    expect(say(draftFor(planFor(profile([]))))[1]).toBe('“What your business needs and the way we work have drifted apart, and you deserve a team that fits you fully.”');
  });
  it('in the first person, uses a criterion\'s talking_point_i, else its talking_point', () => {
    const solo = planFor(profile(REVIEW_EVENTS), { settings: SOLO });
    expect(say(draftFor(solo))).toEqual([
      "“I'm no longer the best fit for ACME Retail, and you deserve someone who is.”",
      "“I work best with clients whose payment cycle matches my terms; I can't keep carrying long payment gaps.”",
      '“I do my best work with a clear, agreed scope, and this project has grown beyond what I can deliver well on the current terms.”',
    ]);
    // A rubric of the user's own without an I-form: its own words, as written.
    const own = rubric(`
criteria:
  - {id: late, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 60, talking_point: {en: Our cash flow needs prompt payment., es: Nuestra tesorería necesita cobrar a tiempo.}}
`);
    const plan = planExit(score(client(profile(REVIEW_EVENTS)), own, { asOf: AS_OF }), { noticeDate: AS_OF, settings: SOLO });
    expect(say(draftFor(plan))[1]).toBe('“Our cash flow needs prompt payment.”');
  });
});

describe('step 3: the alternative', () => {
  it('offers the referral whose fits include the industry (Retail → retail)', () => {
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.referrals.map((r) => r.name)).toEqual(['Marta Gil · Comercio Digital']);
    const d = draftFor(plan);
    expect(sectionText(d, 'alternative')).toContain('Marta Gil · Comercio Digital (marta@comerciodigital.example) works with Retail clients. Ask them before passing on their name');
    expect(sectionText(fullDraftFor(plan), 'alternative')).toContain('Marta Gil · Comercio Digital — marta@comerciodigital.example');
    expect(sectionText(d, 'confirmation')).toContain('As promised, you can reach Marta Gil · Comercio Digital at marta@comerciodigital.example.');
  });
  it('names several referrals as a list in a sentence', () => {
    const settings = { ...SETTINGS, referrals: [...SETTINGS.referrals!, { name: 'Kobalt', fits: ['retail'] }] };
    const text = sectionText(draftFor(planFor(profile(EXIT_EVENTS), { settings })), 'alternative');
    expect(text).toContain('Marta Gil · Comercio Digital (marta@comerciodigital.example) and Kobalt work with Retail clients.');
    expect(text).toContain('“If it helps, we can recommend a few people');
  });
  it('offers to help find someone when no referral fits', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('industry: Retail', 'industry: Mining')));
    expect(sectionText(d, 'alternative')).toContain('None of your referrals lists Mining under `fits`.');
    expect(sectionText(d, 'confirmation')).toContain("we'll send you a few names");
  });
  it('says the industry is missing when the profile has none', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('industry: Retail\n', '')));
    expect(sectionText(d, 'alternative')).toContain('The profile has no `industry:`');
  });
});

describe('step 4: the dates and what is owed', () => {
  const plan = planFor(profile(EXIT_EVENTS));
  const short = sectionText(draftFor(plan), 'clause');
  const text = sectionText(fullDraftFor(plan), 'clause');
  it('short: the notice date, the last day with its period, what is owed, a line to say', () => {
    expect(short).toContain('Notice given: Tuesday 24 November 2026');
    expect(short).toContain('Last contractual day: Thursday 24 December 2026 (30 calendar days)');
    // A-2, 500.50, due 2026-04-09: 21 (rest of April) + 31 + 30 + 31 + 31 + 30 + 31 + 24 = 229 days overdue
    expect(short).toContain('Unpaid: €500.50, 229 days overdue');
    expect(short).toContain("“We'll respect the notice in our contract, 30 calendar days, so our last day together will be Thursday 24 December 2026.");
    // The fee is 0: nothing to settle, so no row; the clause and checklists are in --full.
    expect(short).not.toContain('Early-termination fee');
    expect(short).not.toContain('Either party');
  });
  it('--full quotes the clause verbatim', () => {
    const quote = fullDraftFor(plan).sections.find((s) => s.id === 'clause')!.blocks.find((b) => b.kind === 'quote');
    expect(quote).toEqual({ kind: 'quote', text: 'Either party may end this with 30 days notice.' });
  });
  it('--full gives every field (2026-11-24 + 30 calendar days = Thursday 24 December 2026)', () => {
    expect(text).toContain('Notice given: Tuesday 24 November 2026');
    expect(text).toContain('Notice period: 30 calendar days');
    expect(text).toContain('Last contractual day: Thursday 24 December 2026');
    expect(text).toContain('Written notice: required');
    expect(text).toContain('Early-termination fee: none');
  });
  it('--full lists the unpaid invoice and the total', () => {
    expect(text).toContain('1 unpaid invoice, €500.50:');
    expect(text).toContain('A-2: €500.50, due 9 April 2026 (229 days overdue)');
  });
  it('shows a fee there is to settle in the short draft too', () => {
    const fee = planFor(profile(EXIT_EVENTS, '', '{notice_days: 30, early_termination_fee: 450}'));
    expect(sectionText(draftFor(fee), 'clause')).toContain('Early-termination fee: €450.00 (check in the clause who pays it');
  });
  it('counts a weekend business-day notice from Monday and says so', () => {
    const p = planFor(profile(EXIT_EVENTS, '', '{notice_days: 10, notice_basis: business}'), { noticeDate: '2027-01-09' });
    expect(p.notice.lastDay).toBe('2027-01-25');
    expect(sectionText(draftFor(p), 'clause')).toContain('Notice given: Saturday 9 January 2027 (notice given at the weekend counts from Monday 11 January 2027)');
    const t = sectionText(fullDraftFor(p), 'clause');
    expect(t).toContain('Notice period: 10 business days (Monday to Friday)');
    expect(t).toContain('Written notice: not stated in the profile');
    expect(t).toContain('Early-termination fee: not stated in the profile');
    expect(t).toContain('The profile does not quote the clause');
  });
  it('lists the open work in the letter, and --full says to write it down when there is none', () => {
    const withWork = planFor(profile(EXIT_EVENTS, 'open_work: [Final brand manual, Hand over the shop files]'));
    expect(withWork.openWork).toEqual(['Final brand manual', 'Hand over the shop files']);
    expect(sectionText(draftFor(withWork), 'confirmation')).toContain('  - Final brand manual\n  - Hand over the shop files');
    expect(text).toContain('Nothing is listed under `open_work:`');
  });
});

describe('a last day at the weekend (calendar basis)', () => {
  // 30 calendar days from Fri 2027-01-08: 23 to the end of January, 7 into February → Sun 2027-02-07
  const sunday = planFor(profile(EXIT_EVENTS), { noticeDate: '2027-01-08' });
  it('plans the Friday before a Sunday or a Saturday, and nothing for a weekday', () => {
    expect(sunday.notice.lastDay).toBe('2027-02-07');
    expect(sunday.notice.fridayBefore).toBe('2027-02-05');
    // From Thu 2027-01-07: Sat 2027-02-06 → Fri 2027-02-05
    expect(planFor(profile(EXIT_EVENTS), { noticeDate: '2027-01-07' }).notice.fridayBefore).toBe('2027-02-05');
    expect(planFor(profile(EXIT_EVENTS)).notice.fridayBefore).toBeNull();
  });
  it('flags it in one line, in both languages', () => {
    expect(sectionText(draftFor(sunday), 'clause')).toContain(
      'The last day, Sunday 7 February 2027, falls on a weekend: agree in writing what happens on Friday 5 February 2027, the Friday before.',
    );
    expect(sectionText(draftFor(sunday, 'es'), 'clause')).toContain(
      'El último día, domingo 7 de febrero de 2027, cae en fin de semana: acordad por escrito qué ocurre el viernes 5 de febrero de 2027, el viernes anterior.',
    );
  });
  it('does not flag a business-day period, which never ends at the weekend', () => {
    const p = planFor(profile(EXIT_EVENTS, '', '{notice_days: 20, notice_basis: business}'), { noticeDate: '2027-01-08' });
    expect(p.notice.fridayBefore).toBeNull();
    expect(sectionText(draftFor(p), 'clause')).not.toContain('falls on a weekend');
  });
});

describe('the written confirmation', () => {
  it('states the dates, what is owed, and is signed with settings `me`', () => {
    const lines = sectionText(draftFor(planFor(profile(EXIT_EVENTS))), 'confirmation');
    expect(lines).toContain('Subject: End of our collaboration — ACME Retail\n');
    expect(lines).toContain('Hi Ana,');
    expect(lines).toContain('with notice given on Tuesday 24 November 2026.');
    expect(lines).toContain('the last contractual day will be Thursday 24 December 2026; we will invoice the work done up to that day.');
    expect(lines).toContain('- Still to be paid: A-2, €500.50, due 9 April 2026.');
    expect(lines.endsWith('Kind regards,\nLucía Romero\nRomero Estudio Digital\nlucia@romero.example')).toBe(true);
  });
  it('lists several unpaid invoices under their total', () => {
    const two = planFor(profile(['date: 2026-09-01, type: invoice, ref: F-1, amount: 1000, due: 2026-10-01', 'date: 2026-10-01, type: invoice, ref: F-2, amount: 2000, due: 2026-11-01']));
    expect(sectionText(draftFor(two), 'confirmation')).toContain('- Still to be paid, €3,000.00 in total:\n  - F-1: €1,000.00, due 1 October 2026\n  - F-2: €2,000.00, due 1 November 2026');
  });
  it('leaves a placeholder, and says how to fill it, without `me`', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS), { settings: { referrals: SETTINGS.referrals } }));
    const text = sectionText(d, 'confirmation');
    expect(text).toContain('Kind regards,\n[your name]');
    expect(text).toContain('Add  me: {name, business, email}  to .clientfit.yaml');
  });
  it('ends on the notice date when the notice is zero days', () => {
    const p = planFor(profile(EXIT_EVENTS, '', '{notice_days: 0}'));
    expect(p.notice.lastDay).toBe(AS_OF);
    expect(sectionText(draftFor(p), 'confirmation')).toContain('As the contract sets no notice period, our collaboration ends on Tuesday 24 November 2026;');
    expect(sectionText(draftFor(p), 'clause')).toContain('“Our contract sets no notice period, so our collaboration ends today, Tuesday 24 November 2026.');
  });
});

describe('names in the lines said and sent', () => {
  const said = (d: ReturnType<typeof draftFor>) => [...spokenLines(d), ...letterLines(d)].join('\n');
  it('uses the first name of the contact and the short name of the client, never the legal form', () => {
    const d = fullDraftFor(planFor(profile(EXIT_EVENTS)));
    expect(said(d)).toContain('Thanks for making time, Ana.');
    expect(said(d)).toContain('end our collaboration with ACME Retail. It');
    expect(said(d)).not.toContain('S.L.');
    expect(said(d)).not.toContain('Pérez');
    // The user's own notes may name the client in full
    expect(d.title).toBe('Exit conversation draft: ACME Retail S.L.');
  });
  it('prefers the profile\'s short_name', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS, 'short_name: Acme')));
    expect(said(d)).toContain('end our collaboration with Acme. It');
    expect(said(d)).toContain('Subject: End of our collaboration — Acme');
  });
  it('ends a sentence on a short name with one full stop', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS, 'short_name: Acme & Co.')), 'es');
    expect(said(d)).toContain('con Acme & Co. No es una decisión');
  });
  it('speaks without a name when the profile has no contact name', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('contact: {name: Ana Pérez}\n', '')));
    expect(said(d)).toContain('“Thanks for making time. There');
    expect(said(d)).toContain('\nHello,\n');
    expect(sectionText(d, 'contact')).toContain('Call or meet your contact at ACME Retail;');
  });
});

describe('voice: I or we', () => {
  const solo = planFor(profile(REVIEW_EVENTS), { settings: SOLO });
  const team = planFor(profile(REVIEW_EVENTS));
  it('defaults to we with a business, and to I without one; me.voice decides when set', () => {
    expect(team.voice).toBe('we');
    expect(solo.voice).toBe('i');
    expect(voiceOf(undefined)).toBe('i');
    expect(voiceOf({ name: 'Ana', business: '  ' })).toBe('i');
    expect(voiceOf({ business: 'Estudio', voice: 'i' })).toBe('i');
    expect(voiceOf({ name: 'Ana', voice: 'we' })).toBe('we');
  });
  it('English: I and my for a freelancer, we and our for a business', () => {
    const i = [...spokenLines(fullDraftFor(solo)), ...letterLines(fullDraftFor(solo))].join('\n');
    expect(i).toContain("I've thought about it carefully and decided to end our collaboration with ACME Retail. It isn't a decision I've taken lightly.");
    expect(i).toContain("I'll respect the notice in our contract");
    expect(i).toContain('my door is open');
    expect(i).toContain('I am ending our collaboration');
    expect(i).toContain('I will invoice the work done up to that day');
    expect(i).not.toMatch(/\bWe('ve| will| are|'re|'ll| wish)\b|\bour door\b/);
    const we = [...spokenLines(fullDraftFor(team)), ...letterLines(fullDraftFor(team))].join('\n');
    expect(we).toContain("We've thought about it carefully and decided");
    expect(we).toContain('our door is open');
    expect(we).toContain('we are ending our collaboration');
  });
  it('Spanish: first person singular or plural verbs, mi or nuestro', () => {
    const yo = [...spokenLines(fullDraftFor(solo, 'es')), ...letterLines(fullDraftFor(solo, 'es'))].join('\n');
    expect(yo).toContain('Lo he pensado con calma y he decidido poner fin a nuestra colaboración con ACME Retail. No es una decisión que haya tomado a la ligera.');
    expect(yo).toContain('Ya no soy la mejor opción para ACME Retail');
    expect(yo).toContain('Trabajo mejor con clientes cuyos plazos de pago encajan con los míos');
    expect(yo).toContain('Respetaré el preaviso del contrato');
    expect(yo).toContain('aquí me tenéis');
    expect(yo).toContain('te escribo para confirmarte que pongo fin a nuestra colaboración');
    expect(yo).toContain('Os deseo lo mejor');
    expect(yo).not.toMatch(/\b(hemos decidido|somos|terminaremos|nos tenéis|Os deseamos|Trabajamos)\b/);
    const nosotros = [...spokenLines(fullDraftFor(team, 'es')), ...letterLines(fullDraftFor(team, 'es'))].join('\n');
    expect(nosotros).toContain('Lo hemos pensado con calma y hemos decidido');
    expect(nosotros).toContain('Ya no somos la mejor solución para ACME Retail');
    expect(nosotros).toContain('que ponemos fin a nuestra colaboración');
    expect(nosotros).toContain('aquí nos tenéis');
  });
});

describe('lessons (for you only, --full)', () => {
  it('gives one lesson per raised theme, the heaviest theme first', () => {
    // payment 20, scope 20, respect 15 + 15 = 30 → respect, payment, scope (ties keep rubric order)
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.themes.map((g) => [g.theme, g.pointsLost])).toEqual([
      ['respect', 30],
      ['payment', 20],
      ['scope', 20],
    ]);
    expect(sectionText(fullDraftFor(plan), 'lessons')).toContain('seen here: Constant negative criticism · Everything is for yesterday');
  });
  it('puts a custom criterion without a theme under "other"', () => {
    const fake = { criterion: { theme: undefined }, pointsLost: 5 } as unknown as Parameters<typeof groupByTheme>[0][number];
    expect(groupByTheme([fake]).map((g) => g.theme)).toEqual(['other']);
  });
});

describe('Spanish', () => {
  const plan = planFor(profile(EXIT_EVENTS));
  const d = draftFor(plan, 'es');
  it('formats dates and money the Spanish way', () => {
    const text = sectionText(fullDraftFor(plan, 'es'), 'clause');
    expect(text).toContain('Fecha del preaviso: martes 24 de noviembre de 2026');
    expect(text).toContain('Último día de contrato: jueves 24 de diciembre de 2026');
    expect(text).toContain('Plazo de preaviso: 30 días naturales');
    // es-ES groups thousands only from five digits: 500,50 €
    expect(text).toContain(nb('A-2: 500,50 €, vencida el 9 de abril de 2026 (hace 229 días)'));
    expect(sectionText(d, 'clause')).toContain(nb('Pendiente de cobro: 500,50 €, vencida hace 229 días'));
  });
  it('agrees in number: 1 factura, 3 facturas', () => {
    expect(sectionText(fullDraftFor(plan, 'es'), 'clause')).toContain(nb('1 factura pendiente de cobro, 500,50 €:'));
    const three = planFor(
      profile([
        'date: 2026-09-01, type: invoice, ref: F-1, amount: 1000, due: 2026-10-01',
        'date: 2026-10-01, type: invoice, ref: F-2, amount: 2000, due: 2026-11-01',
        'date: 2026-11-01, type: invoice, ref: F-3, amount: 15000, due: 2026-12-01',
      ]),
    );
    // 1000 + 2000 + 15000 = 18 000
    expect(sectionText(fullDraftFor(three, 'es'), 'clause')).toContain(nb('3 facturas pendientes de cobro, 18.000,00 € en total:'));
    expect(sectionText(draftFor(three, 'es'), 'clause')).toContain(nb('Pendiente de cobro: 18.000,00 € en 3 facturas, la más antigua vencida hace 54 días'));
    expect(sectionText(draftFor(three, 'es'), 'confirmation')).toContain(nb('Quedan pendientes de pago, 18.000,00 € en total:'));
  });
  it('greets and signs as a Spanish email does', () => {
    const text = sectionText(d, 'confirmation');
    expect(text).toContain('Hola, Ana:');
    expect(text).toContain('Un saludo,\nLucía Romero');
    expect(sectionText(d, 'contact')).toContain('con ACME Retail. No es una decisión');
  });
  it('says "since February 2023" as "desde febrero de 2023"', () => {
    expect(sectionText(d, 'closing')).toContain('desde febrero de 2023');
  });
});

describe('escaping', () => {
  const yaml = profile(EXIT_EVENTS, 'open_work: ["Fix *all* the [links] \\e[31m"]').replace('name: ACME Retail S.L.', 'name: "Evil\\e[2J Corp"');
  it('escapes a currency that is not an ISO code, printed as written in the profile', () => {
    const d = fullDraftFor(planFor(profile(EXIT_EVENTS).replace('currency: EUR', 'currency: "e\\e[2Juros"')));
    expect(sectionText(d, 'clause')).toContain('1 unpaid invoice, 500.5 e\\e[2Juros:');
    expect(JSON.stringify(d)).not.toContain('\u001b');
  });
  it('escapes control characters from user files in text, the short name too', () => {
    const d = draftFor(planFor(yaml));
    expect(d.title).toBe('Exit conversation draft: Evil\\e[2J Corp');
    // "Corp" is a legal form: the short name is "Evil\e[2J", escaped as well.
    expect(sectionText(d, 'confirmation')).toContain('Subject: End of our collaboration — Evil\\e[2J\n');
    expect(JSON.stringify(d)).not.toContain('\u001b');
  });
  it('escapes Markdown in user text, but not the catalogue', () => {
    const d = fullDraftFor(planFor(yaml), 'en', 'md');
    expect(sectionText(d, 'clause')).toContain('Fix \\*all\\* the \\[links\\] \\\\e\\[31m');
    // The catalogue's own code spans stay code spans.
    const mining = draftFor(planFor(yaml.replace('industry: Retail', 'industry: Mi_ning')), 'en', 'md');
    expect(sectionText(mining, 'alternative')).toContain('None of your referrals lists Mi\\_ning under `fits`.');
    expect(d.meta.startsWith('`c.yaml`')).toBe(true);
  });
});

describe('addressName', () => {
  it('uses the first name, or the whole name after a title or for one word', () => {
    expect(addressName('Ana Pérez')).toBe('Ana');
    expect(addressName('Dr. Who')).toBe('Dr. Who');
    expect(addressName('Oliver')).toBe('Oliver');
    expect(addressName(null)).toBeNull();
  });
});
