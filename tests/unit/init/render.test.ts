import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildClient } from '../../../src/core/client.js';
import { parseYaml } from '../../../src/core/yamlSource.js';
import { renderProfile, hintName } from '../../../src/core/init/render.js';
import type { InitAnswers } from '../../../src/core/init/answers.js';
import { editEn } from '../../../src/core/i18n/edit.en.js';
import { editEs } from '../../../src/core/i18n/edit.es.js';
import { wordEn } from '../build.js';

const opts = { schemaRef: '../schemas/client.schema.json', file: 'clients/acme.yaml', today: '2026-11-24', e: editEn };

/** Parses and validates the profile exactly as `score` would, returning the validated profile. */
function valid(text: string) {
  const parsed = parseYaml(text, 'clients/acme.yaml', 'client');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => wordEn(p.message)).join('; '));
  const built = buildClient(parsed.src);
  if (!built.ok) throw new Error(built.problems.map((p) => wordEn(p.message)).join('; '));
  return built.value.client.profile;
}

/** Every hint turned into YAML: delete "# " after the indentation, skipping the 4 header lines. */
function uncommentHints(text: string): string {
  return text
    .split('\n')
    .map((l, i) => (i < 4 ? l : l.replace(/^( *)# ?/, '$1')))
    .join('\n');
}

const full: InitAnswers = {
  name: 'ACME Retail S.L.',
  industry: 'retail',
  since: '2023-02-01',
  contactName: 'Ana Pérez',
  email: 'ana@acme.example',
  phone: '+34 600 000 000',
  tier: 'real',
  inNiche: true,
  withinSkills: true,
  budgetFits: false,
  rate: 60,
  currency: 'EUR',
  rateUnit: 'hour',
  paymentTermsDays: 30,
  noticeDays: 30,
  noticeBasis: 'calendar',
  writtenNotice: true,
  clause:
    'Cualquiera de las partes podrá resolver este contrato con un preaviso escrito de treinta (30) días naturales. Los trabajos realizados hasta la fecha de resolución se facturarán según las tarifas acordadas.',
};

describe('renderProfile', () => {
  it('starts with the yaml-language-server line and a header of comments', () => {
    const lines = renderProfile({ name: 'X' }, opts).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/client.schema.json');
    expect(lines.slice(1, 4).every((l) => l.startsWith('# '))).toBe(true);
    expect(lines[2]).toContain('clientfit log clients/acme.yaml');
  });

  it('writes every answer where DESIGN.md puts it, and the file validates', () => {
    const text = renderProfile(full, opts);
    expect(valid(text)).toEqual({
      name: 'ACME Retail S.L.',
      industry: 'retail',
      since: '2023-02-01',
      contact: { name: 'Ana Pérez', email: 'ana@acme.example', phone: '+34 600 000 000' },
      profile: { tier: 'real', in_niche: true, within_skills: true, budget_fits: false },
      contract: {
        rate: 60,
        currency: 'EUR',
        rate_unit: 'hour',
        payment_terms_days: 30,
        termination: { notice_days: 30, notice_basis: 'calendar', written_notice: true, clause: full.clause },
      },
      events: null,
    });
    // The clause is a folded block, wrapped under 80 columns.
    expect(text).toContain('    clause: >-\n      Cualquiera de las partes');
    expect(Math.max(...text.split('\n').filter((l) => l.startsWith('      ')).map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('aligns the comments at column 30, as in the design example', () => {
    const text = renderProfile(full, opts);
    expect(text).toContain('\nprofile:                      # how this client matches your ideal client\n');
    expect(text).toContain('\n  tier: real                  # ideal | real | scalable | outside\n');
  });

  it('with only a name: a valid profile whose other fields are commented examples', () => {
    const text = renderProfile({ name: 'X' }, opts);
    expect(valid(text)).toEqual({ name: 'X', events: null });
    expect(text).toContain(`\n${'# since: 2026-11-24'.padEnd(30)}# when you started working together\n`);
    expect(text).toContain('\n# contract:                   # what you agreed\n  # rate: 60 ');
  });

  it('uncommenting every hint gives a complete, valid profile', () => {
    const p = valid(uncommentHints(renderProfile({ name: 'X' }, opts)));
    expect(p.contract?.termination?.notice_days).toBe(30);
    expect(p.open_work).toEqual(['Deliver the final brand manual']);
    expect(p.profile).toEqual({ tier: 'real', in_niche: true, within_skills: true, budget_fits: true });
    // Partly answered: the missing ones are hints inside real blocks.
    const partial = valid(uncommentHints(renderProfile({ name: 'X', rate: 50, noticeDays: 10 }, opts)));
    expect(partial.contract).toMatchObject({ rate: 50, rate_unit: 'hour', currency: 'EUR', termination: { notice_days: 10, written_notice: true } });
  });

  it('quotes names and values that YAML would misread, and keeps them out of comments', () => {
    const a: InitAnswers = { name: 'Invoice #42: "the best"\n# injected: true', industry: 'yes', phone: '+34600000000', contactName: '- dash' };
    const text = renderProfile(a, { ...opts, file: 'x\n# evil.yaml' });
    const p = valid(text);
    expect(p.name).toBe(a.name);
    expect(p.industry).toBe('yes');
    expect(p.contact).toEqual({ name: '- dash', phone: '+34600000000' });
    expect((parse(text) as Record<string, unknown>).injected).toBeUndefined();
    // A file name with a newline is never written into a comment.
    expect(text).not.toContain('evil');
    expect(text).toContain('clientfit log FILE');
  });

  it('uses the user\'s language for the comments', () => {
    const text = renderProfile(full, { ...opts, e: editEs });
    expect(text).toContain('# cómo encaja con tu cliente ideal');
    expect(valid(text).name).toBe('ACME Retail S.L.');
  });

  it('hintName keeps plain paths, quotes spaces and refuses anything else', () => {
    expect(hintName('clients/acme.yaml')).toBe('clients/acme.yaml');
    expect(hintName('mis clientes/peña.yaml')).toBe('"mis clientes/peña.yaml"');
    expect(hintName('a\u001b[31m.yaml')).toBe('FILE');
  });
});
