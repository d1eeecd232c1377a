/**
 * The one writer of standard output (src/cli/stdout.ts): an error that comes after write()
 * returned, by callback or by event, is kept and reported once the output is flushed, so
 * run() can turn it into exit 2 (spawned /dev/full and closed-pipe cases are in
 * tests/e2e/hostile.write.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describeFailure, stdoutFailure, watchOutput, writeOut } from '../../../src/cli/stdout.js';

const real = process.stdout.write;
afterEach(() => {
  process.stdout.write = real;
});

const errno = (code: string, message: string) => Object.assign(new Error(message), { code }) as NodeJS.ErrnoException;

/** A stdout whose writes fail later, as a full disk's do. */
function failingWith(err: NodeJS.ErrnoException | null): string[] {
  const got: string[] = [];
  process.stdout.write = ((chunk: string, cb?: (e?: Error | null) => void) => {
    got.push(chunk);
    setImmediate(() => cb?.(err));
    return true;
  }) as typeof process.stdout.write;
  return got;
}

describe('stdout writer', () => {
  it('writeOut resolves after the write, and stdoutFailure reports the error it met', async () => {
    watchOutput();
    const got = failingWith(errno('ENOSPC', 'ENOSPC: no space left on device, write'));
    await writeOut('report\n');
    expect(got).toEqual(['report\n']);
    const e = await stdoutFailure();
    expect(e?.code).toBe('ENOSPC');
    expect(describeFailure(e!)).toBe('ENOSPC: no space left on device');
  });

  it('an error event between runs is forgotten when the next run starts; the first error is kept', async () => {
    watchOutput();
    failingWith(null);
    process.stdout.emit('error', errno('EIO', 'EIO: i/o error, write'));
    process.stdout.emit('error', errno('EPIPE', 'EPIPE: broken pipe, write'));
    expect((await stdoutFailure())?.code).toBe('EIO');
    watchOutput();
    expect(await stdoutFailure()).toBeUndefined();
  });

  it('nothing failed: undefined, after the output is flushed', async () => {
    watchOutput();
    const got = failingWith(null);
    await writeOut('ok\n');
    expect(await stdoutFailure()).toBeUndefined();
    expect(got).toEqual(['ok\n', '']);
  });
});
