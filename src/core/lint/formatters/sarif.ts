import { messages as messagesOf } from '../../i18n/index.js';
import { word } from '../../i18n/word.js';
import { safeJson } from '../../render/safeText.js';
import { RULE_IDS, RULE_LEVEL, type Finding, type RuleId } from '../types.js';
import type { Formatter } from './types.js';

/** Where each rule is documented: the README's rule list, one anchor per rule. */
export const RULES_URL = 'https://github.com/clientfit/clientfit/blob/main/README.md';
export const ruleHelpUri = (id: RuleId): string => `${RULES_URL}#rule-${id}`;

/** Code-scanning services take at most this many results per run (GitHub: 25,000). */
export const MAX_RESULTS = 25_000;

/** The base every relative location is resolved against: the folder lint ran in. */
const BASE = 'SRCROOT';

/** A path as a URI reference: forward slashes, each segment percent-encoded. */
const uriOf = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');

/** An absolute folder as a `file:` URI ending in a slash. */
export function folderUri(abs: string): string {
  const p = abs.replace(/\\/g, '/');
  const withSlash = p.endsWith('/') ? p : `${p}/`;
  return `file://${withSlash.startsWith('/') ? '' : '/'}${withSlash.split('/').map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s))).join('/')}`;
}

/**
 * A finding's file as SARIF wants it: relative to the run's folder with `uriBaseId` when it
 * is inside it, else an absolute `file:` URI (standard input has no location to resolve).
 */
function location(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const norm = file.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/$/, '');
  if (norm.startsWith('/') || /^[A-Za-z]:\//.test(norm)) {
    if (norm.startsWith(`${base}/`)) return { uri: uriOf(norm.slice(base.length + 1)), uriBaseId: BASE };
    return { uri: folderUri(norm).replace(/\/$/, '') };
  }
  if (norm.startsWith('../')) return { uri: folderUri(`${base}/${norm}`).replace(/\/$/, '') };
  return { uri: uriOf(norm.replace(/^\.\//, '')), uriBaseId: BASE };
}

/** FNV-1a, 64 bits, over the UTF-16 code units: pure, stable across runs and machines, 16 hex digits. */
function fnv64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The offending line with its spacing normalised: a fingerprint that survives lines moving and re-indenting. */
const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

/**
 * Stable per finding: the rule, the file, the normalised text of its line and, for the same
 * three repeated, which occurrence it is. Moving the line up or down changes nothing.
 */
function fingerprints(findings: readonly Finding[], lineOf: (file: string, line: number) => string | undefined): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}\u0000${f.file.replace(/\\/g, '/')}\u0000${normalise(lineOf(f.file, f.line) ?? '')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return fnv64(`${base}\u0000${n}`);
  });
}

/** Every rule described as code-scanning services show it: always in English, whatever --lang. */
function rules() {
  const en = messagesOf('en').lint;
  return RULE_IDS.map((id) => {
    const short = en.rules[id];
    const fix = en.ruleFix[id];
    return {
      id,
      name: NAMES[id] ?? id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: short },
      fullDescription: { text: `${short} ${fix}` },
      help: { text: `${short} ${fix} See ${ruleHelpUri(id)}`, markdown: `**${short}**\n\n${fix}\n\n[The rule in clientfit's README](${ruleHelpUri(id)})` },
      helpUri: ruleHelpUri(id),
      defaultConfiguration: { level: RULE_LEVEL[id] },
    };
  });
}

/** A name a person reads (SARIF: it must differ from the id, even in case): the id in PascalCase, or a longer one for one-word ids. */
const NAMES: Partial<Record<RuleId, string>> = { schema: 'SchemaMismatch', extends: 'BrokenExtends' };

/**
 * SARIF 2.1.0 as code-scanning services read it: one run, tool.driver `clientfit` with every
 * rule (descriptions, help, helpUri), results located relative to `SRCROOT` (the folder lint
 * ran in, given in `originalUriBaseIds`) with stable `partialFingerprints`, messages in
 * English whatever `--lang`, and at most MAX_RESULTS results (a notification says how many
 * were left out).
 */
export const sarif: Formatter = (findings, { messages, version, cwd = '/', lineOf = () => undefined }) => {
  const en = messages.lang === 'en' ? messages : messagesOf('en');
  const prints = fingerprints(findings, lineOf);
  const kept = findings.slice(0, MAX_RESULTS);
  const results = kept.map((f, i) => ({
    ruleId: f.rule,
    ruleIndex: RULE_IDS.indexOf(f.rule),
    level: f.severity,
    message: { text: word(f.message, en) },
    locations: [{ physicalLocation: { artifactLocation: location(f.file, cwd), region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.col) } } }],
    partialFingerprints: { 'clientfitFinding/v1': prints[i]! },
  }));
  const cut = findings.length - kept.length;
  const invocation = {
    executionSuccessful: true,
    ...(cut ? { toolExecutionNotifications: [{ level: 'warning', message: { text: `${cut} more results were left out: a run holds at most ${MAX_RESULTS}. Run clientfit lint on fewer files at a time to see them.` } }] } : {}),
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clientfit', version, semanticVersion: version, informationUri: RULES_URL, rules: rules() } },
        originalUriBaseIds: { [BASE]: { uri: folderUri(cwd) } },
        invocations: [invocation],
        results,
      },
    ],
  };
  return `${safeJson(log)}\n`;
};
