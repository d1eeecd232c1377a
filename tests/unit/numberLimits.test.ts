/** Amounts, hours, days, rates and weights: finite and below 1e12, as schema errors at the number. */
import { describe, expect, it } from 'vitest';
import { buildClient } from '../../src/core/client.js';
import { NUMBER_LIMIT } from '../../src/core/schema/common.js';
import { parseYaml } from '../../src/core/yamlSource.js';
import { en, wordEn } from './build.js';

function problems(yaml: string) {
  const p = parseYaml(yaml, 'c.yaml', 'client');
  if (!p.ok) throw new Error('parse');
  const r = buildClient(p.src);
  return r.ok ? [] : r.problems.map((x) => `${x.line}:${x.col} ${wordEn(x.message)}`);
}

describe('number limits', () => {
  it('refuses 1e12 and above, Infinity and NaN, wherever a number is an amount, hours or days', () => {
    expect(NUMBER_LIMIT).toBe(1e12);
    const out = problems(
      'name: N\ncontract: {rate: 1e12, payment_terms_days: 1e15, termination: {notice_days: 1e13, early_termination_fee: .inf}}\nevents:\n  - {date: 2026-01-01, type: invoice, ref: F-1, amount: 999999999999.9, due: 2026-02-01, payments: [{date: 2026-01-02, amount: 1e20}]}\n  - {date: 2026-01-01, type: work, hours: -.inf}\n',
    );
    expect(out).toEqual([
      `2:18 ${en.issue.numberLimit('contract.rate', 'the number 1000000000000')}`,
      `2:44 ${en.issue.numberLimit('contract.payment_terms_days', 'the number 1000000000000000')}`,
      `2:77 ${en.issue.numberLimit('contract.termination.notice_days', 'the number 10000000000000')}`,
      `2:106 ${en.issue.numberLimit('contract.termination.early_termination_fee', 'the number Infinity')}`,
      `4:128 ${en.issue.numberLimit('events[0].payments[0].amount', 'the number 100000000000000000000')}`,
      `5:43 ${en.issue.numberLimit('events[1].hours', 'the number -Infinity')}`,
    ]);
  });
  it('takes numbers just below the limit', () => {
    expect(problems('name: N\ncontract: {rate: 999999999999}\nevents:\n  - {date: 2026-01-01, type: invoice, ref: F-2, amount: 999999999999, due: 2026-02-01}\n')).toEqual([]);
  });
});
