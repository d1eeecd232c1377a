/**
 * Mail on disk → the header block of each message, read as a stream: an mbox file
 * (mboxo or mboxrd, as Thunderbird, Apple Mail and Gmail Takeout write it), one `.eml`
 * file, or a folder of them (a Maildir's `cur/` and `new/` included). A mailbox of any
 * size is read in bounded memory: 1 MiB chunks, and of each message only its header block
 * (up to the first empty line, at most 1 MiB) is kept; bodies are only scanned for where
 * the next message starts, and dropped. Only regular files are read (readText.ts's
 * `openRegular`: a FIFO or device is refused at once, never waited on).
 */
import { closeSync, createReadStream, readSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { UserError, type Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { MAX_HEADER_BYTES } from '../core/mail/headers.js';
import { openRegular } from './readText.js';
import { findFiles, unreadableFolderProblem } from './walk.js';

/** What a path given to `import` holds, when it is mail. */
export type MailKind = 'mbox' | 'eml' | 'folder';

/** One file to read: an mbox (many messages) or a message of its own. */
export interface MailFile {
  path: string;
  kind: 'mbox' | 'eml';
  size: number;
}

const FROM_ = Buffer.from('From ');
const NEWLINE_FROM = Buffer.from('\nFrom ');
const CHUNK = 1 << 20;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether the file starts with an mbox `From ` line, and its size; regular files only. */
function sniff(path: string): { from: boolean; size: number } {
  const { fd, size } = openRegular(path);
  try {
    const head = Buffer.alloc(5);
    let n = 0;
    try {
      n = readSync(fd, head, 0, 5, 0);
    } catch {
      /* unreadable: the reader that opens it next says why */
    }
    return { from: n === 5 && head.equals(FROM_), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * What `path` is, told from the file system and the file's first bytes: a folder is a mail
 * folder; `*.eml` one message; `*.mbox`, or a file whose first line starts with `From `,
 * an mbox; anything else null (a CSV export, or `-`). A path that is not a folder must be
 * a regular file that exists: anything else is refused here, before anything is read.
 */
export function mailKindOf(path: string): MailKind | null {
  if (path === '-') return null;
  if (isFolder(path)) return 'folder';
  const { from } = sniff(path);
  if (/\.eml$/i.test(path)) return 'eml';
  return from || /\.mbox$/i.test(path) ? 'mbox' : null;
}

/** One input as the files to read. */
export function mailFile(path: string, kind: 'mbox' | 'eml'): MailFile {
  return { path, kind, size: sniff(path).size };
}

/**
 * The mail in a folder, in a stable order: every file in a `cur/` or `new/` folder (a
 * Maildir's messages; `tmp/` holds mail still being delivered and is left alone), every
 * `*.eml`, and mbox files — `*.mbox`, Apple Mail's `mbox` inside an exported `.mbox`
 * folder, and files without an extension that start with `From ` (Thunderbird's `Inbox`,
 * `Sent`). Maildir++ keeps folders as `.Sent`, `.Archive`: dot-folders are entered; hidden
 * files never read. Folders that cannot be listed are reported.
 */
export function mailFilesIn(dir: string): { files: MailFile[]; problems: Problem[] } {
  const found = findFiles(dir, {
    folder: (name) => name !== 'tmp' && name !== '.git' && name !== 'node_modules',
    file: (name, folder) => !name.startsWith('.') && (folder === 'cur' || folder === 'new' || /\.(eml|mbox)$/i.test(name) || extname(name) === ''),
  });
  const files: MailFile[] = [];
  for (const path of found.files) {
    const name = basename(path);
    const parent = basename(dirname(path));
    if (parent === 'cur' || parent === 'new' || /\.eml$/i.test(name)) {
      files.push({ path, kind: 'eml', size: sniff(path).size });
      continue;
    }
    const { from, size } = sniff(path);
    if (from || /\.mbox$/i.test(name)) files.push({ path, kind: 'mbox', size });
  }
  return { files, problems: found.unreadable.map(unreadableFolderProblem) };
}

/** An mbox `From ` line as mail programs write it: `From sender date`, the date with a time (`10:22:33`). */
const FROM_LINE = /^From \S+ .*\d:\d\d/;
/** A `From ` line longer than this is text, not a separator. */
const MAX_FROM_LINE = 4096;

/**
 * Splits a mailbox, fed in chunks, into messages' header blocks. A message starts at the
 * beginning of the file or at a `From ` line that follows an empty line (and reads like
 * one: a sender and a time), as mboxo and mboxrd both write it; `>From ` lines are body
 * text in either (mboxrd's quoting only matters to bodies, never read here). Its header
 * block runs to the first empty line (LF or CRLF). A block larger than MAX_HEADER_BYTES is
 * not kept (counted in `oversized`). With `single`, only the first message is wanted (an
 * `.eml` file, which may start with a `From ` line too).
 */
export class MailSplitter {
  /** Bytes to read again, in front of the next chunk (an unfinished header block or `From ` line). */
  private carry: Buffer | null = null;
  /** The last bytes of the body so far (see feed). */
  private tail: Buffer | null = null;
  /** What came just before the chunk being read (its first line's empty-line check). */
  private before: Buffer | null = null;
  private state: 'start' | 'header' | 'body' = 'start';
  private out: Buffer[] = [];
  done = false;
  oversized = 0;

  constructor(private readonly single = false) {}

  /** The header blocks completed so far (each returned once). */
  take(): Buffer[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private emit(block: Buffer): void {
    this.out.push(Buffer.from(block));
    if (this.single) this.done = true;
  }

  feed(chunk: Buffer, final = false): void {
    if (this.done) return;
    let buf = chunk;
    // The body's last bytes: read again only when a `\nFrom ` runs across the two chunks;
    // otherwise they only tell what precedes the chunk's first line (copying every chunk
    // onto them cost a third of the reading time).
    const tail = this.tail;
    this.tail = null;
    this.before = null;
    if (this.carry) buf = Buffer.concat([this.carry, chunk]);
    else if (tail && (chunk.length < 16 || Buffer.concat([tail, chunk.subarray(0, NEWLINE_FROM.length)]).indexOf(NEWLINE_FROM) >= 0)) buf = Buffer.concat([tail, chunk]);
    else this.before = tail;
    this.carry = null;
    let pos = 0;
    while (!this.done) {
      if (this.state === 'start') {
        if (buf.length < 5 && !final) return void (this.carry = buf);
        if (buf.subarray(0, 5).equals(FROM_)) {
          const nl = buf.indexOf(10);
          if (nl < 0) {
            if (!final && buf.length <= MAX_FROM_LINE) return void (this.carry = buf);
            return void (this.done = true);
          }
          pos = nl + 1;
        }
        this.state = 'header';
        continue;
      }
      if (this.state === 'header') {
        // An empty line right away: a message with no header fields.
        if (buf[pos] === 10 || (buf[pos] === 13 && buf[pos + 1] === 10)) {
          this.emit(buf.subarray(pos, pos));
          pos += buf[pos] === 10 ? 1 : 2;
          this.state = 'body';
          continue;
        }
        // Line by line (a header block is a few dozen lines): a search for the empty line
        // would scan the rest of the chunk for every message when there is none there.
        let end = -1;
        let skip = 0;
        for (let nl = buf.indexOf(10, pos); nl >= 0 && nl + 1 < buf.length; nl = buf.indexOf(10, nl + 1)) {
          if (buf[nl + 1] === 10) [end, skip] = [nl, 2];
          else if (buf[nl + 1] === 13 && buf[nl + 2] === 10) [end, skip] = [nl, 3];
          else if (buf[nl + 1] === 13 && nl + 2 >= buf.length) break;
          if (end >= 0 || nl - pos > MAX_HEADER_BYTES) break;
        }
        if (end >= 0 && end + 1 - pos > MAX_HEADER_BYTES) {
          this.oversized++;
          pos = end + skip;
          this.state = 'body';
          continue;
        }
        if (end < 0) {
          if (buf.length - pos > MAX_HEADER_BYTES) {
            this.oversized++;
            this.state = 'body';
            pos = Math.max(pos, buf.length - 8);
            continue;
          }
          if (final) {
            if (buf.subarray(pos).toString('latin1').trim()) this.emit(buf.subarray(pos));
            return void (this.done = true);
          }
          return void (this.carry = buf.subarray(pos));
        }
        this.emit(buf.subarray(pos, end + 1));
        pos = end + skip;
        this.state = 'body';
        continue;
      }
      // The body: look for the next `From ` line after an empty line. The search starts one
      // byte back, so a `From ` line right after the header block's empty line is seen.
      let from = Math.max(0, pos - 1);
      const at = (i: number) => (i >= 0 ? buf[i] : this.before?.[this.before.length + i]);
      for (;;) {
        const j = buf.indexOf(NEWLINE_FROM, from);
        if (j < 0) {
          if (final) return void (this.done = true);
          return void (this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - 8))));
        }
        const blank = at(j - 1) === 10 || (at(j - 1) === 13 && at(j - 2) === 10);
        if (!blank) {
          from = j + 1;
          continue;
        }
        let nl = buf.indexOf(10, j + 1);
        if (nl < 0) {
          if (!final && buf.length - j <= MAX_FROM_LINE) {
            const keep = j >= 2 ? buf.subarray(j - 2) : Buffer.concat([this.before?.subarray(-(2 - j)) ?? Buffer.alloc(0), buf]);
            return void (this.carry = keep);
          }
          if (!final) {
            from = j + 1;
            continue;
          }
          nl = buf.length;
        }
        if (nl - j > MAX_FROM_LINE || !FROM_LINE.test(buf.toString('latin1', j + 1, nl))) {
          from = j + 1;
          continue;
        }
        pos = nl + 1;
        this.state = 'header';
        break;
      }
      if (pos >= buf.length) {
        if (final) return void (this.done = true);
        return;
      }
    }
  }
}

/**
 * The header blocks of one file's messages, read in 1 MiB chunks; `read(n)` is told of
 * every chunk (a progress bar), `seen.oversized` counts header blocks too large to be a
 * message's. An `.eml` file is read only as far as its header block.
 */
export async function* headerBlocks(file: MailFile, read: (bytes: number) => void = () => {}, seen: { oversized: number } = { oversized: 0 }): AsyncGenerator<Buffer> {
  const { fd } = openRegular(file.path);
  const stream = createReadStream(file.path, { fd, highWaterMark: CHUNK });
  const split = new MailSplitter(file.kind === 'eml');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read(chunk.length);
      split.feed(chunk);
      for (const b of split.take()) yield b;
      if (split.done) break;
    }
    split.feed(Buffer.alloc(0), true);
    for (const b of split.take()) yield b;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({ code: 'unreadable', file: file.path, message: M.t.err.unreadable(file.path, code ?? String(e)) });
  } finally {
    stream.destroy();
    seen.oversized += split.oversized;
  }
}
