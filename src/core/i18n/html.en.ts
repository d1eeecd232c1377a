/** English wording of the HTML reports (score, portfolio, history). Same keys as html.es.ts. */
export const htmlEn = {
  gaugeCaption: (fit: number, verdict: string, review: number, keep: number) =>
    `Fit ${fit} of 100: ${verdict}. Below ${review} is exit, from ${review} review, from ${keep} keep.`,
  gaugeDealbreaker: (fit: number, verdict: string) => `Fit ${fit} of 100, but a dealbreaker makes it ${verdict} whatever the fit.`,
  pointsCaption: 'Each bar is a raised red flag: the filled part is the points it takes off the fit, the grey part the most it could take (its weight). Hover a bar for its evidence.',
  evidenceCount: (n: number) => `${n} ${n === 1 ? 'event' : 'events'} of evidence`,
  scatterTitle: 'Where each client sits',
  scatterCaption: (n: number) =>
    `Each of the ${n} marks is a client: higher is a better fit, further right a larger share of your revenue in its currency. Shapes: circle keep, square review, triangle exit.`,
  xShare: 'share of revenue',
  yFit: 'fit',
  tableTitle: 'Worst fit first',
  historyTitle: 'Fit over time',
  historyCaption: (n: number) => `${n} points, one per date; the shaded zones are the rubric's bands. The numbered labels mark the biggest moves, explained below.`,
  pointsTitle: 'Every point',
  generated: (version: string, date: string) => `Made by clientfit ${version} on ${date}. A self-contained page: no script, nothing fetched; it prints on A4.`,
  redacted: 'Redacted: names, notes, references and amounts are hidden.',
};

export type HtmlCatalog = typeof htmlEn;
