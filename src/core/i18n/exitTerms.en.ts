// Functions receive text already escaped for the output format (plain text or Markdown),
// so they only arrange words: grammar, plurals and word order stay with each language.
// Lines said aloud or sent to the client are warm, plain and free of blame; notes for the
// user speak to them as "you". Lines said or sent have an `i` and a `we` form (see
// exitScript.en.ts).

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The exit draft in English: the contract side — step 4 (clause, dates, invoices, handover) and the written confirmation. */
export const exitTermsEn = {
  step4: 'Honour the rescission clause',
  step4Say: {
    i: (period: string, date: string) => `I'll respect the notice in our contract, ${period}, so our last day together will be ${date}. Before then I'll finish what we agreed and leave everything in order.`,
    we: (period: string, date: string) => `We'll respect the notice in our contract, ${period}, so our last day together will be ${date}. Before then we'll finish what we agreed and leave everything in order.`,
  },
  step4SayNone: {
    i: (date: string) => `Our contract sets no notice period, so our collaboration ends today, ${date}. I'll leave everything in order.`,
    we: (date: string) => `Our contract sets no notice period, so our collaboration ends today, ${date}. We'll leave everything in order.`,
  },
  clauseLead: 'The clause, as written in the contract:',
  noClause: 'The profile does not quote the clause (`contract.termination.clause`): reread it in the signed contract before the call.',
  noticeDateLabel: 'Notice given',
  periodLabel: 'Notice period',
  lastDayLabel: 'Last contractual day',
  writtenLabel: 'Written notice',
  feeLabel: 'Early-termination fee',
  unpaidLabel: 'Unpaid',
  lastDayWithPeriod: (date: string, period: string) => `${date} (${period})`,
  periodText: (n: number, basis: 'calendar' | 'business') =>
    basis === 'calendar' ? `${n} calendar ${plural(n, 'day', 'days')}` : `${n} business ${plural(n, 'day', 'days')} (Monday to Friday)`,
  periodSaid: (n: number, basis: 'calendar' | 'business') => `${n} ${basis === 'calendar' ? 'calendar' : 'business'} ${plural(n, 'day', 'days')}`,
  periodNone: 'none: the contract ends on the day notice is given',
  countsFrom: (date: string) => `notice given at the weekend counts from ${date}`,
  weekendLastDay: (day: string, friday: string) => `The last day, ${day}, falls on a weekend: agree in writing what happens on ${friday}, the Friday before.`,
  writtenRequired: 'required — send the written confirmation below the same day',
  writtenNotRequired: 'not required — but send the confirmation below anyway, so both sides have the same dates in writing',
  writtenUnknown: 'not stated in the profile — send it in writing to be safe',
  feeNone: 'none',
  feeAmount: (money: string) => `${money} (check in the clause who pays it when you are the one ending the contract)`,
  feeUnknown: 'not stated in the profile — check the contract',
  unpaidSummary: (n: number, total: string, daysOverdue: number) =>
    `${n === 1 ? total : `${total} in ${n} invoices`}${daysOverdue > 0 ? `, ${n === 1 ? '' : 'the oldest '}${daysOverdue} ${plural(daysOverdue, 'day', 'days')} overdue` : ', not due yet'}`,
  unpaidSummaryNone: 'none',
  unpaidLead: (n: number, total: string) => (n === 1 ? `1 unpaid invoice, ${total}:` : `${n} unpaid invoices, ${total} in total:`),
  unpaidItem: (ref: string, amount: string, due: string, daysOverdue: number) =>
    daysOverdue > 0
      ? `${ref}: ${amount}, due ${due} (${daysOverdue} ${plural(daysOverdue, 'day', 'days')} overdue)`
      : `${ref}: ${amount}, due ${due}`,
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
  confirmHeading: 'Written confirmation — send it the same day, after the call',
  confirmLead: 'Sending it the same day puts the date of notice beyond doubt. Edit it freely, but keep the dates and amounts.',
  noticeHeading: 'Written notice — send it from a safe channel',
  noticeLead: 'Brief and neutral on purpose: the decision, the dates and what the contract requires, nothing to argue with. Keep a copy.',
  subject: (client: string) => `Subject: End of our collaboration — ${client}`,
  subjectNotice: (client: string) => `Subject: Notice of termination — ${client}`,
  greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hello,'),
  greetingNotice: (name: string | null) => (name ? `Dear ${name},` : 'Hello,'),
  letterOpen: {
    i: (date: string) =>
      `Thank you for your time today. As we discussed, I'm writing to confirm that I am ending our collaboration under the termination clause of our contract, with notice given on ${date}.`,
    we: (date: string) =>
      `Thank you for your time today. As we discussed, I'm writing to confirm that we are ending our collaboration under the termination clause of our contract, with notice given on ${date}.`,
  },
  letterNoticeOpen: {
    i: (date: string) => `I am writing to give notice that I am ending our contract under its termination clause, with notice given on ${date}.`,
    we: (date: string) => `We are writing to give notice that we are ending our contract under its termination clause, with notice given on ${date}.`,
  },
  letterLastDay: {
    i: (period: string, date: string) => `With the notice period of ${period} set in the contract, the last contractual day will be ${date}; I will invoice the work done up to that day.`,
    we: (period: string, date: string) => `With the notice period of ${period} set in the contract, the last contractual day will be ${date}; we will invoice the work done up to that day.`,
  },
  letterNoNotice: {
    i: (date: string) => `As the contract sets no notice period, our collaboration ends on ${date}; I will invoice the work done up to that day.`,
    we: (date: string) => `As the contract sets no notice period, our collaboration ends on ${date}; we will invoice the work done up to that day.`,
  },
  letterDeliverLead: {
    i: 'Before that date I will finish and hand over the following, with the source files and the access I hold:',
    we: 'Before that date we will finish and hand over the following, with the source files and the access we hold:',
  },
  letterDeliverNone: {
    i: 'Before that date I will finish the work in progress and hand over everything that is yours, with the source files and the access I hold.',
    we: 'Before that date we will finish the work in progress and hand over everything that is yours, with the source files and the access we hold.',
  },
  letterOwedOne: (ref: string, amount: string, due: string) => `Still to be paid: ${ref}, ${amount}, due ${due}.`,
  letterOwedLead: (total: string) => `Still to be paid, ${total} in total:`,
  letterOwedItem: (ref: string, amount: string, due: string) => `${ref}: ${amount}, due ${due}`,
  letterOwedNone: 'There are no outstanding invoices.',
  letterFee: (money: string) => `The contract sets an early-termination fee of ${money} [say who pays it, as the clause states].`,
  letterReferralOne: {
    i: (name: string, contact: string) => `As promised, you can reach ${name} at ${contact}.`,
    we: (name: string, contact: string) => `As promised, you can reach ${name} at ${contact}.`,
  },
  letterReferralMany: {
    i: 'As promised, here are the colleagues I mentioned:',
    we: 'As promised, here are the colleagues we mentioned:',
  },
  letterReferralNone: {
    i: "As promised, I'll send you a few names of people who could take this on.",
    we: "As promised, we'll send you a few names of people who could take this on.",
  },
  letterClose: {
    i: (client: string) => `Thank you again for your trust. I wish you and the whole team at ${client} every success, and my door remains open.`,
    we: (client: string) => `Thank you again for your trust. We wish you and the whole team at ${client} every success, and our door remains open.`,
  },
  signOff: 'Kind regards,',
  signOffNotice: 'Regards,',
  yourName: '[your name]',
  signHint: 'Add  me: {name, business, email}  to .clientfit.yaml to sign the confirmation.',
};
