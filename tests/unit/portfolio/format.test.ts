import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/core/i18n/index.js';
import { buildPortfolio } from '../../../src/core/portfolio/build.js';
import { messages } from '../../../src/core/i18n/index.js';
import { csvText, renderPortfolioCsv } from '../../../src/core/portfolio/format/csv.js';
import { portfolioJson } from '../../../src/core/portfolio/format/json.js';
import { renderPortfolioMarkdown } from '../../../src/core/portfolio/format/markdown.js';
import { renderPortfolioText } from '../../../src/core/portfolio/format/text.js';
import { plain } from '../../../src/core/render/style.js';
import { ansi } from '../../support/ansiStyle.js';
import type { Criterion } from '../../../src/core/schema/rubric.js';
import { summary } from './summaries.js';

const crit = (id: string, en: string, es: string) => ({ id, title: { en, es } }) as unknown as Criterion;
const rubric = {
  id: 'default',
  file: 'builtin:default',
  window: '12m',
  bands: { keep: 75, review: 45 },
  criteria: [crit('late-payment', 'Pays late or not at all', 'No paga a tiempo (o nunca)'), crit('scope-creep', 'Scope creep without pay', 'Amplía el alcance sin pagarlo')],
};

const portfolio = () =>
  buildPortfolio({
    asOf: '2026-11-24',
    rubric,
    clients: [
      summary({ id: 'acme', name: 'ACME Retail S.L.', fit: 0, verdict: 'exit', pointsLost: 140, revenue: 11640, flags: ['late-payment', 'scope-creep', 'blocked-work', 'abuse'] }),
      summary({ id: 'nord', name: 'Nordlicht Studio GmbH', fit: 100, revenue: 24140 }),
      summary({ id: 'bp', name: 'BrightPath Consulting Ltd', fit: 60, verdict: 'review', pointsLost: 40, revenue: 13300, currency: 'GBP', flags: ['late-payment', 'scope-creep'] }),
    ],
    skipped: { logs: 1, rubrics: 0 },
  });

const en = { lang: 'en' as const, t: catalogs.en, pt: messages('en').portfolio, style: plain };
const es = { lang: 'es' as const, t: catalogs.es, pt: messages('es').portfolio, style: plain };

describe('portfolio text', () => {
  it('is a table worst first, then who to review first, concentration and notes', () => {
    const out = renderPortfolioText(portfolio(), en);
    expect(out).toBe(
      [
        'Portfolio: 3 clients  1 keep · 1 review · 1 exit',
        'as of 2026-11-24 · rubric default (look-back 12m)',
        '',
        '  #  Client                     Fit  Verdict  Invoiced (12m)  Share  Top flags',
        '  1  ACME Retail S.L.             0  exit         €11,640.00    33%  late-payment, scope-creep, blocked-work',
        '  2  BrightPath Consulting Ltd   60  review       £13,300.00   100%  late-payment, scope-creep',
        '  3  Nordlicht Studio GmbH      100  keep         €24,140.00    67%',
        '',
        'Review first',
        '  1. ACME Retail S.L. — exit, fit 0 · 33% of your EUR revenue',
        '     Pays late or not at all · Scope creep without pay · blocked-work',
        // BrightPath is the only GBP client: "100% of your GBP revenue" would say nothing
        '  2. BrightPath Consulting Ltd — review, fit 60',
        '     Pays late or not at all · Scope creep without pay',
        '  Details and evidence for one client: clientfit score clients/acme.yaml',
        '',
        'Revenue concentration',
        // 24140 / (24140 + 11640) = 0.6747…; 11640 / 35780 = 0.3253…
        '  ⚠ Nordlicht Studio GmbH brings 67% of your EUR revenue. Depending this much on one client is a risk in itself; losing them would hurt.',
        '  ⚠ ACME Retail S.L. brings 33% of your EUR revenue and is marked exit. Losing them is a real risk: weigh it before acting, and consider a frank conversation first.',
        '',
        "Clients are billed in several currencies (EUR, GBP); each share is of the revenue in that client's own currency, and there is no grand total.",
        'Not clients: 1 log file',
        '',
      ].join('\n'),
    );
  });

  it('speaks Spanish', () => {
    const out = renderPortfolioText(portfolio(), es);
    expect(out).toContain('Cartera: 3 clientes  1 mantener · 1 revisar · 1 salida');
    // Intl puts a no-break space before the Spanish percent sign
    expect(out).toContain('1. ACME Retail S.L. — salida, encaje 0 · 33\u00a0% de lo que facturas en EUR');
    expect(out).toContain('No paga a tiempo (o nunca) · Amplía el alcance sin pagarlo');
    expect(out).toContain('11.640,00\u00a0€');
    expect(out).toContain('«salida»');
  });

  it('colours verdicts only when given a colour style, and escapes control characters in names', () => {
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients: [summary({ id: 'x', name: 'Evil\u001b[31m\rCo', currency: 'E\u0007UR', revenue: 5 })] });
    const out = renderPortfolioText(p, en);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(out).toContain('Evil\\e[31m\\rCo');
    expect(out).toContain('E\\u{07}UR');
    expect(renderPortfolioText(p, { ...en, style: ansi })).toContain('\u001b[32mkeep');
  });

  it('cuts long names so the table stays narrow', () => {
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients: [summary({ id: 'x', name: 'A'.repeat(50) })] });
    expect(renderPortfolioText(p, en)).toContain(`${'A'.repeat(31)}…`);
  });

  it('says when there is nothing to review', () => {
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients: [summary({ id: 'a', revenue: 10 }), summary({ id: 'b', revenue: 30 })] });
    const out = renderPortfolioText(p, en);
    expect(out).toContain('Nothing to review: every client is a keep.');
    expect(out).toContain('Total invoiced: €40.00');
  });
});

describe('portfolio JSON', () => {
  it('is clientfit/portfolio@1 with the top three flags per client', () => {
    const j = portfolioJson(portfolio());
    expect(j.schema).toBe('clientfit/portfolio@1');
    expect(j.asOf).toBe('2026-11-24');
    expect(j.clients[0]).toEqual({
      id: 'acme',
      name: 'ACME Retail S.L.',
      file: 'clients/acme.yaml',
      fit: 0,
      verdict: 'exit',
      revenue: 11640,
      currency: 'EUR',
      revenueShare: 0.3253,
      topFlags: ['late-payment', 'scope-creep', 'blocked-work'],
      dataWarnings: 0,
    });
    expect(j.totals).toEqual({
      revenue: null,
      currency: null,
      byCurrency: [
        { currency: 'EUR', revenue: 35780, clients: 2 },
        { currency: 'GBP', revenue: 13300, clients: 1 },
      ],
    });
  });
});

describe('portfolio CSV', () => {
  it('has a header and one raw row per client, worst first', () => {
    const lines = renderPortfolioCsv(portfolio()).trimEnd().split('\n');
    expect(lines[0]).toBe('rank,id,name,file,fit,verdict,revenue,currency,revenueShare,topFlags,dataWarnings');
    expect(lines[1]).toBe('1,acme,ACME Retail S.L.,clients/acme.yaml,0,exit,11640,EUR,0.3253,late-payment;scope-creep;blocked-work,0');
    expect(lines[3]).toBe('3,nord,Nordlicht Studio GmbH,clients/nord.yaml,100,keep,24140,EUR,0.6747,,0');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvText('Smith, Jones & "Co"')).toBe('"Smith, Jones & ""Co"""');
    expect(csvText('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvText('+34 600')).toBe("'+34 600");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    // control characters are escaped first, so no cell spans lines
    expect(csvText('a\nb')).toBe('a\\nb');
    expect(csvText('plain')).toBe('plain');
  });

  it('leaves a share empty when the currency has no revenue', () => {
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients: [summary({ id: 'a' })] });
    expect(renderPortfolioCsv(p).split('\n')[1]).toBe('1,a,A,clients/a.yaml,100,keep,0,EUR,,,0');
  });
});

describe('portfolio Markdown', () => {
  it('is a table with escaped cells and the same sections as the text', () => {
    const p = buildPortfolio({
      asOf: '2026-11-24',
      rubric,
      clients: [summary({ id: 'x', name: 'A | B *bold* <b>', fit: 40, verdict: 'exit', flags: ['late-payment'], revenue: 10 }), summary({ id: 'y', revenue: 10 })],
    });
    const out = renderPortfolioMarkdown(p, en);
    expect(out).toContain('## Portfolio: 2 clients');
    expect(out).toContain('| # | Client | Fit | Verdict | Invoiced (12m) | Share | Top flags |');
    expect(out).toContain('| 1 | A \\| B \\*bold\\* \\<b\\> | 40 | exit | €10.00 | 50% | late-payment |');
    expect(out).toContain('1. **A \\| B \\*bold\\* \\<b\\>** — exit, fit 40 · 50% of your EUR revenue: Pays late or not at all');
    expect(out).toContain('### Revenue concentration');
    expect(out.endsWith('\n')).toBe(true);
    expect(out).not.toMatch(/\n\n\n/);
  });
});
