import type { Finding } from '../lint/types.js';
import type { Verdict } from '../score.js';
import type { Rubric } from '../schema/rubric.js';

/**
 * One scored client reduced to what the portfolio shows. Workers send only this back,
 * so memory stays flat however many events each client has.
 */
export interface ClientSummary {
  id: string;
  name: string;
  file: string;
  fit: number;
  verdict: Verdict;
  /** Σ points lost, unrounded and unclamped: ranks clients whose fit is 0 for both. */
  pointsLost: number;
  /** Invoiced within the rubric's window (the score report's value at stake). */
  revenue: number;
  currency: string | null;
  /** Ids of the raised criteria, most points lost first. */
  flags: string[];
  dealbreakers: string[];
  /** What the data-quality gate found in the client's files (printed on stderr, counted per client). */
  warnings: Finding[];
}

/** A ranked client with its share of the revenue in its own currency. */
export interface PortfolioRow extends ClientSummary {
  rank: number;
  /** 0–1 of the revenue in this client's currency; null when nobody in it invoiced anything. */
  revenueShare: number | null;
}

export interface CurrencyTotal {
  currency: string | null;
  revenue: number;
  clients: number;
}

/** One client carrying a large share of the revenue in its currency. */
export interface Concentration {
  row: PortfolioRow;
  share: number;
}

/** Everything the formatters need; built by `buildPortfolio`, never by a formatter. */
export interface Portfolio {
  asOf: string;
  rubric: Pick<Rubric, 'id' | 'file' | 'window' | 'criteria' | 'bands'>;
  rows: PortfolioRow[];
  /** A single total when every client bills in one currency; revenue and currency null when mixed. */
  totals: { revenue: number | null; currency: string | null; byCurrency: CurrencyTotal[] };
  counts: Record<Verdict, number>;
  reviewFirst: PortfolioRow[];
  /** Exit and review clients beyond those listed in `reviewFirst`. */
  reviewMore: number;
  concentration: Concentration[];
  /** Files under the folder that are not clients. */
  skipped: { logs: number; rubrics: number };
}
