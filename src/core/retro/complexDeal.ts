/**
 * Which deals deserve a retrospective (SPEC §6: won or lost deals with several lines), and the
 * order the task pane's deal picker offers them in.
 */
import type { Deal } from "../model";
import { comparedQuote, countedLines, type RetroQuote } from "./retroQuote";

/**
 * The number of counted lines of the quote a deal is compared with (the Accepted quote, else
 * the latest non-superseded one); 0 without quotes.
 *
 * @example quotedLineCount([acceptedWith3Lines]) === 3
 */
export function quotedLineCount(quotes: readonly RetroQuote[]): number {
  const compared = comparedQuote(quotes);
  return compared === null ? 0 : countedLines(compared.quote).length;
}

/**
 * True for a complex deal: won or lost, and its accepted (or latest) quote counts at least two
 * lines.
 *
 * @example isComplexDeal({ ...deal, stage: "Won" }, [quoteWith3Lines]) === true
 * @example isComplexDeal({ ...deal, stage: "Negotiation" }, [quoteWith3Lines]) === false
 */
export function isComplexDeal(deal: Deal, quotes: readonly RetroQuote[]): boolean {
  return (deal.stage === "Won" || deal.stage === "Lost") && quotedLineCount(quotes) >= 2;
}

/** A deal offered for a retrospective, with what the picker shows about it. */
export interface RetroCandidate {
  deal: Deal;
  /** Won or lost with several lines. */
  complex: boolean;
  /** Counted lines of its accepted (or latest) quote. */
  lines: number;
}

/**
 * Deals in the order the Retro view offers them: complex deals (won or lost, several lines)
 * first, then by Closed on, latest first (deals without a closing date last), then by Deal ID.
 * `quotesOf` gives a deal's quotes and revisions.
 *
 * @example orderRetroCandidates(deals, (d) => quotesByDeal.get(d.id) ?? []).map((c) => c.deal.id)
 * // ["D-1042" (won, 3 lines, closed 2026-06-30), "D-1040" (won, 3 lines, 2026-05-02), "D-1050" (won, 1 line), "D-1060" (open)]
 */
export function orderRetroCandidates(
  deals: readonly Deal[],
  quotesOf: (deal: Deal) => readonly RetroQuote[]
): RetroCandidate[] {
  return deals
    .map((deal) => {
      const quotes = quotesOf(deal);
      return { deal, complex: isComplexDeal(deal, quotes), lines: quotedLineCount(quotes) };
    })
    .sort(
      (a, b) =>
        Number(b.complex) - Number(a.complex) ||
        Number(a.deal.closedOn === null) - Number(b.deal.closedOn === null) ||
        (b.deal.closedOn ?? "").localeCompare(a.deal.closedOn ?? "") ||
        a.deal.id.localeCompare(b.deal.id)
    );
}
