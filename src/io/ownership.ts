import type { Stats } from 'node:fs';

/**
 * Whose a file is, and who else may change it: the one trust rule for what clientfit reads
 * without being told to (settings found by searching upward, the cache folder and its
 * entries). Platforms without user ids (Windows) trust every file.
 */

/** This process's effective user id, or null where there are none. */
export const myUid = (): number | null => (typeof process.geteuid === 'function' ? process.geteuid() : null);
const myGid = (): number | null => (typeof process.getegid === 'function' ? process.getegid() : null);

/**
 * Whether users other than the owner may write to it: anyone (o+w), or a group that is not
 * the user's own primary group (g+w). A file writable by the user's own primary group is
 * the norm where every user has a private group and umask 002 (Debian, Ubuntu, Fedora), and
 * is accepted as OpenSSH's Debian builds accept it; under a shared primary group (`users`)
 * the default umask 022 leaves files group-read-only anyway.
 */
export function othersMayWrite(st: Pick<Stats, 'mode' | 'gid'>): boolean {
  if ((st.mode & 0o002) !== 0) return true;
  return (st.mode & 0o020) !== 0 && st.gid !== myGid();
}

/** Why a file or folder must not be believed: another user owns it, or others may change it; null when it is this user's own. */
export function distrustOf(st: Pick<Stats, 'uid' | 'mode' | 'gid'>): { owner: number } | { mode: number } | null {
  const uid = myUid();
  if (uid === null) return null;
  if (st.uid !== uid) return { owner: st.uid };
  if (othersMayWrite(st)) return { mode: st.mode & 0o7777 };
  return null;
}
