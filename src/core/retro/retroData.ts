/**
 * Everything a retrospective of one deal shows (SPEC §6), computed from the deal, its quotes and
 * revisions, its meetings and its Actuals rows. Pure: the sheet plan (sheets/retro) lays it out.
 */
import type { Actual, Cents, Deal, IsoDate, Meeting } from "../model";
import { sameName } from "../normalizeText";
import { daysBetween } from "../parseDate";
import { retroProfit, type RetroProfit } from "./finalProfit";
import { plannedVsActual, type PlannedVsActual } from "./plannedVsActual";
import { comparedQuote, type ComparedQuote, type RetroQuote } from "./retroQuote";
import { retroTimeline, type RetroEvent } from "./retroTimeline";

/** What a retrospective points out about its figures; the sheet words it per locale. */
export type RetroNote =
  /** No quote is Accepted: the deal is compared with this quote (the latest non-superseded). */
  | { code: "noAcceptedQuote"; quoteId: string }
  /** The deal has no quote: nothing was planned. */
  | { code: "noQuote" }
  /** A won or open deal without Actuals rows: actual figures unknown. */
  | { code: "noActuals" }
  /** The quote's discount (negative cents) is spread over the planned lines. */
  | { code: "quoteDiscountSpread"; amount: Cents }
  /** A won deal whose final cost is unknown (no Cost, Profit or Margin %). */
  | { code: "finalCostUnknown" }
  /** The deal is still open: no final figures. */
  | { code: "dealOpen" }
  /** Events without a date, listed at the end of the timeline. */
  | { code: "undatedEvents"; count: number };

/** A deal's retrospective, in cents, fractions and ISO dates. */
export interface RetroData {
  deal: Deal;
  /** The day it was computed. */
  today: IsoDate;
  /** Dated events in order, then undated ones (date null). */
  timeline: RetroEvent[];
  /** The quote the deal is compared with, or null without quotes. */
  compared: ComparedQuote | null;
  /** Planned against actual per line, with totals. */
  comparison: PlannedVsActual;
  /** Final profit against what was quoted. */
  profit: RetroProfit;
  /** Closed on − Created of a closed deal; today − Created of an open one; null without dates. */
  cycleDays: number | null;
  notes: RetroNote[];
}

/** What {@link buildRetro} needs: the deal and everything of it the workbook holds. */
export interface RetroInput {
  deal: Deal;
  /** Every quote and revision of this deal. */
  quotes: RetroQuote[];
  /** Meetings (of any deal: those of this deal are picked by Deal ID). */
  meetings: Meeting[];
  /** Actuals rows (of any deal: those of this deal are picked by Deal ID). */
  actuals: Actual[];
  today: IsoDate;
}

function cycleDays(deal: Deal, today: IsoDate): number | null {
  if (deal.created === null) return null;
  const closed = deal.stage === "Won" || deal.stage === "Lost";
  if (closed) return deal.closedOn === null ? null : daysBetween(deal.created, deal.closedOn);
  return daysBetween(deal.created, today);
}

/**
 * A deal's retrospective: the timeline; planned (the Accepted quote's counted lines, else the
 * latest non-superseded quote's, with a note) against actual (the deal's Actuals rows) per
 * line; final profit (Deals row, cost from Cost / Profit / Margin %, plus travel from its
 * meetings) against quoted and against the Actuals totals. Meetings and Actuals of other deals
 * are ignored (Deal ID compared trimmed, case-insensitive).
 *
 * @example
 * const retro = buildRetro({ deal, quotes, meetings, actuals, today: "2026-07-05" });
 * retro.comparison.variance.profit // actual − planned profit, cents
 */
export function buildRetro(input: RetroInput): RetroData {
  const { deal, quotes, meetings, today } = input;
  const actuals = input.actuals.filter((a) => sameName(a.dealId, deal.id));
  const compared = comparedQuote(quotes);
  const quote = compared?.quote ?? null;
  const comparison = plannedVsActual(quote, actuals, deal.stage === "Lost");
  const profit = retroProfit(
    deal,
    quote,
    meetings,
    comparison.hasActuals ? comparison.actual : null
  );
  const timeline = retroTimeline(deal, quotes, meetings);

  const notes: RetroNote[] = [];
  if (compared === null) notes.push({ code: "noQuote" });
  else if (!compared.accepted) notes.push({ code: "noAcceptedQuote", quoteId: compared.quote.id });
  if (comparison.quoteDiscount !== 0) {
    notes.push({ code: "quoteDiscountSpread", amount: comparison.quoteDiscount });
  }
  if (!comparison.hasActuals && deal.stage !== "Lost") notes.push({ code: "noActuals" });
  if (deal.stage === "Won" && profit.final.cost === null) notes.push({ code: "finalCostUnknown" });
  if (deal.stage !== "Won" && deal.stage !== "Lost") notes.push({ code: "dealOpen" });
  const undated = timeline.filter((e) => e.date === null).length;
  if (undated > 0) notes.push({ code: "undatedEvents", count: undated });

  return {
    deal,
    today,
    timeline,
    compared,
    comparison,
    profit,
    cycleDays: cycleDays(deal, today),
    notes,
  };
}
