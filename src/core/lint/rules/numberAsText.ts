import { plainValues } from '../scalars.js';
import type { Rule } from '../types.js';

/** 1,500 · 1,500.00 · 1.500,00 · 1500,5: numbers with separators YAML reads as text. */
const FORMATTED = /^[+-]?(\d{1,3}(,\d{3})+(\.\d+)?|\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)$/;

/** Fields whose value is text on purpose, where "1,500" is what the user meant. */
const TEXT_KEYS = new Set(['note', 'ref', 'name', 'id', 'clause', 'en', 'es', 'phone', 'email', 'industry', 'business', 'contact']);

/**
 * `amount: 1,500.00` stays the text "1,500.00" (PITFALLS). On a built-in numeric field
 * the schema rule already says so; this catches the rest (custom event fields, say),
 * and stays quiet where another finding already points at the same value.
 */
export const numberAsText: Rule = (ctx) => {
  const taken = new Set(ctx.findings.map((f) => `${f.line}:${f.col}`));
  for (const { node, key } of plainValues(ctx.src)) {
    if (TEXT_KEYS.has(key) || !FORMATTED.test(node.value)) continue;
    const at = ctx.src.lc.linePos(node.range![0]);
    if (taken.has(`${at.line}:${at.col}`)) continue;
    ctx.findings.push({ file: ctx.file, ...at, severity: 'warning', rule: 'number-as-text', message: ctx.m.numberAsText(key, node.value) });
  }
};
