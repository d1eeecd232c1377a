import type { DataQuality } from './lint/dataQuality.js';
import { isLog } from './fileKind.js';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type * as z from 'zod';
import type { Problem } from './errors.js';
import { clientSchema, type ClientFile } from './schema/client.js';
import { logSchema, type ClientEvent } from './schema/event.js';
import { issueToProblem } from './issues.js';
import { M } from './i18n/msg.js';
import { parseYaml, sourceLine, type YamlSource } from './yamlSource.js';

/** A client ready for scoring: the validated profile and every event with its file and line. */
export interface Client {
  id: string;
  name: string;
  file: string;
  profile: ClientFile;
  events: ClientEvent[];
  /** 1-based line of a top-level/profile key, for evidence from the profile itself. */
  profileLines: Record<string, number>;
  /** Lint's findings on the files it was read from, when the loader was asked to check them. */
  dataQuality?: DataQuality;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates parsed data against a schema, turning every issue into a located problem. */
export function validate<S extends z.ZodType>(schema: S, src: YamlSource): Validated<z.infer<S>> {
  if (src.data === null || typeof src.data !== 'object' || Array.isArray(src.data)) {
    const kind = Array.isArray(src.data) ? M.t.issue.got.array : typeof src.data === 'string' ? M.t.issue.got.string(String(src.data).slice(0, 30)) : String(src.data);
    const text = typeof src.data === 'string' ? src.data : '';
    // `amount:100` (no space) reads as one string: say so instead of a generic hint.
    const expected = /^[A-Za-z_]\w*:\S/.test(text) ? M.t.err.colonSpaceExpected(text.slice(0, text.indexOf(':'))) : M.t.err.notMappingExpected;
    return { ok: false, problems: [{ code: 'schema', file: src.file, line: 1, col: 1, source: src.text.split('\n')[0], message: M.t.err.notMapping(kind), expected }] };
  }
  const r = schema.safeParse(src.data);
  if (r.success) return { ok: true, value: r.data };
  if (src.partial) {
    // The fast reader kept no nodes for the events: parse in full to locate every problem.
    const full = parseYaml(src.text, src.file, src.partial.kind);
    return full.ok ? validate(schema, full.src) : full;
  }
  const seen = new Set<string>();
  const problems = r.error.issues
    .map((i) => issueToProblem(i, src))
    .filter((p) => {
      const key = `${p.line}:${p.col}:${JSON.stringify(p.message)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return { ok: false, problems };
}

/** Events of a validated `events:` list, each stamped with the line where it starts. */
export function eventsOf(src: YamlSource, list: unknown[] | null | undefined): ClientEvent[] {
  if (!list?.length) return [];
  const lines = src.partial?.lines;
  if (lines) return list.map((ev, i) => ({ ...(ev as object), file: src.file, line: lines[i] ?? 1 }) as ClientEvent);
  const seq = src.doc.get('events', true) as Node | undefined;
  const items = seq && isSeq(seq) ? seq.items : [];
  return list.map((ev, i) => {
    const node = items[i] as Node | undefined;
    const line = node?.range ? src.lc.linePos(node.range[0]).line : 1;
    return { ...(ev as object), file: src.file, line } as ClientEvent;
  });
}

export function validateLog(src: YamlSource): Validated<ClientEvent[]> {
  const r = validate(logSchema(), src);
  return r.ok ? { ok: true, value: eventsOf(src, r.value.events) } : r;
}

/** Client id: the `id:` field, else the file name without extension. */
export function defaultId(file: string): string {
  if (file === '<stdin>') return 'stdin';
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(ya?ml)$/i, '') || 'client';
}

/**
 * Builds a client from its profile source and already validated log events.
 * Pure: the command layer reads the files and passes them in.
 */
export function buildClient(src: YamlSource): Validated<{ client: Client; logs: string[] }> {
  if (isLog(src.data)) {
    return { ok: false, problems: [{ code: 'not-client', file: src.file, line: 1, col: 1, source: sourceLine(src.text, 1), message: M.t.err.logNotClient(src.file), expected: M.t.err.logNotClientExpected }] };
  }
  const r = validate(clientSchema(), src);
  if (!r.ok) return r;
  const profile = r.value;
  const profileLines: Record<string, number> = {};
  // The line of the key itself (`profile:`), not of its value's first child.
  if (isMap(src.doc.contents)) {
    for (const pair of src.doc.contents.items) {
      const k = pair.key as Node | null;
      if (isScalar(k) && typeof k.value === 'string' && ['profile', 'contract', 'name'].includes(k.value) && k.range) {
        profileLines[k.value] = src.lc.linePos(k.range[0]).line;
      }
    }
  }
  for (const key of ['in_niche', 'within_skills', 'budget_fits']) {
    const node = src.doc.getIn(['profile', key], true) as Node | undefined;
    if (node?.range) profileLines[key] = src.lc.linePos(node.range[0]).line;
  }
  const client: Client = {
    id: profile.id ?? defaultId(src.file),
    name: profile.name,
    file: src.file,
    profile,
    events: eventsOf(src, profile.events),
    profileLines,
  };
  return { ok: true, value: { client, logs: profile.logs ?? [] } };
}
