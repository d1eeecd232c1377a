import { describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

/** One locale rule for help, usage errors and reports: LC_ALL, then LC_MESSAGES, then LANG. */
describe('language from the environment', () => {
  const es = { LANG: 'C', LC_MESSAGES: 'es_ES.UTF-8' };

  it('LANG=C LC_MESSAGES=es_ES.UTF-8: --help is Spanish', async () => {
    const r = await runCli(['--help'], { env: es });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: clientfit/m);
    expect(r.stdout).toMatch(/^Opciones:/m);
  });

  it('the same for a bad --lang and a bad --format', async () => {
    const lang = await runCli(['score', 'examples/acme.yaml', '--lang', 'fr'], { env: es });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('idioma desconocido: "fr"');
    const format = await runCli(['score', 'examples/acme.yaml', '--format', 'xx'], { env: es });
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format: .*"xx"/);
    expect(format.stderr).toContain('se esperaba');
  });

  it('LC_ALL beats LC_MESSAGES', async () => {
    const r = await runCli(['--help'], { env: { ...es, LC_ALL: 'en_GB.UTF-8' } });
    expect(r.stdout).toMatch(/^Usage: clientfit/m);
  });
});
