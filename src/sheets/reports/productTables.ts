/**
 * The per-department and per-product tables of a report sheet: revenue (adding up to the
 * report's revenue, checked by a live SUM in the total row), its share, cost, profit and margin
 * of the lines whose cost is known, and a "Not itemised" row for the deals without lines.
 */
import { fromCents } from "../../core/money";
import type { FormulaValue } from "../../host/port";
import { columnLetter } from "../cellText";
import type { BreakdownRow, ProductBreakdown } from "./productBreakdown";
import type { GridColumn, ReportGrid } from "./reportGrid";
import { countForm, type ReportLabels } from "./reportLabels";
import type { Locale } from "../sheetKinds";

/** How many not-itemised Deal IDs the note under the tables names. */
const NAMED_DEALS = 12;

interface Line {
  name: string;
  sku: string | null;
  department: string | null;
  deals: number;
  revenue: number;
  share: number | null;
  cost: number | null;
  profit: number | null;
  margin: number | null;
}

function line(row: BreakdownRow, name: string, total: number, l: ReportLabels): Line {
  const profit = row.cost === null ? null : row.costRevenue - row.cost;
  return {
    name,
    sku: row.sku,
    department: row.department ?? l.noDepartment,
    deals: row.deals,
    revenue: fromCents(row.revenue),
    share: total === 0 ? null : row.revenue / total,
    cost: row.cost === null ? null : fromCents(row.cost),
    profit: profit === null ? null : fromCents(profit),
    margin: profit === null || row.costRevenue === 0 ? null : profit / row.costRevenue,
  };
}

/** The total line: every itemised row's cost, and the not-itemised revenue. */
function totalLine(b: ProductBreakdown, l: ReportLabels): Line {
  const known = b.departments.filter((d) => d.cost !== null);
  const cost = known.length === 0 ? null : known.reduce((a, d) => a + (d.cost ?? 0), 0);
  const costRevenue = known.reduce((a, d) => a + d.costRevenue, 0);
  const deals = b.itemised.actuals + b.itemised.quotes + b.notItemised.deals.length;
  return line(
    { department: null, sku: null, product: null, deals, revenue: b.revenue, cost, costRevenue },
    l.total,
    b.revenue,
    l
  );
}

const money = (get: (x: Line) => number | null) => (x: Line) => get(x);

function columns(kind: "department" | "product", l: ReportLabels): GridColumn<Line>[] {
  const figures: GridColumn<Line>[] = [
    { header: l.deals, kind: "integer", value: (x) => x.deals },
    { header: l.revenue, kind: "money", value: money((x) => x.revenue) },
    { header: l.share, kind: "percent", value: (x) => x.share },
    { header: l.cost, kind: "money", value: money((x) => x.cost) },
    { header: l.profit, kind: "money", value: money((x) => x.profit) },
    { header: l.margin, kind: "percent", value: (x) => x.margin },
  ];
  if (kind === "department") {
    return [{ header: l.department, kind: "text", value: (x) => x.name }, ...figures];
  }
  return [
    { header: l.product, kind: "text", value: (x) => x.name },
    { header: l.sku, kind: "text", value: (x) => x.sku },
    {
      header: l.department,
      kind: "text",
      value: (x) => (x.name === l.total ? null : x.department),
    },
    ...figures,
  ];
}

/** Turns the total row's money cells into SUMs over the rows above, keeping the values as results. */
function liveTotals(
  grid: ReportGrid,
  table: { firstRow: number; lastRow: number; totalRow: number | null },
  firstFigure: number,
  total: Line
): void {
  if (table.totalRow === null || table.lastRow < table.firstRow) return;
  const sum = (column: number, result: number): FormulaValue => {
    const letter = columnLetter(column);
    return { formula: `SUM(${letter}${table.firstRow}:${letter}${table.lastRow})`, result };
  };
  // From `firstFigure` (the Deals column): deals, revenue, share, cost, profit, margin.
  grid.setCell(table.totalRow, firstFigure + 1, sum(firstFigure + 1, total.revenue));
  if (total.cost !== null)
    grid.setCell(table.totalRow, firstFigure + 3, sum(firstFigure + 3, total.cost));
  if (total.profit !== null) {
    grid.setCell(table.totalRow, firstFigure + 4, sum(firstFigure + 4, total.profit));
  }
}

/**
 * Writes the two tables (by department, then by product) and a note on how lines were
 * attributed and which deals are not itemised.
 *
 * @example productBreakdownTables(grid, productBreakdown(deals), REPORT_LABELS.lv, "lv")
 */
export function productBreakdownTables(
  grid: ReportGrid,
  b: ProductBreakdown,
  l: ReportLabels,
  locale: Locale
): void {
  const total = totalLine(b, l);
  const notItemised: Line[] =
    b.notItemised.deals.length === 0
      ? []
      : [
          {
            name: l.notItemised,
            sku: null,
            department: null,
            deals: b.notItemised.deals.length,
            revenue: fromCents(b.notItemised.revenue),
            share: b.revenue === 0 ? null : b.notItemised.revenue / b.revenue,
            cost: null,
            profit: null,
            margin: null,
          },
        ];

  grid.section(l.byDepartment);
  const departments = [
    ...b.departments.map((d) => line(d, d.department ?? l.noDepartment, b.revenue, l)),
    ...notItemised,
  ];
  liveTotals(grid, grid.table(columns("department", l), departments, total), 2, total);
  grid.skip();

  grid.section(l.byProduct);
  const products = [
    ...b.products.map((p) => line(p, p.product ?? p.sku ?? l.noSku, b.revenue, l)),
    ...notItemised.map((x) => ({ ...x, department: null })),
  ];
  liveTotals(grid, grid.table(columns("product", l), products, total), 4, total);
  grid.note(l.productNote);
  if (b.notItemised.deals.length > 0) {
    const named = b.notItemised.deals.slice(0, NAMED_DEALS).join(", ");
    const more = b.notItemised.deals.length > NAMED_DEALS ? ", …" : "";
    grid.note(
      `${l.notItemised}: ${b.notItemised.deals.length} ${countForm(b.notItemised.deals.length, locale, l.notItemisedDeals)} (${named}${more}).`
    );
  }
}
