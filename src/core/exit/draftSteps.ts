import type { Block, DraftContext, Section } from './draftTypes.js';
import { talkingPoints } from './draftDecision.js';
import type { ExitPlan } from './plan.js';

/**
 * How to address the contact: the first word of their name ("Ana Pérez" → "Ana"), as
 * both languages do in a call or an email between people who work together; the whole
 * name when the first word is a title ("Dr. Smith") or the name is one word.
 */
export function addressName(contactName: string | null): string | null {
  if (!contactName) return null;
  const words = contactName.split(/\s+/).filter(Boolean);
  if (words.length < 2 || /\.$/.test(words[0]!)) return contactName;
  return words[0]!;
}

/** Step 1: tell them personally, with lines to open the call. */
export function contactSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  const who = plan.contactName ? esc.text(plan.contactName) : x.yourContact(c.client);
  const name = addressName(plan.contactName);
  // After abuse or threats, safety replaces "call or meet": no meeting alone is suggested.
  const blocks: Block[] = [{ kind: 'p', text: plan.dealbreakers.length ? x.step1Safety : x.step1How(who) }];
  blocks.push({ kind: 'p', text: x.openingLead });
  const lines = plan.dealbreakers.length ? x.openingDealbreaker(c.client) : x.opening(name && esc.text(name), c.client);
  blocks.push({ kind: 'say', lines: lines.map(x.quote) });
  return { id: 'contact', heading: x.step(1, x.step1), blocks };
}

/** Step 2: explain the fit with the raised criteria's talking points, never blame. */
export function explainSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  const points = talkingPoints(plan, c).map((p) => x.quote(esc.text(p)));
  if (plan.dealbreakers.length) {
    return { id: 'explain', heading: x.step(2, x.step2), blocks: [{ kind: 'p', text: x.step2Dealbreaker }, { kind: 'say', lines: points }] };
  }
  const blocks: Block[] = [
    { kind: 'p', text: x.step2How },
    { kind: 'say', lines: [x.quote(x.notBestFit(c.client)), ...(points.length ? points : [x.quote(x.step2Generic)])] },
    { kind: 'p', text: x.step2Push },
    { kind: 'say', lines: [x.quote(x.step2PushSay)] },
  ];
  return { id: 'explain', heading: x.step(2, x.step2), blocks };
}

/** Step 3: offer an alternative, the referrals whose `fits` include the client's industry. */
export function alternativeSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc } = c;
  const blocks: Block[] = [];
  const refs = plan.referrals;
  if (refs.length) {
    blocks.push(
      { kind: 'p', text: x.referralsLead(refs.length, esc.text(plan.industry ?? '')) },
      { kind: 'list', items: refs.map((r) => ({ text: x.referralItem(esc.text(r.name), r.contact ? esc.text(r.contact) : null) })) },
      { kind: 'say', lines: [x.quote(refs.length === 1 ? x.referralSayOne(esc.text(refs[0]!.name)) : x.referralSayMany)] },
      { kind: 'p', text: x.referralAsk(refs.length) },
    );
  } else {
    blocks.push(
      { kind: 'p', text: plan.industry ? x.noReferral(esc.text(plan.industry)) : x.noIndustry },
      { kind: 'say', lines: [x.quote(x.helpFindSay)] },
      { kind: 'p', text: x.referralHint },
    );
  }
  return { id: 'alternative', heading: x.step(3, x.step3), blocks };
}
