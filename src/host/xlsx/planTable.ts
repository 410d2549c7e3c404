import type ExcelJS from "exceljs";
import type { SheetPlan, TablePlan } from "../port";
import { a1 } from "./a1";
import { tablesOf, type TableModel } from "./exceljsSheet";
import { excelValue } from "./excelValue";

/**
 * Adds a planned Excel table over cells the plan has already written: the header row's texts
 * become the column names (made unique, "ColumnN" where empty), data rows keep their values and
 * formulas, and a totals row keeps the plan's labels and formulas. A table of a header row only
 * gets one empty data row, as Excel makes it.
 *
 * @example addPlanTable(ws, plan, { name: "Q3Summary", range: { row: 2, column: 1, rows: 40, columns: 6 } })
 */
export function addPlanTable(ws: ExcelJS.Worksheet, plan: SheetPlan, t: TablePlan): void {
  const r = t.range;
  const headerValues = plan.values[r.row - 1] ?? [];
  const names = new Set<string>();
  const columns = Array.from({ length: r.columns }, (_x, j) => {
    const v = headerValues[r.column - 1 + j];
    let name =
      typeof v === "string"
        ? v.trim()
        : v === null || v === undefined || typeof v === "object"
          ? ""
          : String(v);
    if (name === "") name = `Column${j + 1}`;
    let unique = name;
    for (let k = 2; names.has(unique.toLowerCase()); k++) unique = `${name}${k}`;
    names.add(unique.toLowerCase());
    return { name: unique, filterButton: true };
  });
  const totals = t.showTotalRow === true;
  const dataRows = Math.max(0, r.rows - 1 - (totals ? 1 : 0));
  const rowValues = (row: number): ExcelJS.CellValue[] =>
    Array.from({ length: r.columns }, (_x, j) => {
      const v = plan.values[row - 1]?.[r.column - 1 + j] ?? null;
      return excelValue(v, `${plan.name}!${a1(row, r.column + j)}`) as ExcelJS.CellValue;
    });
  // An Excel table needs at least one data row (exceljs would write a broken part without).
  const rows =
    dataRows > 0
      ? Array.from({ length: dataRows }, (_x, i) => rowValues(r.row + 1 + i))
      : [columns.map(() => null)];
  const totalsValues = totals ? rowValues(r.row + r.rows - 1) : [];
  const firstTotal = totalsValues[0];
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: a1(r.row, r.column),
    headerRow: true,
    totalsRow: totals,
    style: {
      theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: columns.map((c, j) => ({
      ...c,
      ...(j === 0 && typeof firstTotal === "string" ? { totalsRowLabel: firstTotal } : {}),
      ...(j > 0 ? { totalsRowFunction: "none" as const } : {}),
    })),
    rows,
  });
  if (!totals) {
    // exceljs gives every column totals-row attributes; without a totals row they mean nothing.
    const model = tablesOf(ws).find((m) => m.name === t.name) as
      (TableModel & { columns?: Record<string, unknown>[] }) | undefined;
    for (const column of model?.columns ?? []) {
      delete column.totalsRowLabel;
      delete column.totalsRowFunction;
      delete column.totalsRowFormula;
    }
  }
  // exceljs's table writer puts labels/empty cells in the totals row: the plan's values win.
  if (totals) {
    const totalsRow = ws.getRow(r.row + 1 + Math.max(dataRows, 1));
    totalsValues.forEach((v, j) => {
      totalsRow.getCell(r.column + j).value = v;
    });
  }
}
