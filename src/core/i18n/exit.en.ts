/**
 * English wording of `clientfit exit`: command-line help and errors. The draft itself is
 * worded in exitScript, exitTerms and exitLessons, loaded only when the command runs.
 */
export const exitEn = {
  cli: {
    description: 'Draft the exit conversation: the decision, what to say, the notice dates and a written confirmation (--full: checklists and lessons)',
    file: 'client file (- reads standard input)',
    noticeDate: 'date the notice is given, YYYY-MM-DD (default: the as-of date)',
    format: 'output format: text or md',
    full: 'add every flag and talking point, the handover checklist and the lessons for next time',
    force: 'draft even when the verdict is keep, or with a notice date before the as-of date',
    out: 'write the draft to this file instead of standard output (never half-written)',
    overwrite: 'with --out, replace an existing file (never the client file, its logs, the rubric or the settings)',
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
    noticePast: (date: string, asOf: string) => `the notice date ${date} is before the as-of date ${asOf}: notice cannot be given in the past`,
    noticePastExpected: (asOf: string) =>
      `a notice date on or after ${asOf} (--notice-date YYYY-MM-DD), or --force if the notice was really given on that date`,
    outExists: (f: string) => `${f} already exists; clientfit will not overwrite it`,
    outExistsExpected: 'another file name, or --overwrite to replace it',
    outIsDir: (f: string) => `${f} is a folder`,
    outIsDirExpected: 'a file name, such as  --out exit-acme.md',
    outNoDir: (f: string) => `the folder of ${f} does not exist`,
    outNoDirExpected: 'a file in an existing folder; create the folder first',
    outIsInput: (f: string) => `${f} is the client file or one of its logs; writing the draft there would destroy it`,
    outIsInputExpected: 'another file name, such as  --out exit-acme.md',
    outIsRubric: (f: string) => `${f} is the rubric (or a rubric it extends) this run reads; writing the draft there would destroy it`,
    outIsSettings: (f: string) => `${f} is the settings file this run reads; writing the draft there would destroy it`,
    outFailed: (f: string, why: string) => `cannot write ${f} (${why})`,
    outFailedExpected: 'a path you are allowed to write to',
    written: (f: string) => `Draft written to ${f}`,
  },
};
