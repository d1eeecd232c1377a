import { spawnSync } from 'node:child_process';
import { BIN } from '../e2e/harness.js';

const reachable = new Map<number, boolean>();

/**
 * Whether the built CLI can run as `uid` at all: a clone in a private folder (mktemp's
 * 0700, a CI workspace under /root) is out of that user's reach, and a test that runs the
 * CLI as another user must then be skipped, not fail.
 */
export function cliRunsAs(uid: number): boolean {
  let ok = reachable.get(uid);
  if (ok === undefined) {
    const r = spawnSync(process.execPath, [BIN, '--version'], { uid, gid: uid, cwd: '/', encoding: 'utf8', timeout: 10_000 });
    ok = r.status === 0;
    reachable.set(uid, ok);
  }
  return ok;
}
