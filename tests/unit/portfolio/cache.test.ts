import { chmodSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FORMAT, ContentCache, defaultCacheDir, pruneCache } from '../../../src/io/cache.js';
import { makeTempDir } from '../../support/tempDirs.js';

const bytes = (s: string) => Buffer.from(s);
const isNum = (v: unknown): v is { n: number } => typeof (v as { n?: unknown })?.n === 'number';
const fresh = () => makeTempDir('clientfit-cache-test-');

/** Every file under a folder (entries live in v1/xx/<key>.json). */
function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(join(e.parentPath, e.name));
  return out;
}

describe('defaultCacheDir', () => {
  it('uses XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/clientfit');
    // the XDG spec says a relative value is to be ignored
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'rel', HOME: '/home/u' })).toBe('/home/u/.cache/clientfit');
    expect(defaultCacheDir({ HOME: '/home/u' })).toBe('/home/u/.cache/clientfit');
  });
});

describe('ContentCache', () => {
  it('keys by content, role and salt', () => {
    const c = new ContentCache('/unused', 'v1');
    const k = c.key('entry', bytes('name: A\n'));
    expect(k).toMatch(/^[0-9a-f]{64}$/);
    expect(c.key('entry', bytes('name: A\n'))).toBe(k);
    expect(c.key('entry', bytes('name: B\n'))).not.toBe(k);
    expect(c.key('log', bytes('name: A\n'))).not.toBe(k);
    expect(new ContentCache('/unused', 'v2').key('entry', bytes('name: A\n'))).not.toBe(k);
  });

  it('stores and finds a value, in a private folder with private files', () => {
    const dir = join(fresh(), 'clientfit');
    const c = new ContentCache(dir, 's');
    const k = c.key('entry', bytes('x'));
    expect(c.get(k, isNum)).toBeUndefined();
    c.put(k, { n: 42 });
    expect(c.get(k, isNum)).toEqual({ n: 42 });
    expect(new ContentCache(dir, 's').get(k, isNum)).toEqual({ n: 42 });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [entry] = files(dir);
    expect(entry).toContain(join(`v${CACHE_FORMAT}`, k.slice(0, 2), `${k}.json`));
    expect(statSync(entry!).mode & 0o777).toBe(0o600);
    // no temp file left behind
    expect(files(dir)).toHaveLength(1);
  });

  it('tightens an existing cache folder that others could read', () => {
    const dir = join(fresh(), 'clientfit');
    new ContentCache(dir, 's').put('ab'.repeat(32), { n: 1 });
    chmodSync(dir, 0o755);
    new ContentCache(dir, 's').put('cd'.repeat(32), { n: 2 });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('ignores corrupt, foreign or unexpected entries', () => {
    const dir = fresh();
    const c = new ContentCache(dir, 's');
    const k = c.key('entry', bytes('x'));
    c.put(k, { n: 1 });
    const [entry] = files(dir);
    writeFileSync(entry!, '{"k":"' + k + '","v":{"n":');
    expect(c.get(k, isNum)).toBeUndefined();
    writeFileSync(entry!, JSON.stringify({ k: 'another key', v: { n: 1 } }));
    expect(c.get(k, isNum)).toBeUndefined();
    writeFileSync(entry!, JSON.stringify({ k, v: { n: 'one' } }));
    expect(c.get(k, isNum)).toBeUndefined();
    writeFileSync(entry!, '\u0000\u0001binary');
    expect(c.get(k, isNum)).toBeUndefined();
    // and a fresh put repairs it
    c.put(k, { n: 2 });
    expect(c.get(k, isNum)).toEqual({ n: 2 });
  });

  it('never throws when the folder cannot be written', () => {
    const file = join(fresh(), 'not-a-folder');
    writeFileSync(file, 'x');
    const c = new ContentCache(join(file, 'clientfit'), 's');
    const k = c.key('entry', bytes('x'));
    expect(() => c.put(k, { n: 1 })).not.toThrow();
    expect(c.get(k, isNum)).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('pruneCache', () => {
  it('deletes entries idle for 30 days and stale temp files, at most once a day', () => {
    const dir = fresh();
    const c = new ContentCache(dir, 's');
    const keep = c.key('entry', bytes('used'));
    const old = c.key('entry', bytes('old'));
    c.put(keep, { n: 1 });
    c.put(old, { n: 2 });
    const sub = join(dir, `v${CACHE_FORMAT}`, old.slice(0, 2));
    writeFileSync(join(sub, 'x.json.1-0-0.tmp'), '{');
    const day = 86_400_000;
    const now = Date.now();
    // the old entry and the temp file were last touched 31 and 2 days ago
    utimesSync(join(sub, `${old}.json`), new Date(now - 31 * day), new Date(now - 31 * day));
    utimesSync(join(sub, 'x.json.1-0-0.tmp'), new Date(now - 2 * day), new Date(now - 2 * day));
    pruneCache(dir, now);
    expect(c.get(keep, isNum)).toEqual({ n: 1 });
    expect(c.get(old, isNum)).toBeUndefined();
    expect(existsSync(join(sub, 'x.json.1-0-0.tmp'))).toBe(false);
    // pruned today: a second call does nothing, even with "old" entries
    c.put(old, { n: 2 });
    utimesSync(join(sub, `${old}.json`), new Date(now - 31 * day), new Date(now - 31 * day));
    pruneCache(dir, now + 1000);
    expect(c.get(old, isNum)).toEqual({ n: 2 });
  });

  it('never throws, with or without a cache folder', () => {
    expect(() => pruneCache(join(fresh(), 'none'))).not.toThrow();
  });
});
