/**
 * Partial payments and unknown payment dates on invoices (DESIGN.md, event table and
 * "Recording what happens"): `payments: [{date, amount}]` keeps an invoice open until they
 * reach its amount, and it is paid in full on the date of the payment that does; what is
 * still owed counts in overdue_amount. `paid: true` means paid on a date nobody recorded:
 * nothing is owed, and lateness cannot be judged, so it is left out of late_invoice_ratio
 * and counted in unknownPaidDates. As-of is 2026-11-24 throughout.
 */
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../../src/core/render/json.js';
import { plain } from '../../../src/core/render/style.js';
import { renderText } from '../../../src/core/render/text.js';
import { score } from '../../../src/core/score.js';
import { en, es, rubric, run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
const inv = (ref: string, amount: number, due: string, more = '') => `date: 2026-01-01, type: invoice, ref: ${ref}, amount: ${amount}, due: ${due}${more}`;

describe('partial payments', () => {
  // 1000 due 2026-10-01; 300 on 2026-10-10 and 200 on 2026-11-01: 500 still owed.
  const partial = withEvents([inv('P-1', 1000, '2026-10-01', ', payments: [{date: 2026-10-10, amount: 300}, {date: 2026-11-01, amount: 200}]')]);

  it('keep the invoice open: overdue_amount is what is still owed', () => {
    const r = run('overdue_amount', partial, AS_OF);
    expect(r.value).toBe(500);
    expect(r.n).toBe(1);
    expect(r.evidence[0]!.fact).toEqual({ kind: 'unpaid', days: 54 }); // 2026-10-01 → 2026-11-24
  });

  it('keep it late while open: unpaid past due, days late counted to as-of', () => {
    expect(valueOf('late_invoice_ratio', partial, AS_OF)).toBe(1);
    expect(valueOf('days_late_avg', partial, AS_OF)).toBe(54);
  });

  it('count only the payments made by as-of', () => {
    // At 2026-10-20 only the first payment has been made: 700 owed.
    expect(valueOf('overdue_amount', partial, '2026-10-20')).toBe(700);
  });

  it('add up in cents: 0.1 + 0.2 pays an invoice of 0.3', () => {
    const c = withEvents([inv('C-1', 0.3, '2026-10-01', ', payments: [{date: 2026-10-01, amount: 0.1}, {date: 2026-10-02, amount: 0.2}]')]);
    expect(valueOf('overdue_amount', c, AS_OF)).toBe(0);
    expect(run('days_late_avg', c, AS_OF).evidence[0]!.fact).toEqual({ kind: 'paidLate', days: 1 });
  });
});

describe('payments reaching the amount', () => {
  // 1000 due 2026-10-01: 600 on 2026-10-03, then 400 on 2026-10-20 (listed first: order does not matter).
  const full = withEvents([inv('F-1', 1000, '2026-10-01', ', payments: [{date: 2026-10-20, amount: 400}, {date: 2026-10-03, amount: 600}]')]);

  it('close the invoice on the date of the payment that reaches it', () => {
    expect(valueOf('overdue_amount', full, AS_OF)).toBe(0);
    const r = run('days_late_avg', full, AS_OF);
    // Paid in full on 2026-10-20: 19 days after due.
    expect(r.value).toBe(19);
    expect(r.evidence[0]!.fact).toEqual({ kind: 'paidLate', days: 19 });
  });

  it('within the grace of the last payment, it is on time', () => {
    const c = withEvents([inv('G-1', 100, '2026-10-01', ', payments: [{date: 2026-09-20, amount: 50}, {date: 2026-10-03, amount: 50}]')]);
    expect(valueOf('late_invoice_ratio', c, AS_OF, { graceDays: 3 })).toBe(0);
    expect(valueOf('late_invoice_ratio', c, AS_OF, { graceDays: 1 })).toBe(1);
  });
});

describe('paid: true (paid on an unknown date)', () => {
  const c = withEvents([
    inv('U-1', 800, '2026-03-01', ', paid: true'),
    inv('U-2', 500, '2026-04-01', ', paid: 2026-04-01'), // on time
    inv('U-3', 300, '2026-05-01', ', paid: 2026-05-30'), // late
  ]);

  it('owes nothing', () => {
    expect(valueOf('overdue_amount', c, AS_OF)).toBe(0);
    expect(valueOf('overdue_amount', withEvents([inv('U-1', 800, '2026-03-01', ', paid: true')]), AS_OF)).toBe(0);
  });

  it('is left out of late_invoice_ratio and days_late_avg, and counted in unknownPaidDates', () => {
    const r = run('late_invoice_ratio', c, AS_OF);
    // 1 late of the 2 whose lateness can be judged.
    expect(r.value).toBe(0.5);
    expect(r.n).toBe(2);
    expect(r.unknownPaidDates).toBe(1);
    expect(run('days_late_avg', c, AS_OF)).toMatchObject({ value: 29, n: 2, unknownPaidDates: 1 });
  });

  it('alone gives no data to judge lateness on', () => {
    const only = withEvents([inv('U-1', 800, '2026-03-01', ', paid: true')]);
    expect(run('late_invoice_ratio', only, AS_OF)).toMatchObject({ value: null, n: 0, unknownPaidDates: 1 });
  });

  it('is reported: unknownPaidDates on the criterion, in JSON, and as a note in the text', () => {
    const R = rubric('criteria:\n  - {id: late, title: {en: Pays late, es: Paga tarde}, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 20}\n');
    const rep = score(c, R, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ value: 0.5, n: 2, unknownPaidDates: 1 });
    expect(reportJson(rep, { lang: 'en', t: en }).criteria[0]).toMatchObject({ evidenceCount: 2, minEvidence: 3, unknownPaidDates: 1 });
    // 2 of 3 needed: thin evidence, and the invoice left out, in one note.
    expect(renderText(rep, { lang: 'en', t: en, style: plain })).toContain('(thin evidence (2 of 3); 1 invoice paid on an unknown date left out)');
    expect(renderText(rep, { lang: 'es', t: es, style: plain })).toContain('se deja fuera 1 factura pagada en fecha desconocida');
  });
});
