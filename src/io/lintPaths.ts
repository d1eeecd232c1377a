import { resolve } from 'node:path';
import { UserError, type Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { classify, lintFile, parseForLint, tidy } from '../core/lint/run.js';
import type { Finding, LinkedLog, LintKind } from '../core/lint/types.js';
import { parseYaml } from '../core/yamlSource.js';
import { resolveLogs } from './clientLogs.js';
import { readForLint } from './lintRead.js';
import { resolveParent } from './lintParent.js';
import { readText, STDIN_NAME } from './readText.js';
import { expandPaths, unreadableFolderProblem } from './walk.js';

export interface LintOptions {
  /** Check every file as this kind instead of telling it from the content. */
  kind?: LintKind;
  /** "Today", for the future-date rule. */
  asOf: string;
}

export interface LintRun {
  /** Every finding, repeats dropped, by file then line and column. */
  findings: Finding[];
  /** Why some paths could not be linted at all (missing, unreadable, a folder empty or unlistable): exit 2. */
  fatal: Problem[];
  /** How many files were read and checked. */
  checked: number;
}

type Linked = LinkedLog & { path: string };

/**
 * Lints files and folders: read → parse → classify → gather what the rules need from
 * other files (a client's logs, a rubric's `extends`) → rules. A client's logs are
 * checked with it, as logs, even when they are not named; each file is checked once.
 */
export function lintPaths(paths: readonly string[], opts: LintOptions): LintRun {
  const { asOf } = opts;
  const { files, empty, unreadable = [] } = expandPaths(paths);
  const fatal: Problem[] = [
    ...unreadable.map((u) => unreadableFolderProblem(u)),
    ...empty.map((dir): Problem => ({ code: 'usage', file: dir, message: M.lint.noYaml(dir), expected: M.lint.noYamlExpected })),
  ];
  const findings: Finding[] = [];
  // One display name per file, so a log named by its client and on the command line is one file.
  const names = new Map<string, string>();
  const keyOf = (p: string) => (p === '-' ? p : resolve(p));
  const nameOf = (p: string) => {
    if (!names.has(keyOf(p))) names.set(keyOf(p), p === '-' ? STDIN_NAME : p);
    return names.get(keyOf(p))!;
  };
  const jobs: { path: string; kind?: LintKind }[] = files.map((path) => ({ path, kind: opts.kind }));
  const queued = new Set(files.map(keyOf));
  for (const f of files) nameOf(f);
  let checked = 0;

  for (let i = 0; i < jobs.length; i++) {
    const { path, kind } = jobs[i]!;
    const file = nameOf(path);
    const read = readForLint(path);
    if (!read.ok) {
      if ('fatal' in read) fatal.push(...read.fatal);
      else findings.push(...read.findings.map((f) => ({ ...f, file })));
      if ('findings' in read) checked++;
      continue;
    }
    checked++;
    const parsed = parseForLint(read.text, file, kind);
    if (!parsed.ok) {
      findings.push(...parsed.findings);
      continue;
    }
    const c = classify(parsed.src, kind);
    if (!c.ok) {
      findings.push(...c.findings);
      continue;
    }
    let logs: Linked[] | undefined;
    if (c.kind === 'client') {
      logs = linkLogs(c.data.logs, path, nameOf);
      for (const log of logs) {
        if (log.status === 'missing' || log.status === 'unreadable' || queued.has(keyOf(log.path))) continue;
        queued.add(keyOf(log.path));
        jobs.push({ path: log.path, kind: 'log' });
      }
    }
    const parent = c.kind === 'rubric' ? resolveParent(c.data, path === '-' ? STDIN_NAME : path) : undefined;
    findings.push(...lintFile({ src: parsed.src, kind: c.kind, data: c.data, asOf, logs, parent }));
  }
  return { findings: tidy(findings), fatal, checked };
}

/**
 * The client's `logs:` entries as found on disk (resolveLogs, as `score` reads them).
 * Parsed ones carry their source for the cross-file rules (duplicate refs).
 */
function linkLogs(list: unknown, clientPath: string, nameOf: (p: string) => string): Linked[] {
  if (!Array.isArray(list)) return [];
  return resolveLogs(clientPath, list).map((log): Linked => {
    const at = { index: log.index, ref: log.ref, shown: nameOf(log.shown), path: log.path };
    if (log.refused) return { ...at, status: 'missing' };
    let text: string;
    try {
      text = readText(log.path).text;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const p = e.problems[0]!;
      if (p.code === 'not-found') return { ...at, status: 'missing' };
      if (p.code === 'unreadable') return { ...at, status: 'unreadable', detail: p.expected ?? p.message };
      return { ...at, status: 'broken' };
    }
    const r = parseYaml(text, at.shown, 'log');
    return r.ok ? { ...at, status: 'ok', src: r.src } : { ...at, status: 'broken' };
  });
}
