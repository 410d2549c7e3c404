/**
 * What the adapter needs of exceljs's worksheets beyond its d.ts: cell types, table models,
 * sheet order and state, the used range, and two whole-sheet edits. The one place that reaches
 * into exceljs internals.
 */
import type ExcelJS from "exceljs";

/** exceljs cell types (its enum is a `declare enum`, so not usable under isolatedModules). */
export const NULL_TYPE = 0;
export const MERGE_TYPE = 1;
export const STRING_TYPE = 3;
export const RICH_TEXT_TYPE = 8;

/** exceljs's table model (what `worksheet.tables[name].table` holds); untyped in its d.ts. */
export interface TableModel {
  name: string;
  displayName?: string;
  /** A1 range, header (and totals) rows included, e.g. "A2:D120". */
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  /** Set by exceljs while writing: the part's file name and id. */
  target?: string;
  id?: number;
}

/** The parts of exceljs's worksheet its d.ts leaves out. */
export interface WorksheetInternals {
  /** Sort key of the sheet's position (exceljs orders worksheets by it). */
  orderNo: number;
  /** "visible" | "hidden" | "veryHidden". */
  state?: string;
  tables: Record<string, { table?: TableModel; model?: TableModel }>;
}

/** A sheet's used rows and columns, 1-based, inclusive. */
export interface Bounds {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** exceljs's worksheet with the fields its d.ts leaves out. */
export function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** True unless the sheet is hidden or very hidden. */
export function isVisible(ws: ExcelJS.Worksheet): boolean {
  const state = internals(ws).state;
  return state !== "hidden" && state !== "veryHidden";
}

/** The table models of a sheet, loaded from the file or added this session. */
export function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(internals(ws).tables ?? {})
    .map((t) => t.table ?? t.model)
    .filter((t): t is TableModel => t !== undefined && typeof t.tableRef === "string");
}

/** The smallest rectangle holding every cell with a value or formula (formatting alone does not count). */
export function usedBounds(ws: ExcelJS.Worksheet): Bounds | null {
  let b: Bounds | null = null;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.type === NULL_TYPE || cell.type === MERGE_TYPE) return;
      if (!b) b = { firstRow: r, lastRow: r, firstColumn: c, lastColumn: c };
      else {
        if (r < b.firstRow) b.firstRow = r;
        if (r > b.lastRow) b.lastRow = r;
        if (c < b.firstColumn) b.firstColumn = c;
        if (c > b.lastColumn) b.lastColumn = c;
      }
    });
  });
  return b;
}

/** Moves the cells of one row (columns first..last) to another row, values and styles. */
export function moveRow(
  ws: ExcelJS.Worksheet,
  from: number,
  to: number,
  first: number,
  last: number
): void {
  const src = ws.getRow(from);
  const dst = ws.getRow(to);
  for (let c = first; c <= last; c++) {
    const cell = src.findCell(c);
    if (!cell) continue;
    const target = dst.getCell(c);
    target.value = cell.value;
    target.style = cell.style;
    cell.value = null;
  }
}

/** Moves every Date value (and cached Date result) of the workbook by `days`. */
export function shiftDates(wb: ExcelJS.Workbook, days: number): void {
  const ms = days * 86_400_000;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = new Date(v.getTime() + ms);
        else if (v && typeof v === "object" && "result" in v && v.result instanceof Date) {
          cell.value = { ...v, result: new Date(v.result.getTime() + ms) } as ExcelJS.CellValue;
        }
      });
    });
  }
}
