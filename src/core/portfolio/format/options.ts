import type { Catalog, Lang } from '../../i18n/index.js';
import type { PortfolioCatalog } from '../../i18n/portfolio.en.js';
import type { Style } from '../../render/style.js';
import type { Portfolio } from '../types.js';

export const PORTFOLIO_FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;
export type PortfolioFormat = (typeof PORTFOLIO_FORMATS)[number];

/** How many raised criteria a row shows (JSON `topFlags`, the table's last column). */
export const TOP_FLAGS = 3;

/** What every portfolio formatter receives: language, catalogues and colour are passed in. */
export interface PortfolioRenderOptions {
  lang: Lang;
  t: Catalog;
  pt: PortfolioCatalog;
  style: Style;
  /** clientfit's version, for the HTML page's footer. */
  version?: string;
}

export type PortfolioFormatter = (p: Portfolio, o: PortfolioRenderOptions) => string;
