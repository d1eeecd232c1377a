import { word } from '../../i18n/word.js';
import { safe } from '../../render/safeText.js';
import type { Formatter } from './types.js';

/** Workflow-command data: % first, then line breaks (actions/toolkit `escapeData`). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also escape `:` and `,`, which separate properties (toolkit `escapeProperty`). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one per finding, so each shows inline on the pull
 * request: `::error file=F,line=L,col=C,title=RULE::MESSAGE`.
 */
export const github: Formatter = (findings, { messages }) =>
  findings
    .map((f) => {
      const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.col},title=${escapeProperty(f.rule)}`;
      return `::${f.severity} ${props}::${escapeData(safe(word(f.message, messages)))}\n`;
    })
    .join('');
