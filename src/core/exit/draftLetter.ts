import { pushAll } from '../arrays.js';
import type { DraftContext, Section } from './draftTypes.js';
import { longDate, plainDate } from './longDate.js';
import type { ExitPlan } from './plan.js';

/**
 * The written confirmation to send after the call: the dates, what will be delivered and
 * what is owed, signed with settings `me`, naming the client and the contact as they are
 * called aloud (plan.shortName, plan.firstName). Lines starting with "- " are bullets and
 * "  - " their details, so it pastes into an email as it is.
 *
 * After a dealbreaker it is the written notice itself, brief and neutral: the decision, the
 * dates, the handover and what is owed; no thanks for the call that did not happen, no
 * referral, no door left open.
 */
export function confirmationSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang, voice } = c;
  const n = plan.notice;
  const lastDay = n.days === 0 ? x.letterNoNotice[voice](longDate(n.date, lang)) : x.letterLastDay[voice](x.periodSaid(n.days, n.basis), longDate(n.lastDay!, lang));
  const open = c.notice ? x.letterNoticeOpen[voice](longDate(n.date, lang)) : x.letterOpen[voice](longDate(n.date, lang));
  const lines: string[] = [
    c.notice ? x.subjectNotice(c.short) : x.subject(c.short),
    '',
    c.notice ? x.greetingNotice(c.first) : x.greeting(c.first),
    '',
    `${open} ${lastDay}`,
    '',
  ];
  if (plan.openWork.length) {
    lines.push(`- ${x.letterDeliverLead[voice]}`, ...plan.openWork.map((w) => `  - ${esc.text(w)}`));
  } else {
    lines.push(`- ${x.letterDeliverNone[voice]}`);
  }
  const u = plan.unpaid;
  const ref = (i: (typeof u.items)[number]) => esc.text(i.ref);
  if (u.items.length === 1) {
    const i = u.items[0]!;
    lines.push(`- ${x.letterOwedOne(ref(i), c.money(i.amount), plainDate(i.due, lang))}`);
  } else if (u.items.length) {
    lines.push(`- ${x.letterOwedLead(c.money(u.total))}`);
    for (const i of u.items) lines.push(`  - ${x.letterOwedItem(ref(i), c.money(i.amount), plainDate(i.due, lang))}`);
  } else {
    lines.push(`- ${x.letterOwedNone}`);
  }
  if (n.fee) lines.push(`- ${x.letterFee(c.money(n.fee))}`);
  if (!c.notice) {
    const refs = plan.referrals;
    const one = refs.length === 1 ? refs[0]! : null;
    if (one?.contact) lines.push(`- ${x.letterReferralOne[voice](esc.text(one.name), esc.text(one.contact))}`);
    else if (refs.length) lines.push(`- ${x.letterReferralMany[voice]}`, ...refs.map((r) => `  - ${x.referralItem(esc.text(r.name), r.contact ? esc.text(r.contact) : null)}`));
    else lines.push(`- ${x.letterReferralNone[voice]}`);
    lines.push('', x.letterClose[voice](c.short));
  }
  lines.push('', c.notice ? x.signOffNotice : x.signOff);
  const me = plan.me;
  const signature = [me.name, me.business, me.email].filter((s): s is string => Boolean(s?.trim())).map((s) => esc.text(s.trim()));
  pushAll(lines, signature.length ? signature : [x.yourName]);
  const blocks: Section['blocks'] = [];
  if (c.notice) blocks.push({ kind: 'p', text: x.noticeLead });
  else if (c.full) blocks.push({ kind: 'p', text: x.confirmLead });
  blocks.push({ kind: 'letter', lines });
  if (!me.name) blocks.push({ kind: 'p', text: x.signHint });
  return { id: 'confirmation', heading: c.notice ? x.noticeHeading : x.confirmHeading, blocks };
}
