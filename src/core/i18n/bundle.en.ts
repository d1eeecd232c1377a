/**
 * Every English catalogue, as one bundle. Always loaded: `messages('en')` (index.ts) answers
 * from it, and `M` (msg.ts), which core and io name their messages with, is built from it.
 */
import type { Messages } from './index.js';
import { en } from './en.js';
import { lintEn } from './lint.en.js';
import { editEn } from './edit.en.js';
import { exitEn } from './exit.en.js';
import { portfolioEn } from './portfolio.en.js';
import { explainEn } from './explain.en.js';
import { importerEn } from './importer.en.js';
import { calibrateEn } from './calibrate.en.js';
import { htmlEn } from './html.en.js';

export const bundleEn: Messages = { lang: 'en', t: en, lint: lintEn, edit: editEn, exit: exitEn, portfolio: portfolioEn, explain: explainEn, importer: importerEn, calibrate: calibrateEn, html: htmlEn };
