/**
 * English wording for `clientfit lint`, `clientfit schema` and `clientfit rubric show`.
 * Same keys in lint.es.ts; functions carry what each language needs for its grammar.
 */
import type { RuleId } from '../lint/types.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const didYouMean = (hint: string | undefined) => (hint ? `; did you mean \`${hint}\`?` : '');

export const lintEn = {
  severity: { error: 'error', warning: 'warning' } as Record<'error' | 'warning', string>,
  summary: (errors: number, warnings: number) => {
    const n = errors + warnings;
    return `✖ ${n} ${plural(n, 'problem', 'problems')} (${errors} ${plural(errors, 'error', 'errors')}, ${warnings} ${plural(warnings, 'warning', 'warnings')})`;
  },
  clean: (files: number) => `✔ ${files} ${plural(files, 'file', 'files')} checked, no problems`,
  tooManyWarnings: (n: number, max: number) => `${n} ${plural(n, 'warning', 'warnings')} found; --max-warnings allows ${max}`,
  expected: 'expected',
  /** A finding is one line: what is wrong, then what was expected in brackets. */
  withExpected: (message: string, expected: string) => `${message} (expected: ${expected})`,
  /** A loader problem as a finding: the expected part only when the message does not already say it. */
  problemLine: (message: string, expected: string) => (expected && !message.includes(expected) ? `${message} (expected: ${expected})` : message),
  /** A finding with a hint on how to fix it. */
  withHint: (message: string, hint: string) => `${message}; ${hint}`,

  // ---- usage
  noFiles: 'give at least one file or folder to lint',
  noFilesExpected: 'clientfit lint rubrics/ clients/acme.yaml',
  noYaml: (dir: string) => `no .yaml or .yml files in ${dir}`,
  noYamlExpected: 'a folder holding rubric, client, log or settings files',
  badMaxWarnings: (v: string) => `"${v}" is not a number of warnings`,
  badMaxWarningsExpected: 'a whole number, 0 or more, such as --max-warnings 0',
  noKind: 'give the kind of file (client, log, rubric, settings or map), or --write DIR for every kind',
  noKindExpected: 'clientfit schema client --write schemas',
  /** `schema --write`: one line per file written. */
  schemaWritten: (file: string) => `Wrote ${file}`,
  badKind: (k: string) => `unknown kind of file "${k}"`,

  // ---- findings
  unknownKind: 'cannot tell whether this is a rubric, client, log or settings file',
  unknownKindExpected: 'a rubric has `criteria:`, a client `name:`, a log only `events:`, settings `lang:` or `me:`; or pass --kind',
  yamlWarning: (msg: string) => `the YAML reader warns: ${msg}`,
  missingSpace: (text: string) => `the whole file was read as the text "${text}": a colon needs a space after it (\`amount: 100\`, not \`amount:100\`)`,
  unknownKey: (key: string, hint: string | undefined) => `unknown key \`${key}\`, ignored${didYouMean(hint)}`,
  unknownEventField: (field: string, type: string, hint: string | undefined) =>
    `\`${field}\` is not a field of \`${type}\` events, so it is ignored${didYouMean(hint)}`,
  unknownEventType: (type: string, hint: string) =>
    `unknown event type \`${type}\`; did you mean \`${hint}\`? (custom types are allowed, but no built-in metric counts them)`,
  unknownCountType: (type: string, hint: string) => `\`${type}\` is not a built-in event type; did you mean \`${hint}\`?`,
  futureDate: (field: string, date: string, today: string) => `\`${field}\` is ${date}, after today (${today})`,
  beforeDate: (field: string, value: string, date: string) => `\`${field}\` (${value}) is before the event's \`date\` (${date})`,
  duplicateRef: (ref: string, first: string) => `invoice \`ref\` ${ref} is used twice; the first is at ${first}`,
  unreadableLog: (file: string, why: string) => `the log file ${file} listed under \`logs:\` cannot be read (${why})`,
  duplicateLog: (ref: string, first: string) => `\`${ref}\` is the same file as \`${first}\`, listed earlier under \`logs:\`: its events are read and counted once`,
  duplicateLogSelf: (ref: string) => `\`${ref}\` is this client file itself: its events are already counted, once`,
  duplicateLogRepeated: (ref: string) => `\`${ref}\` is listed twice under \`logs:\`: its events are read and counted once`,
  duplicateLogHint: 'remove the repeated entry',
  commentInValue: (field: string, kept: string, rest: string) =>
    `\`${field}\` stops at "${kept}": " #${rest}" was read as a YAML comment; put the whole value in quotes`,
  numberAsText: (field: string, text: string) => `\`${field}\` is the text "${text}", not a number`,
  numberHint: 'write numbers without a thousands separator and with a dot for decimals, such as 1500.5',
  duplicateCriterion: (id: string, line: number) => `criterion id \`${id}\` is used twice (first on line ${line}); the second one silently overrides the first`,
  warnEqualsFlag: (id: string, v: number) =>
    `criterion \`${id}\` has \`warn\` equal to \`flag\` (${v}), so its severity cannot ramp up; put warn below flag (higher is worse) or above it (lower is worse)`,
  incomplete: (id: string, field: string) => `criterion \`${id}\` has no \`${field}\`, neither its own nor inherited through \`extends\``,
  weightNotPositive: (id: string, w: number) => `criterion \`${id}\` has weight ${w}; a weight is the points it takes off and must be above 0 (use \`enabled: false\` to switch it off)`,
  bandsOrder: (keep: number, review: number) => `\`bands.keep\` (${keep}) must be above \`bands.review\` (${review}), or no client can land in review`,
  missingWording: (id: string, field: string, langs: string) => `criterion \`${id}\` has no ${langs} wording for \`${field}\``,
  missingTitle: (langs: string) => `the rubric has no ${langs} \`title\``,
  langNames: (langs: ('en' | 'es')[]) => langs.map((l) => (l === 'en' ? 'English' : 'Spanish')).join(' or '),
  extendsLoop: (chain: string) => `\`extends\` goes round in a loop: ${chain}`,
  extendsInvalid: (ref: string, where: string, message: string) => `the rubric it extends (${ref}) has problems; the first, at ${where}: ${message}`,
  extendsBadBuiltin: (ref: string) => `there is no built-in rubric called ${ref}`,

  /** One line per rule, for SARIF tools and the README. */
  rules: {
    'yaml-syntax': 'The file is not valid YAML.',
    'yaml-alias': 'Too many aliases: the document would expand enormously.',
    'yaml-version': 'A %YAML 1.1 directive changes how values are read.',
    'yaml-warning': 'The YAML parser has a warning (an unknown tag, for instance).',
    'no-criteria': 'The rubric has no criteria: every client would score 100.',
    'multiple-documents': 'The file holds a second YAML document (after `---`), which would be ignored.',
    'forbidden-key': 'A key such as __proto__ is not allowed.',
    'empty-file': 'The file is empty.',
    'not-utf8': 'The file is not UTF-8 text.',
    'too-large': 'The file is over 16 MiB.',
    'not-mapping': 'The file is not a mapping of fields.',
    'unknown-kind': 'The kind of file cannot be told from its content.',
    schema: 'A field is missing or has the wrong type or value.',
    'unknown-key': 'A key clientfit does not know, so it is ignored.',
    'comment-in-value': 'A " #" inside an unquoted value cut it short.',
    'number-as-text': 'A number written with separators is read as text.',
    'impossible-date': 'A date that does not exist in the calendar.',
    'date-order': 'An invoice paid or due, or a message answered, before its date.',
    'duplicate-ref': 'Two invoices share a ref.',
    'missing-log': 'A file listed under logs: does not exist.',
    'log-outside-workspace': 'A file listed under logs: lies outside the workspace (the folder of the nearest .clientfit.yaml, else the client\'s own).',
    'duplicate-log': 'The same file is listed twice under logs: (it is read and counted once).',
    'unknown-event-type': 'An event type close to a built-in one.',
    'unknown-event-field': 'A field a built-in event type does not have.',
    'future-date': 'An event dated after today.',
    'duplicate-criterion': 'Two criteria share an id.',
    'unknown-metric': 'A metric clientfit does not have.',
    'warn-equals-flag': 'warn equals flag: the severity cannot ramp up.',
    'weight-not-positive': 'A criterion weight of 0 or less.',
    'bands-order': 'bands.keep is not above bands.review.',
    'missing-wording': 'English or Spanish wording is missing.',
    extends: 'extends cannot be resolved, loops, or points at a broken rubric.',
    'bad-window': "A look-back window (or a criterion's half_life) that cannot be read.",
    'incomplete-criterion': 'A criterion without metric, warn, flag or weight after extends.',
  } satisfies Record<RuleId, string> as Record<RuleId, string>,

  /** How to fix each rule's findings: SARIF's rule help and the README's rule list. */
  ruleFix: {
    'yaml-syntax': "Fix the YAML at the line shown: a missing colon, an unclosed quote or bracket, or a value with \": \" or \" #\" that needs quotes.",
    'yaml-alias': "Write the values out instead of repeating them through anchors and aliases (&a / *a).",
    'yaml-version': "Remove the %YAML 1.1 line: clientfit reads YAML 1.2, where yes/no and 010 are not booleans or octal numbers.",
    'yaml-warning': "Remove the tag (such as !!js/function) or the construct the parser warns about; clientfit needs plain values.",
    'no-criteria': "Add criteria, or extend a rubric that has them (extends: builtin:default).",
    'multiple-documents': "Keep one document per file: remove the --- or ... line and merge what follows into the first document, or move it to its own file.",
    'forbidden-key': "Rename the key: __proto__, constructor and prototype are never valid field names.",
    'empty-file': "Write the file's content (a client profile needs at least name:), or remove the file.",
    'not-utf8': "Save the file as UTF-8 (most editors have it under \"Save with encoding\").",
    'too-large': "Split the events into several log files listed under logs:, each under 16 MiB.",
    'not-mapping': "Start the file with fields (name:, events:, criteria:), not a list or a bare value.",
    'unknown-kind': "Add the field that tells the kind (name: for a client, events: for a log, criteria: for a rubric), or run lint with --kind.",
    schema: "Give the field the type and value the message asks for; clientfit schema KIND shows every field.",
    'unknown-key': "Fix the spelling (the message names the nearest known key) or remove the key; as it is, it is ignored.",
    'comment-in-value': "Put the whole value in quotes, so \" #\" stays part of it.",
    'number-as-text': "Write the number without thousands separators and with a decimal point: 1500.00, 0.5.",
    'impossible-date': "Use a real calendar date as YYYY-MM-DD.",
    'date-order': "Correct one of the two dates: paid, due and answered come on or after the event's date.",
    'duplicate-ref': "Give each invoice its own ref, or remove the duplicate event.",
    'missing-log': "Create the log file, or fix its path under logs: (relative to the client file).",
    'log-outside-workspace': "Move the log next to the client (or inside the folder of your .clientfit.yaml) and list it by a relative path.",
    'duplicate-log': "List each log file once under logs:.",
    'unknown-event-type': "Fix the spelling to the built-in type the message suggests; a custom type is allowed, but only a count criterion sees it.",
    'unknown-event-field': "Fix the field name (the message names the nearest) or remove it; as it is, it is ignored.",
    'future-date': "Correct the date (often a typo in the year), or run with --as-of if you are checking an old file.",
    'duplicate-criterion': "Give each criterion its own id; to change an inherited one, override it once by its id.",
    'unknown-metric': "Use a built-in metric (the message names the nearest) or {count: [type, ...]}.",
    'warn-equals-flag': "Put warn below flag (higher is worse) or above it (lower is worse).",
    'weight-not-positive': "Give the criterion a positive weight, or turn it off with enabled: false.",
    'bands-order': "Set bands.keep above bands.review, such as {keep: 75, review: 45}.",
    'missing-wording': "Add both en and es text for title, why and talking_point.",
    extends: "Point extends at a rubric that exists and loads (a path relative to this file, or builtin:default), without a loop.",
    'bad-window': "Write the window as a number and a unit: 90d, 12w, 6m or 1y.",
    'incomplete-criterion': "Give the criterion metric, warn, flag and weight, or override an inherited one by its id.",
  } satisfies Record<RuleId, string> as Record<RuleId, string>,

  // ---- rubric show
  showHeader: (file: string) => [
    `Effective rubric from ${file}, with \`extends\` resolved: every criterion with all its fields.`,
    'Save it and pass it with --rubric, or edit it into a rubric of your own.',
  ],

  // ---- command line help
  cli: {
    lint: 'Check rubric, client, log and settings files: errors and warnings at file:line:col, for editors and CI',
    lintFiles: 'files or folders (folders are searched for *.yaml and *.yml; - reads standard input)',
    kind: 'treat every file as this kind: rubric, client, log or settings (default: told from the content)',
    format: 'output format: stylish, json, github or sarif',
    maxWarnings: 'exit 1 when there are more than this many warnings',
    asOf: 'today, for the "dated in the future" check, YYYY-MM-DD (default: today)',
    schema: 'Print the JSON Schema of a kind of file, for editor completion and checks',
    schemaKind: 'client, log, rubric, settings or map (with --write and no kind: every kind)',
    schemaWrite: 'write DIR/KIND.schema.json instead of printing it, replacing an older one (the folder is created if missing)',
    rubric: 'Work with rubrics',
    rubricShow: 'Print the effective rubric after `extends`, as YAML that lints clean',
    rubricFile: 'rubric file, or builtin:default (default: settings, then the built-in rubric)',
  },
};

export type LintCatalog = typeof lintEn;
