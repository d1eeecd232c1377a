/**
 * The command line as people type it. Options that every command takes may come before the
 * command (`clientfit --lang es score acme.yaml`): they are moved after it, where commander
 * looks for them. Nothing else is reordered, and nothing after `--` is touched.
 */

/** Options any command may take, and whether each takes a value. */
export const GLOBAL_OPTIONS: Record<string, boolean> = {
  '--lang': true,
  '--as-of': true,
  '--rubric': true,
  '--format': true,
  '--no-color': false,
  '--strict': false,
  '--verbose': false,
};

/**
 * `argv` with the global options found before the first command name moved right after it.
 * Returns argv unchanged when no command name comes after such options (commander then
 * reports what is wrong, as it would have).
 */
export function hoistGlobals(argv: readonly string[], commands: readonly string[]): string[] {
  const moved: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    if (a === '--') return [...argv];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), true] : [a, false];
    if (!(name in GLOBAL_OPTIONS)) break;
    const takesValue = GLOBAL_OPTIONS[name]!;
    if (takesValue && !inline) {
      if (i + 1 >= argv.length) return [...argv];
      moved.push(a, argv[i + 1]!);
      i += 2;
    } else {
      moved.push(a);
      i += 1;
    }
  }
  if (!moved.length || i >= argv.length || !commands.includes(argv[i]!)) return [...argv];
  // `rubric show` is two words: its options go after both.
  const head = argv[i] === 'rubric' && argv[i + 1] === 'show' ? 2 : 1;
  return [...argv.slice(i, i + head), ...moved, ...argv.slice(i + head)];
}

/** The language named on the command line, wherever it is (`--lang es`, `--lang=es`). */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return undefined;
    if (argv[i] === '--lang') return argv[i + 1];
    if (argv[i]!.startsWith('--lang=')) return argv[i]!.slice('--lang='.length);
  }
  return undefined;
}
