import { maxOf } from '../arrays.js';
import type { Block, DraftContext, Section } from './draftTypes.js';
import { longDate, plainDate } from './longDate.js';
import type { ExitPlan } from './plan.js';

/** The notice period as words: "30 calendar days", "20 días hábiles (de lunes a viernes)". */
export function periodWords(plan: ExitPlan, c: DraftContext): string {
  return c.x.periodText(plan.notice.days, plan.notice.basis);
}

/**
 * Step 4: the dates, whether notice must be written, the fee, what is owed, and a line to
 * say (none after a dealbreaker: the notice is written only). --full adds the clause
 * verbatim, every unpaid invoice, the open work and the handover checklist.
 */
export function clauseSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const n = plan.notice;
  const lastDay = n.lastDay!;
  let noticeValue = longDate(n.date, lang);
  if (n.countsFrom !== n.date && n.days > 0) noticeValue += ` (${x.countsFrom(longDate(n.countsFrom, lang))})`;
  const written = n.written === true ? x.writtenRequired : n.written === false ? x.writtenNotRequired : x.writtenUnknown;
  const fee = n.fee === undefined ? x.feeUnknown : n.fee === 0 ? x.feeNone : x.feeAmount(c.money(n.fee));
  const period = n.days === 0 ? x.periodNone : periodWords(plan, c);
  const u = plan.unpaid;
  const blocks: Block[] = [];
  if (c.full) {
    if (n.clause) blocks.push({ kind: 'p', text: x.clauseLead }, { kind: 'quote', text: esc.text(n.clause) });
    else blocks.push({ kind: 'p', text: x.noClause });
    blocks.push({
      kind: 'fields',
      rows: [
        { label: x.noticeDateLabel, value: noticeValue },
        { label: x.periodLabel, value: period },
        { label: x.lastDayLabel, value: longDate(lastDay, lang) },
        { label: x.writtenLabel, value: written },
        { label: x.feeLabel, value: fee },
      ],
    });
  } else {
    // The short draft: the dates, the fee only when there is one to settle, and what is owed; the
    // letter below is the written notice, sent the same day.
    const oldest = maxOf(u.items.map((i) => i.daysOverdue));
    blocks.push({
      kind: 'fields',
      rows: [
        { label: x.noticeDateLabel, value: noticeValue },
        { label: x.lastDayLabel, value: n.days === 0 ? longDate(lastDay, lang) : x.lastDayWithPeriod(longDate(lastDay, lang), x.periodSaid(n.days, n.basis)) },
        ...(n.fee === 0 ? [] : [{ label: x.feeLabel, value: fee }]),
        { label: x.unpaidLabel, value: u.items.length ? x.unpaidSummary(u.items.length, c.money(u.total), oldest) : x.unpaidSummaryNone },
      ],
    });
  }
  if (n.fridayBefore) blocks.push({ kind: 'p', text: x.weekendLastDay(longDate(lastDay, lang), longDate(n.fridayBefore, lang)) });
  if (!c.notice) {
    const say = n.days === 0 ? x.step4SayNone[c.voice](longDate(lastDay, lang)) : x.step4Say[c.voice](x.periodSaid(n.days, n.basis), longDate(lastDay, lang));
    blocks.push({ kind: 'say', lines: [x.quote(say)] });
  }
  if (c.full) {
    if (u.items.length) {
      blocks.push(
        { kind: 'p', text: x.unpaidLead(u.items.length, c.money(u.total)) },
        {
          kind: 'list',
          items: u.items.map((i) => ({
            text: x.unpaidItem(esc.text(i.ref), c.money(i.amount), plainDate(i.due, lang), i.daysOverdue),
          })),
        },
      );
    } else {
      blocks.push({ kind: 'p', text: x.unpaidNone });
    }
    blocks.push({ kind: 'p', text: x.finalInvoice });
    if (plan.openWork.length) {
      blocks.push({ kind: 'p', text: x.openWorkLead }, { kind: 'list', items: plan.openWork.map((w) => ({ text: esc.text(w) })) });
    } else {
      blocks.push({ kind: 'p', text: x.openWorkNone });
    }
    blocks.push({ kind: 'p', text: x.returnLead }, { kind: 'list', items: x.returnItems.map((text) => ({ text })) });
  }
  return { id: 'clause', heading: x.step(4, x.step4), blocks };
}
