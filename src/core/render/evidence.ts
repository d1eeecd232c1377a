import type { Catalog } from '../i18n/index.js';
import type { Evidence } from '../metrics/index.js';
import { money, num } from './numbers.js';

/** One line saying what happened, in the reader's language ("invoice F-7 (900 €) paid 12 days late"). */
export function summarize(ev: Evidence, t: Catalog, currency?: string | null): string {
  const e = ev.event;
  const s = t.summary;
  const amount = typeof e.amount === 'number' ? ` (${money(e.amount, currency, t)})` : '';
  const ref = e.ref !== undefined ? ` ${e.ref}` : '';
  const note = typeof e.note === 'string' && e.note ? `: ${e.note}` : '';
  switch (ev.fact?.kind) {
    case 'paidLate':
      return s.invoicePaidLate(ref, amount, ev.fact.days);
    case 'unpaid':
      return s.invoiceUnpaid(ref, amount, ev.fact.days);
    case 'unanswered':
      return s.messageUnanswered(ev.fact.days) + note;
    case 'answered':
      return s.messageAnswered(ev.fact.days) + note;
    case 'profile':
      return s.profile(ev.fact.field, ev.fact.value);
  }
  switch (e.type) {
    case 'invoice':
      return s.invoice(ref, amount) + note;
    case 'client_delay':
      return s.delay(e.days ?? 0) + note;
    case 'scope_change':
      return (e.billed === true ? s.types.scope_change! : s.scopeUnbilled) + note;
    case 'work':
      return s.work(num(e.hours ?? 0, t), e.billable !== false) + note;
    case 'team_feedback':
      return s.mood(e.mood ?? 0) + note;
    default:
      return (Object.hasOwn(s.types, e.type) ? s.types[e.type]! : e.type) + note;
  }
}
