/**
 * Room for more rows inside a block of a sheet plan, as Excel's "Insert rows" would make it:
 * everything from a row down moves, blocks that span it grow, and the new rows take the merges
 * of the row they were inserted above.
 */
import type { CellRange, PlanValue, SheetPlan } from "../../host/port";

/** The moved or grown range. */
function shiftRange(range: CellRange, at: number, count: number): CellRange {
  if (range.row >= at) return { ...range, row: range.row + count };
  if (range.row + range.rows - 1 >= at) return { ...range, rows: range.rows + count };
  return range;
}

/** Row numbers of the A1 references in a formula (`SUM(E10:E12)` → [10, 12]). */
function referencedRows(formula: string): number[] {
  const rows: number[] = [];
  for (const m of formula.matchAll(/\$?[A-Z]{1,3}\$?(\d+)\b/g)) rows.push(Number(m[1]));
  return rows;
}

/**
 * The plan with `count` blank rows inserted above row `at` (1-based): values, formats,
 * merges, tables, conditional formats, freeze panes, print area and repeated rows move down
 * from `at`; ranges that span `at` grow. Each new row gets the single-row merges of the row
 * now below them (row `at` before the insertion). Throws Error when a formula refers to a row
 * at or below `at` (its reference would go stale): insert only below a plan's formulas.
 *
 * @example insertPlanRows(plan, 60, 2).values.length === plan.values.length + 2
 */
export function insertPlanRows(plan: SheetPlan, at: number, count: number): SheetPlan {
  if (count <= 0) return plan;
  for (const row of plan.values) {
    for (const v of row) {
      if (v !== null && typeof v === "object" && referencedRows(v.formula).some((r) => r >= at)) {
        throw new Error(`internal: cannot insert rows at ${at}: formula ${v.formula} refers below`);
      }
    }
  }
  const width = plan.values[0]?.length ?? 0;
  const values: PlanValue[][] = [
    ...plan.values.slice(0, at - 1),
    ...Array.from({ length: count }, () => Array<PlanValue>(width).fill(null)),
    ...plan.values.slice(at - 1),
  ];
  const shift = (range: CellRange): CellRange => shiftRange(range, at, count);
  const template = (plan.merges ?? []).filter((m) => m.row === at && m.rows === 1);
  const merges = [
    ...(plan.merges ?? []).map(shift),
    ...Array.from({ length: count }, (_, i) => template.map((m) => ({ ...m, row: at + i }))).flat(),
  ];
  const out: SheetPlan = { ...plan, values, merges };
  if (plan.formats) out.formats = plan.formats.map((f) => ({ ...f, range: shift(f.range) }));
  if (plan.tables) out.tables = plan.tables.map((t) => ({ ...t, range: shift(t.range) }));
  if (plan.conditionalFormats) {
    out.conditionalFormats = plan.conditionalFormats.map((c) => ({ ...c, range: shift(c.range) }));
  }
  if (plan.freeze && plan.freeze.rows >= at) {
    out.freeze = { ...plan.freeze, rows: plan.freeze.rows + count };
  }
  if (plan.charts) {
    out.charts = plan.charts.map((c) => ({
      ...c,
      data: shift(c.data),
      anchor: c.anchor.row >= at ? { ...c.anchor, row: c.anchor.row + count } : c.anchor,
    }));
  }
  if (plan.print) {
    const print = { ...plan.print };
    if (print.printArea) print.printArea = shift(print.printArea);
    if (print.repeatRows) {
      const r = shift({
        row: print.repeatRows.first,
        column: 1,
        rows: print.repeatRows.last - print.repeatRows.first + 1,
        columns: 1,
      });
      print.repeatRows = { first: r.row, last: r.row + r.rows - 1 };
    }
    out.print = print;
  }
  return out;
}
