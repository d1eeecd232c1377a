/**
 * English wording of `clientfit portfolio`. Same keys as portfolio.es.ts (parity test);
 * functions take what they need so each language builds its own grammar.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const portfolioEn = {
  title: (n: number) => `Portfolio: ${n} ${plural(n, 'client', 'clients')}`,
  counts: (keep: number, review: number, exit: number) => `${keep} keep · ${review} review · ${exit} exit`,
  header: (asOf: string, rubric: string, window: string) => `as of ${asOf} · rubric ${rubric} (look-back ${window})`,
  col: {
    rank: '#',
    client: 'Client',
    fit: 'Fit',
    verdict: 'Verdict',
    revenue: (window: string) => `Invoiced (${window})`,
    share: 'Share',
    flags: 'Top flags',
  },
  none: '—',
  noClients: (dir: string) => `No client profiles found under ${dir}.`,
  noClientsHint: 'A client profile is a .yaml file with a top-level `name:`; files with only `events:` are logs.',
  reviewFirst: 'Review first',
  reviewNone: 'Nothing to review: every client is a keep.',
  reviewLine: (verdict: string, fit: number) => `${verdict}, fit ${fit}`,
  shareOf: (share: string, currency: string | null) => `${share} of your ${currency ? `${currency} ` : ''}revenue`,
  reviewMore: (n: number) => `… and ${n} more ${plural(n, 'client', 'clients')} to review (see the table)`,
  dealbreaker: 'dealbreaker',
  details: (file: string) => `Details and evidence for one client: clientfit score ${file}`,
  concentrationTitle: 'Revenue concentration',
  dataQualityTitle: (n: number) => `Data quality (${n} ${plural(n, 'client', 'clients')}; the warnings are on stderr)`,
  dataWarnings: (n: number) => `${n} ${plural(n, 'warning', 'warnings')}`,
  concentrationAtRisk: (name: string, shareOf: string, verdict: string) =>
    `${name} brings ${shareOf} and is marked ${verdict}. Losing them is a real risk: weigh it before acting, and consider a frank conversation first.`,
  concentrationKeep: (name: string, shareOf: string) =>
    `${name} brings ${shareOf}. Depending this much on one client is a risk in itself; losing them would hurt.`,
  noCurrency: 'no currency',
  mixedCurrencies: (list: string) =>
    `Clients are billed in several currencies (${list}); each share is of the revenue in that client's own currency, and there is no grand total.`,
  total: (amount: string) => `Total invoiced: ${amount}`,
  skipped: (parts: string) => `Not clients: ${parts}`,
  skippedLogs: (n: number) => `${n} log ${plural(n, 'file', 'files')}`,
  skippedRubrics: (n: number) => `${n} ${plural(n, 'rubric', 'rubrics')}`,
  failed: (n: number) => `${n} ${plural(n, 'file', 'files')} could not be scored (errors above); the others are listed.`,
  progress: 'Scoring',
  notAFolder: (p: string) => `${p} is a file, not a folder`,
  notAFolderExpected: 'a folder of client profiles; for a single client use  clientfit score FILE',
  cli: {
    description: 'Rank every client in a folder: fit, verdict, revenue share, who to review first',
    dir: 'folder with client profiles (searched recursively; log files are not clients)',
    format: 'output format: text, json, csv, md or html',
    noCache: 'do not read or write the cache of parsed files',
  },
};

export type PortfolioCatalog = typeof portfolioEn;
