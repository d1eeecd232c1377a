import { describe, expect, it } from 'vitest';
import type { Msg } from '../../../src/core/errors.js';
import { messages, type Lang, type Messages } from '../../../src/core/i18n/index.js';
import { lintExitCode } from '../../../src/core/lint/exitCode.js';
import { escapeData, escapeProperty } from '../../../src/core/lint/formatters/github.js';
import { FORMATTERS } from '../../../src/core/lint/formatters/index.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { RULE_IDS, RULE_LEVEL } from '../../../src/core/lint/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plain } from '../../../src/core/render/style.js';
import { ansi } from '../../support/ansiStyle.js';

/**
 * A bundle with one extra message that says its argument as it is, so the findings below
 * can carry any text (escapes, line breaks) the way a finding quoting a file would.
 */
const bundle = (lang: Lang): Messages => ({ ...messages(lang), raw: { text: (s: string) => s } }) as Messages;
const raw = (text: string): Msg => ({ key: 'raw.text', args: [text] });

const F: Finding[] = [
  { file: 'rubrics/team.yaml', line: 4, col: 30, severity: 'error', rule: 'warn-equals-flag', message: raw('warn equals flag') },
  { file: 'rubrics/team.yaml', line: 12, col: 5, severity: 'warning', rule: 'unknown-key', message: raw('unknown key `weigth`') },
  { file: 'clients/a,b:c.yaml', line: 2, col: 1, severity: 'warning', rule: 'unknown-key', message: raw('50% done\nsecond line\r') },
];
const opts = { messages: bundle('en'), style: plain, files: 3, version: '9.9.9' };

describe('stylish', () => {
  it('groups by file, aligns line:col, severity, message and rule, then sums up', () => {
    expect(FORMATTERS.stylish(F, opts)).toBe(
      [
        'rubrics/team.yaml',
        '  4:30  error    warn equals flag      warn-equals-flag',
        '  12:5  warning  unknown key `weigth`  unknown-key',
        '',
        'clients/a,b:c.yaml',
        '  2:1  warning  50% done\\nsecond line\\r  unknown-key',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '',
      ].join('\n'),
    );
  });
  it('says all is clean, with the number of files, when there is nothing', () => {
    expect(FORMATTERS.stylish([], opts)).toBe('✔ 3 files checked, no problems\n');
    expect(FORMATTERS.stylish([], { ...opts, files: 1, messages: bundle('es') })).toBe('✔ 1 archivo revisado, sin problemas\n');
  });
  it('colours only through the style it is given', () => {
    const out = FORMATTERS.stylish(F.slice(0, 1), { ...opts, style: ansi });
    expect(out).toContain('\u001b[31merror\u001b[39m');
    expect(FORMATTERS.stylish(F, opts)).not.toContain('\u001b');
  });
  it('never lets escape sequences from a file reach the terminal', () => {
    const evil: Finding = { ...F[0]!, file: 'x\u001b[2J.yaml', message: raw('bad \u001b]0;title\u0007 id') };
    expect(FORMATTERS.stylish([evil], opts)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
  it('speaks Spanish, plurals included', () => {
    expect(FORMATTERS.stylish(F.slice(0, 2), { ...opts, messages: bundle('es') }).split('\n').at(-2)).toBe('✖ 2 problemas (1 error, 1 aviso)');
  });
});

describe('json', () => {
  it('is exactly [{file, line, col, severity, rule, message}]', () => {
    const out = JSON.parse(FORMATTERS.json(F, opts)) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    for (const o of out) expect(Object.keys(o)).toEqual(['file', 'line', 'col', 'severity', 'rule', 'message']);
    expect(out[2]).toEqual({ ...F[2], message: '50% done\nsecond line\r' });
    expect(FORMATTERS.json([], opts)).toBe('[]\n');
  });
});

describe('github', () => {
  it('escapes data (%, CR, LF) and, in properties, also : and ,', () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });
  it('writes one workflow command per finding, warnings as ::warning', () => {
    expect(FORMATTERS.github(F, opts).split('\n')).toEqual([
      '::error file=rubrics/team.yaml,line=4,col=30,title=warn-equals-flag::warn equals flag',
      '::warning file=rubrics/team.yaml,line=12,col=5,title=unknown-key::unknown key `weigth`',
      // safe() turns the raw line breaks into visible \n and \r first; the % still needs escaping.
      '::warning file=clients/a%2Cb%3Ac.yaml,line=2,col=1,title=unknown-key::50%25 done\\nsecond line\\r',
      '',
    ]);
  });
});

describe('sarif', () => {
  const lines: Record<string, string[]> = {
    'rubrics/team.yaml': ['id: team', 'x', 'y', "  - {id: fee-disputes, warn: 2}", ...Array(7).fill('z'), '    weigth: 5'],
  };
  const lineOf = (file: string, line: number) => lines[file]?.[line - 1];
  const sarifOpts = { ...opts, cwd: '/work/project', lineOf };
  const log = JSON.parse(FORMATTERS.sarif(F, sarifOpts));
  it('is a SARIF 2.1.0 log with clientfit as the driver and every rule described, with help and a link', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('clientfit');
    expect(driver.version).toBe('9.9.9');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    for (const r of driver.rules) {
      expect(r.shortDescription.text).toMatch(/\.$/);
      expect(r.fullDescription.text.length).toBeGreaterThan(r.shortDescription.text.length);
      expect(r.help.text).toContain(r.helpUri);
      expect(r.help.markdown).toContain(`(${r.helpUri})`);
      expect(r.helpUri).toMatch(new RegExp(`^https://.+#rule-${r.id}$`));
      expect(r.name.toLowerCase()).not.toBe(r.id.toLowerCase());
    }
  });
  it('locates each result relative to the folder lint ran in (uriBaseId), by startLine and startColumn', () => {
    const [r0, , r2] = log.runs[0].results;
    expect(log.runs[0].originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/project/' } });
    expect(r0).toMatchObject({
      ruleId: 'warn-equals-flag',
      ruleIndex: RULE_IDS.indexOf('warn-equals-flag'),
      level: 'error',
      message: { text: 'warn equals flag' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'rubrics/team.yaml', uriBaseId: 'SRCROOT' }, region: { startLine: 4, startColumn: 30 } } }],
    });
    expect(r2.level).toBe('warning');
    expect(r2.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'clients/a%2Cb%3Ac.yaml', uriBaseId: 'SRCROOT' });
  });
  it('gives a file outside that folder (or given absolutely elsewhere) as an absolute file URI', () => {
    const out = JSON.parse(FORMATTERS.sarif([{ ...F[0]!, file: '../other/r.yaml' }, { ...F[0]!, file: '/work/project/sub/x y.yaml' }, { ...F[0]!, file: '/etc/z.yaml' }], sarifOpts));
    expect(out.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: object } }[] }) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'file:///work/project/../other/r.yaml' },
      { uri: 'sub/x%20y.yaml', uriBaseId: 'SRCROOT' },
      { uri: 'file:///etc/z.yaml' },
    ]);
  });
  it('fingerprints survive the line moving and re-indenting, and tell apart the same finding twice', () => {
    const fp = (l: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) => l.runs[0]!.results.map((r) => Object.values(r.partialFingerprints)[0]);
    const moved = { 'rubrics/team.yaml': ['', '', ...lines['rubrics/team.yaml']!.map((l) => `  ${l}`)] };
    const movedLog = JSON.parse(FORMATTERS.sarif(F.map((f) => ({ ...f, line: f.line + 2 })), { ...sarifOpts, lineOf: (file: string, line: number) => moved[file as 'rubrics/team.yaml']?.[line - 1] }));
    expect(fp(movedLog)).toEqual(fp(log));
    expect(new Set(fp(log)).size).toBe(3);
    const twice = JSON.parse(FORMATTERS.sarif([F[0]!, F[0]!], sarifOpts));
    const [a, b] = fp(twice);
    expect(a).not.toBe(b);
    // A different text on the line is a different finding.
    const changed = JSON.parse(FORMATTERS.sarif(F, { ...sarifOpts, lineOf: () => 'other text' }));
    expect(fp(changed)[0]).not.toBe(fp(log)[0]);
  });
  it('every rule has its anchor in the README, where helpUri points', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    for (const id of RULE_IDS) expect(readme, id).toContain(`<a id="rule-${id}"></a>\`${id}\` | ${RULE_LEVEL[id]} |`);
  });
  it('messages are English whatever the language', () => {
    const es = JSON.parse(FORMATTERS.sarif([{ ...F[0]!, message: { key: 'lint.futureDate', args: ['date', '2027-01-01', '2026-01-01'] } }], { ...sarifOpts, messages: messages('es') }));
    expect(es.runs[0].results[0].message.text).toBe('`date` is 2027-01-01, after today (2026-01-01)');
    expect(es.runs[0].tool.driver.rules[0].shortDescription.text).toBe(messages('en').lint.rules['yaml-syntax']);
  });
  it('keeps at most 25,000 results in a run and says how many were left out', () => {
    const many = Array.from({ length: 25_003 }, (_, i) => ({ ...F[1]!, line: i + 1 }));
    const out = JSON.parse(FORMATTERS.sarif(many, sarifOpts));
    expect(out.runs[0].results).toHaveLength(25_000);
    expect(out.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^3 more results were left out/);
    expect(JSON.parse(FORMATTERS.sarif(F, sarifOpts)).runs[0].invocations[0]).toEqual({ executionSuccessful: true });
  });
});

describe('exit code', () => {
  it('is 1 for any error, 1 for warnings over --max-warnings, else 0', () => {
    const [err, warn] = [F[0]!, F[1]!];
    expect(lintExitCode([])).toBe(0);
    expect(lintExitCode([warn])).toBe(0);
    expect(lintExitCode([err])).toBe(1);
    expect(lintExitCode([warn, warn], 2)).toBe(0);
    expect(lintExitCode([warn, warn, warn], 2)).toBe(1);
    expect(lintExitCode([warn], 0)).toBe(1);
  });
});
