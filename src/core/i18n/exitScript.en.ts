// Functions receive text already escaped for the output format (plain text or Markdown),
// so they only arrange words: grammar, plurals and word order stay with each language.
// Lines said aloud or sent to the client are warm, plain and free of blame; notes for the
// user speak to them as "you".
//
// Every line the user says has two forms, `i` for a freelancer on their own and `we` for a
// business (settings `me.voice`; see voiceOf in exit/plan.ts). Where the speaker speaks for
// themselves in either case ("I'd rather tell you in person"), both forms say so.

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** Ends a sentence that closes on a name: "Acme Inc." takes no second full stop. */
const dot = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** A rubric theme, or `other` for a criterion without one. */
type Theme = 'payment' | 'scope' | 'communication' | 'respect' | 'fit' | 'profitability' | 'team' | 'other';

/** The exit draft in English: what to say — the frank conversation, the decision, steps 1 to 3 and the closing words. */
export const exitScriptEn = {
  quote: (s: string) => `“${s}”`,
  title: (client: string) => `Exit conversation draft: ${client}`,
  titleNotice: (client: string) => `Written notice draft: ${client}`,
  meta: (file: string, asOf: string, fit: number, verdict: string) => `${file} · as of ${asOf} · fit ${fit}/100 · ${verdict}`,
  howToRead: 'Only the lines in quotation marks and the written confirmation are for the client; say them in your own words.',
  howToReadNotice: 'Only the written notice at the end is for the client; everything else is for you.',
  fullHint: '--full adds the handover checklist, the lessons and every flag with its evidence.',
  step: (n: number, title: string) => `Step ${n} — ${title}`,
  period: (n: number, unit: 'd' | 'w' | 'm' | 'y') =>
    `${n} ${{ d: plural(n, 'day', 'days'), w: plural(n, 'week', 'weeks'), m: plural(n, 'month', 'months'), y: plural(n, 'year', 'years') }[unit]}`,
  frankHeading: 'Before letting go: a frank conversation to reset expectations',
  frankIntro: (fit: number, revenue: string | null, period: string) =>
    `A fit of ${fit}/100 is worth a real conversation before ending anything${revenue ? `: you invoiced this client ${revenue} over the last ${period}` : ''}. Say plainly what is not working, agree what changes, and give it a set time.`,
  frankNext: 'Bring the flags below, facts and dates, no reproaches; confirm what you agree by email the same day, and look again in four to six weeks.',
  frankSay: {
    i: 'I value working with you and I want this to keep working. To get there, I think we need to reset a few things about how we work together. Can we go through them?',
    we: 'We value working with you and we want this to keep working. To get there, we think a few things about how we work together need resetting. Can we go through them?',
  },
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
  decisionHeading: 'The decision, and why',
  decisionExit: 'The decision is to let this client go. Make it now, calmly, before the call; nothing said in the call should change it.',
  decisionReview: 'If the frank conversation does not change things, the decision is to let go. Make it before the call, and do not reopen it during the call.',
  decisionForced: (fit: number) =>
    `The score says keep (fit ${fit}/100) and you asked for this draft anyway. Make sure your reasons are solid, and written down, before you call.`,
  decisionNotice: (titles: string) =>
    `Dealbreaker: ${titles}. This alone ends it, and your safety and your team's come first. That is why this draft is written notice only: no call or meeting, no referral, nothing that keeps the door open, and no explanation owed.`,
  evidenceLead: 'The strongest evidence:',
  evidenceNone: 'No red flags were raised.',
  evidenceItem: (title: string, metric: string, value: string, points: string) => `${title} — ${metric} ${value} (${points})`,
  evidenceLatest: (item: string, date: string, summary: string) => (date ? `${item}; latest: ${date}, ${summary}` : `${item}; latest: ${summary}`),
  evidenceLine: (date: string, summary: string, where: string) => (date ? `${date} · ${summary} · ${where}` : `${summary} · ${where}`),
  evidenceMore: (n: number) => `… and ${n} more`,
  stakeLead: 'What is at stake, weighed before deciding:',
  stakeInline: (values: string) => `At stake: ${values}.`,
  fullReport: (cmd: string) => `Every flag and its evidence: ${cmd}`,
  step1: 'Tell them personally',
  step1How: (who: string) =>
    `Call or meet ${who}; do not break the news in a cold email. Pick a calm moment, not the middle of a deadline, and keep it short and kind: ten or fifteen minutes is enough. To open:`,
  yourContact: (client: string) => `your contact at ${client}`,
  opening: {
    i: (name: string | null, client: string) => [
      name ? `Thanks for making time, ${name}. There's something I'd rather tell you in person than by email.` : `Thanks for making time. There's something I'd rather tell you in person than by email.`,
      `${dot(`I've thought about it carefully and decided to end our collaboration with ${client}`)} It isn't a decision I've taken lightly.`,
    ],
    we: (name: string | null, client: string) => [
      name ? `Thanks for making time, ${name}. There's something I'd rather tell you in person than by email.` : `Thanks for making time. There's something I'd rather tell you in person than by email.`,
      `${dot(`We've thought about it carefully and decided to end our collaboration with ${client}`)} It isn't a decision we've taken lightly.`,
    ],
  },
  step1Notice: 'Give notice in writing, from a safe channel',
  step1NoticeHow:
    'Send the written notice below from a channel that keeps a record and keeps your distance, such as your business email; no call, no meeting, no chat. If they call or turn up, do not discuss it: say you will answer in writing.',
  step1Records: 'Keep records (dates, messages, screenshots) and tell someone: a person you trust and your team, and the authorities if the threats are serious.',
  step2: 'Explain the fit, not the faults',
  step2How: 'Talk about fit, not fault: no list of grievances, no blame. Say the first line, then one or two of the others (the weightiest come first) in your own words:',
  notBestFit: {
    i: (client: string) => `I'm no longer the best fit for ${client}, and you deserve someone who is.`,
    we: (client: string) => `We're no longer the best solution for ${client}, and you deserve someone who is.`,
  },
  step2Generic: {
    i: 'What your business needs and the way I work have drifted apart, and you deserve someone who fits you fully.',
    we: 'What your business needs and the way we work have drifted apart, and you deserve a team that fits you fully.',
  },
  step2Push: 'If they ask for reasons, acknowledge how they feel and come back to the fit; do not reopen the decision or argue about the past:',
  step2PushSay: {
    i: "I understand, and I appreciate you asking. It's simply that I'm not the right person for what you need now.",
    we: "I understand, and I appreciate you asking. It's simply that we're not the right team for what you need now.",
  },
  step2Notice: 'No explanation owed',
  step2NoticeHow: 'You do not need to explain or justify the decision. The notice states only what the contract requires: the decision, the dates and the handover.',
  step3: 'Offer an alternative',
  referralsLead: (n: number, industry: string) =>
    n === 1 ? `One of your referrals works with ${industry} clients:` : `${n} of your referrals work with ${industry} clients:`,
  referralsShort: (n: number, industry: string, who: string) =>
    n === 1
      ? `${who} works with ${industry} clients. Ask them before passing on their name, then offer:`
      : `${who} work with ${industry} clients. Ask them before passing on their names, then offer:`,
  referralItem: (name: string, contact: string | null) => (contact ? `${name} — ${contact}` : name),
  referralWho: (name: string, contact: string | null) => (contact ? `${name} (${contact})` : name),
  referralSayOne: {
    i: (name: string) => `${dot(`If it helps, I can put you in touch with ${name}`)} They work with businesses in your sector and I think they'd be a very good fit.`,
    we: (name: string) => `${dot(`If it helps, we can put you in touch with ${name}`)} They work with businesses in your sector and we think they'd be a very good fit.`,
  },
  referralSayMany: {
    i: 'If it helps, I can recommend a few people who work with businesses in your sector and put you in touch.',
    we: 'If it helps, we can recommend a few people who work with businesses in your sector and put you in touch.',
  },
  referralAsk: (n: number): string =>
    n === 1 ? 'Ask them before passing on their name, so the introduction is welcome on both sides.' : 'Ask them before passing on their names, so the introduction is welcome on both sides.',
  noReferral: (industry: string) => `None of your referrals lists ${industry} under \`fits\`. Offer to help them find someone:`,
  noIndustry: 'The profile has no `industry:`, so no referral could be matched. Offer to help them find someone:',
  helpFindSay: {
    i: "If it helps, I'll send you a few names of people who could take this on; I'll ask around this week.",
    we: "If it helps, we'll send you a few names of people who could take this on; we'll ask around this week.",
  },
  referralHint: 'For next time: keep colleagues you trust under `referrals:` in .clientfit.yaml, with the sectors they serve under `fits:`.',
  step3Notice: 'No referral',
  step3NoticeHow: 'Offer no alternative: after abuse or threats you owe no introduction, and passing this client on could put a colleague at risk.',
  closingHeading: 'Closing words — keep the door open',
  closingSay: {
    i: (since: string | null, client: string, praised: boolean) =>
      `Thank you for the trust you've placed in me${since ? ` since ${since}` : ''}; I've learned a lot working with you.${praised ? ' And thank you for telling me when something went well: it meant a lot.' : ''} ${dot(`If things change on either side, my door is open, and I'd be glad to hear how ${client} gets on`)}`,
    we: (since: string | null, client: string, praised: boolean) =>
      `Thank you for the trust you've placed in us${since ? ` since ${since}` : ''}; we've learned a lot working with you.${praised ? ' And thank you for telling us when something went well: it meant a lot to the team.' : ''} ${dot(`If things change on either side, our door is open, and I'd be glad to hear how ${client} gets on`)}`,
  },
  praiseHint: (date: string, note: string) => (note ? `If you want to name a good moment, the latest praise you logged: ${date}, "${note}".` : `If you want to name a good moment, the latest praise you logged was on ${date}.`),
  adviceLead: 'Then offer a last piece of useful advice, something that helps them after you leave:',
  adviceSay: {
    i: 'Before we finish, one piece of advice that I think will help whoever takes this on next.',
    we: 'Before we finish, one piece of advice that we think will help whoever takes this on next.',
  },
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
  closingNoticeHeading: 'Afterwards — no closing words',
  closingNotice: 'Add no closing words and no advice. If they answer, reply only about the contract (dates, handover, invoices), in writing, and keep every message.',
};
