import { safeJson } from '../../render/safeText.js';
import type { Formatter } from './types.js';

/** DESIGN: exactly `[{file, line, col, severity, rule, message}]`, in that key order. */
export const json: Formatter = (findings) =>
  `${safeJson(findings.map(({ file, line, col, severity, rule, message }) => ({ file, line, col, severity, rule, message })))}\n`;
