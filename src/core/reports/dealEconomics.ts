/**
 * The final economics of one deal (SPEC §5, §7): its revenue, its cost resolved from Cost,
 * Profit or Margin %, and its travel costs from the Deals row and from Meetings.
 * All money in integer cents.
 */
import type { Issue } from "../issue";
import type { Cents, Deal, Meeting } from "../model";
import { multiplyCents } from "../money";
import { nameKey } from "./nameKey";
import { reportSources, type ReportSources } from "./reportSources";

/** Where a deal's cost came from. */
export type CostSource = "cost" | "profit" | "margin";

/** The economics of one (won) deal, in cents. */
export interface DealEconomics {
  /** Revenue, else Amount, else 0 (with an issue). */
  revenue: Cents;
  /** False when the deal has neither Revenue nor Amount. */
  revenueKnown: boolean;
  /** The deal's cost before travel, or null when it cannot be known. */
  baseCost: Cents | null;
  /** Which column gave `baseCost`, or null. */
  costSource: CostSource | null;
  /**
   * The deal's Travel cost plus the Travel cost of its meetings that were not Cancelled.
   * Always counted here, also when the cost is unknown (then it stays out of `cost`).
   */
  travelCost: Cents;
  /** `baseCost + travelCost`, or null when the base cost is unknown. */
  cost: Cents | null;
  /** `revenue − cost`, or null when the cost is unknown. */
  profit: Cents | null;
  /** Problems found: no revenue, no cost. */
  issues: Issue[];
}

/**
 * The travel costs of Meetings per deal: Σ Travel cost of the meetings with that Deal ID
 * (matched trimmed and case-insensitive), leaving out Cancelled meetings. Keyed by
 * {@link nameKey} of the Deal ID.
 *
 * @example meetingTravelByDeal([{ dealId: "D-1", travelCost: 12000, status: "Done", … }]).get("d-1") === 12000
 */
export function meetingTravelByDeal(meetings: readonly Meeting[]): Map<string, Cents> {
  const travel = new Map<string, Cents>();
  for (const m of meetings) {
    if (m.dealId === null || m.travelCost === null || m.status === "Cancelled") continue;
    const key = nameKey(m.dealId);
    travel.set(key, (travel.get(key) ?? 0) + m.travelCost);
  }
  return travel;
}

/**
 * The economics of a won deal. Revenue is the Revenue column, else Amount (SPEC §2). Cost, in
 * this order: Cost; else revenue − Profit; else ROUND(revenue × (1 − Margin %), 2); else
 * unknown, with the issue "no cost: profit not computed for this deal". Travel (the row's
 * Travel cost + `travelByDeal` for its ID) is added to a known cost; with an unknown cost it is
 * kept in `travelCost` only, so the deal's profit stays unknown rather than guessed.
 * A deal with neither Revenue nor Amount counts 0 revenue, with an issue; then Profit and
 * Margin % cannot give a cost (only Cost can).
 *
 * @example
 * dealEconomics({ …deal, revenue: 100000, cost: null, profit: null, margin: 0.3, travelCost: 5000 }, new Map())
 * // { revenue: 100000, baseCost: 70000, costSource: "margin", travelCost: 5000, cost: 75000, profit: 25000, … }
 */
export function dealEconomics(
  deal: Deal,
  travelByDeal: ReadonlyMap<string, Cents>,
  sources: ReportSources = reportSources()
): DealEconomics {
  const issues: Issue[] = [];
  const sheet = sources.sheets.deals;
  const columns = sources.columns.deals;
  const revenueKnown = deal.revenue !== null || deal.amount !== null;
  const revenue = deal.revenue ?? deal.amount ?? 0;
  if (!revenueKnown) {
    issues.push({
      sheet,
      row: deal.row,
      column: columns.revenue,
      value: null,
      problem: "won deal without Revenue or Amount: counted with revenue 0",
    });
  }
  let baseCost: Cents | null = null;
  let costSource: CostSource | null = null;
  if (deal.cost !== null) {
    baseCost = deal.cost;
    costSource = "cost";
  } else if (revenueKnown && deal.profit !== null) {
    baseCost = revenue - deal.profit;
    costSource = "profit";
  } else if (revenueKnown && deal.margin !== null) {
    baseCost = multiplyCents(revenue, 1 - deal.margin);
    costSource = "margin";
  } else {
    issues.push({
      sheet,
      row: deal.row,
      column: columns.cost,
      value: null,
      problem: "no cost: profit not computed for this deal",
    });
  }
  const travelCost = (deal.travelCost ?? 0) + (travelByDeal.get(nameKey(deal.id)) ?? 0);
  const cost = baseCost === null ? null : baseCost + travelCost;
  return {
    revenue,
    revenueKnown,
    baseCost,
    costSource,
    travelCost,
    cost,
    profit: cost === null ? null : revenue - cost,
    issues,
  };
}
