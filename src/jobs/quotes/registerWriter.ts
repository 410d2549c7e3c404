/**
 * Writing into the team's sheets the few cells quote jobs own (SPEC §8): rows appended to the
 * Quotes and Quote lines registers, status cells of a quote, and the closing cells of a deal.
 */
import type { CellUpdate, CellValue, SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { parseA1Range } from "../../sheets/a1Range";
import { isBlankCell, isBlankRow } from "../../sheets/cellText";
import { SHEET_FIELDS } from "../../sheets/fields";
import {
  recordInColumns,
  registerSheetPlan,
  registerValue,
  type RegisterColumns,
  type RegisterRecord,
} from "../../sheets/quotes/registerRows";
import type { SheetRead } from "../../sheets/readRows";
import { freeSheetName, tableName } from "../../sheets/sheetNames";
import type { Locale } from "../../sheets/sheetKinds";

/**
 * The number format a cell of `column` shows: that of the nearest non-blank cell of the column,
 * looking up from `nearRow` first, then down ("General" when the column is empty). Excel carries
 * a column's format down a table; this is how a new value learns whether dates there are real
 * dates. Only data rows (below `headerRow`) count.
 *
 * @example columnFormat(block, 10, 57, 1) // "dd.mm.yyyy"
 */
export function columnFormat(
  block: SheetBlock,
  column: number,
  nearRow: number,
  headerRow: number
): string {
  const j = column - block.firstColumn;
  const height = block.values.length;
  const top = Math.max(0, headerRow + 1 - block.firstRow);
  const start = Math.min(height - 1, nearRow - block.firstRow);
  const at = (i: number): string | null => {
    const v: CellValue = block.values[i]?.[j] ?? null;
    return isBlankCell(v) ? null : (block.numberFormats[i]?.[j] ?? "General");
  };
  for (let i = start; i >= top; i--) {
    const f = at(i);
    if (f !== null) return f;
  }
  for (let i = Math.max(top, start + 1); i < height; i++) {
    const f = at(i);
    if (f !== null) return f;
  }
  return "General";
}

/**
 * The cell updates putting `record`'s fields into row `row` of a sheet read with `columns`
 * (fields without a column are left out). Dates become serials where the column shows dates.
 *
 * @example fieldUpdates(block, read.columns, 1, 12, { status: "Nosūtīts" }, false) // [{ row: 12, column: 6, value: "Nosūtīts" }]
 */
export function fieldUpdates(
  block: SheetBlock,
  columns: RegisterColumns,
  headerRow: number,
  row: number,
  record: RegisterRecord,
  date1904: boolean
): CellUpdate[] {
  const updates: CellUpdate[] = [];
  for (const [key, cell] of Object.entries(record)) {
    const column = columns[key]?.column;
    if (column === undefined) continue;
    updates.push({
      row,
      column,
      value: registerValue(cell, columnFormat(block, column, row, headerRow), date1904),
    });
  }
  return updates;
}

/** Where a register was written: the sheet's name, and whether it was created. */
export interface RegisterWrite {
  sheet: string;
  created: boolean;
}

/**
 * Appends records to a register (Quotes or Quote lines):
 * - no such sheet: the register is created with the records in it (the team owns it from then);
 * - an empty sheet (no header): the header row and the records are written from A1;
 * - else each record in the register's own column order, into the blank rows an Excel table
 *   ends with first (as `init` leaves one), then appended below, growing the table.
 *
 * @example await appendToRegister(port, "quotes", ctx.quotesBlock, ctx.register.quotesRead, [record], "lv", false, sheets)
 */
export async function appendToRegister(
  port: WorkbookPort,
  kind: "quotes" | "quoteLines",
  block: SheetBlock | null,
  read: SheetRead<unknown> | null,
  records: readonly RegisterRecord[],
  locale: Locale,
  date1904: boolean,
  sheets: readonly SheetInfo[]
): Promise<RegisterWrite> {
  if (!block || !read) {
    const plan = registerSheetPlan(kind, locale, records, date1904);
    const { name } = freeSheetName(
      plan.name,
      sheets.map((s) => ({ name: s.name, ours: s.ours }))
    );
    const taken = sheets.flatMap((s) => s.tables);
    const tables = (plan.tables ?? []).map((t) => ({ ...t, name: tableName(t.name, taken) }));
    const written = await port.writeSheet({ ...plan, name, tables, owner: "user" });
    return { sheet: written, created: true };
  }
  if (records.length === 0) return { sheet: block.name, created: false };

  if (read.headerRow === null) {
    const fields = SHEET_FIELDS[kind];
    const columns = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));
    const updates: CellUpdate[] = fields.map((f, i) => ({
      row: 1,
      column: i + 1,
      value: locale === "lv" ? f.lv : f.header,
    }));
    records.forEach((r, k) => {
      recordInColumns(r, columns, 1, () => "General", date1904).forEach((value, j) => {
        if (value !== null) updates.push({ row: 2 + k, column: 1 + j, value });
      });
    });
    await port.updateCells(block.name, updates);
    return { sheet: block.name, created: false };
  }

  const headerRow = read.headerRow;
  const mapped = Object.values(read.columns).map((c) => c.column);
  const table = block.tables
    .map((t) => parseA1Range(t.range))
    .find((r) => r !== null && r.row === headerRow);
  const firstColumn = table ? table.column : Math.min(...mapped);
  const lastRow = block.firstRow + block.values.length - 1;
  const formatOf = (column: number): string => columnFormat(block, column, lastRow, headerRow);
  const rows = records.map((r) =>
    recordInColumns(r, read.columns, firstColumn, formatOf, date1904)
  );

  let blankRows: number[] = [];
  if (table) {
    const tableLast = table.row + table.rows - 1;
    let lastUsed = headerRow;
    for (let row = headerRow + 1; row <= Math.min(tableLast, lastRow); row++) {
      const cells = block.values[row - block.firstRow] ?? [];
      const from = table.column - block.firstColumn;
      if (!isBlankRow(cells, Math.max(0, from), Math.max(0, from + table.columns))) lastUsed = row;
    }
    blankRows = Array.from({ length: tableLast - lastUsed }, (_x, i) => lastUsed + 1 + i);
  }
  const fill = rows.slice(0, blankRows.length);
  const rest = rows.slice(blankRows.length);
  if (fill.length > 0) {
    const updates: CellUpdate[] = [];
    fill.forEach((values, k) => {
      values.forEach((value, j) => {
        if (value !== null)
          updates.push({ row: blankRows[k] ?? 0, column: firstColumn + j, value });
      });
    });
    await port.updateCells(block.name, updates);
  }
  if (rest.length > 0) {
    await port.appendRows({ sheet: block.name, rows: rest, firstColumn });
  }
  return { sheet: block.name, created: false };
}
