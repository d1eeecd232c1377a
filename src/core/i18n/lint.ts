import type { Lang } from './index.js';
import { lintEn, type LintCatalog } from './lint.en.js';
import { lintEs } from './lint.es.js';

export type { LintCatalog };

/** The lint/schema/rubric-show catalogue for each language. */
export const lintCatalogs: Record<Lang, LintCatalog> = { en: lintEn, es: lintEs };
