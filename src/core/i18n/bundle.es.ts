/**
 * Every Spanish catalogue, as one bundle, in a chunk of its own: `loadMessages('es')`
 * (index.ts) loads it only when a run speaks Spanish, so an English run never reads it.
 */
import type { Messages } from './index.js';
import { es } from './es.js';
import { lintEs } from './lint.es.js';
import { editEs } from './edit.es.js';
import { exitEs } from './exit.es.js';
import { portfolioEs } from './portfolio.es.js';
import { explainEs } from './explain.es.js';
import { importerEs } from './importer.es.js';
import { calibrateEs } from './calibrate.es.js';
import { htmlEs } from './html.es.js';

export const bundleEs: Messages = { lang: 'es', t: es, lint: lintEs, edit: editEs, exit: exitEs, portfolio: portfolioEs, explain: explainEs, importer: importerEs, calibrate: calibrateEs, html: htmlEs };
