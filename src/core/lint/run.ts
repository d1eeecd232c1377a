import { M } from '../i18n/msg.js';
import { parseYaml, type YamlSource } from '../yamlSource.js';
import type { QuickYaml } from '../yamlQuick.js';
import { findingFromProblem } from './fromProblem.js';
import { fileKind } from '../fileKind.js';
import { asRecord } from './place.js';
import { RULES } from './rules/index.js';
import type { Finding, LintContext, LintKind, LinkedLog, ParentInfo } from './types.js';

export type Parsed = { ok: true; src: YamlSource } | { ok: false; findings: Finding[] };

/**
 * Parses a file's text; syntax errors, alias bombs, forbidden keys and empty files are findings.
 * `quick`: the quick reader to try first (io/lintPaths.ts passes yamlQuick.ts's, which loads js-yaml).
 */
export function parseForLint(text: string, file: string, kind?: LintKind, quick?: (text: string) => QuickYaml | null): Parsed {
  const r = parseYaml(text, file, kind ?? 'any', { quick });
  if (!r.ok) {
    // With no kind to go by, an empty file is told what any clientfit file starts with.
    const problems = r.problems.map((p) => (p.code === 'empty-file' && !p.expected ? { ...p, expected: M.lint.unknownKindExpected } : p));
    return { ok: false, findings: problems.map((p) => findingFromProblem(p, file)) };
  }
  return { ok: true, src: r.src };
}

export type Classified = { ok: true; kind: LintKind; data: Record<string, unknown> } | { ok: false; findings: Finding[] };

/** `amount:100` with no space turns the whole file into one string (PITFALLS). */
const GLUED = /^[A-Za-z_][\w-]*:\S/;

/** The kind of a parsed file (forced, or told from its content); a finding when it is not a mapping or cannot be told. */
export function classify(src: YamlSource, forced: LintKind | undefined): Classified {
  const data = asRecord(src.data);
  const at = { file: src.file, line: 1, col: 1, severity: 'error' as const };
  if (!data) {
    const text = typeof src.data === 'string' ? src.data : '';
    const got = Array.isArray(src.data) ? M.t.issue.got.array : typeof src.data === 'string' ? M.t.issue.got.string(text.slice(0, 30)) : String(src.data);
    const message = GLUED.test(text) ? M.lint.missingSpace(text.length > 30 ? `${text.slice(0, 27)}...` : text) : M.t.err.notMapping(got);
    return { ok: false, findings: [{ ...at, rule: 'not-mapping', message }] };
  }
  const kind = forced ?? fileKind(data, src.file);
  if (!kind) return { ok: false, findings: [{ ...at, rule: 'unknown-kind', message: M.lint.withExpected(M.lint.unknownKind, M.lint.unknownKindExpected) }] };
  return { ok: true, kind, data };
}

export interface LintInput {
  src: YamlSource;
  kind: LintKind;
  data: Record<string, unknown>;
  asOf: string;
  logs?: LinkedLog[];
  parent?: ParentInfo;
}

/** Runs every rule for the file's kind and returns its findings, in file order. */
export function lintFile(input: LintInput): Finding[] {
  const ctx: LintContext = { ...input, file: input.src.file, findings: [] };
  for (const w of input.src.warnings) ctx.findings.push(findingFromProblem(w, ctx.file));
  for (const rule of RULES[input.kind]) rule(ctx);
  return ctx.findings;
}

/** Drops repeats (a log checked with its client and on its own) and sorts by file, line, column. */
export function tidy(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out = findings.filter((f) => {
    const key = `${f.file}\u0000${f.line}\u0000${f.col}\u0000${f.rule}\u0000${JSON.stringify(f.message)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const order = new Map<string, number>();
  for (const f of out) if (!order.has(f.file)) order.set(f.file, order.size);
  return out.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line || a.col - b.col);
}
