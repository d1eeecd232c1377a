import { describe, expect, it } from 'vitest';
import type { Msg } from '../../../src/core/errors.js';
import { messages, type Lang, type Messages } from '../../../src/core/i18n/index.js';
import { lintExitCode } from '../../../src/core/lint/exitCode.js';
import { escapeData, escapeProperty } from '../../../src/core/lint/formatters/github.js';
import { FORMATTERS } from '../../../src/core/lint/formatters/index.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { RULE_IDS } from '../../../src/core/lint/types.js';
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
  const log = JSON.parse(FORMATTERS.sarif(F, opts));
  it('is a SARIF 2.1.0 log with clientfit as the driver and every rule described', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('clientfit');
    expect(driver.version).toBe('9.9.9');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...RULE_IDS]);
    for (const r of driver.rules) expect(r.shortDescription.text).toMatch(/\.$/);
  });
  it('locates each result by uri, startLine and startColumn, with the rule index', () => {
    const [r0, , r2] = log.runs[0].results;
    expect(r0).toEqual({
      ruleId: 'warn-equals-flag',
      ruleIndex: RULE_IDS.indexOf('warn-equals-flag'),
      level: 'error',
      message: { text: 'warn equals flag' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'rubrics/team.yaml' }, region: { startLine: 4, startColumn: 30 } } }],
    });
    expect(r2.level).toBe('warning');
    expect(r2.locations[0].physicalLocation.artifactLocation.uri).toBe('clients/a%2Cb%3Ac.yaml');
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
