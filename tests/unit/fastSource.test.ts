// parseEventsFile takes the fast reader when a file's events are one-line mappings. Every
// later step must see the same thing as after a full parse: the data, each event's line,
// the profile's key lines, and — when validation fails — the same located problems.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClient, validateLog } from '../../src/core/client.js';
import { fastSource, parseEventsFile } from '../../src/core/fastSource.js';
import { parseYaml } from '../../src/core/yamlSource.js';
import { worded } from './build.js';

const HEADER = `# Acme
id: acme
name: ACME Retail S.L.
profile:
  in_niche: false
contract:
  rate: 60
  currency: EUR
`;
const EVENTS = `events:
  - {date: 2026-01-10, type: invoice, ref: F-7, amount: 900, due: 2026-02-09, paid: 2026-03-20}
  # a comment between events
  - {date: 2026-02-01, type: scope_change, billed: false, note: Tres landings extra}

  - {date: 2026-03-05, type: praise}
`;

function both(text: string, kind: 'client' | 'log') {
  const fast = parseEventsFile(text, 'c.yaml', kind);
  const full = parseYaml(text, 'c.yaml', kind);
  if (!fast.ok || !full.ok) throw new Error('both parse');
  return { fast: fast.src, full: full.src };
}

describe('parseEventsFile', () => {
  it('takes the fast path for one-line events and builds the same client as a full parse', () => {
    const text = HEADER + EVENTS;
    const { fast, full } = both(text, 'client');
    expect(fast.partial?.lines).toEqual([10, 12, 14]);
    expect(full.partial).toBeUndefined();
    expect(fast.data).toEqual(full.data);
    const a = buildClient(fast);
    const b = buildClient(full);
    expect(a).toEqual(b);
    // Lines counted by hand: the events start on lines 10, 12 and 14; `profile:` on 4.
    if (!a.ok) throw new Error('valid');
    expect(a.value.client.events.map((e) => e.line)).toEqual([10, 12, 14]);
    expect(a.value.client.profileLines.profile).toBe(4);
    expect(a.value.client.profileLines.in_niche).toBe(5);
  });

  it('reads a log with a comment-only header the same way', () => {
    const text = `# Acme's log\n\n${EVENTS}`;
    const { fast, full } = both(text, 'log');
    expect(fast.partial?.lines).toEqual([4, 6, 8]);
    expect(validateLog(fast)).toEqual(validateLog(full));
  });

  it('keeps line numbers with CRLF line ends and a byte order mark', () => {
    const text = `\uFEFF${HEADER + EVENTS}`.replace(/\n/g, '\r\n');
    const { fast, full } = both(text, 'client');
    expect(fast.partial).toBeDefined();
    expect(buildClient(fast)).toEqual(buildClient(full));
  });

  it('falls back to the full parse for events it cannot be sure of', () => {
    for (const events of [
      'events:\n  - date: 2026-01-10\n    type: praise\n', // block mapping
      'events:\n  - {date: 2026-01-10, type: praise, note: "a \\"b\\""}\n', // escapes
      'events:\n  - {date: 2026-01-10, type: praise, note: Invoice #42}\n', // comment inside
      'events:\n  - &a {date: 2026-01-10, type: praise}\n', // anchor
    ]) {
      expect(fastSource(HEADER + events, 'c.yaml', 'client')).toBeNull();
      const r = parseEventsFile(HEADER + events, 'c.yaml', 'client');
      expect(r.ok && r.src.partial).toBeFalsy();
    }
  });

  it('locates validation problems exactly as a full parse does', () => {
    // Line 11: an amount that is not a number; line 12: an invoice without amount or due date; line 13: a date that
    // does not exist. The fast reader kept no nodes, so validate() parses in full.
    const text = `${HEADER}events:
  - {date: 2026-01-10, type: praise}
  - {date: 2026-01-11, type: invoice, ref: F-1, amount: lots, due: 2026-02-01}
  - {date: 2026-01-12, type: invoice, ref: F-2}
  - {date: 2026-02-30, type: praise}
`;
    const fast = parseEventsFile(text, 'c.yaml', 'client');
    const full = parseYaml(text, 'c.yaml', 'client');
    if (!fast.ok || !full.ok) throw new Error('both parse');
    expect(fast.src.partial).toBeDefined();
    const a = buildClient(fast.src);
    const b = buildClient(full.src);
    expect(a).toEqual(b);
    if (a.ok || b.ok) throw new Error('invalid');
    expect(a.problems.map((p) => p.line)).toEqual(expect.arrayContaining([11, 12, 13]));
    for (const lang of ['en', 'es'] as const) expect(a.problems.map((p) => worded(p, lang))).toEqual(b.problems.map((p) => worded(p, lang)));
  });

  it('gives the same clients as a full parse for every shipped example', () => {
    for (const file of ['examples/acme.yaml', 'examples/brightpath.yaml', 'examples/nordlicht.yaml']) {
      const text = readFileSync(file, 'utf8');
      const { fast, full } = both(text, 'client');
      expect(buildClient(fast)).toEqual(buildClient(full));
    }
    const log = readFileSync('examples/acme.log.yaml', 'utf8');
    const { fast, full } = both(log, 'log');
    expect(validateLog(fast)).toEqual(validateLog(full));
  });
});
