/** buildClient / validateLog / eventsOf: a validated client whose events know their file and line. */
import { describe, expect, it } from 'vitest';
import { buildClient, defaultId, validateLog } from '../../src/core/client.js';
import { client, source, wordEn } from './build.js';

describe('buildClient', () => {
  it('needs only a name', () => {
    const c = client('name: ACME Retail S.L.\n', 'clients/acme.yaml');
    expect(c).toMatchObject({ id: 'acme', name: 'ACME Retail S.L.', file: 'clients/acme.yaml', events: [] });
  });

  it('takes the id from `id:`, numbers included, else from the file name', () => {
    expect(client('id: acme-2024\nname: A\n').id).toBe('acme-2024');
    expect(client('id: 42\nname: A\n').id).toBe('42');
    expect(client('name: A\n', 'dir/sub/brightpath.YML').id).toBe('brightpath');
  });

  it('stamps every inline event with its file and the line where it starts', () => {
    const c = client(
      ['name: A', 'events:', '  - {date: 2026-01-01, type: complaint}', '  # a comment', '  - date: 2026-02-01', '    type: invoice', '    ref: F-1', '    amount: 10', '    due: 2026-03-01'].join('\n'),
      'a.yaml',
    );
    expect(c.events.map((e) => [e.type, e.file, e.line])).toEqual([
      ['complaint', 'a.yaml', 3],
      ['invoice', 'a.yaml', 5],
    ]);
  });

  it('keeps unknown event types and extra fields', () => {
    const c = client('name: A\nevents:\n  - {date: 2026-01-01, type: late_night_call, minutes: 40}\n');
    expect(c.events[0]).toMatchObject({ type: 'late_night_call', minutes: 40 });
  });

  it('accepts an empty `events:`', () => {
    expect(client('name: A\nevents:\n').events).toEqual([]);
    expect(client('name: A\nevents: []\n').events).toEqual([]);
  });

  it('remembers the profile lines that profile metrics point at', () => {
    const c = client('name: A\ncontract: {rate: 1}\nprofile:\n  tier: real\n  in_niche: true\n  budget_fits: false\n');
    const { name, contract, in_niche, budget_fits, within_skills } = c.profileLines;
    expect({ name, contract, in_niche, budget_fits, within_skills }).toEqual({ name: 1, contract: 2, in_niche: 5, budget_fits: 6, within_skills: undefined });
  });

  it('returns the logs to load, relative as written', () => {
    const b = buildClient(source('name: A\nlogs: [acme.log.yaml, old/2024.yaml]\n'));
    expect(b.ok && b.value.logs).toEqual(['acme.log.yaml', 'old/2024.yaml']);
  });

  it('reports schema problems instead of throwing', () => {
    const b = buildClient(source('name: A\ncontract: {rate: lots}\n'));
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.problems[0]).toMatchObject({ code: 'schema', line: 2 });
  });
});

describe('validateLog', () => {
  it('returns the events with the log file and their lines', () => {
    const r = validateLog(source('# log\nevents:\n  - {date: 2026-01-01, type: complaint}\n  - {date: 2026-01-02, type: praise}\n', 'acme.log.yaml'));
    expect(r.ok && r.value.map((e) => [e.file, e.line, e.type])).toEqual([
      ['acme.log.yaml', 3, 'complaint'],
      ['acme.log.yaml', 4, 'praise'],
    ]);
  });

  it('reports a bad event at its line', () => {
    const r = validateLog(source('events:\n  - {date: 2026-01-01, type: work, hours: "8h"}\n', 'l.yaml'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'l.yaml', line: 2 });
  });
});

describe('defaultId', () => {
  it('drops folders and a .yaml/.yml extension', () => {
    expect(defaultId('clients/acme.yaml')).toBe('acme');
    expect(defaultId('C:\\clients\\acme.yml')).toBe('acme');
    expect(defaultId('notes.txt')).toBe('notes.txt');
    expect(defaultId('.yaml')).toBe('client');
  });
});

describe('dates that are not dates', () => {
  it('a text such as `soon` gets one problem (its shape), not a second about the calendar', () => {
    const r = buildClient(source('name: A\nevents:\n  - {date: soon, type: praise}\n', 'a.yaml'));
    if (r.ok) throw new Error('invalid');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 3, col: 12 });
  });

  it('a well-shaped date that does not exist gets the calendar problem', () => {
    const r = buildClient(source('name: A\nevents:\n  - {date: 2026-02-30, type: praise}\n', 'a.yaml'));
    if (r.ok) throw new Error('invalid');
    expect(r.problems).toHaveLength(1);
    expect(wordEn(r.problems[0]!.message)).toMatch(/not a real calendar date/);
  });
});
