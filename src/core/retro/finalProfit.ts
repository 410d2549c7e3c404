/**
 * A deal's final profit against what was quoted (SPEC §5, §6): the quoted figures, the final
 * figures of the Deals row (cost resolved from Cost, Profit or Margin %, plus travel), and the
 * Actuals totals. Money in integer cents, margins as fractions, null where unknown.
 */
import type { Cents, Deal, Meeting } from "../model";
import { multiplyCents } from "../money";
import { profitFigures, variance, type ProfitFigures, type Variance } from "./plannedVsActual";
import { countedLines, type RetroQuote } from "./retroQuote";
import { meetingsOfDeal } from "./retroTimeline";

/** Which Deals column gave the final cost. */
export type FinalCostSource = "cost" | "profit" | "margin" | "lost";

/** The final figures of the Deals row. `cost` includes `travel`. */
export interface FinalFigures extends ProfitFigures {
  /** The deal's Travel cost plus the Travel cost of its meetings that were not Cancelled. */
  travel: Cents;
  /** The cost before travel, or null when unknown. */
  baseCost: Cents | null;
  costSource: FinalCostSource | null;
}

/** The quoted figures: the compared quote's net and cost. */
export interface QuotedFigures extends ProfitFigures {
  quoteId: string;
}

/** The "final profit against what was quoted" block of a retrospective. */
export interface RetroProfit {
  /** Null when the deal has no quote. */
  quoted: QuotedFigures | null;
  final: FinalFigures;
  /** Σ of the Actuals rows (the planned-vs-actual totals); null when the deal has none. */
  actual: ProfitFigures | null;
  /** final − quoted (all null without a quote). */
  finalVsQuoted: Variance;
  /** actual − quoted (all null without a quote or Actuals). */
  actualVsQuoted: Variance;
}

const UNKNOWN: ProfitFigures = { revenue: null, cost: null, profit: null, margin: null };

/**
 * The travel cost of a deal: its Travel cost plus the Travel cost of its meetings (Deal ID
 * matched trimmed, case-insensitive) that were not Cancelled.
 *
 * @example dealTravel({ ...deal, travelCost: 5000 }, [{ dealId: "D-1042", travelCost: 12000, status: "Done", … }]) === 17000
 */
export function dealTravel(deal: Deal, meetings: readonly Meeting[]): Cents {
  let travel = deal.travelCost ?? 0;
  for (const m of meetingsOfDeal(deal.id, meetings)) {
    if (m.status !== "Cancelled" && m.travelCost !== null) travel += m.travelCost;
  }
  return travel;
}

/**
 * The final figures of a deal. Won: revenue = Revenue, else Amount; cost = Cost, else
 * revenue − Profit, else ROUND(revenue × (1 − Margin %), 2), else unknown; plus travel.
 * Lost: revenue 0, cost = travel (what the attempt cost). Open: revenue, cost and profit
 * unknown (travel still counted).
 *
 * @example
 * finalFigures({ ...deal, stage: "Won", revenue: 100000, cost: null, profit: null, margin: 0.3, travelCost: 5000 }, [])
 * // { revenue: 100000, baseCost: 70000, costSource: "margin", travel: 5000, cost: 75000, profit: 25000, margin: 0.25 }
 */
export function finalFigures(deal: Deal, meetings: readonly Meeting[]): FinalFigures {
  const travel = dealTravel(deal, meetings);
  if (deal.stage === "Lost") {
    return { ...profitFigures(0, travel), travel, baseCost: 0, costSource: "lost" };
  }
  if (deal.stage !== "Won") return { ...UNKNOWN, travel, baseCost: null, costSource: null };
  const revenue = deal.revenue ?? deal.amount;
  let baseCost: Cents | null = null;
  let costSource: FinalCostSource | null = null;
  if (deal.cost !== null) {
    baseCost = deal.cost;
    costSource = "cost";
  } else if (revenue !== null && deal.profit !== null) {
    baseCost = revenue - deal.profit;
    costSource = "profit";
  } else if (revenue !== null && deal.margin !== null) {
    baseCost = multiplyCents(revenue, 1 - deal.margin);
    costSource = "margin";
  }
  const cost = baseCost === null ? null : baseCost + travel;
  return { ...profitFigures(revenue, cost), travel, baseCost, costSource };
}

/**
 * The quoted figures of a quote: its net (else Σ counted line nets) and its cost (else Σ
 * counted line costs, unknown when a line's cost is).
 *
 * @example quotedFigures(quote) // { quoteId: "Q-2026-0007-R2", revenue: 1250000, cost: 800000, profit: 450000, margin: 0.36 }
 */
export function quotedFigures(quote: RetroQuote): QuotedFigures {
  const lines = countedLines(quote);
  const net = quote.net ?? lines.reduce((a, l) => a + l.net, 0);
  let cost = quote.cost;
  if (cost === null && lines.length > 0 && lines.every((l) => l.cost !== null)) {
    cost = lines.reduce((a, l) => a + (l.cost ?? 0), 0);
  }
  return { quoteId: quote.id, ...profitFigures(net, cost) };
}

/**
 * The final-profit block: quoted (the compared quote), final (Deals row + travel) and actual
 * (the Actuals totals, null when the deal has no Actuals rows), with their variances.
 *
 * @example retroProfit(deal, quote, meetings, actualTotals).finalVsQuoted.profit // final profit − quoted profit
 */
export function retroProfit(
  deal: Deal,
  quote: RetroQuote | null,
  meetings: readonly Meeting[],
  actual: ProfitFigures | null
): RetroProfit {
  const quoted = quote === null ? null : quotedFigures(quote);
  const final = finalFigures(deal, meetings);
  return {
    quoted,
    final,
    actual,
    finalVsQuoted: variance(quoted ?? UNKNOWN, final),
    actualVsQuoted: variance(quoted ?? UNKNOWN, actual ?? UNKNOWN),
  };
}
