/**
 * Planned (the compared quote's counted lines) against actual (the deal's Actuals rows), line by
 * line (SPEC §6). Money in integer cents, margins as fractions, variance = actual − planned.
 */
import type { Actual, Cents } from "../model";
import { allocateCents } from "../money";
import { normalizeKey } from "../normalizeText";
import { countedLines, type RetroQuote, type RetroQuoteLine } from "./retroQuote";

/**
 * How a line compares:
 * - `matched`: quoted and delivered;
 * - `notQuoted`: in Actuals, not in the quote (planned figures are 0);
 * - `notDelivered`: quoted, absent from Actuals while the deal has Actuals rows, or the deal was
 *   lost (actual figures are 0);
 * - `pending`: quoted, and the deal has no Actuals rows at all yet (actual figures unknown).
 */
export type RetroLineStatus = "matched" | "notQuoted" | "notDelivered" | "pending";

/** Revenue, cost, profit (revenue − cost) and margin (profit / revenue); null where unknown. */
export interface ProfitFigures {
  revenue: Cents | null;
  cost: Cents | null;
  profit: Cents | null;
  /** Fraction; null when revenue is 0 or unknown, or profit unknown. */
  margin: number | null;
}

/** Actual − planned; null when either side is unknown. */
export interface Variance {
  revenue: Cents | null;
  cost: Cents | null;
  profit: Cents | null;
  /** Difference of the margins (fraction points). */
  margin: number | null;
}

/** One compared line. Quote lines and Actuals rows of the same SKU are summed into one line. */
export interface RetroLine {
  /** SKU as quoted (else as in Actuals), null for a free-text line. */
  sku: string | null;
  /** Description as quoted; null for a line only in Actuals. */
  description: string | null;
  status: RetroLineStatus;
  plannedQty: number | null;
  actualQty: number | null;
  planned: ProfitFigures;
  actual: ProfitFigures;
  variance: Variance;
  /** Excel rows of the Actuals rows summed into this line. */
  actualRows: number[];
}

/** Every compared line and their totals. */
export interface PlannedVsActual {
  lines: RetroLine[];
  /** Σ of the lines' figures (null when a line's figure is unknown, or there are no lines). */
  planned: ProfitFigures;
  actual: ProfitFigures;
  variance: Variance;
  /** True when the deal has Actuals rows. */
  hasActuals: boolean;
  /**
   * Quote net − Σ counted line nets (a quote-level discount, negative), spread over the planned
   * lines in proportion to their nets so the planned revenue adds up to the quote's net; 0 when none.
   */
  quoteDiscount: Cents;
}

/**
 * Revenue, cost, profit and margin from revenue and cost.
 *
 * @example profitFigures(10000, 7500) // { revenue: 10000, cost: 7500, profit: 2500, margin: 0.25 }
 */
export function profitFigures(revenue: Cents | null, cost: Cents | null): ProfitFigures {
  const profit = revenue !== null && cost !== null ? revenue - cost : null;
  const margin = profit !== null && revenue !== null && revenue !== 0 ? profit / revenue : null;
  return { revenue, cost, profit, margin };
}

/**
 * `actual − planned` for each figure; null where either is unknown.
 *
 * @example variance(profitFigures(100, 80), profitFigures(120, 90)) // { revenue: 20, cost: 10, profit: 10, margin: 0.05 }
 */
export function variance(planned: ProfitFigures, actual: ProfitFigures): Variance {
  const diff = (a: number | null, p: number | null): number | null =>
    a === null || p === null ? null : a - p;
  return {
    revenue: diff(actual.revenue, planned.revenue),
    cost: diff(actual.cost, planned.cost),
    profit: diff(actual.profit, planned.profit),
    margin: diff(actual.margin, planned.margin),
  };
}

/** Σ values, null when any is unknown or there are none. */
function sumKnown(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

interface PlannedGroup {
  key: string;
  sku: string | null;
  description: string;
  qty: number;
  revenue: Cents;
  cost: Cents | null;
  bySku: boolean;
}

interface ActualGroup {
  key: string;
  sku: string | null;
  qty: number | null;
  revenue: Cents | null;
  cost: Cents | null;
  rows: number[];
  used: boolean;
}

/** A matching key: case, spacing, punctuation and diacritics ignored; "" for none. */
function matchKey(text: string | null): string {
  return text === null ? "" : normalizeKey(text);
}

/** The planned revenue of each counted line: its net, plus its share of the quote discount. */
function plannedRevenues(quote: RetroQuote, lines: readonly RetroQuoteLine[]): Cents[] {
  const nets = lines.map((l) => l.net);
  const subtotal = nets.reduce((a, n) => a + n, 0);
  if (quote.net === null || quote.net === subtotal || lines.length === 0) return nets;
  if (nets.some((n) => n < 0) || subtotal <= 0) return nets;
  return allocateCents(quote.net, nets);
}

function groupPlanned(quote: RetroQuote | null): PlannedGroup[] {
  if (quote === null) return [];
  const lines = countedLines(quote);
  const revenues = plannedRevenues(quote, lines);
  const groups: PlannedGroup[] = [];
  lines.forEach((line, i) => {
    const skuKey = matchKey(line.sku);
    const bySku = skuKey !== "";
    const key = bySku ? `s:${skuKey}` : `d:${matchKey(line.description)}`;
    const revenue = revenues[i] ?? line.net;
    const found = groups.find((g) => g.key === key);
    if (found) {
      found.qty += line.qty;
      found.revenue += revenue;
      found.cost = found.cost === null || line.cost === null ? null : found.cost + line.cost;
    } else {
      groups.push({
        key,
        sku: bySku ? line.sku : null,
        description: line.description,
        qty: line.qty,
        revenue,
        cost: line.cost,
        bySku,
      });
    }
  });
  return groups;
}

function groupActuals(actuals: readonly Actual[]): ActualGroup[] {
  const groups: ActualGroup[] = [];
  for (const a of actuals) {
    const skuKey = matchKey(a.sku);
    const found = skuKey === "" ? undefined : groups.find((g) => g.key === skuKey);
    if (found) {
      found.qty = found.qty === null || a.qty === null ? null : found.qty + a.qty;
      found.revenue =
        found.revenue === null || a.revenue === null ? null : found.revenue + a.revenue;
      found.cost = found.cost === null || a.cost === null ? null : found.cost + a.cost;
      found.rows.push(a.row);
    } else {
      groups.push({
        key: skuKey,
        sku: a.sku,
        qty: a.qty,
        revenue: a.revenue,
        cost: a.cost,
        rows: [a.row],
        used: false,
      });
    }
  }
  return groups;
}

/**
 * Compares the counted lines of `quote` with the deal's Actuals rows. Lines match by SKU (case,
 * spacing and punctuation ignored); a quote line without SKU matches an Actuals row whose SKU
 * is its description. Lines and rows of the same SKU are summed. Unmatched quote lines are
 * `notDelivered` (actual 0) — or `pending` (actual unknown) when the deal has no Actuals rows
 * and was not lost; unmatched Actuals rows are `notQuoted` (planned 0). A quote-level discount
 * (quote net ≠ Σ line nets) is spread over the planned lines in proportion to their nets.
 * Planned lines come in quote order, then the lines only in Actuals in row order.
 *
 * @example
 * plannedVsActual(quote, actualsOfDeal, false).lines.map((l) => l.status) // ["matched", "notDelivered", "notQuoted"]
 */
export function plannedVsActual(
  quote: RetroQuote | null,
  actuals: readonly Actual[],
  lost: boolean
): PlannedVsActual {
  const planned = groupPlanned(quote);
  const delivered = groupActuals(actuals);
  const hasActuals = actuals.length > 0;
  // SKU lines match first, so a free-text line never takes a row another line's SKU names.
  const matches = new Map<PlannedGroup, ActualGroup>();
  for (const bySku of [true, false]) {
    for (const p of planned.filter((g) => g.bySku === bySku)) {
      const key = p.key.slice(2);
      const match = delivered.find((a) => !a.used && a.key !== "" && a.key === key);
      if (match) {
        match.used = true;
        matches.set(p, match);
      }
    }
  }
  const lines: RetroLine[] = [];
  for (const p of planned) {
    const match = matches.get(p);
    const plannedFigures = profitFigures(p.revenue, p.cost);
    if (match) {
      const actual = profitFigures(match.revenue, match.cost);
      lines.push({
        sku: p.sku,
        description: p.description,
        status: "matched",
        plannedQty: p.qty,
        actualQty: match.qty,
        planned: plannedFigures,
        actual,
        variance: variance(plannedFigures, actual),
        actualRows: match.rows,
      });
    } else {
      const pending = !hasActuals && !lost;
      const actual = pending ? profitFigures(null, null) : profitFigures(0, 0);
      lines.push({
        sku: p.sku,
        description: p.description,
        status: pending ? "pending" : "notDelivered",
        plannedQty: p.qty,
        actualQty: pending ? null : 0,
        planned: plannedFigures,
        actual,
        variance: variance(plannedFigures, actual),
        actualRows: [],
      });
    }
  }
  for (const a of delivered) {
    if (a.used) continue;
    const plannedFigures = profitFigures(0, 0);
    const actual = profitFigures(a.revenue, a.cost);
    lines.push({
      sku: a.sku,
      description: null,
      status: "notQuoted",
      plannedQty: 0,
      actualQty: a.qty,
      planned: plannedFigures,
      actual,
      variance: variance(plannedFigures, actual),
      actualRows: a.rows,
    });
  }
  const plannedTotal = profitFigures(
    sumKnown(lines.map((l) => l.planned.revenue)),
    sumKnown(lines.map((l) => l.planned.cost))
  );
  const actualTotal = profitFigures(
    sumKnown(lines.map((l) => l.actual.revenue)),
    sumKnown(lines.map((l) => l.actual.cost))
  );
  const subtotal = quote === null ? 0 : countedLines(quote).reduce((a, l) => a + l.net, 0);
  const spread = planned.reduce((a, p) => a + p.revenue, 0) - subtotal;
  return {
    lines,
    planned: plannedTotal,
    actual: actualTotal,
    variance: variance(plannedTotal, actualTotal),
    hasActuals,
    quoteDiscount: spread,
  };
}
