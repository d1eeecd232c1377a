import { isMap, isScalar, type Node } from 'yaml';
import type { Msg } from '../errors.js';
import { nodeAt, type YamlSource } from '../yamlSource.js';
import type { Finding, LintContext, RuleId, Severity } from './types.js';

export type Path = readonly (string | number)[];

/** The key node of the pair at `path` (`weigth:` rather than its value), when it exists. */
export function keyNodeAt(src: YamlSource, path: Path): Node | null {
  if (!path.length) return null;
  const parent = path.length === 1 ? src.doc.contents : src.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return null;
  const last = path[path.length - 1];
  for (const pair of parent.items) {
    if (isScalar(pair.key) && pair.key.value === last) return pair.key as Node;
  }
  return null;
}

/** 1-based line and column of the node at `path` (its closest existing parent when missing). */
export function placeOf(src: YamlSource, path: Path, onKey = false): { line: number; col: number } {
  const node = (onKey ? keyNodeAt(src, path) : null) ?? nodeAt(src.doc, path).node;
  const { line, col } = src.lc.linePos(node?.range?.[0] ?? 0);
  return { line, col };
}

/** A finding in `src` at `path`; `onKey` points at the key rather than the value. */
export function findingIn(src: YamlSource, path: Path, rule: RuleId, severity: Severity, message: Msg, onKey = false): Finding {
  return { file: src.file, ...placeOf(src, path, onKey), severity, rule, message };
}

/** Pushes a finding about the file being linted. */
export function report(ctx: LintContext, path: Path, rule: RuleId, severity: Severity, message: Msg, onKey = false): void {
  ctx.findings.push(findingIn(ctx.src, path, rule, severity, message, onKey));
}

/** A plain-object view of unknown data, or null: rules read raw data defensively. */
export function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Each mapping in a list, with its index; anything else in the list is the schema rule's business. */
export function records(v: unknown): [Record<string, unknown>, number][] {
  if (!Array.isArray(v)) return [];
  const out: [Record<string, unknown>, number][] = [];
  v.forEach((item, i) => {
    const r = asRecord(item);
    if (r) out.push([r, i]);
  });
  return out;
}
