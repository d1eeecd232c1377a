/**
 * Every English catalogue, as one bundle. Loaded by `loadMessages('en')` (index.ts) only
 * when a run speaks English: a run loads the catalogues of its own language, not both.
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
