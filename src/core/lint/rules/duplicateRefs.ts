import { pushAll } from '../../arrays.js';
import { rawEvents, str, type RawEvent } from '../events.js';
import { findingIn, placeOf } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * Two invoices with the same `ref` usually mean one was logged twice, doubling revenue and
 * late counts. A client is checked together with its logs (the design keeps invoices in
 * either place); a log on its own only against itself.
 */
export const duplicateRefs: Rule = (ctx) => {
  const events: RawEvent[] = rawEvents(ctx.src);
  for (const log of ctx.logs ?? []) if (log.status === 'ok') pushAll(events, rawEvents(log.src));
  const first = new Map<string, RawEvent>();
  for (const e of events) {
    const ref = e.ev.ref;
    if (str(e.ev, 'type') !== 'invoice' || (typeof ref !== 'string' && typeof ref !== 'number')) continue;
    const key = String(ref);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, e);
      continue;
    }
    const at = `${seen.src.file}:${placeOf(seen.src, ['events', seen.index, 'ref']).line}`;
    ctx.findings.push(findingIn(e.src, ['events', e.index, 'ref'], 'duplicate-ref', 'error', M.lint.duplicateRef(key, at)));
  }
};
