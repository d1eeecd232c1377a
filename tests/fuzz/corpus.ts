/**
 * The fuzz corpus: seeded cases built from the shipped files (examples/, rubrics/default.yaml
 * and a rubric that `extends` it). A case is fully determined by the run seed and its index:
 * `FUZZ_SEED=<seed> FUZZ_ONLY=<index>` rebuilds exactly the same files and command.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OP_WEIGHTS, OPS, mutate, type FileKind } from './mutations.js';
import { caseSeed, Rng } from './prng.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The date every case is scored at, so verdicts do not drift with the clock. */
export const AS_OF = '2026-11-24';

const read = (p: string) => readFileSync(join(ROOT, p));

/** A child rubric that overrides a little of its parent, as users write them. */
const CHILD_RUBRIC = Buffer.from(
  [
    '# A team rubric: the default one, a little stricter.',
    'id: team',
    'extends: ./parent.yaml',
    'title: {en: Team rubric, es: Rúbrica del equipo}',
    'window: 6m',
    'bands: {keep: 80, review: 50}',
    'criteria:',
    '  - {id: scope-creep, enabled: false}',
    '  - id: weekend-calls',
    '    title: {en: Calls at weekends, es: Llamadas en fin de semana}',
    '    why: {en: Nobody should be on call for a retainer., es: Nadie debería estar de guardia por una iguala.}',
    '    metric: {count: [weekend_call]}',
    '    warn: 1',
    '    flag: 3',
    '    weight: 10',
    '    theme: respect',
    '    talking_point: {en: We keep weekends free., es: Los fines de semana no trabajamos.}',
    '',
  ].join('\n'),
);

/** One file of a set, with the bytes it starts from. */
interface SetFile {
  name: string;
  kind: FileKind;
  bytes: Buffer;
}

/** Files that are copied together into a case's folder; one of them gets mutated. */
interface CaseSet {
  id: string;
  files: SetFile[];
  /** The client profile the commands are run on. */
  client: string;
  /** A rubric file of the set, passed with --rubric. */
  rubric?: string;
  /** Files a case may mutate. */
  targets: string[];
}

let sets: CaseSet[] | undefined;

/** The base sets, read once from the repository. */
export function caseSets(): CaseSet[] {
  if (sets) return sets;
  const settings: SetFile = { name: '.clientfit.yaml', kind: 'settings', bytes: read('examples/.clientfit.yaml') };
  const acme: SetFile[] = [
    { name: 'acme.yaml', kind: 'client', bytes: read('examples/acme.yaml') },
    { name: 'acme.log.yaml', kind: 'log', bytes: read('examples/acme.log.yaml') },
  ];
  const bright: SetFile = { name: 'brightpath.yaml', kind: 'client', bytes: read('examples/brightpath.yaml') };
  const nord: SetFile = { name: 'nordlicht.yaml', kind: 'client', bytes: read('examples/nordlicht.yaml') };
  const rubric: SetFile = { name: 'rubric.yaml', kind: 'rubric', bytes: read('rubrics/default.yaml') };
  sets = [
    { id: 'acme', files: [...acme, settings], client: 'acme.yaml', targets: ['acme.yaml', 'acme.yaml', 'acme.log.yaml', 'acme.log.yaml', '.clientfit.yaml'] },
    { id: 'brightpath', files: [bright, settings], client: 'brightpath.yaml', targets: ['brightpath.yaml', 'brightpath.yaml', 'brightpath.yaml', '.clientfit.yaml'] },
    { id: 'nordlicht', files: [nord, settings], client: 'nordlicht.yaml', targets: ['nordlicht.yaml'] },
    { id: 'rubric', files: [...acme, settings, rubric], client: 'acme.yaml', rubric: 'rubric.yaml', targets: ['rubric.yaml'] },
    {
      id: 'extends',
      files: [bright, settings, { name: 'rubric.yaml', kind: 'rubric', bytes: CHILD_RUBRIC }, { ...rubric, name: 'parent.yaml' }],
      client: 'brightpath.yaml',
      rubric: 'rubric.yaml',
      targets: ['rubric.yaml', 'parent.yaml'],
    },
  ];
  return sets;
}

/** Which command a case runs; `score-json` and friends are variants of one command. */
export type CommandName = 'score' | 'score-json' | 'score-md' | 'lint' | 'exit' | 'log' | 'stdin';

/** A case as printed in a failure: enough to rebuild it. */
export interface FuzzCase {
  index: number;
  seed: number;
  set: string;
  target: string;
  kind: FileKind;
  ops: string[];
  command: CommandName;
  /** Arguments with `@name` standing for the case folder's file `name`. */
  args: string[];
  /** A file of the case folder to pipe to standard input (`score -`, `lint -`); built-CLI cases only. */
  stdin?: string;
  /** Built with FUZZ_BIG=1 (the replay needs it too). */
  big: boolean;
  /** The mutated target's bytes. */
  bytes: Buffer;
}

/** One line that names the case for a replay. */
export function describeCase(c: FuzzCase, runSeed: number): string {
  return `seed=${c.seed} case=${c.index} ops=[${c.ops.join(',')}] base=${c.set}:${c.target} cmd=${c.command} (replay: FUZZ_SEED=${runSeed}${c.big ? ' FUZZ_BIG=1' : ''} FUZZ_ONLY=${c.index})`;
}

const OP_TABLE = Object.entries(OP_WEIGHTS) as [string, number][];

/**
 * Cases numbered from here run through the built CLI. Their mix differs: mostly commands
 * that take several files (batched, cheap per case), and more of the pathological shapes,
 * because a hang or a memory blow-up only shows in a real process with a timeout.
 */
export const SPAWN_BASE = 1_000_000;

/** Shapes that stress time and memory rather than validation. */
const HEAVY = ['hugeString', 'deepNesting', 'aliasBomb', 'manyEvents', 'longLine'];

/** Operators to apply: FUZZ_OPS forces them (comma list); otherwise one to three, weighted. */
function chooseOps(r: Rng, forced: string[] | undefined, spawned: boolean): string[] {
  const n = r.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ] as const);
  const drawn = Array.from({ length: n }, () => r.weighted(OP_TABLE));
  // Drawn even when forced, so forcing the operators keeps every other choice of the case.
  const heavy = r.pick(HEAVY);
  if (spawned && r.chance(0.15)) drawn[0] = heavy;
  return forced ?? drawn;
}

/** Event notes a user could type, some of them hostile to terminals. */
const NOTES = ['Called about the invoice', 'Pidió «otra» versión: sin coste', '\u001b[31mred\u001b[0m', 'evil\u202etxt.exe', 'two\nlines', 'a: b', '- item', '# not a comment', '"quoted"', "it's", '{flow}', '[x]', '&anchor *alias', '\u0085\u009b31m', 'x'.repeat(20000), '   ', '', 'tab\there', '\r\roverwrite'];

/** `log` arguments after the file: an event type and fields, usually valid, sometimes not. */
function logArgs(r: Rng, index: number): string[] {
  const date = r.chance(0.95) ? AS_OF : r.pick(['soon', '2026-02-30', '2026-11-24T00:00:00Z']);
  const note = r.chance(0.4) ? ['--note', r.pick(NOTES)] : [];
  const event = r.pick([
    ['complaint'],
    ['praise'],
    ['invoice', `ref=FZ-${index}`, 'amount=900', 'due=2026-12-24'],
    ['invoice', `ref=FZ-${index}`, 'amount=900', 'due=2026-12-24', 'paid=2026-12-20'],
    ['message', 'answered=2026-11-26'],
    ['message'],
    ['work', 'hours=3', 'billable=false'],
    ['team_feedback', 'mood=2'],
    ['client_delay', 'days=4'],
    ['scope_change', 'billed=false'],
    ['weekend_call'],
    ['invoice', 'amount=lots'],
    ['work', 'hours=1e309', 'billable=yes'],
    ['message', 'answered=2026-02-30'],
    ['team_feedback', 'mood=7'],
    [r.pick(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'])],
    ['my_custom', 'x=1', r.pick(['toString=2', '__proto__=1', 'constructor=x', 'date=2026-01-01', 'type=abuse'])],
    ['complaint', 'note=\u001b[2Jhi'],
  ]);
  return [...event, '--date', date, ...note];
}

/** The command for a case, with `@file` placeholders. */
function chooseCommand(r: Rng, set: CaseSet, target: string, kind: FileKind, index: number, forced?: CommandName): { command: CommandName; args: string[] } {
  const spawned = index >= SPAWN_BASE;
  // Standard input only for the built CLI: in-process, fd 0 is the test runner's.
  const weights: [CommandName, number][] = spawned
    ? [['score', 3], ['score-json', 3], ['lint', 4], ['exit', 1], ['log', kind === 'rubric' ? 0 : 1], ['stdin', 1.5]]
    : [['score', 3], ['score-json', 3], ['score-md', 1], ['lint', 3], ['exit', 3], ['log', kind === 'rubric' ? 0 : 4]];
  const drawn = r.weighted(weights);
  const command = forced && (forced !== 'stdin' || spawned) ? forced : drawn;
  const rubric = set.rubric ? ['--rubric', `@${set.rubric}`] : [];
  const lang = r.chance(0.25) ? ['--lang', 'es'] : [];
  const client = `@${set.client}`;
  switch (command) {
    case 'score':
    case 'score-json':
    case 'score-md': {
      const format = command === 'score' ? [] : ['--format', command === 'score-json' ? 'json' : 'md'];
      const extra = r.pick([[], [], [], ['--what-if'], ['--fail-on', 'review'], ['--redact'], ['--min-coverage', '50'], ['--compare', '2026-05-01']]);
      return { command, args: ['score', client, '--as-of', AS_OF, ...format, ...rubric, ...lang, ...extra] };
    }
    case 'lint':
      return { command, args: ['lint', `@${target}`, '--as-of', AS_OF, ...lang, ...r.pick([[], [], ['--format', 'json'], ['--format', 'github'], ['--format', 'sarif']])] };
    case 'exit': {
      const notice = r.chance(0.3) ? ['--notice-date', r.chance(0.8) ? `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}` : r.pick(['soon', '2026-02-30', '9999-12-31'])] : [];
      const extra = r.pick([[], [], ['--force'], ['--format', 'md']]);
      return { command, args: ['exit', client, '--as-of', AS_OF, ...rubric, ...lang, ...notice, ...extra] };
    }
    case 'log':
      // To the profile (which appends to its first log) or straight to the mutated log file.
      return { command, args: ['log', kind === 'log' && r.chance(0.5) ? `@${target}` : client, ...logArgs(r, index), ...lang] };
    case 'stdin':
      // The mutated file itself on standard input: `score -` for a profile without logs
      // (relative `logs:` would resolve against the current folder), else `lint - --kind`.
      return {
        command,
        args: kind === 'client' && set.id !== 'acme' && r.chance(0.6) ? ['score', '-', '--as-of', AS_OF, ...lang] : ['lint', '-', '--kind', kind, '--as-of', AS_OF, ...lang],
      };
  }
}

/** Replay and steering knobs, all optional (see the README's fuzz section). */
export interface CaseOptions {
  forcedOps?: string[];
  forcedCommand?: CommandName;
  /** `set` or `set:target`, e.g. `acme:acme.log.yaml`. */
  forcedBase?: string;
  /** Built-CLI cases may be pathologically large (a million brackets): slow, for long runs only. */
  big?: boolean;
}

/** Reads FUZZ_OPS, FUZZ_CMD and FUZZ_BASE. */
export function caseOptionsFromEnv(env = process.env): CaseOptions {
  const ops = env.FUZZ_OPS?.split(',').map((s) => s.trim()).filter(Boolean);
  for (const op of ops ?? []) if (!OPS[op]) throw new Error(`FUZZ_OPS: unknown operator ${op}; known: ${Object.keys(OPS).join(', ')}`);
  return { forcedOps: ops?.length ? ops : undefined, forcedCommand: env.FUZZ_CMD as CommandName | undefined, forcedBase: env.FUZZ_BASE, big: env.FUZZ_BIG === '1' };
}

/** Builds case `index` of the run seeded with `runSeed`. */
export function buildCase(runSeed: number, index: number, opts: CaseOptions = {}): FuzzCase {
  const seed = caseSeed(runSeed, index);
  const r = new Rng(seed);
  const all = caseSets();
  const [baseId, baseTarget] = opts.forcedBase?.split(':') ?? [];
  let set = r.pick(all);
  if (baseId) set = all.find((s) => s.id === baseId) ?? set;
  let target = r.pick(set.targets);
  if (baseTarget) target = baseTarget;
  const file = set.files.find((f) => f.name === target)!;
  const ops = chooseOps(r, opts.forcedOps, index >= SPAWN_BASE);
  const { command, args } = chooseCommand(r, set, target, file.kind, index, opts.forcedCommand);
  const big = Boolean(opts.big) && index >= SPAWN_BASE;
  const bytes = mutate(file.bytes, ops, r, { kind: file.kind, big });
  return { index, seed, set: set.id, target, kind: file.kind, ops, command, args, bytes, stdin: command === 'stdin' ? target : undefined, big };
}

/** Writes the case's files into `dir` (the target mutated) and returns argv with real paths. */
export function materialize(c: FuzzCase, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const set = caseSets().find((s) => s.id === c.set)!;
  for (const f of set.files) writeFileSync(join(dir, f.name), f.name === c.target ? c.bytes : f.bytes);
  return c.args.map((a) => (a.startsWith('@') ? join(dir, a.slice(1)) : a));
}
