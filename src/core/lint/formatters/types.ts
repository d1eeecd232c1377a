import type { Messages } from '../../i18n/index.js';
import type { Style } from '../../render/style.js';
import type { Finding } from '../types.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** The user's language: findings are worded here, at the edge. */
  messages: Messages;
  /** Colour for stylish; the others never colour. */
  style: Style;
  /** How many files were checked (stylish says so when all is clean). */
  files: number;
  /** clientfit's version, for SARIF's tool.driver. */
  version: string;
  /** SARIF: the absolute folder lint ran in (locations are relative to it). */
  cwd?: string;
  /** SARIF: the text of a file's line, for fingerprints that survive the line moving. */
  lineOf?: (file: string, line: number) => string | undefined;
}

/** A pure formatter: findings in, the whole output out (Spectral's output.ts pattern). */
export type Formatter = (findings: readonly Finding[], opts: FormatOptions) => string;
