/** A rubric theme, or `other` for a criterion without one. */
type Theme = 'payment' | 'scope' | 'communication' | 'respect' | 'fit' | 'profitability' | 'team' | 'other';

/** The exit draft in English: lessons for next time, for the user only. */
export const exitLessonsEn = {
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
