import { title } from '../render/reportParts.js';
import type { Block, DraftContext, Section } from './draftTypes.js';
import { monthYear } from './longDate.js';
import type { ExitPlan } from './plan.js';

/** Closing words that keep the door open, and a last piece of useful advice. */
export function closingSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, lang } = c;
  if (plan.dealbreakers.length) return { id: 'closing', heading: x.closingHeading, blocks: [{ kind: 'p', text: x.closingDealbreaker }] };
  const since = plan.since ? monthYear(plan.since, lang) : null;
  // One idea per theme, the three heaviest: a last piece of advice, not a debrief.
  const ideas = plan.themes.slice(0, 3).map((g) => ({ text: x.advice[g.theme] }));
  const blocks: Block[] = [
    { kind: 'say', lines: x.closingSay(since, c.client, plan.report.praise.count > 0).map(x.quote) },
  ];
  // The thanks rests on something that really happened: the latest praise, for you to mention in your words.
  const praise = plan.report.praise.latest;
  if (praise) blocks.push({ kind: 'p', text: x.praiseHint(praise.date, c.esc.text(typeof praise.note === 'string' ? praise.note : '')) });
  blocks.push(
    { kind: 'p', text: x.adviceLead },
    { kind: 'say', lines: [x.quote(x.adviceSay)] },
  );
  if (ideas.length) blocks.push({ kind: 'p', text: x.adviceIdeas }, { kind: 'list', items: ideas });
  return { id: 'closing', heading: x.closingHeading, blocks };
}

/** For you only: what to screen for in the next client, one lesson per raised theme. */
export function lessonsSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const blocks: Block[] = [{ kind: 'p', text: x.lessonsLead }];
  if (plan.themes.length) {
    blocks.push({
      kind: 'list',
      items: plan.themes.map((g) => ({
        text: x.lessonItem(x.themeName[g.theme], x.lesson[g.theme]),
        sub: [x.lessonSignals(g.criteria.map((r) => esc.text(title(r, lang))).join(' · '))],
      })),
    });
  } else {
    blocks.push({ kind: 'p', text: x.lessonsNone });
  }
  if (plan.dealbreakers.length) blocks.push({ kind: 'p', text: x.lessonDealbreaker });
  blocks.push({ kind: 'p', text: x.lessonsLog });
  return { id: 'lessons', heading: x.lessonsHeading, blocks };
}
