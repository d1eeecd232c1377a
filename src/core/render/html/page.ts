import type { Lang } from '../../i18n/index.js';
import { safe } from '../safeText.js';

/**
 * HTML text from anywhere (a client's name, a note, a file name): control characters shown
 * as escapes first (safeText), then the five characters HTML gives a meaning escaped.
 */
export function esc(text: unknown): string {
  return safe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Colours that survive colour blindness (Okabe & Ito) and greyscale printing: each band has
 * its own lightness, and every mark also differs by shape or label, never by colour alone.
 */
export const COLOURS = {
  keep: '#009E73',
  review: '#E69F00',
  exit: '#D55E00',
  keepZone: '#E3F4EE',
  reviewZone: '#FBEFD6',
  exitZone: '#F6D9CB',
  ink: '#1F2328',
  muted: '#59636E',
  grid: '#D0D7DE',
  weight: '#E8EAED',
} as const;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: ${COLOURS.ink}; margin: 0 auto; max-width: 1100px; padding: 24px; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.15em; margin: 28px 0 8px; border-bottom: 1px solid ${COLOURS.grid}; padding-bottom: 4px; }
.meta, .muted, figcaption { color: ${COLOURS.muted}; }
.meta { margin: 0 0 16px; }
.headline { display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; }
.fit { font-size: 2.4em; font-weight: 700; }
.verdict { font-weight: 600; padding: 2px 10px; border-radius: 12px; border: 2px solid; }
.verdict.keep { color: #00664A; border-color: ${COLOURS.keep}; }
.verdict.review { color: #7A5200; border-color: ${COLOURS.review}; }
.verdict.exit { color: #9A3300; border-color: ${COLOURS.exit}; }
.alert { border-left: 5px solid ${COLOURS.exit}; background: ${COLOURS.exitZone}; padding: 8px 12px; font-weight: 600; }
svg { display: block; width: 100%; height: auto; font-family: inherit; }
svg text { fill: ${COLOURS.ink}; font-size: 12px; }
svg .zone-label { font-size: 11px; fill: ${COLOURS.muted}; }
figure { margin: 8px 0 16px; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid ${COLOURS.grid}; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: 4px 0; }
summary { cursor: pointer; }
ul.evidence { margin: 4px 0 8px; padding-left: 20px; }
ul.evidence li { margin: 2px 0; }
code, .file { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.88em; color: ${COLOURS.muted}; }
.small { font-size: 0.85em; }
.split { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 24px; align-items: start; }
@media (max-width: 800px) { .split { grid-template-columns: 1fr; } }
footer { margin-top: 32px; font-size: 0.85em; color: ${COLOURS.muted}; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .split { grid-template-columns: 1fr; }
  figure, tr, li, .criterion { break-inside: avoid; }
  h2 { break-after: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  summary { list-style: none; }
}
`;

export interface PageOptions {
  lang: Lang;
  title: string;
  /** The page's sections, already HTML. */
  body: string;
  /** Generator line at the bottom. */
  footer: string;
}

/**
 * One self-contained page: inline CSS and SVG, no script, no font or image fetched from
 * anywhere (the Content-Security-Policy forbids it), so it opens offline and prints on A4.
 */
export function page(o: PageOptions): string {
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clientfit">
<title>${esc(o.title)}</title>
<style>${CSS}</style>
</head>
<body>
${o.body}
<footer>${esc(o.footer)}</footer>
</body>
</html>
`;
}
