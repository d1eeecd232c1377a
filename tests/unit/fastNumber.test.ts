// fastNumber.ts must give exactly what Intl.NumberFormat gives, for every number it
// accepts: compared here on generated numbers of every magnitude and on the cases where
// binary floating point and decimal rounding disagree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastFormat } from '../../src/core/render/fastNumber.js';

const RUNS = Number(process.env.FC_RUNS ?? 2000);
const LOCALES = ['en-GB', 'es-ES'] as const;

type Opts = Parameters<typeof fastFormat>[2];
const intl = (locale: string, n: number, o: Opts) => new Intl.NumberFormat(locale, o).format(n);

/** Doubles as reports meet them: money, hours, ratios, days, with awkward decimals. */
const numbers = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((i) => i / 1000),
  fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 200), // …5 at the rounding digit
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 1.005, 0.285, 0.505, 999.995, 9999.5, 99999.995, -0.001, 1e-7, 1e21, 5e-324),
);

const cases: [string, Opts][] = [
  ['plain, 0 digits', { maximumFractionDigits: 0 }],
  ['plain, 1 digit', { maximumFractionDigits: 1 }],
  ['plain, 2 digits', { maximumFractionDigits: 2 }],
  ['percent', { style: 'percent', maximumFractionDigits: 0 }],
  ['EUR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }],
  ['GBP', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2 }],
  ['USD', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 }],
];

describe('fastFormat equals Intl.NumberFormat', () => {
  for (const locale of LOCALES) {
    for (const [name, opts] of cases) {
      it(`${locale} ${name}`, () => {
        fc.assert(
          fc.property(numbers, (n) => {
            const fast = fastFormat(locale, n, opts);
            // Only numbers String() writes with an exponent may be left to Intl.
            if (fast === undefined) expect(String(Math.abs(n))).toMatch(/e/);
            else expect(fast).toBe(intl(locale, n, opts));
          }),
          { numRuns: RUNS, seed: 20261124 },
        );
      });
    }
  }

  it('rounds the decimal a person wrote, not its binary neighbour', () => {
    // 1.005 is stored as 1.00499999999999989…; Intl (and so fastFormat) still shows 1.01.
    expect(fastFormat('en-GB', 1.005, { maximumFractionDigits: 2 })).toBe('1.01');
    // 0.285 × 100 is 28.499999999999996 in binary; as a percentage it is 29 %.
    expect(fastFormat('es-ES', 0.285, { style: 'percent', maximumFractionDigits: 0 })).toBe('29\u00a0%');
  });

  it('groups Spanish thousands only from five digits', () => {
    expect(fastFormat('es-ES', 1234, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 })).toBe('1234,00\u00a0€');
    expect(fastFormat('es-ES', 12345, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 })).toBe('12.345,00\u00a0€');
    expect(fastFormat('en-GB', 1234, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 })).toBe('€1,234.00');
  });

  it('leaves other locales, currencies and non-finite numbers to Intl', () => {
    expect(fastFormat('de-DE', 1, { maximumFractionDigits: 2 })).toBeUndefined();
    expect(fastFormat('en-GB', 1, { style: 'currency', currency: 'CHF', maximumFractionDigits: 2 })).toBeUndefined();
    expect(fastFormat('en-GB', Number.NaN, { maximumFractionDigits: 2 })).toBeUndefined();
    expect(fastFormat('en-GB', Infinity, { maximumFractionDigits: 2 })).toBeUndefined();
  });
});
