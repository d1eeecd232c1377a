import { describe, expect, it } from 'vitest';
import { addLogsEntry } from '../../../src/core/edit/addLogsEntry.js';
import { parseYaml } from '../../../src/core/yamlSource.js';

const add = (text: string, file = 'acme.log.yaml') => {
  const r = parseYaml(text, 'acme.yaml', 'client');
  if (!r.ok) throw new Error('bad yaml');
  return addLogsEntry(r.src, file);
};

describe('adding logs: to a profile', () => {
  it('adds one line after the last key and leaves every other byte', () => {
    const text = '# ACME\nname: ACME Retail S.L.   # main client\ncontract:\n  rate: 60\n';
    expect(add(text)).toBe(`${text}logs: [acme.log.yaml]\n`);
  });
  it('keeps CRLF line endings and a file without a final line break', () => {
    expect(add('name: A\r\nindustry: retail\r\n')).toBe('name: A\r\nindustry: retail\r\nlogs: [acme.log.yaml]\r\n');
    expect(add('name: A')).toBe('name: A\nlogs: [acme.log.yaml]\n');
  });
  it('fills an empty logs: in place', () => {
    expect(add('name: A\nlogs: []\nindustry: x\n')).toBe('name: A\nlogs: [acme.log.yaml]\nindustry: x\n');
    expect(add('name: A\nlogs:\nindustry: x\n')).toBe('name: A\nlogs: [acme.log.yaml]\nindustry: x\n');
  });
  it('quotes a name YAML would misread, and refuses a profile that already lists logs', () => {
    expect(add('name: A\n', 'a b.log.yaml')).toBe('name: A\nlogs: ["a b.log.yaml"]\n');
    expect(add('name: A\nlogs: [x.log.yaml]\n')).toBeNull();
  });
});
