/**
 * Headless Chromium for the HTML report tests: Debian's `chromium` package driven by
 * playwright-core (no browser download). Where no browser is installed the tests skip and
 * say why; `.ci/run` installs one first.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const CANDIDATES = [process.env.CLIENTFIT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => Boolean(p));

/** The browser executable, or null (then `whyNoBrowser` says what to install). */
export const chromiumPath: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;

export const whyNoBrowser = `no Chromium found (looked for ${CANDIDATES.join(', ')}): install Debian's chromium package (apt-get install chromium), or set CLIENTFIT_CHROMIUM`;

/** Where screenshots go for a person to look at (gitignored). */
export const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'html');

/**
 * The flags this machine needs: no sandbox as root, and no background networking (the
 * network is closed; Chromium would keep trying to reach its update and sync services).
 */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath!, headless: true, args: ARGS });
}

export interface Opened {
  page: Page;
  /** Console errors and uncaught page errors while loading. */
  errors: string[];
  /** Every URL the page asked for besides the file itself: a self-contained page asks for none. */
  requests: string[];
}

/** Opens a local file in a fresh page and records what went wrong and what was fetched. */
export async function open(browser: Browser, file: string, width = 1100): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  const url = `file://${resolve(file)}`;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

export const shot = (name: string) => join(SHOTS, `${name}.png`);
