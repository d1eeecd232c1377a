/**
 * `--format html` for score and portfolio, opened in a real browser (headless Chromium):
 * no console errors, nothing fetched, the chart's marks match the data, text from files is
 * escaped, both languages; screenshots are saved under test-results/html/ for a person to
 * look at. Skips, saying why, where no Chromium is installed (.ci/run installs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, open, shot, whyNoBrowser } from '../support/browser.js';
import { runCli, tempDir } from './harness.js';

const AS_OF = '2026-11-24';
let dir: string;
let browser: Browser | undefined;

/** Runs the CLI in the temp folder and saves stdout as `name`. */
async function save(name: string, args: string[]): Promise<string> {
  const r = await runCli([...args, '--as-of', AS_OF], { cwd: dir, env: { XDG_CACHE_HOME: join(dir, '.cache') } });
  expect(r.code, r.stderr).toBe(0);
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

const json = async <T>(args: string[]): Promise<T> => JSON.parse((await runCli([...args, '--as-of', AS_OF, '--format', 'json'], { cwd: dir, env: { XDG_CACHE_HOME: join(dir, '.cache') } })).stdout) as T;

beforeAll(async () => {
  dir = tempDir(true);
  // A client whose name and notes try to be markup.
  writeFileSync(
    join(dir, 'examples', 'hostile.yaml'),
    [
      `name: "<script>alert(1)</script><img src=x onerror=alert(2)> & Co"`,
      'events:',
      `  - {date: 2026-10-01, type: complaint, note: "</li><b>bold</b> \\"quoted\\" 'single'"}`,
      '  - {date: 2026-10-02, type: complaint}',
      '  - {date: 2026-10-05, type: complaint}',
      '  - {date: 2026-10-03, type: abuse, note: <iframe src=https://example.com>}',
    ].join('\n') + '\n',
  );
  if (chromiumPath) browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('HTML files without a browser', () => {
  it('score: one self-contained page, no script, nothing to fetch', async () => {
    const html = readFileSync(await save('acme.html', ['score', 'examples/acme.yaml', '--format', 'html']), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(html).toMatch(/@page \{ size: A4/);
  });

  it('escapes names and notes from the files', async () => {
    const html = readFileSync(await save('hostile.html', ['score', 'examples/hostile.yaml', '--format', 'html']), 'utf8');
    expect(html).not.toMatch(/<script>|<img src=x|<iframe|<b>bold/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; Co');
  });

  it('Spanish: the page says so and is worded in Spanish', async () => {
    const html = readFileSync(await save('acme.es.html', ['score', 'examples/acme.yaml', '--format', 'html', '--lang', 'es']), 'utf8');
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toMatch(/Encaje 0 de 100: salida\. Por debajo de 45, salir/);
    expect(html).toMatch(/Hecho con clientfit/);
  });

  it('history: the chart, the moves and every point, in Spanish too', async () => {
    const html = readFileSync(await save('history.es.html', ['history', 'examples/brightpath.yaml', '--format', 'html', '--lang', 'es']), 'utf8');
    expect(html).toMatch(/<html lang="es">/);
    expect(html).toMatch(/El encaje a lo largo del tiempo/);
    expect(html).toMatch(/Todos los puntos/);
    expect(html).not.toMatch(/<script/);
  });

  it('--redact: no name, note or amount reaches the page', async () => {
    const html = readFileSync(await save('acme.redacted.html', ['score', 'examples/acme.yaml', '--format', 'html', '--redact']), 'utf8');
    expect(html).not.toMatch(/ACME|Ana Pérez|Pidió tres landings|1,440/);
    expect(html).toMatch(/Redacted/);
  });
});

describe.skipIf(!chromiumPath)(`HTML reports in headless Chromium${chromiumPath ? '' : ` — skipped: ${whyNoBrowser}`}`, () => {
  it('score: no console error, no request, one bar per raised criterion, the marker at the fit', async () => {
    const file = await save('acme.html', ['score', 'examples/acme.yaml', '--format', 'html']);
    const report = await json<{ fit: number; criteria: { id: string; status: string; pointsLost: number }[] }>(['score', 'examples/acme.yaml']);
    const { page, errors, requests } = await open(browser!, file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const raised = report.criteria.filter((c) => c.status !== 'ok');
    const bars = await page.$$eval('svg .criterion-bar', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), points: Number(e.getAttribute('data-points')) })));
    expect(bars.map((b) => b.id).sort()).toEqual(raised.map((c) => c.id).sort());
    for (const b of bars) expect(b.points).toBe(raised.find((c) => c.id === b.id)!.pointsLost);
    // The bars are drawn in proportion: more points, a wider filled bar.
    const widths = await page.$$eval('svg .criterion-bar .bar', (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(Number(await page.getAttribute('.fit-marker', 'data-fit'))).toBe(report.fit);
    // Evidence on hover (an SVG title) and on expand (details).
    expect(await page.$eval('svg .criterion-bar title', (e) => e.textContent)).toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.click('details summary');
    expect(await page.$eval('details', (e) => (e as HTMLDetailsElement).open)).toBe(true);
    await page.screenshot({ path: shot('score-acme'), fullPage: true });
    // Printing on A4 works and keeps to a few pages.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('a hostile name and notes stay text: no script, image or frame in the page', async () => {
    const file = await save('hostile.html', ['score', 'examples/hostile.yaml', '--format', 'html']);
    const { page, errors, requests } = await open(browser!, file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.$$eval('script, img, iframe, b', (els) => els.length)).toBe(0);
    expect(await page.textContent('h1')).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> & Co');
    expect(await page.textContent('body')).toContain(`</li><b>bold</b> "quoted" 'single'`);
    await page.screenshot({ path: shot('score-hostile'), fullPage: true });
    await page.close();
  });

  it('history: one mark per point, in date order, placed by fit; the biggest moves labelled and explained', async () => {
    const file = await save('history.html', ['history', 'examples/brightpath.yaml', '--format', 'html']);
    const data = await json<{ points: { asOf: string; fit: number }[]; moves: { from: string; to: string; change: number }[] }>(['history', 'examples/brightpath.yaml']);
    const { page, errors, requests } = await open(browser!, file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const marks = await page.$$eval('svg .point', (els) => els.map((e) => ({ asOf: e.getAttribute('data-as-of'), fit: Number(e.getAttribute('data-fit')), x: e.getBoundingClientRect().left, y: e.getBoundingClientRect().top })));
    expect(marks.map((m) => [m.asOf, m.fit])).toEqual(data.points.map((p) => [p.asOf, p.fit]));
    for (let i = 1; i < marks.length; i++) {
      expect(marks[i]!.x).toBeGreaterThan(marks[i - 1]!.x);
      if (marks[i]!.fit > marks[i - 1]!.fit) expect(marks[i]!.y).toBeLessThan(marks[i - 1]!.y);
      if (marks[i]!.fit < marks[i - 1]!.fit) expect(marks[i]!.y).toBeGreaterThan(marks[i - 1]!.y);
    }
    // The three biggest moves, as the text report picks them, each labelled on the chart and explained below.
    const biggest = [...data.moves].sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, 3);
    const labels = await page.$$eval('svg .move-label', (els) => els.map((e) => ({ to: e.getAttribute('data-to'), change: Number(e.getAttribute('data-change')) })));
    expect(labels.map((l) => l.to).sort()).toEqual(biggest.map((m) => m.to).sort());
    expect(await page.$$eval('.move', (els) => els.length)).toBe(3);
    await page.screenshot({ path: shot('history'), fullPage: true });
    await page.close();
  });

  it('portfolio: one mark per client, placed by fit, worst first in the table', async () => {
    const file = await save('portfolio.html', ['portfolio', 'examples', '--format', 'html']);
    const data = await json<{ clients: { id: string; fit: number; verdict: string }[] }>(['portfolio', 'examples']);
    const { page, errors, requests } = await open(browser!, file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const marks = await page.$$eval('svg .client', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), fit: Number(e.getAttribute('data-fit')), y: e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2, tag: e.tagName })));
    expect(marks).toHaveLength(data.clients.length);
    expect(marks.map((m) => m.id).sort()).toEqual(data.clients.map((c) => c.id).sort());
    // Higher fit, higher on the page; a different shape per verdict.
    const byFit = [...marks].sort((a, b) => a.fit - b.fit);
    for (let i = 1; i < byFit.length; i++) if (byFit[i]!.fit > byFit[i - 1]!.fit) expect(byFit[i]!.y).toBeLessThan(byFit[i - 1]!.y);
    expect(new Set(marks.map((m) => m.tag)).size).toBe(new Set(data.clients.map((c) => c.verdict)).size);
    const rows = await page.$$eval('tbody tr', (els) => els.map((e) => e.getAttribute('data-id')));
    expect(rows).toEqual(data.clients.map((c) => c.id));
    await page.screenshot({ path: shot('portfolio'), fullPage: true });
    // Printed, the chart and the table stack instead of sitting side by side.
    await page.emulateMedia({ media: 'print' });
    const [a, b] = await page.$$eval('.split > section', (els) => els.map((e) => e.getBoundingClientRect().top));
    expect(b!).toBeGreaterThan(a!);
    await page.close();
  });
});
