import type { Block, DraftContext, Section } from './draftTypes.js';
import { talkingPoints } from './draftDecision.js';
import { TOP_CRITERIA, type ExitPlan } from './plan.js';

/**
 * Step 1: tell them personally, with lines to open the call. After a dealbreaker: written
 * notice only, from a safe channel, and a line on keeping records and whom to tell.
 */
export function contactSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  if (c.notice) {
    return { id: 'contact', heading: x.step(1, x.step1Notice), blocks: [{ kind: 'p', text: x.step1NoticeHow }, { kind: 'p', text: x.step1Records }] };
  }
  const who = plan.contactName ? esc.text(plan.contactName) : x.yourContact(c.short);
  const blocks: Block[] = [
    { kind: 'p', text: x.step1How(who) },
    { kind: 'say', lines: x.opening[c.voice](c.first, c.short).map(x.quote) },
  ];
  return { id: 'contact', heading: x.step(1, x.step1), blocks };
}

/**
 * Step 2: explain the fit with the raised criteria's talking points, never blame: the
 * three strongest, or every one with --full (and what to say if they push back). After a
 * dealbreaker nothing is owed, so nothing is said.
 */
export function explainSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  if (c.notice) return { id: 'explain', heading: x.step(2, x.step2Notice), blocks: [{ kind: 'p', text: x.step2NoticeHow }] };
  const all = talkingPoints(plan, c).map((p) => esc.text(p));
  const points = c.full ? all : all.slice(0, TOP_CRITERIA);
  const blocks: Block[] = [
    { kind: 'p', text: x.step2How },
    { kind: 'say', lines: [x.notBestFit[c.voice](c.short), ...(points.length ? points : [x.step2Generic[c.voice]])].map(x.quote) },
  ];
  if (c.full) blocks.push({ kind: 'p', text: x.step2Push }, { kind: 'say', lines: [x.quote(x.step2PushSay[c.voice])] });
  return { id: 'explain', heading: x.step(2, x.step2), blocks };
}

/**
 * Step 3: offer an alternative, the referrals whose `fits` include the client's industry.
 * After a dealbreaker none is offered: passing such a client on could put a colleague at risk.
 */
export function alternativeSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  if (c.notice) return { id: 'alternative', heading: x.step(3, x.step3Notice), blocks: [{ kind: 'p', text: x.step3NoticeHow }] };
  const blocks: Block[] = [];
  const refs = plan.referrals;
  if (refs.length) {
    const say: Block = { kind: 'say', lines: [x.quote(refs.length === 1 ? x.referralSayOne[c.voice](esc.text(refs[0]!.name)) : x.referralSayMany[c.voice])] };
    const industry = esc.text(plan.industry ?? '');
    if (c.full) {
      blocks.push(
        { kind: 'p', text: x.referralsLead(refs.length, industry) },
        { kind: 'list', items: refs.map((r) => ({ text: x.referralItem(esc.text(r.name), r.contact ? esc.text(r.contact) : null) })) },
        say,
        { kind: 'p', text: x.referralAsk(refs.length) },
      );
    } else {
      const who = listOf(refs.map((r) => x.referralWho(esc.text(r.name), r.contact ? esc.text(r.contact) : null)), c);
      blocks.push({ kind: 'p', text: x.referralsShort(refs.length, industry, who) }, say);
    }
  } else {
    blocks.push(
      { kind: 'p', text: plan.industry ? x.noReferral(esc.text(plan.industry)) : x.noIndustry },
      { kind: 'say', lines: [x.quote(x.helpFindSay[c.voice])] },
    );
    if (c.full) blocks.push({ kind: 'p', text: x.referralHint });
  }
  return { id: 'alternative', heading: x.step(3, x.step3), blocks };
}

/** "A, B and C" / "A, B y C", as each language joins a list in a sentence. */
function listOf(items: string[], c: DraftContext): string {
  return new Intl.ListFormat(c.lang, { type: 'conjunction' }).format(items);
}
