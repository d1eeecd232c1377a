/**
 * The command line as people type it: global options before the command, one line and a
 * hint for a mistake (exit 2, never the whole help page), `help NAME` for a command that does
 * not exist, and the settings' language for help and usage errors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './harness.js';

const AS_OF = '2026-11-24';

describe('global options before the command', () => {
  it('--lang, --format, --as-of and --no-color work before the command as after it', async () => {
    const before = await runCli(['--lang', 'es', '--format', 'json', '--as-of', AS_OF, '--no-color', 'score', 'examples/acme.yaml']);
    const after = await runCli(['score', 'examples/acme.yaml', '--lang', 'es', '--format', 'json', '--as-of', AS_OF, '--no-color']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    const text = await runCli(['--lang', 'es', 'score', 'examples/acme.yaml', '--as-of', AS_OF]);
    expect(text.stdout).toMatch(/encaje 0\/100/);
  });
  it('and before `rubric show`', async () => {
    const r = await runCli(['--lang', 'es', 'rubric', 'show', '--weights']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Criterio|Pago/);
  });
});

describe('mistakes: one line and a hint, exit 2', () => {
  it.each([
    [['score', 'examples/acme.yaml', '--fomat', 'json'], /^error: unknown option '--fomat' \(did you mean --format\?\)\nRun clientfit score --help to see what it takes\.\n$/],
    [['scroe', 'examples/acme.yaml'], /^error: unknown command 'scroe' \(did you mean score\?\)\nRun clientfit --help to see what it takes\.\n$/],
    [['--bogus'], /^error: unknown option '--bogus'\nRun clientfit --help to see what it takes\.\n$/],
    [['help', 'nope'], /^error: unknown command 'nope'\nRun clientfit --help to see what it takes\.\n$/],
    [['help', 'scor'], /^error: unknown command 'scor' \(did you mean score\?\)\n/],
    [['rubric', 'show', '--bogus'], /^error: unknown option '--bogus'\nRun clientfit rubric show --help to see what it takes\.\n$/],
  ])('%j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
  it('help for a real command is still the help, exit 0', async () => {
    const r = await runCli(['help', 'score']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: clientfit score/);
  });
});

describe("the settings' language", () => {
  it('applies to --help and to usage errors; --lang still wins', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: es\n');
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.stdout).toMatch(/^Uso: clientfit/);
    const sub = await runCli(['help', 'score'], { cwd: dir });
    expect(sub.stdout).toMatch(/^Uso: clientfit score/);
    const err = await runCli(['score', 'a.yaml', '--bogus'], { cwd: dir });
    expect(err.code).toBe(2);
    expect(err.stderr).toBe("error: la opción '--bogus' no existe\nEjecuta clientfit score --help para ver lo que admite.\n");
    const en = await runCli(['--lang', 'en', '--help'], { cwd: dir });
    expect(en.stdout).toMatch(/^Usage: clientfit/);
  });
});
