import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli, snapshot, tempDir } from './harness.js';

const scripted = ['--yes', '--name', 'ACME Retail S.L.', '--industry', 'retail', '--rate', '60', '--currency', 'eur', '--notice-days', '30'];

describe('clientfit init FILE --yes', () => {
  it('writes a commented profile that validates and scores', async () => {
    const dir = tempDir();
    const r = await runCli(['init', 'clients/acme.yaml', ...scripted, '--since', '2023-02-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Created clients/acme.yaml');
    const text = readFileSync(join(dir, 'clients/acme.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/client.schema.json');
    expect(parse(text)).toEqual({
      name: 'ACME Retail S.L.',
      industry: 'retail',
      since: '2023-02-01',
      contract: { rate: 60, currency: 'EUR', rate_unit: 'hour', termination: { notice_days: 30, notice_basis: 'calendar' } },
      events: null,
    });
    expect((await runCli(['score', 'clients/acme.yaml', '--as-of', '2026-11-24'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['lint', 'clients/acme.yaml'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'clients'))).toEqual(['acme.yaml']);
  });

  it('then `clientfit log` adds events under its `events:` line', async () => {
    const dir = tempDir();
    await runCli(['init', 'acme.yaml', ...scripted], { cwd: dir });
    const before = readFileSync(join(dir, 'acme.yaml'), 'utf8');
    const r = await runCli(['log', 'acme.yaml', 'invoice', 'ref=F-1', 'amount=900', 'due=2026-12-20', '--date', '2026-11-20'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'acme.yaml'), 'utf8')).toBe(before + '  - {date: 2026-11-20, type: invoice, ref: F-1, amount: 900, due: 2026-12-20}\n');
  });

  it('without FILE: NAME.yaml, in clients/ when there is one', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'clients'));
    const r = await runCli(['init', '--yes', '--name', 'Estudio Peña & Co'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'clients'))).toEqual(['estudio-pena-co.yaml']);
  });

  it('points $schema at the nearest schemas/client.schema.json, or at --schema', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas/client.schema.json'), '{}');
    await runCli(['init', 'a/b/x.yaml', '--yes', '--name', 'X'], { cwd: dir });
    expect(readFileSync(join(dir, 'a/b/x.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/client.schema.json');
    await runCli(['init', 'y.yaml', '--yes', '--name', 'Y', '--schema', 'https://example.com/client.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'y.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.com/client.json');
  });

  it('writes the client schema its first line points at when there is none, once', async () => {
    const dir = tempDir();
    const r = await runCli(['init', 'clients/x.yaml', '--yes', '--name', 'X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[2]).toBe('Wrote schemas/client.schema.json, the schema the first line points your editor at (completion, hover text, checks)');
    const line = readFileSync(join(dir, 'clients/x.yaml'), 'utf8').split('\n')[0]!;
    const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(line)![1]!;
    expect(ref).toBe('../schemas/client.schema.json');
    const pointed = join(dir, 'clients', ref);
    expect(readFileSync(pointed, 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/client.schema.json'), 'utf8'));
    expect(JSON.parse(readFileSync(pointed, 'utf8')).title).toBe('clientfit client profile');
    // The next profile finds it and writes nothing more.
    const again = await runCli(['init', 'clients/y.yaml', '--yes', '--name', 'Y'], { cwd: dir });
    expect(again.stderr).not.toContain('Wrote');
    expect(readFileSync(join(dir, 'clients/y.yaml'), 'utf8').split('\n')[0]).toBe(line);
    expect(readdirSync(dir).sort()).toEqual(['clients', 'schemas']);
  });

  it('puts the schema in the workspace (the folder of .clientfit.yaml), in the language of the profile', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'work'));
    writeFileSync(join(dir, 'work/.clientfit.yaml'), 'lang: es\n');
    const r = await runCli(['init', 'work/clients/acme/x.yaml', '--yes', '--name', 'X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'work/clients/acme/x.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/client.schema.json');
    expect(JSON.parse(readFileSync(join(dir, 'work/schemas/client.schema.json'), 'utf8')).title).toBe('Ficha de cliente de clientfit');
    expect(r.stderr).toContain('Escrito work/schemas/client.schema.json');
  });

  it('a profile outside the current folder gets the schema beside it', async () => {
    const dir = tempDir();
    const other = tempDir();
    const r = await runCli(['init', join(other, 'x.yaml'), '--yes', '--name', 'X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(other, 'x.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/client.schema.json');
    expect(existsSync(join(other, 'schemas/client.schema.json'))).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when the schema cannot be written the profile stands, and the note says how to create it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'schemas'), 'a file where the folder would go\n');
    const r = await runCli(['init', 'clients/x.yaml', '--yes', '--name', 'X'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'clients/x.yaml'))).toBe(true);
    expect(r.stderr).toContain('The first line points your editor at schemas/client.schema.json, which could not be written; create it with: clientfit schema client --write schemas');
  });

  it('writes the comments in Spanish with --lang es', async () => {
    const dir = tempDir();
    const r = await runCli(['init', 'x.yaml', '--yes', '--name', 'X', '--lang', 'es'], { cwd: dir });
    expect(r.stderr.split('\n')[0]).toBe('Creado x.yaml');
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toContain('# Ficha de cliente para clientfit.');
  });

  it('reads a Spanish rate with a decimal comma, and writes it with a point', async () => {
    const dir = tempDir();
    const r = await runCli(['init', 'x.yaml', '--yes', '--name', 'X', '--rate', '62,5', '--lang', 'es'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toMatch(/^ {2}rate: 62\.5\b/m);
    const en = await runCli(['init', 'y.yaml', '--yes', '--name', 'Y', '--rate', '62,5'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('error: --rate: `rate` should be a number, not "62,5"\n  expected: 62.5: in English a number takes a decimal point');
  });
});

describe('clientfit init refuses (exit 2, nothing written)', () => {
  it('an existing file, unless --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'acme.yaml'), 'name: Mine\n');
    const r = await runCli(['init', 'acme.yaml', '--yes', '--name', 'Other'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: acme.yaml already exists; clientfit will not overwrite it\n  expected: another file name, or --force to replace it\n');
    expect(readFileSync(join(dir, 'acme.yaml'), 'utf8')).toBe('name: Mine\n');
    const f = await runCli(['init', 'acme.yaml', '--yes', '--name', 'Other', '--force'], { cwd: dir });
    expect(f.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'acme.yaml'), 'utf8')).name).toBe('Other');
  });

  const cases: [string, string[], string][] = [
    ['no terminal and no --yes', ['x.yaml', '--name', 'X'], 'error: no terminal to ask on: give the answers as flags, with at least --yes --name\n'],
    ['--yes without --name', ['x.yaml', '--yes'], 'error: --yes needs --name: a profile must have a name\n'],
    ['bad flags, all named', ['x.yaml', '--yes', '--name', 'X', '--rate', '60€', '--notice-basis', 'weekly', '--notice-days', '30'], 'error: --rate: `rate` should be a number, not "60€"'],
    ['standard input', ['-', '--yes', '--name', 'X'], 'error: the file to write to must be a real file, not -'],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const dir = tempDir();
    const snap = snapshot(dir);
    const r = await runCli(['init', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(snapshot(dir)).toEqual(snap);
  });
});
