import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli } from './harness.js';

const KINDS = ['client', 'log', 'rubric', 'settings'];

describe('schema', () => {
  for (const kind of KINDS) {
    it(`prints the ${kind} schema, identical to the shipped schemas/${kind}.schema.json`, async () => {
      const r = await runCli(['schema', kind]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      // If this fails, the zod schemas changed: run `npx tsx scripts/genSchemas.ts` and commit schemas/.
      expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8'));
      expect(JSON.parse(r.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    });
  }
  it('does not depend on the language', async () => {
    expect((await runCli(['schema', 'rubric', '--lang', 'es'])).stdout).toBe((await runCli(['schema', 'rubric'])).stdout);
  });
  it('an unknown or missing kind is a usage error (exit 2) naming the kinds', async () => {
    const bad = await runCli(['schema', 'invoice']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown kind of file "invoice"');
    expect(bad.stderr).toContain('rubric, client, log, settings');
    const none = await runCli(['schema']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the kind of file');
    expect(hasStackTrace(bad.stderr + none.stderr)).toBe(false);
  });
  it('every shipped example and rubric names an existing schema of its own kind on its first line', () => {
    const files = [
      ...readdirSync(join(ROOT, 'examples')).map((f) => join('examples', f)),
      join('rubrics', 'default.yaml'),
    ].filter((f) => /\.ya?ml$/.test(f));
    const kindOf = (f: string) => (f.endsWith('.clientfit.yaml') ? 'settings' : f.endsWith('.log.yaml') ? 'log' : f.startsWith('rubrics') ? 'rubric' : 'client');
    for (const f of files) {
      const first = readFileSync(join(ROOT, f), 'utf8').split('\n')[0]!;
      expect(first, f).toBe(`# yaml-language-server: $schema=../schemas/${kindOf(f)}.schema.json`);
      expect(existsSync(join(ROOT, 'schemas', `${kindOf(f)}.schema.json`))).toBe(true);
    }
  });
});
