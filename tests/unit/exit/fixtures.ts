/** Builders for the exit-draft unit tests: a scored report from inline YAML, then a plan and a draft. */
import { buildDraft, type Draft, type Escape } from '../../../src/core/exit/draft.js';
import { planExit, type ExitPlan } from '../../../src/core/exit/plan.js';
import { markdownEscape } from '../../../src/core/exit/renderMarkdown.js';
import { catalogs, type Lang } from '../../../src/core/i18n/index.js';
import { safe } from '../../../src/core/render/safeText.js';
import type { Settings } from '../../../src/core/schema/settings.js';
import { score } from '../../../src/core/score.js';
import { client, defaultRubric } from '../build.js';

export const AS_OF = '2026-11-24';
export const plainEscape: Escape = { text: safe, code: safe };

/** The settings of examples/.clientfit.yaml, trimmed to what the draft uses. */
export const SETTINGS: Settings = {
  me: { name: 'Lucía Romero', business: 'Romero Estudio Digital', email: 'lucia@romero.example' },
  referrals: [
    { name: 'Marta Gil · Comercio Digital', contact: 'marta@comerciodigital.example', fits: ['retail', 'ecommerce'] },
    { name: 'Oakridge Advisory Partners', contact: 'hello@oakridge.example', fits: ['consulting'] },
  ],
};

const rubric = defaultRubric();

/** A plan for a client written as YAML, scored with the default rubric at AS_OF. */
export function planFor(yaml: string, opts: { noticeDate?: string; settings?: Settings } = {}): ExitPlan {
  const report = score(client(yaml), rubric, { asOf: AS_OF });
  return planExit(report, { noticeDate: opts.noticeDate ?? AS_OF, settings: opts.settings ?? SETTINGS });
}

/** The draft of a plan: the short one by default, the --full one with `full`. */
export function draftFor(plan: ExitPlan, lang: Lang = 'en', format: 'text' | 'md' = 'text', full = false): Draft {
  return buildDraft(plan, { lang, t: catalogs[lang], esc: format === 'md' ? markdownEscape : plainEscape, full });
}

/** The --full draft of a plan. */
export const fullDraftFor = (plan: ExitPlan, lang: Lang = 'en', format: 'text' | 'md' = 'text'): Draft => draftFor(plan, lang, format, true);

/** Every line said aloud in a draft (the quoted `say` blocks), in order. */
export function spokenLines(d: Draft): string[] {
  return d.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'say' ? b.lines : [])));
}

/** The written confirmation (or notice) of a draft, one line per line. */
export function letterLines(d: Draft): string[] {
  const b = d.sections.find((s) => s.id === 'confirmation')?.blocks.find((x) => x.kind === 'letter');
  return b?.kind === 'letter' ? b.lines : [];
}

/** Every piece of text in a section, one string, to search. */
export function sectionText(d: Draft, id: string): string {
  const s = d.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s.blocks
    .flatMap((b) => {
      switch (b.kind) {
        case 'p':
        case 'quote':
          return [b.text];
        case 'say':
        case 'letter':
          return b.lines;
        case 'list':
          return b.items.flatMap((i) => [i.text, ...(i.sub ?? [])]);
        case 'fields':
          return b.rows.map((r) => `${r.label}: ${r.value}`);
      }
    })
    .join('\n');
}

/**
 * A client at AS_OF with contract and termination, plus the given events (one flow
 * mapping per line) and extra top-level YAML.
 */
export function profile(events: string[], extra = '', termination = '{notice_days: 30, notice_basis: calendar, written_notice: true, early_termination_fee: 0, clause: "Either party may end this with 30 days notice."}'): string {
  return [
    'name: ACME Retail S.L.',
    'industry: Retail',
    'since: 2023-02-01',
    'contact: {name: Ana Pérez}',
    'profile: {in_niche: true, within_skills: true, budget_fits: true}',
    `contract: {rate: 60, currency: EUR, termination: ${termination}}`,
    extra,
    'events:',
    ...events.map((e) => `  - {${e}}`),
  ].join('\n');
}

/**
 * Two fully raised serious flags (late payment 20 + scope creep 20 = 40 points): fit 60, review.
 * Evidence strength (default rubric): late payment is a ratio and needs 3 invoices
 * (min_evidence), so three are due in the window, all late (A-1 and A-3 paid long after
 * `due`, A-2 still unpaid): 3/3 = 100% whatever their half-life weights. Scope creep is a
 * count weighted by age (half_life 180d, flag 3), so the four unbilled changes are recent:
 * ages 54, 40, 23 and 14 days weigh 0.81 + 0.86 + 0.91 + 0.95 = 3.53 ≥ 3.
 */
export const REVIEW_EVENTS = [
  'date: 2026-01-10, type: invoice, ref: A-1, amount: 1000, due: 2026-02-09, paid: 2026-03-20',
  'date: 2026-03-10, type: invoice, ref: A-2, amount: 500.5, due: 2026-04-09',
  'date: 2026-05-10, type: invoice, ref: A-3, amount: 800, due: 2026-06-09, paid: 2026-07-20',
  'date: 2026-10-01, type: scope_change, billed: false',
  'date: 2026-10-15, type: scope_change, billed: false',
  'date: 2026-11-01, type: scope_change, billed: false',
  'date: 2026-11-10, type: scope_change, billed: false, note: Extra landing pages',
];

/** Six dates in the last 23 days before AS_OF: with half_life 90d they weigh 0.84 + 0.86 + 0.90 + 0.93 + 0.97 + 1 = 5.50. */
const RECENT = ['2026-11-01', '2026-11-05', '2026-11-10', '2026-11-15', '2026-11-20', '2026-11-24'];

/**
 * Four fully raised serious flags: late payment 20, scope 20, complaints 15, urgency 15
 * = 70 points → fit 30, exit. Complaints and urgent requests have flag 5 and half_life 90d,
 * so each gets six recent events (weighted 5.50 ≥ 5: see RECENT).
 */
export const EXIT_EVENTS = [
  ...REVIEW_EVENTS,
  ...RECENT.map((d) => `date: ${d}, type: complaint`),
  ...RECENT.map((d) => `date: ${d}, type: urgent_request`),
];
