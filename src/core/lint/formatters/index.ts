import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Format, Formatter } from './types.js';

/** Formatter for each `--format` value. */
export const FORMATTERS: Record<Format, Formatter> = { stylish, json, github, sarif };
export { FORMATS, type Format, type FormatOptions, type Formatter } from './types.js';
