/**
 * The quotes of a deal as a retrospective takes them (core `RetroQuote`), from the Quotes and
 * Quote lines registers as read by `readQuoteRegister`.
 */
import type { Cents, Deal, IsoDate } from "../../core/model";
import { lineNetCents, multiplyCents } from "../../core/money";
import { normalizeKey } from "../../core/normalizeText";
import { isIsoDate } from "../../core/parseDate";
import { parseQuoteId } from "../../core/quotes/numbering";
import type { RetroQuote, RetroQuoteLine } from "../../core/retro/retroQuote";
import type { RegisterQuote, RegisterQuoteLine } from "../../sheets/quotes/readQuoteRegister";

/** The date part of an ISO date or date-time (`2026-03-10T14:00` → `2026-03-10`), else null. */
function datePart(text: string | null): IsoDate | null {
  if (text === null) return null;
  const day = text.trim().slice(0, 10);
  return isIsoDate(day) ? day : null;
}

/** A register line's net: the Net column, else ROUND(qty × unit price × (1 − discount), 2). */
function lineNet(line: RegisterQuoteLine): Cents {
  return line.net ?? lineNetCents(line.qty, line.unitPrice, line.discount);
}

/** A register line's cost: the Cost column, else ROUND(qty × unit cost, 2), else unknown. */
function lineCost(line: RegisterQuoteLine): Cents | null {
  if (line.cost !== null) return line.cost;
  return line.unitCost === null ? null : multiplyCents(line.unitCost, line.qty);
}

/**
 * A register quote as the retrospective compares it: status in effect (Expired derived),
 * Date, Sent at (its date), Net and Cost as the register states them, and each line's net and
 * cost (computed from qty, unit price, discount and unit cost when the columns are blank).
 *
 * @example retroQuoteOf(registerQuote).lines[0] // { sku: "SRV-1", description: "Serveris", qty: 2, net: 800000, cost: 560000, optional: false }
 */
export function retroQuoteOf(quote: RegisterQuote): RetroQuote {
  const lines: RetroQuoteLine[] = quote.lines.map((l) => ({
    sku: l.sku,
    description: l.description,
    qty: l.qty,
    net: lineNet(l),
    cost: lineCost(l),
    optional: l.optional,
  }));
  return {
    id: quote.id,
    status: quote.status,
    date: quote.date,
    sentAt: datePart(quote.sentAt),
    net: quote.net,
    cost: quote.cost,
    lines,
  };
}

/**
 * True when a register quote belongs to the deal: its Deal ID is the deal's (trimmed, case
 * and punctuation ignored), or it names no deal and is a revision of the deal's Quote ID.
 *
 * @example isQuoteOfDeal({ dealId: null, base: "Q-2026-0007", … }, { quoteId: "Q-2026-0007-R2", … }) === true
 */
export function isQuoteOfDeal(quote: RegisterQuote, deal: Deal): boolean {
  if (quote.dealId !== null) return normalizeKey(quote.dealId) === normalizeKey(deal.id);
  if (deal.quoteId === null) return false;
  return normalizeKey(quote.base) === normalizeKey(parseQuoteId(deal.quoteId).base);
}

/**
 * Every quote and revision of a deal, as the retrospective takes them.
 *
 * @example quotesOfDeal(register.quotes, deal).map((q) => q.id) // ["Q-2026-0007", "Q-2026-0007-R2"]
 */
export function quotesOfDeal(quotes: readonly RegisterQuote[], deal: Deal): RetroQuote[] {
  return quotes.filter((q) => isQuoteOfDeal(q, deal)).map(retroQuoteOf);
}
