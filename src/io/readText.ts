import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UserError, type Msg, type Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';

/** Files above this are refused: parsing one takes minutes and gigabytes (PITFALLS: yaml). */
export const MAX_BYTES = 16 * 1024 * 1024;
export const STDIN_NAME = '<stdin>';

const mib = (bytes: number) => (bytes / 1048576).toFixed(1);

/**
 * TEST SEAM, not used by the CLI: bytes that stand in for file descriptor 0 while set.
 * The end-to-end tests run `run(argv)` inside the test process, whose own fd 0 is vitest's
 * pipe (reading it would block), so tests/e2e/harness.ts sets the text a user would have
 * piped in, and null again after the run. Reads go through readAll below as for the real
 * fd 0 (same 64 KiB chunks, same 16 MiB limit and messages) and consume the bytes once,
 * as a pipe does.
 */
let fakeStdin: { bytes: Buffer; offset: number } | null = null;

/** Test seam (see fakeStdin): `bytes` become standard input for the next reads; null restores fd 0. */
export function setStdinForTests(bytes: Buffer | null): void {
  fakeStdin = bytes ? { bytes, offset: 0 } : null;
}

function readAll(fd: number, file: string, isStdin: boolean): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  const fake = isStdin ? fakeStdin : null;
  for (;;) {
    let n: number;
    try {
      if (fake) {
        n = fake.bytes.copy(buf, 0, fake.offset);
        fake.offset += n;
      } else n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' && isStdin) continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) {
      throw new UserError({ code: 'too-large', file, line: 1, col: 1, message: M.t.err.tooLarge(`> 16 MiB`), expected: M.t.err.tooLargeExpected });
    }
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** Decodes strictly: invalid UTF-8 is an error with its position, never silent U+FFFD. */
export function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte to point at it. Decoding a prefix in streaming mode fails
    // only on a truly invalid byte (a character cut at the end of the prefix is held back),
    // so "the prefix decodes" is monotonic and a binary search lands on the exact byte.
    const decodes = (n: number) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    let lo = 0;
    let hi = bytes.length;
    if (decodes(hi)) lo = hi; // only the last character is cut short
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (decodes(mid)) lo = mid;
      else hi = mid;
    }
    // Every whole character before the bad sequence: the caret goes where that sequence starts.
    const head = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo), { stream: true });
    const lines = head.split('\n');
    throw new UserError({
      code: 'not-utf8',
      file,
      line: lines.length,
      col: lines[lines.length - 1]!.length + 1,
      message: M.t.err.notUtf8(lines.length),
      expected: M.t.err.notUtf8Expected,
    });
  }
}

/**
 * Opened without blocking: a FIFO put in place of a checked file between the stat and the
 * open cannot make open() wait for a writer (fstat then refuses it), and a terminal device
 * never becomes the controlling one. Both flags are 0 where the platform has none.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Why a path that is not a regular file cannot be read, as the user is told it. */
export function notRegularMessage(path: string, st: Stats): Msg {
  if (st.isDirectory()) return M.t.err.isDir(path);
  const kind = st.isFIFO()
    ? M.t.err.fileKinds.fifo
    : st.isSocket()
      ? M.t.err.fileKinds.socket
      : st.isCharacterDevice() || st.isBlockDevice()
        ? M.t.err.fileKinds.device
        : M.t.err.fileKinds.other;
  return M.t.err.notRegular(path, kind);
}

function notRegular(path: string, st: Stats): Problem {
  const expected = st.isDirectory() ? M.t.err.isDirExpected : M.t.err.notRegularExpected;
  return { code: 'unreadable', file: path, message: notRegularMessage(path, st), expected };
}

/** A failed stat or open, as the user is told it. */
function openProblem(path: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', file: path, message: M.t.err.notFound(path), expected: M.t.err.notFoundExpected };
  return { code: 'unreadable', file: path, message: M.t.err.unreadable(path, code ?? String(e)) };
}

/**
 * A file's raw bytes (standard input for `-`): the one door through which every input file
 * is read. Only regular files: a folder, FIFO, socket or device is refused at once, checked
 * before opening (so nothing blocks or has side effects) and again on the open descriptor
 * (so a swap in between is caught); files over 16 MiB are refused before reading. Read-only.
 * Callers that hash before decoding (the portfolio cache) use this.
 */
export function readBytes(path: string): Buffer {
  if (path === '-') return readAll(0, STDIN_NAME, true);
  const { fd, size } = openRegular(path);
  try {
    if (size > MAX_BYTES) {
      throw new UserError({ code: 'too-large', file: path, line: 1, col: 1, message: M.t.err.tooLarge(`${mib(size)} MiB`), expected: M.t.err.tooLargeExpected });
    }
    return readAll(fd, path, false);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({ code: 'unreadable', file: path, message: M.t.err.unreadable(path, code ?? String(e)) });
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a user's file for reading, regular files only: a folder, FIFO, socket or device is
 * refused at once, checked before opening (so nothing blocks or has side effects) and
 * again on the open descriptor (so a swap in between is caught). The caller closes `fd`.
 * readBytes reads through it; so does mail import, which streams mailboxes of any size.
 */
export function openRegular(path: string): { fd: number; size: number } {
  let before: Stats;
  try {
    before = statSync(path);
  } catch (e) {
    throw new UserError(openProblem(path, e));
  }
  if (!before.isFile()) throw new UserError(notRegular(path, before));
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw new UserError(openProblem(path, e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UserError(notRegular(path, st));
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({ code: 'unreadable', file: path, message: M.t.err.unreadable(path, code ?? String(e)) });
  }
}

/**
 * Reads a user's file as text (or standard input for `-`) through readBytes (regular files
 * only, 16 MiB at most), refusing anything that is not UTF-8. Read-only: never modifies the file.
 */
export function readText(path: string): { file: string; text: string } {
  const file = path === '-' ? STDIN_NAME : path;
  return { file, text: decodeUtf8(readBytes(path), file) };
}
