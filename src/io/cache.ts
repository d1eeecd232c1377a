import { createHash } from 'node:crypto';
import { chmodSync, closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { distrustOf, myUid, othersMayWrite } from './ownership.js';
import { homeDir } from './settingsFile.js';
import { SafeWriteError, writeFileSafely } from './writeFileSafely.js';

/**
 * Bump when the shape of cached values changes, or what validation accepts (3: an invoice
 * needs `ref`): old entries are then simply never found.
 */
export const CACHE_FORMAT = 3;

/**
 * The user's cache folder: `$XDG_CACHE_HOME/clientfit` (the XDG spec ignores a relative
 * value), else `~/.cache/clientfit`; null when there is no home folder to put it in.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'clientfit');
  const home = homeDir(env);
  return home ? join(home, '.cache', 'clientfit') : null;
}

/** Whether a file or folder is this user's and only this user may change it (always, where there are no user ids). */
const isOwn = (st: Stats): boolean => distrustOf(st) === null;

/**
 * What the cache folder is: `missing` (made when first written), `own` (this user's, and no
 * one else may change it), `loose` (this user's, but others could have written into it: its
 * entries are thrown away and it is made private again), or `foreign` (another user's, or
 * not a folder: never read nor written this run). A link to a folder is followed only when
 * the link and the folder are both this user's.
 */
export function cacheRootState(dir: string): 'missing' | 'own' | 'loose' | 'foreign' {
  let st: Stats;
  try {
    st = lstatSync(dir);
    if (st.isSymbolicLink()) {
      if (myUid() !== null && st.uid !== myUid()) return 'foreign';
      st = statSync(dir);
    }
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'foreign';
  }
  if (!st.isDirectory()) return 'foreign';
  const uid = myUid();
  if (uid === null) return 'own';
  if (st.uid !== uid) return 'foreign';
  return othersMayWrite(st) ? 'loose' : 'own';
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
 * files 0600: the data comes from the user's client files. Nothing another user could
 * have written is believed (cacheRootState): a folder another user owns is left alone,
 * one others could write to is emptied and made private, and an entry file that is not
 * this user's own is a miss.
 */
export class ContentCache {
  private rootReady = false;
  private writable = true;
  /** null until the folder is first looked at; false when it must not be used at all. */
  private usable: boolean | null = null;

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

  /** Whether the folder may be used, checked (and a loose one emptied) once per instance. */
  private trusted(): boolean {
    if (this.usable === null) {
      const state = cacheRootState(this.dir);
      if (state === 'loose') this.rebuild();
      this.usable = state !== 'foreign';
      if (!this.usable) this.writable = false;
    }
    return this.usable;
  }

  /**
   * A folder of ours that others could write to: its entries may have been planted, so the
   * folder is made private and the entries are moved aside and deleted (rmSync removes
   * links, never what they point at). Racing runs each move their own copy, or find it gone.
   */
  private rebuild(): void {
    try {
      chmodSync(this.dir, 0o700);
      for (const name of readdirSync(this.dir)) {
        if (!name.startsWith('v')) continue;
        const aside = join(this.dir, `.stale-${process.pid}-${name}`);
        try {
          renameSync(join(this.dir, name), aside);
          rmSync(aside, { recursive: true, force: true });
        } catch {
          /* another run moved it first */
        }
      }
    } catch {
      this.writable = false;
    }
  }

  /** The value stored under `key`, if present, this user's own, intact and accepted by `check`. */
  get<T>(key: string, check: (v: unknown) => v is T): T | undefined {
    if (!this.trusted()) return undefined;
    const file = this.file(key);
    // A miss is common on a cold run; a failed open throws, which costs ~15 µs, a stat 1 µs.
    if (!existsSync(file)) return undefined;
    let text: string;
    try {
      // Judged on the open descriptor: a regular file of this user's only (never blocks on a FIFO).
      const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      try {
        const st = fstatSync(fd);
        if (!st.isFile() || !isOwn(st)) return undefined;
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
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
    if (!this.trusted() || !this.writable) return;
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
    if ((st.mode & 0o077) !== 0 && (myUid() === null || st.uid === myUid())) chmodSync(this.dir, 0o700);
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
  // Only a folder of ours is tidied; another user's is not ours to delete from.
  if (cacheRootState(dir) !== 'own') return;
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
