/**
 * English wording of `clientfit calibrate`. Same keys as calibrate.es.ts (parity test);
 * functions take what they need so each language builds its own grammar.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const calibrateEn = {
  title: (rubric: string, n: number, bad: number, good: number) =>
    `Calibration of rubric ${rubric} against ${n} labelled ${plural(n, 'client', 'clients')} (${bad} bad, ${good} good)`,
  subtitle: (lead: string) => `each scored as it stood ${lead} before its outcome: what you could have known in time`,
  unlabelled: (n: number) => `${n} ${plural(n, 'client has', 'clients have')} no outcome and ${plural(n, 'is', 'are')} left out`,
  label: { bad: 'bad', good: 'good' } as Record<string, string>,
  criteriaTitle: 'How often each red flag was raised at the cut-off (95% intervals)',
  col: { criterion: 'Criterion', bad: 'Bad clients', good: 'Good clients', lr: 'LR', separates: 'Separates' },
  raised: (k: number, n: number, pct: string, lo: string, hi: string) => `${k} of ${n}  ${pct} (${lo}–${hi})`,
  yes: 'yes',
  no: 'no',
  moreNeeded: (n: number) => `~${n} more ${plural(n, 'client', 'clients')}`,
  moreTooMany: 'not at these rates',
  accuracyTitle: 'How well the verdicts foresaw them (exit or review = bad)',
  accuracy: (pct: string, right: number, n: number) => `Accuracy ${pct} (${right} of ${n}), leave-one-out`,
  baseline: (pct: string, majority: string) => `Always guessing "${majority}" (the larger group): ${pct}`,
  baselineTie: (pct: string) => `Always guessing either label (the groups are the same size): ${pct}`,
  confusionHead: { actual: 'Actual', predictedBad: 'Predicted bad', predictedGood: 'Predicted good' },
  confusionRow: (label: string, n: number) => `${label} (${n})`,
  suggestedAccuracy: (pct: string) => `With the suggested changes, learned leave-one-out: ${pct}`,
  suggestionsTitle: 'Suggested changes',
  field: { weight: 'weight', warn: 'warn', flag: 'flag' } as Record<string, string>,
  change: (id: string, field: string, from: string, to: string) => `${id}: ${field} ${from} → ${to}`,
  whyRaised: (kb: number, nb: number, ib: string, kg: number, ng: number, ig: string, lr: string) =>
    `Raised for ${kb} of ${nb} bad ${plural(nb, 'client', 'clients')} (${ib}) and ${kg} of ${ng} good (${ig}); likelihood ratio ${lr}`,
  whyUp: 'It told bad clients from good ones, so it should cost more.',
  whyDown: 'It fired more often for good clients than for bad ones, so it should cost less.',
  whySplit: (good: string, bad: string) => `The values split cleanly: good clients at most ${good}, bad clients from ${bad}`,
  whySplitLower: (good: string, bad: string) => `The values split cleanly: good clients at least ${good}, bad clients at most ${bad}`,
  writeHint: (cmd: string) => `Write them as a rubric that extends yours: ${cmd}`,
  neverRaised: (ids: string) => `Raised for nobody: ${ids}`,
  noSuggestions: (min: number) =>
    `No changes suggested: no criterion separated bad from good clients with at least ${min} bad clients raising it.`,
  needBad: (have: number, min: number, more: number) =>
    `You have labelled ${have} bad ${plural(have, 'client', 'clients')}; suggestions need at least ${min} raising a criterion. Label at least ${more} more.`,
  needMoreHint: 'The "Separates" column estimates how many more labelled clients it would take, if the rates seen so far hold.',
  skippedTitle: 'Left out',
  skipped: {
    'future-outcome': (file: string, date: string) => `${file}: its outcome (${date}) is after today`,
    'nothing-known': (file: string, date: string) => `${file}: nothing was logged by ${date}, its cut-off`,
  } as Record<string, (file: string, date: string) => string>,
  meaningTitle: 'What the numbers mean',
  meaning: [
    'Bad / good clients: how many had the criterion raised (warn or flag) at their cut-off, and a 95% Jeffreys interval for that rate.',
    'LR: how many times likelier a raise is for a bad client than for a good one (½ added to each count, so it is never infinite).',
    'Separates: the two intervals do not overlap. Only then, and with at least 3 bad clients raising it, is a change suggested.',
    'Accuracy: labelled clients whose verdict matched their outcome. The rubric learns nothing from them, so this is its leave-one-out accuracy.',
  ],
  noneTitle: (dir: string) => `No labelled clients under ${dir}: calibrate needs to know how past relationships ended.`,
  noneHowTo: 'Add an outcome to the profile of each client that has ended:',
  noneExample: 'outcome: {date: 2026-03-01, label: bad, note: Paid late all year}',
  noneLabels: 'bad: you ended it, or wish you had, for fit reasons · good: you would take them again',
  noneThen: (cmd: string) => `Then run ${cmd} again. A dozen or more, both bad and good, begin to say something.`,
  written: (file: string, n: number) => `Wrote ${file} (${n} ${plural(n, 'change', 'changes')}). Try it: clientfit score --rubric ${file} FILE`,
  notWritten: (file: string) => `No changes to suggest, so ${file} was not written.`,
  fileHeader: (date: string, n: number, bad: number, good: number, lead: string) => [
    `Written by clientfit calibrate on ${date} from ${n} labelled clients (${bad} bad, ${good} good),`,
    `each scored ${lead} before its outcome. Every change says why; check it with clientfit lint.`,
  ],
  fileWhy: (kb: number, nb: number, kg: number, ng: number, lr: string) => `raised for ${kb} of ${nb} bad clients and ${kg} of ${ng} good; likelihood ratio ${lr}`,
  fileWas: (from: string) => `was ${from}`,
  progress: 'Scoring labelled clients',
  badLead: (s: string) => `"${s}" is not a lead time`,
  badLeadExpected: 'a number and a unit: 0d, 30d, 8w, 2m or 1y',
  writeOntoInput: (file: string) => `--write ${file} would replace the rubric this run reads`,
  writeExists: (file: string) => `${file} already exists`,
  writeExistsExpected: 'another file name, or --overwrite to replace it',
  cli: {
    description: 'Check the rubric against clients whose outcome you know: which red flags foresaw trouble, and what to change',
    dir: 'folder with client profiles; those with an `outcome:` are used',
    lead: 'score each client this long before its outcome (Nd, Nw, Nm or Ny)',
    format: 'output format: text, json or md',
    write: 'write a rubric that extends yours with the suggested changes',
    overwrite: 'replace the --write file if it exists',
    noCache: 'do not read or write the cache of parsed files',
  },
};

export type CalibrateCatalog = typeof calibrateEn;
