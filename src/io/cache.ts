import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { SafeWriteError, writeFileSafely } from './writeFileSafely.js';

/** Bump when the shape of cached values changes: old entries are then simply never found. */
export const CACHE_FORMAT = 2;

/**
 * The user's cache folder: `$XDG_CACHE_HOME/clientfit` (the XDG spec ignores a relative
 * value), else `~/.cache/clientfit`; null when there is no home folder to put it in.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'clientfit');
  let home = env.HOME;
  if (!home) {
    try {
      home = homedir();
    } catch {
      return null;
    }
  }
  return home ? join(home, '.cache', 'clientfit') : null;
}

/**
 * A content-addressed cache: values are stored under the SHA-256 of the bytes they were
 * computed from (plus a salt naming the program version and the role of the file), so a
 * changed file can never hit a stale entry, and the same bytes at another path share one.
 * SHA-256 measured ~1 GB/s here (hardware SHA), under 1% of parsing the same bytes.
 *
 * Every failure is swallowed: a missing, unreadable, corrupt or foreign entry is a miss,
 * and a folder that cannot be written turns writing off. The cache can only make a run
 * faster, never change or stop it. Entries are written with writeFileSafely (each writer,
 * thread or process, has its own temp file, and the last rename wins), folders 0700 and
 * files 0600: the data comes from the user's client files.
 */
export class ContentCache {
  private rootReady = false;
  private writable = true;

  constructor(
    readonly dir: string,
    private readonly salt: string,
  ) {}

  /** Key for `bytes` read in a given role (a profile and a log are validated differently). */
  key(role: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.salt).update('\0').update(role).update('\0').update(bytes).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, `v${CACHE_FORMAT}`, key.slice(0, 2), `${key}.json`);
  }

  /** The value stored under `key`, if present, intact and accepted by `check`. */
  get<T>(key: string, check: (v: unknown) => v is T): T | undefined {
    const file = this.file(key);
    // A miss is common on a cold run; a failed read throws, which costs ~15 µs, a stat 1 µs.
    if (!existsSync(file)) return undefined;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { k?: unknown; v?: unknown } | null;
      // The key inside guards against a renamed or swapped file.
      if (!entry || entry.k !== key || !check(entry.v)) return undefined;
      return entry.v;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    if (!this.writable) return;
    const path = this.file(key);
    try {
      const data = JSON.stringify({ k: key, v: value });
      const write = () => writeFileSafely(path, data, { mode: 0o600, disposable: true });
      if (!this.rootReady) this.secureRoot();
      try {
        write();
      } catch (e) {
        // Folders are made when first needed: no mkdir call on every write.
        if (!(e instanceof SafeWriteError && e.reason === 'no-dir')) throw e;
        mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
        write();
      }
    } catch {
      this.writable = false;
    }
  }

  /** Creates the cache folder 0700, or tightens an existing one of ours that others could read. */
  private secureRoot(): void {
    this.rootReady = true;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const st = statSync(this.dir);
    if ((st.mode & 0o077) !== 0 && typeof process.getuid === 'function' && st.uid === process.getuid()) chmodSync(this.dir, 0o700);
  }
}

const DAY = 86_400_000;
/** Entries neither read nor written for this long are deleted (the next run recomputes them). */
export const CACHE_MAX_IDLE_DAYS = 30;

/**
 * Keeps the cache from growing without end (every edited file leaves an entry behind): at
 * most once a day, deletes entries whose last access and last write are both older than
 * CACHE_MAX_IDLE_DAYS, and temp files left by a killed run. With `noatime` mounts an entry
 * in use is simply recomputed once a month. Never throws.
 */
export function pruneCache(dir: string, now = Date.now()): void {
  const root = join(dir, `v${CACHE_FORMAT}`);
  const marker = join(root, '.pruned');
  try {
    if (now - statSync(marker).mtimeMs < DAY) return;
  } catch {
    /* never pruned */
  }
  try {
    for (const sub of readdirSync(root)) {
      if (sub.startsWith('.')) continue;
      const folder = join(root, sub);
      for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        try {
          const st = statSync(file);
          const idle = now - Math.max(st.atimeMs, st.mtimeMs);
          if (name.endsWith('.tmp') ? idle > DAY : idle > CACHE_MAX_IDLE_DAYS * DAY) unlinkSync(file);
        } catch {
          /* raced with another run */
        }
      }
    }
    writeFileSafely(marker, '', { mode: 0o600, disposable: true });
  } catch {
    /* no cache yet, or not ours to tidy */
  }
}
