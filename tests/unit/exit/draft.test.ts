/**
 * The exit draft: section order per verdict, what each section says, and both languages.
 * Scenarios come from fixtures.ts; expected points and amounts are worked out there.
 */
import { describe, expect, it } from 'vitest';
import { addressName } from '../../../src/core/exit/draftSteps.js';
import { groupByTheme } from '../../../src/core/exit/plan.js';
import { AS_OF, draftFor, EXIT_EVENTS, planFor, profile, REVIEW_EVENTS, sectionText, SETTINGS } from './fixtures.js';

/** Intl writes Spanish amounts with a no-break space before the currency sign. */
const nb = (s: string) => s.replace(/ €/g, '\u00a0€');
const ids = (d: ReturnType<typeof draftFor>) => d.sections.map((s) => s.id);
const ORDER = ['decision', 'contact', 'explain', 'alternative', 'clause', 'closing', 'confirmation', 'lessons'];

describe('section order', () => {
  it('exit: the design order, from the decision to the lessons', () => {
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.report.verdict).toBe('exit');
    expect(plan.report.fit).toBe(30);
    expect(ids(draftFor(plan))).toEqual(ORDER);
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
    expect(sectionText(d, 'lessons')).toContain('No red flags were raised.');
  });
  it('dealbreaker: no frank conversation, safety first, no door left open', () => {
    // Abuse alone costs 25 points (fit 75), but a fully raised dealbreaker makes it exit.
    const plan = planFor(profile(['date: 2026-10-01, type: abuse']));
    expect(plan.report.verdict).toBe('exit');
    const d = draftFor(plan);
    expect(ids(d)).toEqual(ORDER);
    expect(sectionText(d, 'decision')).toContain('Dealbreaker: Abuse or threats.');
    expect(sectionText(d, 'contact')).toContain('Do not meet alone');
    expect(sectionText(d, 'contact')).not.toContain('Call or meet');
    expect(sectionText(d, 'closing')).toBe('Close briefly and politely. After what happened you do not need to keep this door open, or to offer advice.');
    expect(sectionText(d, 'confirmation')).not.toContain('door remains open');
  });
});

describe('the frank conversation (review)', () => {
  it('has one agenda point per raised flag, with its most recent facts', () => {
    const d = draftFor(planFor(profile(REVIEW_EVENTS)));
    const agenda = d.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(agenda?.kind === 'list' && agenda.items.map((i) => i.text.split(':')[0])).toEqual(['Pays late or not at all', 'Scope creep without pay']);
    // Scope creep: the last two unbilled changes, most recent first. Events start on line 9
    // of the profile (see fixtures.profile), so REVIEW_EVENTS[6] and [5] are lines 15 and 14
    // (three invoices now come first: late payment needs 3 to count in full).
    expect(agenda?.kind === 'list' && agenda.items[1]!.sub).toEqual([
      '2026-11-10 · scope change, not billed: Extra landing pages · c.yaml:15',
      '2026-11-01 · scope change, not billed · c.yaml:14',
    ]);
  });
});

describe('the decision and its evidence', () => {
  const plan = planFor(profile(EXIT_EVENTS));
  it('shows the three heaviest flags with their two most recent events and how many more', () => {
    expect(plan.evidence.map((e) => e.result.criterion.id)).toEqual(['late-payment', 'scope-creep', 'constant-criticism']);
    const text = sectionText(draftFor(plan), 'decision');
    expect(text).toContain('Pays late or not at all — late_invoice_ratio 100% (−20 pts)');
    // Weighted counts print with one decimal: 4 recent scope changes weigh 3.53, 6 complaints 5.50.
    expect(text).toContain('Scope creep without pay — unbilled_scope_changes 3.5 (−20 pts)');
    expect(text).toContain('Constant negative criticism — complaints 5.5 (−15 pts)');
    // 6 complaints: the two latest shown (EXIT_EVENTS[12] and [11], lines 21 and 20), 4 more
    expect(text).toContain('2026-11-24 · complaint · c.yaml:21\n2026-11-20 · complaint · c.yaml:20\n… and 4 more');
    // 3 invoices, 4 scope changes: 1 and 2 more
    expect(text).toContain('… and 1 more');
    expect(text).toContain('… and 2 more');
  });
});

describe('step 2: talking points', () => {
  it("says the raised criteria's talking points, heaviest first, after \"not the best solution\"", () => {
    const d = draftFor(planFor(profile(REVIEW_EVENTS)));
    const say = d.sections.find((s) => s.id === 'explain')!.blocks.find((b) => b.kind === 'say');
    expect(say?.kind === 'say' && say.lines).toEqual([
      '“We’re no longer the best solution for ACME Retail S.L., and you deserve someone who is.”'.replace('’', "'"),
      "“We work best with clients whose payment cycle matches our terms; we can't keep carrying long payment gaps.”",
      '“We do our best work with a clear, agreed scope, and this project has grown beyond what we can deliver well on the current terms.”',
    ]);
  });
  it('uses only the dealbreaker talking point after abuse', () => {
    const d = draftFor(planFor(profile(['date: 2026-10-01, type: abuse', ...REVIEW_EVENTS])));
    const say = d.sections.find((s) => s.id === 'explain')!.blocks.find((b) => b.kind === 'say');
    expect(say?.kind === 'say' && say.lines).toEqual(['“We have decided to end our collaboration, and we will complete the handover set out in the contract.”']);
  });
});

describe('step 3: the alternative', () => {
  it('offers the referral whose fits include the industry (Retail → retail)', () => {
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.referrals.map((r) => r.name)).toEqual(['Marta Gil · Comercio Digital']);
    const d = draftFor(plan);
    expect(sectionText(d, 'alternative')).toContain('Marta Gil · Comercio Digital — marta@comerciodigital.example');
    expect(sectionText(d, 'confirmation')).toContain('As promised, you can reach Marta Gil · Comercio Digital at marta@comerciodigital.example.');
  });
  it('offers to help find someone when no referral fits', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('industry: Retail', 'industry: Mining')));
    expect(sectionText(d, 'alternative')).toContain('None of your referrals lists Mining under `fits`.');
    expect(sectionText(d, 'confirmation')).toContain("I'll send you a few names");
  });
  it('says the industry is missing when the profile has none', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('industry: Retail\n', '')));
    expect(sectionText(d, 'alternative')).toContain('The profile has no `industry:`');
  });
});

describe('step 4: the clause, the dates and what is owed', () => {
  const plan = planFor(profile(EXIT_EVENTS));
  const text = sectionText(draftFor(plan), 'clause');
  it('quotes the clause verbatim', () => {
    const quote = draftFor(plan).sections.find((s) => s.id === 'clause')!.blocks.find((b) => b.kind === 'quote');
    expect(quote).toEqual({ kind: 'quote', text: 'Either party may end this with 30 days notice.' });
  });
  it('gives the notice date and the last day (2026-11-24 + 30 calendar days = Thursday 24 December 2026)', () => {
    expect(text).toContain('Notice given: Tuesday 24 November 2026');
    expect(text).toContain('Notice period: 30 calendar days');
    expect(text).toContain('Last contractual day: Thursday 24 December 2026');
    expect(text).toContain('Written notice: required');
    expect(text).toContain('Early-termination fee: none');
  });
  it('lists the unpaid invoice (A-2, 500.50, due 9 April 2026, 229 days overdue) and the total', () => {
    // 2026-04-09 → 2026-11-24: 21 (rest of April) + 31 + 30 + 31 + 31 + 30 + 31 + 24 = 229
    expect(text).toContain('1 unpaid invoice, €500.50:');
    expect(text).toContain('A-2: €500.50, due 9 April 2026 (229 days overdue)');
  });
  it('counts a weekend business-day notice from Monday and says so', () => {
    const p = planFor(profile(EXIT_EVENTS, '', '{notice_days: 10, notice_basis: business}'), { noticeDate: '2027-01-09' });
    expect(p.notice.lastDay).toBe('2027-01-25');
    const t = sectionText(draftFor(p), 'clause');
    expect(t).toContain('Notice given: Saturday 9 January 2027 (notice given at the weekend counts from Monday 11 January 2027)');
    expect(t).toContain('Notice period: 10 business days (Monday to Friday)');
    expect(t).toContain('Written notice: not stated in the profile');
    expect(t).toContain('Early-termination fee: not stated in the profile');
    expect(t).toContain('The profile does not quote the clause');
  });
  it('lists the open work, or says to write it down', () => {
    const withWork = planFor(profile(EXIT_EVENTS, 'open_work: [Final brand manual, Hand over the shop files]'));
    expect(withWork.openWork).toEqual(['Final brand manual', 'Hand over the shop files']);
    expect(sectionText(draftFor(withWork), 'confirmation')).toContain('  - Final brand manual\n  - Hand over the shop files');
    expect(text).toContain('Nothing is listed under `open_work:`');
  });
});

describe('the written confirmation', () => {
  it('states the dates, what is owed, and is signed with settings `me`', () => {
    const lines = sectionText(draftFor(planFor(profile(EXIT_EVENTS))), 'confirmation');
    expect(lines).toContain('Subject: End of our collaboration — ACME Retail S.L.');
    expect(lines).toContain('Hi Ana,');
    expect(lines).toContain('with notice given on Tuesday 24 November 2026.');
    expect(lines).toContain('our last contractual day will be Thursday 24 December 2026.');
    expect(lines).toContain('  - A-2: €500.50, due 9 April 2026');
    expect(lines).toContain('Total outstanding: €500.50.');
    expect(lines.endsWith('Kind regards,\nLucía Romero\nRomero Estudio Digital\nlucia@romero.example')).toBe(true);
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
    expect(sectionText(draftFor(p), 'confirmation')).toContain('As the contract sets no notice period, our collaboration ends on Tuesday 24 November 2026.');
  });
});

describe('lessons (for you only)', () => {
  it('gives one lesson per raised theme, the heaviest theme first', () => {
    // payment 20, scope 20, respect 15 + 15 = 30 → respect, payment, scope (ties keep rubric order)
    const plan = planFor(profile(EXIT_EVENTS));
    expect(plan.themes.map((g) => [g.theme, g.pointsLost])).toEqual([
      ['respect', 30],
      ['payment', 20],
      ['scope', 20],
    ]);
    expect(sectionText(draftFor(plan), 'lessons')).toContain('seen here: Constant negative criticism · Everything is for yesterday');
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
    const text = sectionText(d, 'clause');
    expect(text).toContain('Fecha del preaviso: martes 24 de noviembre de 2026');
    expect(text).toContain('Último día de contrato: jueves 24 de diciembre de 2026');
    expect(text).toContain('Plazo de preaviso: 30 días naturales');
    // es-ES groups thousands only from five digits: 500,50 €
    expect(text).toContain(nb('A-2: 500,50 €, vencida el 9 de abril de 2026 (hace 229 días)'));
  });
  it('agrees in number: 1 factura, 3 facturas', () => {
    expect(sectionText(d, 'clause')).toContain(nb('1 factura pendiente de cobro, 500,50 €:'));
    const three = planFor(
      profile([
        'date: 2026-09-01, type: invoice, ref: F-1, amount: 1000, due: 2026-10-01',
        'date: 2026-10-01, type: invoice, ref: F-2, amount: 2000, due: 2026-11-01',
        'date: 2026-11-01, type: invoice, ref: F-3, amount: 15000, due: 2026-12-01',
      ]),
    );
    const t3 = sectionText(draftFor(three, 'es'), 'clause');
    // 1000 + 2000 + 15000 = 18 000
    expect(t3).toContain(nb('3 facturas pendientes de cobro, 18.000,00 € en total:'));
    expect(sectionText(draftFor(three, 'es'), 'confirmation')).toContain('Quedan pendientes de pago estas facturas:');
    expect(sectionText(d, 'confirmation')).toContain('Queda pendiente de pago esta factura:');
  });
  it('greets and signs as a Spanish email does, with one full stop after "S.L."', () => {
    const text = sectionText(d, 'confirmation');
    expect(text).toContain('Hola, Ana:');
    expect(text).toContain('Un saludo,\nLucía Romero');
    expect(sectionText(d, 'contact')).toContain('con ACME Retail S.L. No es una decisión');
  });
  it('says "since February 2023" as "desde febrero de 2023"', () => {
    expect(sectionText(d, 'closing')).toContain('desde febrero de 2023');
  });
});

describe('escaping', () => {
  const yaml = profile(EXIT_EVENTS, 'open_work: ["Fix *all* the [links] \\e[31m"]').replace('name: ACME Retail S.L.', 'name: "Evil\\e[2J Corp"');
  it('escapes a currency that is not an ISO code, printed as written in the profile', () => {
    const d = draftFor(planFor(profile(EXIT_EVENTS).replace('currency: EUR', 'currency: "e\\e[2Juros"')));
    expect(sectionText(d, 'clause')).toContain('1 unpaid invoice, 500.5 e\\e[2Juros:');
    expect(JSON.stringify(d)).not.toContain('\u001b');
  });
  it('escapes control characters from user files in text', () => {
    const d = draftFor(planFor(yaml));
    expect(d.title).toBe('Exit conversation draft: Evil\\e[2J Corp');
    expect(JSON.stringify(d)).not.toContain('\u001b');
  });
  it('escapes Markdown in user text, but not the catalogue', () => {
    const d = draftFor(planFor(yaml), 'en', 'md');
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
