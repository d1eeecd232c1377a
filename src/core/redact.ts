import type { Report } from './score.js';

/** FNV-1a: a short stable tag, so the same client always gets the same placeholder. */
function tag(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * A copy of the report safe to share with a mentor or a team: the client's name, id,
 * contact and file names become stable placeholders; notes, invoice references and amounts
 * are dropped. Scores, dates, types and line numbers stay, so the reasoning survives.
 */
export function redactReport(r: Report, label: string): Report {
  const id = `client-${tag(r.client.id + '\u0000' + r.client.name)}`;
  const files = new Map<string, string>();
  const fileFor = (f: string) => {
    if (!files.has(f)) files.set(f, files.size === 0 && f === r.client.file ? `${id}.yaml` : `${id}.${files.size}.yaml`);
    return files.get(f)!;
  };
  fileFor(r.client.file);
  return {
    ...r,
    redacted: true,
    client: {
      ...r.client,
      id,
      name: `${label} ${id.slice(7).toUpperCase()}`,
      file: fileFor(r.client.file),
      profile: { name: label },
      events: [],
    },
    criteria: r.criteria.map((c) => ({
      ...c,
      evidence: c.evidence.map((ev) => ({
        fact: ev.fact,
        event: { date: ev.event.date, type: ev.event.type, file: fileFor(ev.event.file), line: ev.event.line, days: ev.event.days, hours: ev.event.hours, billable: ev.event.billable, billed: ev.event.billed, mood: ev.event.mood },
      })),
    })),
    value: { ...r.value, revenue: 0, effectiveRate: null },
  };
}
