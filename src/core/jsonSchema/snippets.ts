import type { SchemaDocs } from '../i18n/schemaDocs.en.js';
import { TIERS } from '../init/answers.js';
import { METRIC_NAMES } from '../metrics/index.js';
import { BUILTIN_EVENT_TYPES, type BuiltinEventType } from '../schema/event.js';
import { THEMES } from '../schema/rubric.js';
import { plain, type Node } from './docs.js';

/**
 * `defaultSnippets` (VS Code's JSON and YAML language servers offer them as completions).
 * In a body, `${:text}` is a placeholder and `${|a,b|}` a choice, numbered here in order;
 * a value starting with `^` is inserted as written (a number or a boolean, not text).
 * Every body, with each placeholder at its first value, is a valid file (tests/unit/jsonSchema).
 */

const choice = (values: readonly string[]) => `\${|${values.join(',')}|}`;
const BOOL = `^${choice(['true', 'false'])}`;
const SAMPLE_DATE = '${:2026-01-31}';

/** Numbers the placeholders of a body in reading order ($1, $2, …). */
function numbered(body: Node): Node {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/\$\{([:|])/g, (_, mark: string) => `\${${++n}${mark}`);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(body) as Node;
}

const snippet = (label: string, markdown: string, body: Node): Node => ({ label, description: plain(markdown), markdownDescription: markdown, body: numbered(body) });

/** What each built-in type's snippet fills in after `date` and `type` (its required fields first). */
const FIELDS: Record<BuiltinEventType, Node> = {
  invoice: { ref: '${:F-2026-001}', amount: '^${:1200}', due: '${:2026-03-02}' },
  fee_dispute: { amount: '^${:300}' },
  scope_change: { billed: `^${choice(['false', 'true'])}` },
  client_delay: { days: '^${:5}' },
  message: { answered: '${:2026-02-03}' },
  complaint: {},
  expertise_dismissed: {},
  urgent_request: {},
  terms_violation: {},
  blame: {},
  abuse: {},
  growth_declined: {},
  work: { hours: '^${:8}', billable: BOOL },
  team_feedback: { mood: `^${choice(['3', '1', '2', '4', '5'])}` },
  praise: {},
};

/** One snippet per built-in event type, for the items of `events:`. */
export function eventSnippets(docs: SchemaDocs): Node[] {
  const s = docs.snippets;
  return BUILTIN_EVENT_TYPES.map((type) =>
    snippet(s.event(type), docs.values.event_type[type], { date: SAMPLE_DATE, type, ...FIELDS[type], note: `\${:${s.placeholder.note}}` }),
  );
}

/** A whole client profile, for an empty file. */
export function clientSnippets(docs: SchemaDocs): Node[] {
  const s = docs.snippets.client;
  return [
    snippet(s.label, s.text, {
      name: '${:ACME Retail S.L.}',
      industry: '${:retail}',
      since: SAMPLE_DATE,
      contact: { name: '${:Ana Pérez}', email: '${:ana@acme.example}' },
      profile: { tier: choice(['real', ...TIERS.filter((t) => t !== 'real')]), in_niche: BOOL, within_skills: BOOL, budget_fits: BOOL },
      contract: {
        rate: '^${:60}',
        currency: '${:EUR}',
        rate_unit: choice(['hour', 'day', 'month', 'project']),
        payment_terms_days: '^${:30}',
        termination: { notice_days: '^${:30}', notice_basis: choice(['calendar', 'business']), written_notice: BOOL },
      },
    }),
  ];
}

/** One red-flag criterion, for the items of a rubric's `criteria:`. */
export function criterionSnippets(docs: SchemaDocs): Node[] {
  const s = docs.snippets;
  const p = s.placeholder;
  const both = (en: string, es: string) => ({ en: `\${:${en}}`, es: `\${:${es}}` });
  return [
    snippet(s.criterion.label, s.criterion.text, {
      id: `\${:${p.criterionId}}`,
      title: both(p.titleEn, p.titleEs),
      why: both(p.whyEn, p.whyEs),
      metric: choice(METRIC_NAMES),
      warn: '^${:0.2}',
      flag: '^${:0.5}',
      weight: '^${:10}',
      theme: choice(THEMES),
      talking_point: both(p.talkingEn, p.talkingEs),
    }),
  ];
}
