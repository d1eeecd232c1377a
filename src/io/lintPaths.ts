import { resolve } from 'node:path';
import { UserError, type Problem } from '../core/errors.js';
import { pushAll } from '../core/arrays.js';
import { M } from '../core/i18n/msg.js';
import { classify, lintFile, parseForLint, tidy } from '../core/lint/run.js';
import type { Finding, LinkedLog, LintKind } from '../core/lint/types.js';
import { parseYaml, type YamlSource } from '../core/yamlSource.js';
import { lintReader } from '../core/yamlQuick.js';
import { linkedDuplicate, resolveLogs } from './clientLogs.js';
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

/** A log as lint read it for its clients: parsed once per run, however many clients (or entries) list it. */
type LogRead = { status: 'ok'; src: YamlSource } | { status: 'missing' } | { status: 'unreadable'; detail: Problem['message'] } | { status: 'broken' };

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
  const logReads = new Map<string, LogRead>();

  for (let i = 0; i < jobs.length; i++) {
    const { path, kind } = jobs[i]!;
    const file = nameOf(path);
    // A log its client already read and parsed is not read again (parsing is most of lint's time).
    const known = kind === 'log' ? logReads.get(resolve(path)) : undefined;
    let parsed: ReturnType<typeof parseForLint>;
    if (known?.status === 'ok') parsed = { ok: true, src: known.src };
    else {
      const read = readForLint(path);
      if (!read.ok) {
        if ('fatal' in read) pushAll(fatal, read.fatal);
        else pushAll(findings, read.findings.map((f) => ({ ...f, file })));
        if ('findings' in read) checked++;
        continue;
      }
      parsed = parseForLint(read.text, file, kind, lintReader);
    }
    checked++;
    if (!parsed.ok) {
      pushAll(findings, parsed.findings);
      continue;
    }
    const c = classify(parsed.src, kind);
    if (!c.ok) {
      pushAll(findings, c.findings);
      continue;
    }
    let logs: Linked[] | undefined;
    if (c.kind === 'client') {
      logs = linkLogs(c.data.logs, path, nameOf, logReads);
      for (const log of logs) {
        // Only logs that can be read, inside the workspace, once each.
        if (log.status !== 'ok' && log.status !== 'broken') continue;
        if (queued.has(keyOf(log.path))) continue;
        queued.add(keyOf(log.path));
        jobs.push({ path: log.path, kind: 'log' });
      }
    }
    const parent = c.kind === 'rubric' ? resolveParent(c.data, path === '-' ? STDIN_NAME : path) : undefined;
    pushAll(findings, lintFile({ src: parsed.src, kind: c.kind, data: c.data, asOf, logs, parent }));
  }
  return { findings: tidy(findings), fatal, checked };
}

/**
 * The client's `logs:` entries as found on disk (resolveLogs, as `score` reads them):
 * outside the workspace and repeated entries are never read; every other log is read and
 * parsed once per run (`reads`), however many clients or entries list it. Parsed ones carry
 * their source for the cross-file rules (duplicate refs).
 */
function linkLogs(list: unknown, clientPath: string, nameOf: (p: string) => string, reads: Map<string, LogRead>): Linked[] {
  if (!Array.isArray(list)) return [];
  const resolved = resolveLogs(clientPath, list);
  return resolved.map((log): Linked => {
    const at = { index: log.index, ref: log.ref, shown: nameOf(log.shown), path: log.path };
    if (log.refused === 'outside') return { ...at, status: 'outside', workspace: log.workspace ?? '.' };
    if (log.refused === 'not-regular') return { ...at, status: 'unreadable', ...(log.notRegular ? { detail: log.notRegular } : {}) };
    if (log.refused) return { ...at, status: 'missing' };
    if (log.sameAs !== undefined) return { ...linkedDuplicate(resolved, log), ...at };
    const key = resolve(log.path);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = readLinkedLog(log.path, at.shown)));
    return { ...at, ...read } as Linked;
  });
}

function readLinkedLog(path: string, shown: string): LogRead {
  let text: string;
  try {
    text = readText(path).text;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = e.problems[0]!;
    if (p.code === 'not-found') return { status: 'missing' };
    if (p.code === 'unreadable') return { status: 'unreadable', detail: p.message };
    return { status: 'broken' };
  }
  const r = parseYaml(text, shown, 'log', { quick: lintReader });
  return r.ok ? { status: 'ok', src: r.src } : { status: 'broken' };
}
