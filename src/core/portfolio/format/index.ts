import { renderPortfolioCsv } from './csv.js';
import { renderPortfolioHtml } from './html.js';
import { renderPortfolioJson } from './json.js';
import { renderPortfolioMarkdown } from './markdown.js';
import type { PortfolioFormat, PortfolioFormatter } from './options.js';
import { renderPortfolioText } from './text.js';

/** One formatter per output format (Spectral's `Record<Format, Formatter>` pattern). */
export const portfolioFormatters: Record<PortfolioFormat, PortfolioFormatter> = {
  text: renderPortfolioText,
  json: (p) => renderPortfolioJson(p),
  csv: (p) => renderPortfolioCsv(p),
  md: renderPortfolioMarkdown,
  html: renderPortfolioHtml,
};

export { PORTFOLIO_FORMATS, TOP_FLAGS, type PortfolioFormat, type PortfolioRenderOptions } from './options.js';
