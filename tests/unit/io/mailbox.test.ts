import { describe, expect, it } from 'vitest';
import { MailSplitter } from '../../../src/io/mailbox.js';

/** The header blocks of `text` fed in chunks of `size` bytes. */
function split(text: string | Buffer, size: number, single = false) {
  const s = new MailSplitter(single);
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const out: string[] = [];
  for (let i = 0; i < buf.length && !s.done; i += size) {
    s.feed(buf.subarray(i, i + size));
    for (const b of s.take()) out.push(b.toString());
  }
  s.feed(Buffer.alloc(0), true);
  for (const b of s.take()) out.push(b.toString());
  return { blocks: out, oversized: s.oversized };
}

const MBOX = [
  'From ana@acme.example Mon Mar  4 10:00:00 2024',
  'From: ana@acme.example',
  'Subject: one',
  '',
  'body line',
  '>From the start (mboxrd quoting)',
  '>>From twice quoted',
  '',
  'From what I hear, this is body text',
  'From x Mon Mar  4 10:00:00 2024 -- not after an empty line',
  '',
  'From - Tue Mar  5 11:00:00 2024',
  'Subject: two\r',
  '\r',
  'body\r',
  '\r',
  'From MAILER-DAEMON Tue Mar  5 11:00:00 2024',
  'Subject: three',
  '',
  'From b@c Wed Mar  6 11:00:00 2024',
  'Subject: four (no body, no final newline)',
].join('\n');

describe('splitting an mbox', () => {
  const expected = ['From: ana@acme.example\nSubject: one\n', 'Subject: two\r\n', 'Subject: three\n', 'Subject: four (no body, no final newline)'];
  it.each([1, 2, 3, 5, 7, 8, 9, 13, 64, 100000])('the same messages whatever the chunks (%i bytes)', (size) => {
    expect(split(MBOX, size).blocks).toEqual(expected);
  });
  it('a file that does not start with From is one message', () => {
    expect(split('Subject: x\n\nFrom y Mon Mar  4 10:00:00 2024\nSubject: y\n\n', 4).blocks).toEqual(['Subject: x\n', 'Subject: y\n']);
  });
  it('an .eml (single) stops after its header block, even when it starts with a From line', () => {
    expect(split('From a Mon Mar  4 10:00:00 2024\nSubject: x\n\nbody\n\nFrom b Mon Mar  4 10:00:00 2024\nSubject: y\n\n', 3, true).blocks).toEqual(['Subject: x\n']);
    expect(split('Subject: x\r\n\r\nbody', 2, true).blocks).toEqual(['Subject: x\r\n']);
  });
  it('a header block larger than 1 MiB is not kept; the next message is', () => {
    const big = `From a Mon Mar  4 10:00:00 2024\nX-Big: ${'x'.repeat(1100 * 1024)}\n\nbody\n\nFrom b Mon Mar  4 10:00:00 2024\nSubject: y\n\n`;
    const r = split(big, 65536);
    expect(r.blocks).toEqual(['Subject: y\n']);
    expect(r.oversized).toBe(1);
  });
  it('an empty file holds no message; a message with no header fields has an empty block', () => {
    expect(split('', 10).blocks).toEqual([]);
    expect(split('From a Mon Mar  4 10:00:00 2024\n\nbody\n', 10).blocks).toEqual(['']);
  });
});
