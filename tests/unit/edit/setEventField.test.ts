import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setEventField } from '../../../src/core/edit/setEventField.js';

const src = (text: string) => {
  const doc = parseDocument(text);
  return { text, doc, data: doc.toJS() as unknown };
};

describe('setting a field of an imported event', () => {
  it('replaces a number in place', () => {
    expect(setEventField(src('events:\n  - {date: 2026-01-02, type: work, hours: 1,   source: "t:x"}  # kept\n'), 0, 'hours', 2.5)).toBe(
      'events:\n  - {date: 2026-01-02, type: work, hours: 2.5,   source: "t:x"}  # kept\n',
    );
  });
  it('adds a missing field where a flow map ends, every other byte kept', () => {
    const text = '# log\nevents:\n  - {date: 2024-03-04, type: message, note: Propuesta, source: "mail:m1@a.example"}   # from mail\n  - {date: 2024-03-05, type: praise}\n';
    expect(setEventField(src(text), 0, 'answered', '2024-03-07')).toBe(
      '# log\nevents:\n  - {date: 2024-03-04, type: message, note: Propuesta, source: "mail:m1@a.example", answered: 2024-03-07}   # from mail\n  - {date: 2024-03-05, type: praise}\n',
    );
  });
  it('adds a missing field as a line of its own in a block map, even with no final line break', () => {
    const text = 'events:\n  - date: 2024-03-04\n    type: message\n    source: "mail:m1@a.example"';
    expect(setEventField(src(text), 0, 'answered', '2024-03-07')).toBe('events:\n  - date: 2024-03-04\n    type: message\n    source: "mail:m1@a.example"\n    answered: 2024-03-07\n');
    const crlf = 'events:\r\n  - date: 2024-03-04\r\n    type: message\r\n  - {date: 2024-03-05, type: praise}\r\n';
    expect(setEventField(src(crlf), 0, 'answered', '2024-03-07')).toBe('events:\r\n  - date: 2024-03-04\r\n    type: message\r\n    answered: 2024-03-07\r\n  - {date: 2024-03-05, type: praise}\r\n');
  });
  it('never replaces text, and refuses what it cannot prove', () => {
    expect(setEventField(src('events:\n  - {date: 2024-03-04, type: message, answered: "2024-03-06"}\n'), 0, 'answered', '2024-03-07')).toBeNull();
    expect(setEventField(src('events:\n  - 2024-03-04\n'), 0, 'answered', '2024-03-07')).toBeNull();
  });
});
