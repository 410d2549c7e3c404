/**
 * The per-department and per-product table of a report (SPEC §5): the period's won deals broken
 * down by what they sold. A deal's lines come from Actuals (what was delivered and billed),
 * else from its accepted quote's lines; a deal with neither is "not itemised". Each deal's
 * credited revenue (its whole revenue, or the share credited to the report's people for a split
 * deal) is shared over its lines in proportion to their amounts, so the table always adds up
 * to the report's revenue to the cent; line costs are scaled by the same factor, so each line
 * keeps the margin it was billed (or quoted) at. All money in integer cents.
 */
import type { Cents } from "../../core/model";
import { nameKey } from "../../core/reports/nameKey";

/** One line of what a deal sold, in cents. */
export interface ItemLine {
  sku: string | null;
  /** Product name (from Products, or the quote line's description), or null. */
  name: string | null;
  department: string | null;
  /** The line's amount: Actuals Revenue, or the quote line's net. */
  revenue: Cents;
  /** The line's cost, or null when unknown. */
  cost: Cents | null;
}

/** A won deal as the breakdown takes it. */
export interface CreditedDeal {
  id: string;
  /** The revenue credited to the report's people (cents). */
  credited: Cents;
  /** The deal's lines (Actuals or the accepted quote's), empty when it has none. */
  lines: readonly ItemLine[];
  /** Where the lines came from, or null when there are none. */
  source: "actuals" | "quote" | null;
}

/** One row of the table: a department, or a product within one. Money in cents. */
export interface BreakdownRow {
  department: string | null;
  /** Null on department rows. */
  sku: string | null;
  /** Product name; null on department rows and for lines without a known product. */
  product: string | null;
  /** Distinct deals with a line here. */
  deals: number;
  revenue: Cents;
  /** Σ cost of the lines with a known cost; null when none is known. */
  cost: Cents | null;
  /** Revenue of the lines whose cost is known (what `cost` is compared with). */
  costRevenue: Cents;
}

/** The breakdown of a report's revenue. */
export interface ProductBreakdown {
  departments: BreakdownRow[];
  products: BreakdownRow[];
  /** Deals without lines (or whose lines add up to nothing), with their credited revenue. */
  notItemised: { deals: string[]; revenue: Cents };
  /** Σ credited revenue = Σ department revenue + not itemised. */
  revenue: Cents;
  /** How many deals were itemised from Actuals and from quote lines. */
  itemised: { actuals: number; quotes: number };
}

/** `a × b / c` rounded half away from zero, exact in integers (c > 0). */
function mulDiv(a: number, b: number, c: number): number {
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  const result = Number(q);
  return negative && result !== 0 ? -result : result;
}

/**
 * Shares `total` cents over `weights` (whose sum is positive) in proportion, each part rounded
 * half away from zero and the rounding difference put on the line of largest weight, so the
 * parts add up to `total` exactly. Weights may be negative (a credit line).
 *
 * @example shareCents(10000, [1, 1, 1]) // [3334, 3333, 3333]
 */
export function shareCents(total: Cents, weights: readonly Cents[]): Cents[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError("shareCents: the weights must add up to more than 0");
  const parts = weights.map((w) => mulDiv(total, w, sum));
  const difference = total - parts.reduce((a, b) => a + b, 0);
  if (difference !== 0) {
    let largest = 0;
    weights.forEach((w, i) => {
      if (Math.abs(w) > Math.abs(weights[largest] ?? 0)) largest = i;
    });
    parts[largest] = (parts[largest] ?? 0) + difference;
  }
  return parts;
}

interface Group {
  row: BreakdownRow;
  dealKeys: Set<string>;
}

function addTo(
  groups: Map<string, Group>,
  key: string,
  make: () => BreakdownRow,
  dealKey: string,
  revenue: Cents,
  cost: Cents | null
): void {
  let group = groups.get(key);
  if (!group) {
    group = { row: make(), dealKeys: new Set() };
    groups.set(key, group);
  }
  group.dealKeys.add(dealKey);
  group.row.revenue += revenue;
  if (cost !== null) {
    group.row.cost = (group.row.cost ?? 0) + cost;
    group.row.costRevenue += revenue;
  }
}

function finish(groups: Map<string, Group>): BreakdownRow[] {
  return [...groups.values()].map((g) => ({ ...g.row, deals: g.dealKeys.size }));
}

/**
 * Breaks the credited revenue of won deals down by department and product. Departments are
 * ordered by revenue (largest first, then name), products by their department's place, then
 * revenue, then SKU. Lines group by department (trimmed, case-insensitive) and SKU; lines
 * without SKU group by name.
 *
 * @example
 * productBreakdown([{ id: "D-1", credited: 100000, source: "actuals",
 *   lines: [{ sku: "A", name: "Printer", department: "Iekārtas", revenue: 60000, cost: 45000 },
 *           { sku: "S", name: "Setup", department: "Serviss", revenue: 40000, cost: null }] }])
 * // departments: Iekārtas 600,00 (cost 450,00), Serviss 400,00 (cost null); revenue 100000
 */
export function productBreakdown(deals: readonly CreditedDeal[]): ProductBreakdown {
  const departments = new Map<string, Group>();
  const products = new Map<string, Group>();
  const notItemised = { deals: [] as string[], revenue: 0 };
  const itemised = { actuals: 0, quotes: 0 };
  let revenue = 0;
  for (const deal of deals) {
    revenue += deal.credited;
    const dealKey = nameKey(deal.id);
    const weights = deal.lines.map((l) => l.revenue);
    const lineTotal = weights.reduce((a, b) => a + b, 0);
    if (deal.lines.length === 0 || lineTotal <= 0 || deal.source === null) {
      notItemised.deals.push(deal.id);
      notItemised.revenue += deal.credited;
      continue;
    }
    itemised[deal.source === "actuals" ? "actuals" : "quotes"]++;
    const parts = shareCents(deal.credited, weights);
    deal.lines.forEach((line, i) => {
      const part = parts[i] ?? 0;
      const cost = line.cost === null ? null : mulDiv(line.cost, deal.credited, lineTotal);
      const departmentKey = nameKey(line.department ?? "");
      const productKey = `${departmentKey}\u0000${
        line.sku !== null ? `sku:${nameKey(line.sku)}` : `name:${nameKey(line.name ?? "")}`
      }`;
      const department = line.department === null || departmentKey === "" ? null : line.department;
      addTo(
        departments,
        departmentKey,
        () => ({
          department,
          sku: null,
          product: null,
          deals: 0,
          revenue: 0,
          cost: null,
          costRevenue: 0,
        }),
        dealKey,
        part,
        cost
      );
      addTo(
        products,
        productKey,
        () => ({
          department,
          sku: line.sku,
          product: line.name,
          deals: 0,
          revenue: 0,
          cost: null,
          costRevenue: 0,
        }),
        dealKey,
        part,
        cost
      );
    });
  }
  const departmentRows = finish(departments).sort(
    (a, b) => b.revenue - a.revenue || (a.department ?? "").localeCompare(b.department ?? "", "lv")
  );
  const place = new Map(departmentRows.map((d, i) => [nameKey(d.department ?? ""), i]));
  const productRows = finish(products).sort(
    (a, b) =>
      (place.get(nameKey(a.department ?? "")) ?? 0) -
        (place.get(nameKey(b.department ?? "")) ?? 0) ||
      b.revenue - a.revenue ||
      (a.sku ?? a.product ?? "").localeCompare(b.sku ?? b.product ?? "", "lv")
  );
  return { departments: departmentRows, products: productRows, notItemised, revenue, itemised };
}
