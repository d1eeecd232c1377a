import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli, snapshot, tempDir } from './harness.js';

const KINDS = ['client', 'log', 'rubric', 'settings', 'map'];
const shipped = (kind: string) => readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8');

describe('schema', () => {
  for (const kind of KINDS) {
    it(`prints the ${kind} schema, identical to the shipped schemas/${kind}.schema.json`, async () => {
      const r = await runCli(['schema', kind]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      // If this fails, the zod schemas or their texts changed: run `npm run schemas` and commit schemas/.
      expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8'));
      expect(JSON.parse(r.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    });
  }
  it('speaks the language of the run: --lang es (or LANG=es_ES) gives Spanish texts, same rules', async () => {
    const en = JSON.parse((await runCli(['schema', 'client'])).stdout);
    const es = JSON.parse((await runCli(['schema', 'client', '--lang', 'es'])).stdout);
    expect(es.title).toBe('Ficha de cliente de clientfit');
    expect(es.properties.name.markdownDescription).toMatch(/^El nombre completo del cliente/);
    expect(es.required).toEqual(en.required);
    expect((await runCli(['schema', 'client'], { env: { LANG: 'es_ES.UTF-8' } })).stdout).toBe(`${JSON.stringify(es, null, 2)}\n`);
  });
  it('--write DIR takes the language of the settings that apply there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: es\n');
    expect((await runCli(['schema', 'settings', '--write', 'schemas'], { cwd: dir })).stderr).toBe('Escrito schemas/settings.schema.json\n');
    expect(JSON.parse(readFileSync(join(dir, 'schemas', 'settings.schema.json'), 'utf8')).title).toBe('Ajustes de clientfit');
  });
  it('an unknown or missing kind is a usage error (exit 2) naming the kinds', async () => {
    const bad = await runCli(['schema', 'invoice']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('unknown kind of file "invoice"');
    expect(bad.stderr).toContain('rubric, client, log, settings, map');
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

describe('schema --write DIR', () => {
  it('writes DIR/KIND.schema.json, the shipped file, and says so; prints nothing on stdout', async () => {
    const dir = tempDir();
    const r = await runCli(['schema', 'client', '--write', 'schemas'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'Wrote schemas/client.schema.json\n' });
    expect(readdirSync(join(dir, 'schemas'))).toEqual(['client.schema.json']);
    expect(readFileSync(join(dir, 'schemas', 'client.schema.json'), 'utf8')).toBe(shipped('client'));
  });

  it('without KIND writes every kind, in the language asked for, and creates the folder', async () => {
    const dir = tempDir();
    const r = await runCli(['schema', '--write', 'editor/schemas', '--lang', 'es'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n').sort()).toEqual(KINDS.map((k) => `Escrito editor/schemas/${k}.schema.json`).sort());
    expect(readdirSync(join(dir, 'editor', 'schemas')).sort()).toEqual(KINDS.map((k) => `${k}.schema.json`).sort());
    expect(JSON.parse(readFileSync(join(dir, 'editor', 'schemas', 'rubric.schema.json'), 'utf8')).title).toBe('Rúbrica de clientfit');
    expect(readdirSync(dir)).toEqual(['editor']);
  });

  it('replaces an older schema, keeping its mode', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas', 'log.schema.json'), '{}\n');
    chmodSync(join(dir, 'schemas', 'log.schema.json'), 0o640);
    expect((await runCli(['schema', 'log', '--write', 'schemas'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'schemas', 'log.schema.json'), 'utf8')).toBe(shipped('log'));
    expect(readdirSync(join(dir, 'schemas'))).toEqual(['log.schema.json']);
  });

  it('refuses a symlink, or a folder that is a file, before writing anything (exit 2)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'elsewhere.json'), 'mine\n');
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'schemas', 'rubric.schema.json'));
    writeFileSync(join(dir, 'notes.txt'), 'a file\n');
    const before = snapshot(dir);
    const link = await runCli(['schema', '--write', 'schemas'], { cwd: dir });
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('schemas/rubric.schema.json is a symbolic link');
    const file = await runCli(['schema', 'client', '--write', 'notes.txt'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('notes.txt is a file, not a folder');
    expect(hasStackTrace(link.stderr + file.stderr)).toBe(false);
    expect(snapshot(dir)).toEqual(before);
    expect(readlinkSync(join(dir, 'schemas', 'rubric.schema.json'))).toBe(join(dir, 'elsewhere.json'));
  });

  it('an unknown kind writes nothing (exit 2)', async () => {
    const dir = tempDir();
    const r = await runCli(['schema', 'invoice', '--write', 'schemas'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
