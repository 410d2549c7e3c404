/**
 * One quote as the sheet plans render it: its number, dates, lines and the engine's totals.
 */
import type { IsoDate } from "../../core/model";
import type { QuoteLineInput, QuoteTotals, VatRoundingMode } from "../../core/quotes/quoteMath";
import type { QuoteStatus } from "../../core/quotes/status";

/**
 * A computed quote (or revision). Money in cents, ratios as fractions.
 *
 * @example
 * { id: "Q-2026-0007-R2", dealId: "D-1042", date: "2026-07-03", validUntil: "2026-08-02",
 *   owner: "Anna Bērziņa", status: "Draft", lines, quoteDiscount: 0.05, vatRounding: "per-rate",
 *   totals: computeQuote({ lines, quoteDiscount: 0.05, vatRounding: "per-rate" }), currency: "EUR" }
 */
export interface QuoteDocument {
  /** Number with revision, e.g. "Q-2026-0007" or "Q-2026-0007-R2". */
  id: string;
  dealId: string;
  date: IsoDate;
  validUntil: IsoDate;
  /** The deal's owner (the rep). */
  owner: string;
  status: QuoteStatus;
  lines: QuoteLineInput[];
  quoteDiscount: number;
  vatRounding: VatRoundingMode;
  totals: QuoteTotals;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
}

/**
 * The buyer as the customer sheet shows it (from Accounts; only the name when the account has
 * no row there).
 *
 * @example { name: "SIA Koks", regNo: "40003521600", vatNo: "LV40003521600", address: "Rīga" }
 */
export interface QuoteCustomer {
  name: string;
  regNo: string | null;
  vatNo: string | null;
  address: string | null;
}
