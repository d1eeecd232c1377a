import { pushAll } from '../arrays.js';
import type { DraftContext, Section } from './draftTypes.js';
import { periodWords } from './draftClause.js';
import { addressName } from './draftSteps.js';
import { longDate, plainDate } from './longDate.js';
import type { ExitPlan } from './plan.js';

/**
 * The written confirmation to send after the call: the dates, what will be delivered and
 * what is owed, signed with settings `me`. Lines starting with "- " are bullets and
 * "  - " their details, so it pastes into an email as it is.
 */
export function confirmationSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const n = plan.notice;
  const name = addressName(plan.contactName);
  const lines: string[] = [x.subject(c.client), '', x.greeting(name && esc.text(name)), '', x.letterOpen(longDate(n.date, lang)), ''];
  lines.push(`- ${n.days === 0 ? x.letterNoNotice(longDate(n.date, lang)) : x.letterLastDay(periodWords(plan, c), longDate(n.lastDay!, lang))}`);
  if (plan.openWork.length) {
    lines.push(`- ${x.letterDeliverLead}`, ...plan.openWork.map((w) => `  - ${esc.text(w)}`));
  } else {
    lines.push(`- ${x.letterDeliverNone}`);
  }
  lines.push(`- ${x.letterHandover}`);
  const u = plan.unpaid;
  if (u.items.length) {
    lines.push(`- ${x.letterOwedLead(u.items.length)}`);
    for (const i of u.items) {
      const ref = i.ref === null ? x.invoiceWithoutRef(plainDate(i.date, lang)) : esc.text(i.ref);
      lines.push(`  - ${x.letterOwedItem(ref, c.money(i.amount), plainDate(i.due, lang))}`);
    }
    lines.push(`- ${x.letterOwedTotal(c.money(u.total))}`);
  } else {
    lines.push(`- ${x.letterOwedNone}`);
  }
  if (n.fee) lines.push(`- ${x.letterFee(c.money(n.fee))}`);
  if (!plan.dealbreakers.length) {
    const refs = plan.referrals;
    const one = refs.length === 1 ? refs[0]! : null;
    if (one?.contact) lines.push(`- ${x.letterReferralOne(esc.text(one.name), esc.text(one.contact))}`);
    else if (refs.length) lines.push(`- ${x.letterReferralMany}`, ...refs.map((r) => `  - ${x.referralItem(esc.text(r.name), r.contact ? esc.text(r.contact) : null)}`));
    else lines.push(`- ${x.letterReferralNone}`);
  }
  lines.push('', plan.dealbreakers.length ? x.letterCloseDealbreaker : x.letterClose(c.client), '', x.signOff);
  const me = plan.me;
  const signature = [me.name, me.business, me.email].filter((s): s is string => Boolean(s?.trim())).map((s) => esc.text(s.trim()));
  pushAll(lines, signature.length ? signature : [x.yourName]);
  const blocks: Section['blocks'] = [{ kind: 'p', text: x.confirmLead }, { kind: 'letter', lines }];
  if (!me.name) blocks.push({ kind: 'p', text: x.signHint });
  return { id: 'confirmation', heading: x.confirmHeading, blocks };
}
