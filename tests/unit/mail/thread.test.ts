import { describe, expect, it } from 'vitest';
import { ME, Threads, type ThreadMessage } from '../../../src/core/mail/thread.js';

const H = 3_600_000;
const T0 = Date.UTC(2024, 2, 4, 9);
const msg = (o: Partial<ThreadMessage>): ThreadMessage => ({ id: null, parents: [], time: T0, from: 0, people: [0], subject: 'Propuesta', ...o });

/** Answer times, in hours after T0, for the messages as added. */
function answers(list: ThreadMessage[]): (number | null)[] {
  const t = new Threads();
  for (const m of list) t.add(m);
  return t.answers().map((a) => (a === null ? null : (a - T0) / H));
}

describe('threads by ids', () => {
  it('your first reply strictly after the message answers it, whoever it went to', () => {
    expect(
      answers([
        msg({ id: 'c1' }),
        msg({ id: 'r2', from: ME, people: [], time: T0 + 72 * H, parents: ['c1'], subject: 'Otra cosa' }),
        msg({ id: 'r1', from: ME, people: [], time: T0 + 2 * H, parents: ['c1'] }),
      ]),
    ).toEqual([2, null, null]);
  });
  it('References tie a thread through messages that are not in the mailbox', () => {
    expect(answers([msg({ id: 'c2', parents: ['root'] }), msg({ id: 'r', from: ME, people: [], time: T0 + H, parents: ['x', 'root'] })])).toEqual([1, null]);
  });
  it('a reply sent before the message, or at the same instant, is not its answer', () => {
    expect(answers([msg({ id: 'c1', parents: ['r0'] }), msg({ id: 'r0', from: ME, time: T0 - H }), msg({ id: 'r1', from: ME, time: T0, parents: ['c1'] })])).toEqual([null, null, null]);
  });
  it('a message in another thread is not an answer', () => {
    expect(answers([msg({ id: 'c1' }), msg({ id: 'r1', from: ME, time: T0 + H, subject: 'Propuesta', parents: ['other'] })])).toEqual([null, null]);
  });
});

describe('threads by subject', () => {
  it('a reply whose ids reach nothing joins the latest earlier thread with its subject between the same people', () => {
    expect(answers([msg({ id: 'c1', subject: 'Factura marzo' }), msg({ id: 'r1', from: ME, people: [0], time: T0 + 5 * H, subject: 'RE: Factura marzo' })])).toEqual([5, null]);
    // A client's reply typed without In-Reply-To joins your message's thread; your next message answers it.
    expect(
      answers([
        msg({ id: 'y1', from: ME, time: T0 - 24 * H, subject: 'Propuesta' }),
        msg({ id: 'c1', subject: 'Re: Propuesta' }),
        msg({ id: 'y2', from: ME, time: T0 + 24 * H, parents: ['y1'], subject: 'Re: Propuesta' }),
      ]),
    ).toEqual([null, 24, null]);
  });
  it('not between other people, not for a fresh message with an old subject, not for a forward', () => {
    expect(answers([msg({ id: 'c1', people: [0] }), msg({ id: 'r1', from: ME, people: [1], time: T0 + H, subject: 'Re: Propuesta' })])).toEqual([null, null]);
    expect(answers([msg({ id: 'c1' }), msg({ id: 'r1', from: ME, people: [0], time: T0 + H, subject: 'Propuesta' })])).toEqual([null, null]);
    expect(answers([msg({ id: 'c1' }), msg({ id: 'r1', from: ME, people: [0], time: T0 + H, subject: 'Fwd: Propuesta' })])).toEqual([null, null]);
  });
  it('only the latest earlier thread: an old unanswered message is not answered by a reply to a newer one', () => {
    expect(
      answers([
        msg({ id: 'old', time: T0 - 500 * H }),
        msg({ id: 'new', time: T0 }),
        msg({ id: 'r', from: ME, people: [0], time: T0 + H, subject: 'Re: Propuesta' }),
      ]),
    ).toEqual([null, 1, null]);
  });
});
