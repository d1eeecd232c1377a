/**
 * End-to-end tests for `clientfit lint`: the CLI (in-process, harness.ts) on real files in a temp folder.
 * Positions are counted by hand in the YAML below (see the comments), not copied from output.
 */
import { cpSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli, snapshot, tempDir } from './harness.js';

const AS_OF = '2026-11-24';
let dir: string;

/** Runs lint in the temp folder at a fixed "today". */
const lint = (args: string[], opts: Parameters<typeof runCli>[1] = {}) => runCli(['lint', ...args, '--as-of', AS_OF], { cwd: dir, ...opts });
const put = (name: string, text: string | Buffer) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};

/*
 * team.yaml, line by line:
 *   1 extends: builtin:default
 *   2 criteria:
 *   3   - {id: fee-disputes, warn: 1.5}    -> warn == inherited flag 1.5: "  - {id: fee-disputes, warn: " is 29 chars, so 3:30
 *   4   - {id: late-payment, weigth: 5}    -> unknown key: "  - {id: late-payment, " is 23 chars, so 4:24
 */
const TEAM = 'extends: builtin:default\ncriteria:\n  - {id: fee-disputes, warn: 1.5}\n  - {id: late-payment, weigth: 5}\n';
const WARN_MSG = 'criterion `fee-disputes` has `warn` equal to `flag` (1.5), so its severity cannot ramp up; put warn below flag (higher is worse) or above it (lower is worse)';
const KEY_MSG = 'unknown key `weigth`, ignored; did you mean `weight`?';

beforeAll(() => {
  dir = tempDir(true);
  cpSync(join(ROOT, 'rubrics'), join(dir, 'rubrics'), { recursive: true });
  put('team.yaml', TEAM);
  // Only a warning: a custom event type one letter off a built-in one.
  put('warn-only.log.yaml', 'events:\n  - {date: 2026-01-01, type: complain}\n');
});

describe('lint: the shipped files', () => {
  it('the default rubric and every example lint clean (exit 0)', async () => {
    const r = await lint(['rubrics/', 'examples/']);
    expect(r.stderr).toBe('');
    // default.yaml + acme, acme.log, brightpath, nordlicht and .clientfit.yaml
    expect(r.stdout).toBe('✔ 6 files checked, no problems\n');
    expect(r.code).toBe(0);
  });
  it('linting changes no file', async () => {
    const before = snapshot(dir);
    await lint(['.', '--format', 'sarif']);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('lint: formats', () => {
  it('stylish: grouped by file, aligned columns, a summary line; exit 1 for an error', async () => {
    const r = await lint(['team.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'team.yaml',
        `  3:30  error    ${WARN_MSG}  warn-equals-flag`,
        `  4:24  warning  ${KEY_MSG}${' '.repeat(WARN_MSG.length - KEY_MSG.length)}  unknown-key`,
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });
  it('json: exactly the design shape', async () => {
    const r = await lint(['team.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: 'team.yaml', line: 3, col: 30, severity: 'error', rule: 'warn-equals-flag', message: WARN_MSG },
      { file: 'team.yaml', line: 4, col: 24, severity: 'warning', rule: 'unknown-key', message: KEY_MSG },
    ]);
  });
  it('github: workflow commands with escaped properties', async () => {
    put('odd,name:1.yaml', 'name: ACME\n50%: x\n');
    const r = await lint(['team.yaml', 'odd,name:1.yaml', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `::error file=team.yaml,line=3,col=30,title=warn-equals-flag::${WARN_MSG}`,
      `::warning file=team.yaml,line=4,col=24,title=unknown-key::${KEY_MSG}`,
      '::warning file=odd%2Cname%3A1.yaml,line=2,col=1,title=unknown-key::unknown key `50%25`, ignored',
      '',
    ]);
  });
  it('sarif: 2.1.0 with results located by line and column', async () => {
    const r = await lint(['team.yaml', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.name).toBe('clientfit');
    expect(log.runs[0].results.map((x: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }) => [
      x.ruleId,
      x.level,
      x.locations[0]!.physicalLocation.artifactLocation.uri,
      x.locations[0]!.physicalLocation.region,
    ])).toEqual([
      ['warn-equals-flag', 'error', 'team.yaml', { startLine: 3, startColumn: 30 }],
      ['unknown-key', 'warning', 'team.yaml', { startLine: 4, startColumn: 24 }],
    ]);
  });
  it('machine formats print a valid empty document when all is clean', async () => {
    expect((await lint(['rubrics/default.yaml', '--format', 'json'])).stdout).toBe('[]\n');
    expect((await lint(['rubrics/default.yaml', '--format', 'github'])).stdout).toBe('');
    expect(JSON.parse((await lint(['rubrics/default.yaml', '--format', 'sarif'])).stdout).runs[0].results).toEqual([]);
  });
  it('colour only when asked for by the environment, never with NO_COLOR or on a pipe', async () => {
    expect((await lint(['team.yaml'])).stdout).not.toContain('\u001b');
    expect((await lint(['team.yaml'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31m');
    expect((await lint(['team.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\u001b');
    expect((await lint(['team.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b');
  });
  it('speaks Spanish with --lang es, or from the settings file in the current folder', async () => {
    expect((await lint(['team.yaml', '--lang', 'es'])).stdout).toContain('✖ 2 problemas (1 error, 1 aviso)');
    const es = tempDir();
    writeFileSync(join(es, '.clientfit.yaml'), 'lang: es\n');
    writeFileSync(join(es, 'team.yaml'), TEAM);
    expect((await runCli(['lint', 'team.yaml'], { cwd: es })).stdout).toContain('clave desconocida `weigth` (se ignora)');
  });
});

describe('lint: exit codes', () => {
  it('warnings alone exit 0; over --max-warnings exit 1 with a note on stderr', async () => {
    expect((await lint(['warn-only.log.yaml'])).code).toBe(0);
    expect((await lint(['warn-only.log.yaml', '--max-warnings', '1'])).code).toBe(0);
    const r = await lint(['warn-only.log.yaml', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('clientfit: 1 warning found; --max-warnings allows 0\n');
  });
  it('findings in file contents are exit 1: syntax, not UTF-8, over 16 MiB', async () => {
    put('syntax.yaml', 'name: [unclosed\n');
    put('latin1.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x0a])); // "name: José" in Latin-1
    put('huge.yaml', '');
    truncateSync(join(dir, 'huge.yaml'), 17 * 1024 * 1024); // sparse: no disk used
    const r = await lint(['syntax.yaml', 'latin1.yaml', 'huge.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout) as { file: string; line: number; col: number; rule: string }[];
    // The unclosed flow sequence is found at the end of the input, line 2, column 1.
    // The bad byte (0xE9) is the 10th on line 1, but readText only narrows it to within 4
    // bytes (reported to the lead), so only the line is pinned here.
    expect(found.map((f) => `${f.file} ${f.line}:${f.file === 'latin1.yaml' ? '*' : f.col} ${f.rule}`)).toEqual([
      'syntax.yaml 2:1 yaml-syntax',
      'latin1.yaml 1:* not-utf8',
      'huge.yaml 1:1 too-large',
    ]);
  });
  it('a path that cannot be read is exit 2, after linting the others', async () => {
    const r = await lint(['team.yaml', 'nowhere.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✖ 2 problems');
    expect(r.stderr).toContain('nowhere.yaml: error: cannot find nowhere.yaml');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
  it('usage errors are exit 2: no files, an empty folder, bad flags', async () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    for (const args of [[], ['empty'], ['team.yaml', '--format', 'xml'], ['team.yaml', '--kind', 'invoice'], ['team.yaml', '--max-warnings', 'lots']]) {
      const r = await lint(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error: /);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect((await lint([])).stderr).toContain('give at least one file or folder to lint');
    const badDate = await runCli(['lint', 'team.yaml', '--as-of', '2026-13-01'], { cwd: dir });
    expect([badDate.code, badDate.stdout]).toEqual([2, '']);
  });
});

describe('lint: inputs', () => {
  it('reads standard input with -, telling the kind from the content', async () => {
    const r = await lint(['-', '--format', 'json'], { input: TEAM });
    expect(JSON.parse(r.stdout).map((f: { file: string; rule: string }) => `${f.file} ${f.rule}`)).toEqual(['<stdin> warn-equals-flag', '<stdin> unknown-key']);
  });
  it('--kind forces the kind: a rubric checked as a client lacks its name', async () => {
    const r = await lint(['rubrics/default.yaml', '--kind', 'client', '--format', 'json']);
    expect(r.code).toBe(1);
    // A missing key is reported where its mapping starts: the `id:` line after the header
    // comments (line 38 today; read from the file so the calibration notes can grow).
    const lines = readFileSync(join(dir, 'rubrics/default.yaml'), 'utf8').split('\n');
    const start = lines.findIndex((l) => l !== '' && !l.startsWith('#')) + 1;
    expect(start).toBeGreaterThan(1);
    expect(lines[start - 1]).toBe('id: default');
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ rule: 'schema', line: start, col: 1, message: expect.stringMatching(/^`name` is required here/) });
  });
  it('a client brings its logs along, checked as logs, once, even when also named', async () => {
    const r = await lint(['examples/acme.yaml', 'examples/acme.log.yaml', 'examples/acme.yaml']);
    expect(r.stdout).toBe('✔ 2 files checked, no problems\n');
  });
});
