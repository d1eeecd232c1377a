import type { Block, DraftContext, Section } from './draftTypes.js';
import { longDate, plainDate } from './longDate.js';
import type { ExitPlan } from './plan.js';

/** The notice period as words: "30 calendar days", "20 días hábiles (de lunes a viernes)". */
export function periodWords(plan: ExitPlan, c: DraftContext): string {
  return c.x.periodText(plan.notice.days, plan.notice.basis);
}

/** Step 4: the clause verbatim, the dates, what is owed and what to hand over. */
export function clauseSection(plan: ExitPlan, c: DraftContext): Section {
  const { x, esc, lang } = c;
  const n = plan.notice;
  const blocks: Block[] = n.clause
    ? [{ kind: 'p', text: x.clauseLead }, { kind: 'quote', text: esc.text(n.clause) }]
    : [{ kind: 'p', text: x.noClause }];
  let noticeValue = longDate(n.date, lang);
  if (n.countsFrom !== n.date && n.days > 0) noticeValue += ` (${x.countsFrom(longDate(n.countsFrom, lang))})`;
  const written = n.written === true ? x.writtenRequired : n.written === false ? x.writtenNotRequired : x.writtenUnknown;
  const fee = n.fee === undefined ? x.feeUnknown : n.fee === 0 ? x.feeNone : x.feeAmount(c.money(n.fee));
  blocks.push({
    kind: 'fields',
    rows: [
      { label: x.noticeDateLabel, value: noticeValue },
      { label: x.periodLabel, value: n.days === 0 ? x.periodNone : periodWords(plan, c) },
      { label: x.lastDayLabel, value: longDate(n.lastDay!, lang) },
      { label: x.writtenLabel, value: written },
      { label: x.feeLabel, value: fee },
    ],
  });
  const u = plan.unpaid;
  if (u.items.length) {
    blocks.push(
      { kind: 'p', text: x.unpaidLead(u.items.length, c.money(u.total)) },
      {
        kind: 'list',
        items: u.items.map((i) => ({
          text: x.unpaidItem(i.ref === null ? x.invoiceWithoutRef(plainDate(i.date, lang)) : esc.text(i.ref), c.money(i.amount), plainDate(i.due, lang), i.daysOverdue),
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
  return { id: 'clause', heading: x.step(4, x.step4), blocks };
}
