import type { Lang } from '../i18n/index.js';
import { portfolioEn, type PortfolioCatalog } from '../i18n/portfolio.en.js';
import { portfolioEs } from '../i18n/portfolio.es.js';

/** The portfolio's wording per language (the shared catalogue holds verdict names and numbers). */
export const portfolioCatalogs: Record<Lang, PortfolioCatalog> = { en: portfolioEn, es: portfolioEs };
