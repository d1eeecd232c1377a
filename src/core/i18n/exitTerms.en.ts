// Functions receive text already escaped for the output format (plain text or Markdown),
// so they only arrange words: grammar, plurals and word order stay with each language.
// Lines said aloud or sent to the client are warm, plain and free of blame; notes for the
// user speak to them as "you".

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The exit draft in English: the contract side — step 4 (clause, dates, invoices, handover) and the written confirmation. */
export const exitTermsEn = {
  step4: 'Honour the rescission clause',
  clauseLead: 'The clause, as written in the contract:',
  noClause: 'The profile does not quote the clause (`contract.termination.clause`): reread it in the signed contract before the call.',
  noticeDateLabel: 'Notice given',
  periodLabel: 'Notice period',
  lastDayLabel: 'Last contractual day',
  writtenLabel: 'Written notice',
  feeLabel: 'Early-termination fee',
  periodText: (n: number, basis: 'calendar' | 'business') =>
    basis === 'calendar' ? `${n} calendar ${plural(n, 'day', 'days')}` : `${n} business ${plural(n, 'day', 'days')} (Monday to Friday)`,
  periodNone: 'none: the contract ends on the day notice is given',
  countsFrom: (date: string) => `notice given at the weekend counts from ${date}`,
  writtenRequired: 'required — send the written confirmation below the same day',
  writtenNotRequired: 'not required — but send the confirmation below anyway, so both sides have the same dates in writing',
  writtenUnknown: 'not stated in the profile — send it in writing to be safe',
  feeNone: 'none',
  feeAmount: (money: string) => `${money} (check in the clause who pays it when you are the one ending the contract)`,
  feeUnknown: 'not stated in the profile — check the contract',
  unpaidLead: (n: number, total: string) => (n === 1 ? `1 unpaid invoice, ${total}:` : `${n} unpaid invoices, ${total} in total:`),
  unpaidItem: (ref: string, amount: string, due: string, daysOverdue: number) =>
    daysOverdue > 0
      ? `${ref}: ${amount}, due ${due} (${daysOverdue} ${plural(daysOverdue, 'day', 'days')} overdue)`
      : `${ref}: ${amount}, due ${due}`,
  invoiceWithoutRef: (date: string) => `invoice of ${date}`,
  unpaidNone: 'No unpaid invoices at the as-of date.',
  finalInvoice: 'Send a final invoice for the work done up to the last contractual day, and agree when everything owed will be paid.',
  openWorkLead: 'Finish and hand over before the last day:',
  openWorkNone: 'Nothing is listed under `open_work:` in the profile: write down what is agreed and still to deliver, and finish it before the last day.',
  returnLead: 'Return and close:',
  returnItems: [
    'Source files and the final versions of everything delivered, in formats they can use.',
    'Access to their accounts, hosting, tools and repositories: hand it back, then remove your own access once the handover is confirmed.',
    'Documents and data they shared with you: return or delete them, and tell them which.',
  ],
  confirmHeading: 'Written confirmation — send it after the call',
  confirmLead: 'Send it the same day, so the date of notice is beyond doubt. Edit it freely, but keep the dates and amounts.',
  subject: (client: string) => `Subject: End of our collaboration — ${client}`,
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  letterOpen: (date: string) =>
    `Thank you for your time today. As we discussed, I'm writing to confirm that we are ending our collaboration under the termination clause of our contract, with notice given on ${date}.`,
  letterLastDay: (period: string, date: string) => `With the notice period of ${period} set in the contract, our last contractual day will be ${date}.`,
  letterNoNotice: (date: string) => `As the contract sets no notice period, our collaboration ends on ${date}.`,
  letterDeliverLead: 'Before that date we will finish and hand over:',
  letterDeliverNone: 'Before that date we will finish the work in progress and hand over everything that is yours.',
  letterHandover: 'We will also hand over the source files and the access we hold, and remove our own access once you confirm you have everything.',
  letterOwedLead: (n: number): string => (n === 1 ? 'This invoice is still to be paid:' : 'These invoices are still to be paid:'),
  letterOwedItem: (ref: string, amount: string, due: string) => `${ref}: ${amount}, due ${due}`,
  letterOwedTotal: (total: string) => `Total outstanding: ${total}. A final invoice for the work done up to the last day will follow.`,
  letterOwedNone: 'There are no outstanding invoices; a final invoice for the work done up to the last day will follow.',
  letterFee: (money: string) => `The contract sets an early-termination fee of ${money} [say who pays it, as the clause states].`,
  letterReferralOne: (name: string, contact: string) => `As promised, you can reach ${name} at ${contact}.`,
  letterReferralMany: 'As promised, here are the colleagues I mentioned:',
  letterReferralNone: "As promised, I'll send you a few names of people who could take this on.",
  letterClose: (client: string) =>
    `Thank you again for your trust. We wish you and the whole team at ${client} every success, and our door remains open.`,
  letterCloseDealbreaker: 'We will complete the handover set out in the contract.',
  signOff: 'Kind regards,',
  yourName: '[your name]',
  signHint: 'Add  me: {name, business, email}  to .clientfit.yaml to sign the confirmation.',
};
