import { describe, expect, it } from 'vitest';
import { isCI, progressBar, wantsProgress } from '../../../src/io/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (s: string) => (writes.push(s), true) } };
}

describe('progress bar', () => {
  it('is only for a terminal outside CI', () => {
    expect(wantsProgress({ isTTY: true }, {})).toBe(true);
    expect(wantsProgress({ isTTY: false }, {})).toBe(false);
    expect(wantsProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(wantsProgress({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({ CI: '0' })).toBe(false);
    expect(isCI({ CI: '1' })).toBe(true);
  });

  it('writes nothing to a pipe', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const p = progressBar(100, 'Scoring', { stream, env: {}, now: () => now });
    for (let i = 1; i <= 100; i++) {
      now += 50;
      p.update(i);
    }
    p.done();
    expect(writes).toEqual([]);
  });

  it('draws after a moment on a terminal, at most every 80 ms, and erases itself', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const p = progressBar(10, 'Scoring', { stream, env: {}, now: () => now });
    now = 100;
    p.update(1); // too early: short runs never flash a bar
    expect(writes).toEqual([]);
    now = 400;
    p.update(5);
    now = 420;
    p.update(6); // within 80 ms of the last draw
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\rScoring █+░+  50% 5\/10\u001b\[K$/);
    p.done();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('erases nothing when it never drew', () => {
    const { writes, stream } = fakeStream(true);
    const p = progressBar(10, 'Scoring', { stream, env: {}, now: () => 0 });
    p.update(10);
    p.done();
    expect(writes).toEqual([]);
  });
});
