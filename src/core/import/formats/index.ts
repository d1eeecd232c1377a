import type { FormatSpec, Tool } from '../types.js';
import { clockify } from './clockify.js';
import { freshbooks } from './freshbooks.js';
import { harvestInvoices } from './harvestInvoices.js';
import { harvestTime } from './harvestTime.js';
import { invoiceNinja } from './invoiceNinja.js';
import { kimai } from './kimai.js';
import { solidtime } from './solidtime.js';
import { toggl } from './toggl.js';
import { wave } from './wave.js';
import { xero } from './xero.js';

/** Every built-in format, most specific signature first. */
export const FORMATS: readonly FormatSpec[] = [toggl, clockify, harvestTime, harvestInvoices, kimai, solidtime, invoiceNinja, freshbooks, xero, wave];

/** Header cells compared as the tools vary them: trimmed, any case. */
export const headerKey = (h: string) => h.trim().toLowerCase();

/**
 * The formats a header row fits (every signature column present), among those of `tool`
 * when `--from` names one. Harvest has two (time and invoices): the header picks.
 */
export function detectFormat(header: readonly string[], tool?: Tool): FormatSpec | null {
  const have = new Set(header.map(headerKey));
  const fits = (f: FormatSpec) => f.signature.every((c) => have.has(headerKey(c)));
  return FORMATS.find((f) => (tool === undefined || f.tool === tool) && fits(f)) ?? null;
}

/** The columns a format needs that the header lacks (for the message when --from is given). */
export function missingColumns(header: readonly string[], tool: Tool): string[] {
  const have = new Set(header.map(headerKey));
  const candidates = FORMATS.filter((f) => f.tool === tool);
  const best = candidates.map((f) => f.signature.filter((c) => !have.has(headerKey(c)))).sort((a, b) => a.length - b.length)[0];
  return best ?? [];
}
