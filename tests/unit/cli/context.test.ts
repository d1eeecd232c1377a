import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { langFromEnv, messages } from '../../../src/core/i18n/index.js';
import { word } from '../../../src/core/i18n/word.js';
import { createContext, newSession } from '../../../src/cli/context.js';
import { UserError } from '../../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'clientfit-ctx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one locale rule', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG; C and POSIX say nothing', () => {
    expect(langFromEnv({ LANG: 'C', LC_MESSAGES: 'es_ES.UTF-8' })).toBe('es');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'es_ES' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(langFromEnv({ LANG: 'POSIX' })).toBeUndefined();
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBeUndefined();
  });

  it('a session starts from --lang, else the environment', () => {
    expect(newSession(['score', 'x', '--lang', 'ES'], {}).lang).toBe('es');
    expect(newSession(['score', '--lang=es'], { LANG: 'en_GB' }).lang).toBe('es');
    expect(newSession(['--help'], { LANG: 'C', LC_MESSAGES: 'es_ES.UTF-8' }).lang).toBe('es');
    // An unknown --lang does not choose: its own error is told in the environment's language.
    expect(newSession(['--lang', 'fr'], { LANG: 'es_ES' }).lang).toBe('es');
  });

  it('--lang beats settings, settings beat the environment', async () => {
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: es\n');
    const env = { LANG: 'en_GB.UTF-8', HOME: dir };
    expect((await createContext(newSession([], env), {}, { settingsDir: dir })).lang).toBe('es');
    expect((await createContext(newSession([], env), { lang: 'en' }, { settingsDir: dir })).lang).toBe('en');
    expect((await createContext(newSession([], env), {}, { settingsDir: null })).lang).toBe('en');
  });

  it('the session follows the settings, so late errors are told in the report language', async () => {
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: es\n');
    const session = newSession([], { LANG: 'C', HOME: dir });
    expect(session.lang).toBe('en');
    await createContext(session, {}, { settingsDir: dir });
    expect(session.lang).toBe('es');
  });
});

describe('createContext', () => {
  it('checks --format against the command list and defaults to the first', async () => {
    const s = newSession([], { LANG: 'C' });
    expect((await createContext(s, {}, { formats: ['text', 'json'] as const })).format).toBe('text');
    await expect(createContext(s, { format: 'xml' }, { formats: ['text', 'json'] as const })).rejects.toThrow(UserError);
  });

  it('refuses an unknown --lang and a bad --as-of, in the environment language', async () => {
    const s = newSession([], { LC_MESSAGES: 'es_ES.UTF-8' });
    let err: unknown;
    try {
      await createContext(s, { lang: 'fr' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    // Worded as run() words it: in the session's language.
    expect(word((err as UserError).problems[0]!.message, messages(s.lang))).toMatch(/^--lang: idioma desconocido|^--lang: .*"fr"/);
    await expect(createContext(s, { asOf: '2026-02-30' })).rejects.toThrow(UserError);
  });

  it('takes --as-of as given, and the first --rubric', async () => {
    const ctx = await createContext(newSession([], {}), { asOf: '2026-06-30', rubric: ['a.yaml', 'b.yaml'] });
    expect(ctx.asOf).toBe('2026-06-30');
    expect(ctx.rubricRef).toBe('a.yaml');
  });

  it('a settings rubric is relative to the settings file', async () => {
    writeFileSync(join(dir, '.clientfit.yaml'), 'rubric: rubrics/mine.yaml\n');
    const ctx = await createContext(newSession([], { HOME: dir }), {}, { settingsDir: dir });
    expect(ctx.rubricRef).toBe(join(dir, 'rubrics/mine.yaml'));
    expect(ctx.settingsFile).toBe(join(dir, '.clientfit.yaml'));
  });

  it('lenient settings: a broken file still gives its language', async () => {
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: es\ntarget_rate: lots\n');
    const strict = () => createContext(newSession([], { HOME: dir }), {}, { settingsDir: dir });
    await expect(strict()).rejects.toThrow(UserError);
    expect((await createContext(newSession([], { HOME: dir }), {}, { settingsDir: dir, lenientSettings: true })).lang).toBe('es');
  });
});
