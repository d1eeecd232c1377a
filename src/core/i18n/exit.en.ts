/**
 * English wording of `clientfit exit`. Functions receive text already escaped for the
 * output format (plain text or Markdown), so they only arrange words: grammar, plurals
 * and word order stay with each language. Lines meant to be said aloud or sent to the
 * client are warm, plain and free of blame; notes for the user speak to them as "you".
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Ends a sentence that closes on a name: "ACME Retail S.L." takes no second full stop. */
const dot = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

type Theme = 'payment' | 'scope' | 'communication' | 'respect' | 'fit' | 'profitability' | 'team' | 'other';

export const exitEn = {
  cli: {
    description: 'Draft the exit conversation: what to say, the notice dates, a written confirmation and lessons for next time',
    file: 'client file (- reads standard input)',
    noticeDate: 'date the notice is given, YYYY-MM-DD (default: the as-of date)',
    format: 'output format: text or md',
    force: 'draft even when the verdict is keep; with --out, replace an existing file',
    out: 'write the draft to this file instead of standard output (never half-written)',
  },
  err: {
    noTermination: 'the profile has no `contract.termination`, so the notice period and the last contractual day cannot be worked out',
    noTerminationUnder:
      'under `contract:`, add  termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "the termination clause, copied from the contract"}',
    noTerminationNew:
      'add  contract: {termination: {notice_days: 30, notice_basis: calendar, written_notice: true, clause: "the termination clause, copied from the contract"}}',
    noticeTooLong: (days: number) => `\`notice_days\` is ${days}; a notice that long would end after the year 9999`,
    noticeTooLongExpected: 'the number of days in the contract, such as  notice_days: 30',
    keep: (name: string, fit: number) =>
      `${name} scores ${fit}/100 (keep): the evidence says this relationship is healthy, so there is no exit to draft`,
    keepExpected: (cmd: string) => `a client with a review or exit verdict; to draft one anyway, add --force:  ${cmd}`,
    outExists: (f: string) => `${f} already exists; clientfit will not overwrite it`,
    outExistsExpected: 'another file name, or --force to replace it',
    outIsDir: (f: string) => `${f} is a folder`,
    outIsDirExpected: 'a file name, such as  --out exit-acme.md',
    outNoDir: (f: string) => `the folder of ${f} does not exist`,
    outNoDirExpected: 'a file in an existing folder; create the folder first',
    outIsInput: (f: string) => `${f} is the client file itself; writing the draft there would destroy it`,
    outIsInputExpected: 'another file name, such as  --out exit-acme.md',
    outFailed: (f: string, why: string) => `cannot write ${f} (${why})`,
    outFailedExpected: 'a path you are allowed to write to',
    written: (f: string) => `Draft written to ${f}`,
  },

  // ---- whole draft
  quote: (s: string) => `“${s}”`,
  title: (client: string) => `Exit conversation draft: ${client}`,
  meta: (file: string, asOf: string, fit: number, verdict: string) => `${file} · as of ${asOf} · fit ${fit}/100 · ${verdict}`,
  howToRead: 'Everything here is for you to prepare with. Only the lines in quotation marks and the written confirmation are meant for the client; say them in your own words.',
  step: (n: number, title: string) => `Step ${n} — ${title}`,
  period: (n: number, unit: 'd' | 'w' | 'm' | 'y') =>
    `${n} ${{ d: plural(n, 'day', 'days'), w: plural(n, 'week', 'weeks'), m: plural(n, 'month', 'months'), y: plural(n, 'year', 'years') }[unit]}`,

  // ---- review: the frank conversation first
  frankHeading: 'Before letting go: a frank conversation to reset expectations',
  frankIntro: (fit: number, revenue: string | null, period: string) =>
    `A fit of ${fit}/100 is worth a real conversation before ending anything${revenue ? `: you invoiced this client ${revenue} over the last ${period}` : ''}. Say plainly what is not working, agree what changes, and give it a set time.`,
  frankSay: [
    'I value working with you and I want this to keep working. To get there, I think we need to reset a few things about how we work together. Can we go through them?',
  ],
  agendaLead: 'Agenda, one point per red flag — facts and dates, no reproaches:',
  agendaItem: (title: string, topic: string) => `${title}: ${topic}`,
  agenda: {
    payment: 'agree how invoices will be paid on time from now on (dates, reminders, and what happens when one is late)',
    scope: 'agree what is in scope, and that anything extra is quoted before work starts',
    communication: 'agree how and when you reach each other, and a reply time both sides can keep',
    respect: 'talk about how feedback and decisions are shared, and what you need to do good work',
    fit: 'check whether what they need still matches what you offer',
    profitability: 'review the rate or the scope so that the hours you put in are paid',
    team: 'look at what makes this account hard on the team, and what would change it',
    other: 'talk it through openly and agree what changes',
  } as Record<Theme, string>,
  frankAfter:
    'Agree what changes, confirm it in a short email the same day, and set a date to look again (four to six weeks is usually enough). If the same flags are still raised by then, the exit below is ready.',

  // ---- the decision
  decisionHeading: 'The decision, and why',
  decisionExit: 'The decision is to let this client go. Make it now, calmly, before the call; nothing said in the call should change it.',
  decisionReview: 'If the frank conversation does not change things, the decision is to let go. Make it before the call, and do not reopen it during the call.',
  decisionForced: (fit: number) =>
    `The score says keep (fit ${fit}/100) and you asked for this draft anyway. Make sure your reasons are solid, and written down, before you call.`,
  dealbreaker: (titles: string) =>
    `Dealbreaker: ${titles}. This alone ends it. Your safety and your team's come first: you do not owe a meeting in person or a long explanation.`,
  evidenceLead: 'The strongest evidence:',
  evidenceNone: 'No red flags were raised.',
  evidenceItem: (title: string, metric: string, value: string, points: string) => `${title} — ${metric} ${value} (${points})`,
  evidenceLine: (date: string, summary: string, where: string) => (date ? `${date} · ${summary} · ${where}` : `${summary} · ${where}`),
  evidenceMore: (n: number) => `… and ${n} more`,
  stakeLead: 'What is at stake, weighed before deciding:',
  fullReport: (cmd: string) => `Every flag and its evidence: ${cmd}`,

  // ---- step 1
  step1: 'Tell them personally',
  step1How: (who: string) =>
    `Call or meet ${who}; do not break the news in a cold email. Pick a calm moment, not the middle of a deadline, and keep it short and kind: ten or fifteen minutes is enough.`,
  yourContact: (client: string) => `your contact at ${client}`,
  step1Safety:
    'Because of what happened, choose the safest way: a short call or video call with a colleague present, or the written notice alone. Do not meet alone, and do not break the news by chat.',
  openingLead: 'To open:',
  opening: (name: string | null, client: string) => [
    name ? `Thanks for making time, ${name}. There's something I'd rather tell you in person than by email.` : `Thanks for making time. There's something I'd rather tell you in person than by email.`,
    `${dot(`We've thought about it carefully and decided to end our collaboration with ${client}`)} It isn't a decision we've taken lightly.`,
    `We want to do it properly: respecting the notice in our contract, finishing what we agreed and leaving everything in order.`,
  ],
  openingDealbreaker: (client: string) => [
    `We have decided to end our collaboration with ${client}, under the notice terms of our contract.`,
    'I will confirm the dates and the handover in writing today.',
  ],

  // ---- step 2
  step2: 'Explain the fit, not the faults',
  step2How:
    'Say it plainly: we are not the best solution for your business. Talk about fit, not fault — no list of grievances, no blame. Choose one or two of these (the weightiest come first) and put them in your own words:',
  notBestFit: (client: string) => `We're no longer the best solution for ${client}, and you deserve someone who is.`,
  step2Generic: "What your business needs and the way we work have drifted apart, and you deserve a team that fits you fully.",
  step2Push: 'If they ask for reasons, acknowledge how they feel and come back to the fit; do not reopen the decision or argue about the past:',
  step2PushSay: "I understand, and I appreciate you asking. It's simply that we're not the right team for what you need now.",
  step2Dealbreaker: 'You do not need to explain or justify the decision. One sentence is enough:',

  // ---- step 3
  step3: 'Offer an alternative',
  referralsLead: (n: number, industry: string) =>
    n === 1 ? `One of your referrals works with ${industry} clients:` : `${n} of your referrals work with ${industry} clients:`,
  referralItem: (name: string, contact: string | null) => (contact ? `${name} — ${contact}` : name),
  referralSayOne: (name: string) =>
    `${dot(`If it helps, I can put you in touch with ${name}`)} They work with businesses in your sector and I think they'd be a very good fit.`,
  referralSayMany: 'If it helps, I can recommend a few people who work with businesses in your sector and put you in touch.',
  referralAsk: 'Ask them before passing on their name, so the introduction is welcome on both sides.',
  noReferral: (industry: string) => `None of your referrals lists ${industry} under \`fits\`. Offer to help them find someone:`,
  noIndustry: 'The profile has no `industry:`, so no referral could be matched. Offer to help them find someone:',
  helpFindSay: "If it helps, I'll send you a few names of people who could take this on; I'll ask around this week.",
  referralHint: 'For next time: keep colleagues you trust under `referrals:` in .clientfit.yaml, with the sectors they serve under `fits:`.',

  // ---- step 4
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

  // ---- closing words
  closingHeading: 'Closing words — keep the door open',
  closingSay: (since: string | null, client: string) => [
    since ? `Thank you for the trust you've placed in us since ${since}. We've learned a lot working with you.` : `Thank you for the trust you've placed in us. We've learned a lot working with you.`,
    dot(`If things change on either side, our door is open, and I'd be glad to hear how ${client} gets on`),
  ],
  adviceLead: 'Then offer a last piece of useful advice, something that helps them after you leave:',
  adviceSay: 'Before we finish, one piece of advice that I think will help whoever takes this on next.',
  adviceIdeas: 'Ideas, drawn from what was hard on this account (choose one that helps them, not one that scores a point):',
  advice: {
    payment: 'agree a payment calendar your accounts team can keep, and tell your next provider early when a payment will slip',
    scope: 'write down what each project includes before it starts, and ask for a quote for anything new: it keeps budgets and deadlines honest',
    communication: "name one person to answer the provider's questions within a day or two: it speeds everything up",
    respect: "share the goals and let the provider propose how to reach them: you'll get their best thinking",
    fit: 'look for a specialist in your sector and at your budget: the fit matters as much as the skills',
    profitability: 'ask for an estimate in hours up front and review it together every month: no surprises on either side',
    team: "a short, regular check-in with the provider's team keeps everyone engaged",
    other: 'one concrete tip about their project that will make the next collaboration easier',
  } as Record<Theme, string>,
  closingDealbreaker: 'Close briefly and politely. After what happened you do not need to keep this door open, or to offer advice.',

  // ---- written confirmation
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

  // ---- lessons
  lessonsHeading: 'For you only: lessons to screen for next time',
  lessonsLead: 'Not for the client. What to look for before saying yes to the next one:',
  lessonItem: (theme: string, lesson: string) => `${theme}: ${lesson}`,
  lessonSignals: (titles: string) => `seen here: ${titles}`,
  themeName: {
    payment: 'Payment',
    scope: 'Scope',
    communication: 'Communication',
    respect: 'Respect',
    fit: 'Fit',
    profitability: 'Profitability',
    team: 'Team',
    other: 'Other signals',
  } as Record<Theme, string>,
  lesson: {
    payment: 'ask how and when they pay their suppliers; put payment terms, a late-payment clause and a deposit in the contract, and invoice in stages.',
    scope: 'write the scope down before starting and agree how changes are quoted; treat every "while you\'re at it" as a new quote.',
    communication: 'agree a contact person, a channel and a reply time at the start, and notice how quickly they answer while you are still negotiating.',
    respect: 'listen to how they talk about past suppliers and how they take advice in the first meetings; agree how feedback and approvals work before starting.',
    fit: 'check each new client against your ideal client profile (niche, skills, budget) before saying yes.',
    profitability: 'estimate hours honestly, track them from day one and check the effective rate every month, not at the end.',
    team: 'ask the people who will do the work before taking on an account, and check in with them regularly: their unease is an early signal.',
    other: 'note the first sign you saw, and ask about it earlier next time.',
  } as Record<Theme, string>,
  lessonsNone: 'No red flags were raised. Note what made you decide, so you can recognise it sooner next time.',
  lessonDealbreaker: 'Nothing justifies abuse or threats, and no screening catches everything. What matters is that you acted, and that you protected yourself and your team.',
  lessonsLog: 'Keep logging events for every client as they happen: the next decision will be as calm as this one.',
};
