import { word } from '../../i18n/word.js';
import { safeJson } from '../../render/safeText.js';
import type { Formatter } from './types.js';

/** DESIGN: exactly `[{file, line, col, severity, rule, message}]`, in that key order. */
export const json: Formatter = (findings, { messages }) =>
  `${safeJson(findings.map(({ file, line, col, severity, rule, message }) => ({ file, line, col, severity, rule, message: word(message, messages) })))}\n`;
