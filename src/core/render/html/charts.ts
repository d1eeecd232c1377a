import type { Verdict } from '../../score.js';
import { COLOURS, esc } from './page.js';

/** Numbers in SVG coordinates: short, and never a locale's decimal comma. */
export const n = (x: number): string => String(Math.round(x * 10) / 10);

export interface Bands {
  keep: number;
  review: number;
}

export interface BandLabels {
  keep: string;
  review: string;
  exit: string;
}

/** A shape per verdict, so a greyscale print or a colour-blind reader still tells them apart. */
export function marker(v: Verdict, x: number, y: number, r: number, attrs: string, tip: string): string {
  const fill = COLOURS[v];
  const title = `<title>${esc(tip)}</title>`;
  if (v === 'keep') return `<circle ${attrs} cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}" stroke="#fff" stroke-width="1.5">${title}</circle>`;
  if (v === 'review') return `<rect ${attrs} x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${fill}" stroke="#fff" stroke-width="1.5">${title}</rect>`;
  const h = r * 1.2;
  return `<path ${attrs} d="M${n(x)} ${n(y - h)} L${n(x + h)} ${n(y + h * 0.8)} L${n(x - h)} ${n(y + h * 0.8)} Z" fill="${fill}" stroke="#fff" stroke-width="1.5">${title}</path>`;
}

/**
 * Horizontal band zones for a vertical fit axis (0 at the bottom, 100 at the top) across a
 * plot area, each labelled just outside its right edge (where no mark can hide it).
 */
export function fitZones(area: { x: number; y: number; w: number; h: number }, bands: Bands, labels: BandLabels): string {
  const yOf = (fit: number) => area.y + area.h - (fit / 100) * area.h;
  const zone = (from: number, to: number, fill: string, cls: string, label: string) =>
    `<rect class="zone ${cls}" x="${n(area.x)}" y="${n(yOf(to))}" width="${n(area.w)}" height="${n(yOf(from) - yOf(to))}" fill="${fill}"/>` +
    `<text class="zone-label" x="${n(area.x + area.w + 6)}" y="${n((yOf(to) + yOf(from)) / 2 + 4)}">${esc(label)}</text>`;
  return (
    zone(bands.keep, 100, COLOURS.keepZone, 'keep', labels.keep) +
    zone(bands.review, bands.keep, COLOURS.reviewZone, 'review', labels.review) +
    zone(0, bands.review, COLOURS.exitZone, 'exit', labels.exit)
  );
}

/** Fit ticks (0, bands, 100) on a vertical axis, with light grid lines. */
export function fitAxis(area: { x: number; y: number; w: number; h: number }, bands: Bands): string {
  const yOf = (fit: number) => area.y + area.h - (fit / 100) * area.h;
  return [0, bands.review, bands.keep, 100]
    .map((v) => `<line x1="${n(area.x)}" x2="${n(area.x + area.w)}" y1="${n(yOf(v))}" y2="${n(yOf(v))}" stroke="${COLOURS.grid}" stroke-width="1"/><text x="${n(area.x - 6)}" y="${n(yOf(v) + 4)}" text-anchor="end">${v}</text>`)
    .join('');
}

/** The fit on a 0–100 strip with the bands shaded and a marker at the fit. */
export function gauge(fit: number, verdict: Verdict, bands: Bands, labels: BandLabels, caption: string): string {
  const W = 640;
  const x = (v: number) => 10 + (v / 100) * (W - 20);
  const zone = (from: number, to: number, fill: string, cls: string, label: string) =>
    `<rect class="zone ${cls}" x="${n(x(from))}" y="18" width="${n(x(to) - x(from))}" height="26" fill="${fill}"/><text class="zone-label" x="${n((x(from) + x(to)) / 2)}" y="60" text-anchor="middle">${esc(label)}</text>`;
  return `<figure class="gauge"><svg viewBox="0 0 ${W} 70" role="img" aria-label="${esc(caption)}">
${zone(0, bands.review, COLOURS.exitZone, 'exit', labels.exit)}${zone(bands.review, bands.keep, COLOURS.reviewZone, 'review', labels.review)}${zone(bands.keep, 100, COLOURS.keepZone, 'keep', labels.keep)}
<g class="fit-marker" data-fit="${fit}"><line x1="${n(x(fit))}" x2="${n(x(fit))}" y1="12" y2="50" stroke="${COLOURS.ink}" stroke-width="3"/>${marker(verdict, x(fit), 10, 7, 'class="fit-mark"', caption)}</g>
</svg><figcaption>${esc(caption)}</figcaption></figure>`;
}
