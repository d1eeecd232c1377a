import { word } from '../../i18n/word.js';
import { safeJson } from '../../render/safeText.js';
import { RULE_IDS } from '../types.js';
import type { Formatter } from './types.js';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
const uriOf = (file: string) => file.split(/[\\/]/).map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0 for code-scanning tools: one run, tool.driver `clientfit` with every rule,
 * and one result per finding located by file, startLine and startColumn.
 */
export const sarif: Formatter = (findings, { messages, version }) => {
  const rules = RULE_IDS.map((id) => ({ id, shortDescription: { text: messages.lint.rules[id] } }));
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: RULE_IDS.indexOf(f.rule),
    level: f.severity,
    message: { text: word(f.message, messages) },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.file) }, region: { startLine: f.line, startColumn: f.col } } }],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'clientfit', version, rules } }, results }],
  };
  return `${safeJson(log)}\n`;
};
