/**
 * The quotes of one deal as a retrospective sees them (SPEC §4, §6): every quote and revision
 * from the Quotes and Quote lines register, and which of them the deal is compared with — the
 * Accepted one, else the latest that was not Superseded.
 */
import type { Cents, IsoDate } from "../model";
import { parseQuoteStatus } from "../quotes/status";

/** One line of a quote, as the Quote lines register holds it. Money in cents. */
export interface RetroQuoteLine {
  sku: string | null;
  description: string;
  qty: number;
  /** Line net (after the line discount, before any quote-level discount). */
  net: Cents;
  /** Line cost (qty × unit cost), or null when unknown. */
  cost: Cents | null;
  /** Optional lines are shown on the quote but not counted in its totals. */
  optional: boolean;
}

/**
 * One quote or revision of a deal.
 *
 * @example
 * { id: "Q-2026-0007-R2", status: "Accepted", date: "2026-03-10", net: 1250000, cost: 800000,
 *   lines: [{ sku: "SRV-1", description: "Server", qty: 2, net: 1000000, cost: 700000, optional: false }] }
 */
export interface RetroQuote {
  /** Quote number with revision, e.g. "Q-2026-0007-R2" (the first revision has no suffix). */
  id: string;
  /** Status as written in the register, English or Latvian (e.g. "Accepted", "Pieņemts"). */
  status: string;
  date: IsoDate | null;
  sentAt?: IsoDate | null;
  /** Net total after the quote-level discount, or null when the register has none. */
  net: Cents | null;
  cost: Cents | null;
  lines: RetroQuoteLine[];
}

/** The quote a retrospective compares the deal with. */
export interface ComparedQuote {
  quote: RetroQuote;
  /** True when its status is Accepted; false when it is the latest non-superseded quote instead. */
  accepted: boolean;
}

/**
 * True when a register status says Accepted (English or Latvian; case, spacing and
 * diacritics ignored).
 *
 * @example isAcceptedStatus("Pieņemts") === true; isAcceptedStatus("Sent") === false
 */
export function isAcceptedStatus(status: string): boolean {
  const parsed = parseQuoteStatus(status);
  return parsed.ok && parsed.value === "Accepted";
}

/**
 * True when a register status says Superseded (English `Superseded`, Latvian `Aizstāts`).
 *
 * @example isSupersededStatus("aizstāts") === true
 */
export function isSupersededStatus(status: string): boolean {
  const parsed = parseQuoteStatus(status);
  return parsed.ok && parsed.value === "Superseded";
}

/**
 * The revision number of a quote number: `-R2` → 2; no suffix → 1.
 *
 * @example quoteRevision("Q-2026-0007-R3") === 3; quoteRevision("Q-2026-0007") === 1
 */
export function quoteRevision(id: string): number {
  const m = /-R(\d+)\s*$/i.exec(id);
  return m ? Number(m[1]) : 1;
}

/**
 * The lines a quote counts in its totals (optional lines left out).
 *
 * @example countedLines(quote).length // 3 of 4 lines when one is optional
 */
export function countedLines(quote: RetroQuote): RetroQuoteLine[] {
  return quote.lines.filter((l) => !l.optional);
}

/**
 * Quotes from earliest to latest: by date (undated first), then revision number, then the
 * order given. Does not change `quotes`.
 *
 * @example sortQuotes([r2, r1]) // [r1, r2] when both have the same date
 */
export function sortQuotes(quotes: readonly RetroQuote[]): RetroQuote[] {
  return quotes
    .map((quote, index) => ({ quote, index }))
    .sort(
      (a, b) =>
        (a.quote.date ?? "").localeCompare(b.quote.date ?? "") ||
        quoteRevision(a.quote.id) - quoteRevision(b.quote.id) ||
        a.index - b.index
    )
    .map((x) => x.quote);
}

/**
 * The quote a deal is compared with: the Accepted one (the latest, should there be several);
 * else the latest quote that is not Superseded (else the latest of all); null without quotes.
 *
 * @example comparedQuote([r1Superseded, r2Accepted]) // { quote: r2Accepted, accepted: true }
 * @example comparedQuote([r1Superseded, r2Sent]) // { quote: r2Sent, accepted: false }
 */
export function comparedQuote(quotes: readonly RetroQuote[]): ComparedQuote | null {
  const sorted = sortQuotes(quotes);
  const accepted = sorted.filter((q) => isAcceptedStatus(q.status)).pop();
  if (accepted) return { quote: accepted, accepted: true };
  const current = sorted.filter((q) => !isSupersededStatus(q.status)).pop() ?? sorted.pop();
  return current ? { quote: current, accepted: false } : null;
}
