import { title } from '../render/reportParts.js';
import type { Block, DraftContext, Section } from './draftTypes.js';
import { monthYear } from './longDate.js';
import type { ExitPlan } from './plan.js';

/**
 * Closing words that keep the door open; --full adds a last piece of useful advice. After a
 * dealbreaker there are none: the door is not left open, and any reply is answered in writing.
 */
export function closingSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, lang } = c;
  if (c.notice) return { id: 'closing', heading: x.closingNoticeHeading, blocks: [{ kind: 'p', text: x.closingNotice }] };
  const since = plan.since ? monthYear(plan.since, lang) : null;
  const blocks: Block[] = [{ kind: 'say', lines: [x.quote(x.closingSay[c.voice](since, c.short, plan.report.praise.count > 0))] }];
  if (!c.full) return { id: 'closing', heading: x.closingHeading, blocks };
  // The thanks rests on something that really happened: the latest praise, for you to mention in your words.
  const praise = plan.report.praise.latest;
  if (praise) blocks.push({ kind: 'p', text: x.praiseHint(praise.date, c.esc.text(typeof praise.note === 'string' ? praise.note : '')) });
  // One idea per theme, the three heaviest: a last piece of advice, not a debrief.
  const ideas = plan.themes.slice(0, 3).map((g) => ({ text: x.advice[g.theme] }));
  blocks.push({ kind: 'p', text: x.adviceLead }, { kind: 'say', lines: [x.quote(x.adviceSay[c.voice])] });
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
