/**
 * Appending records to one of the team's input sheets in the sheet's own column order (SPEC §8):
 * the one mechanism behind the Quotes / Quote lines registers, new leads and a new meeting.
 */
import type {
  CellUpdate,
  CellValue,
  PlanValue,
  PortOptions,
  SheetBlock,
  SheetInfo,
  SheetPlan,
  WorkbookPort,
} from "../host/port";
import { parseA1Range } from "../sheets/a1Range";
import { isBlankCell, isBlankRow } from "../sheets/cellText";
import { SHEET_FIELDS } from "../sheets/fields";
import type { SheetRead } from "../sheets/readRows";
import { freeSheetName, tableName } from "../sheets/sheetNames";
import type { Locale, SheetKind } from "../sheets/sheetKinds";

/**
 * The number format a cell of `column` shows: that of the nearest non-blank cell of the column,
 * looking up from `nearRow` first, then down (`otherwise`, "General" by default, when the column
 * is empty). Excel carries a column's format down a table; this is how a new value learns whether
 * dates there are real dates. Only data rows (below `headerRow`) count.
 *
 * @example columnFormat(block, 10, 57, 1) // "dd.mm.yyyy"
 */
export function columnFormat(
  block: SheetBlock,
  column: number,
  nearRow: number,
  headerRow: number,
  otherwise = "General"
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
  return otherwise;
}

/** Where new rows go in a sheet with a header row (Excel row and column numbers, 1-based). */
export interface AppendSlots {
  headerRow: number;
  /** The first column written: the Excel table's, else the leftmost mapped column. */
  firstColumn: number;
  /** The last row of the block read. */
  lastRow: number;
  /** The blank rows the sheet's Excel table ends with, top first (none without a table). */
  blankRows: number[];
  /** The row below the table (without a table: below the block). */
  nextRow: number;
}

/**
 * Where records appended to `block` land, its header on `headerRow` naming `columns`.
 *
 * @example appendSlots(block, read.columns, 1) // { headerRow: 1, firstColumn: 1, lastRow: 3, blankRows: [3], nextRow: 4 }
 */
export function appendSlots(
  block: SheetBlock,
  columns: Readonly<Record<string, { column: number }>>,
  headerRow: number
): AppendSlots {
  const mapped = Object.values(columns).map((c) => c.column);
  const table = block.tables
    .map((t) => parseA1Range(t.range))
    .find((r) => r !== null && r.row === headerRow);
  const firstColumn = table ? table.column : Math.min(...mapped);
  const lastRow = block.firstRow + block.values.length - 1;
  if (!table) return { headerRow, firstColumn, lastRow, blankRows: [], nextRow: lastRow + 1 };
  const tableLast = table.row + table.rows - 1;
  let lastUsed = headerRow;
  const from = table.column - block.firstColumn;
  for (let row = headerRow + 1; row <= Math.min(tableLast, lastRow); row++) {
    const cells = block.values[row - block.firstRow] ?? [];
    if (!isBlankRow(cells, Math.max(0, from), Math.max(0, from + table.columns))) lastUsed = row;
  }
  const blankRows = Array.from({ length: tableLast - lastUsed }, (_x, i) => lastUsed + 1 + i);
  return { headerRow, firstColumn, lastRow, blankRows, nextRow: tableLast + 1 };
}

/** Turns one record into a row's values from `firstColumn` on (null: leave the cell alone). */
export type RecordCells<R> = (
  record: R,
  columns: Readonly<Record<string, { column: number }>>,
  firstColumn: number,
  formatOf: (column: number) => string,
  date1904: boolean
) => PlanValue[];

/** What {@link appendRecords} appends, and to which sheet. */
export interface AppendRecordsRequest<R> {
  /** The sheet's kind: its fields and headers when an empty sheet gets its header row. */
  kind: SheetKind;
  /** The sheet as read; null (with `read`) when the workbook has none. */
  block: SheetBlock | null;
  read: SheetRead<unknown> | null;
  records: readonly R[];
  /** The language of the headers written. */
  locale: Locale;
  date1904: boolean;
  /** The workbook's sheets, so that a new sheet and its table get free names. */
  sheets: readonly SheetInfo[];
  /** A record's cells in the sheet's columns. */
  cells: RecordCells<R>;
  /** The new sheet (holding `records`) written when there is none. */
  newSheet: () => SheetPlan;
  /**
   * The row a new cell's number format is looked for near: the block's last row (the default),
   * or the row the record lands in, whose own format is kept when its column has none.
   */
  formatNear?: "lastRow" | "landingRow";
  options?: PortOptions;
}

/** Where records went: the sheet, whether it was created, and the Excel rows they landed on. */
export interface RecordsWrite {
  sheet: string;
  created: boolean;
  rows: number[];
}

/**
 * Appends records to a team's input sheet:
 * - no such sheet: `newSheet()` is written (the team owns it from then; sheet and table names
 *   made free), the records on rows 2…;
 * - an empty sheet (no header): the header row (in `locale`) and the records are written from A1;
 * - else each record in the sheet's own column order, into the blank rows its Excel table ends
 *   with first (as `init` leaves one), then appended below, growing the table.
 *
 * @example await appendRecords(port, { kind: "leads", block, read, records, locale: "lv", date1904: false, sheets, cells: recordInColumns, newSheet }) // { sheet: "Potenciālie klienti", created: false, rows: [12] }
 */
export async function appendRecords<R>(
  port: WorkbookPort,
  request: AppendRecordsRequest<R>
): Promise<RecordsWrite> {
  const { kind, block, read, records, locale, date1904, sheets, cells, options } = request;
  if (!block || !read) {
    const plan = request.newSheet();
    const { name } = freeSheetName(
      plan.name,
      sheets.map((s) => ({ name: s.name, ours: s.ours }))
    );
    const taken = sheets.flatMap((s) => s.tables);
    const tables = (plan.tables ?? []).map((t) => ({ ...t, name: tableName(t.name, taken) }));
    const written = await port.writeSheet({ ...plan, name, tables, owner: "user" }, options);
    return { sheet: written, created: true, rows: records.map((_r, i) => 2 + i) };
  }
  if (records.length === 0) return { sheet: block.name, created: false, rows: [] };

  if (read.headerRow === null) {
    const fields = SHEET_FIELDS[kind];
    const columns = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));
    const updates: CellUpdate[] = fields.map((f, i) => ({
      row: 1,
      column: i + 1,
      value: locale === "lv" ? f.lv : f.header,
    }));
    records.forEach((r, k) => {
      cells(r, columns, 1, () => "General", date1904).forEach((value, j) => {
        if (value !== null) updates.push({ row: 2 + k, column: 1 + j, value });
      });
    });
    await port.updateCells(block.name, updates);
    return { sheet: block.name, created: false, rows: records.map((_r, i) => 2 + i) };
  }

  const { headerRow, firstColumn, lastRow, blankRows, nextRow } = appendSlots(
    block,
    read.columns,
    read.headerRow
  );
  const formatNear = (row: number): ((column: number) => string) =>
    request.formatNear === "landingRow"
      ? (column) =>
          columnFormat(
            block,
            column,
            row,
            headerRow,
            block.numberFormats[row - block.firstRow]?.[column - block.firstColumn] ?? "General"
          )
      : (column) => columnFormat(block, column, lastRow, headerRow);
  const rows = records.map((r, k) =>
    cells(
      r,
      read.columns,
      firstColumn,
      formatNear(blankRows[k] ?? lastRow + 1 + k - blankRows.length),
      date1904
    )
  );

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
    await port.appendRows({ sheet: block.name, rows: rest, firstColumn }, options);
  }
  return {
    sheet: block.name,
    created: false,
    rows: [...blankRows.slice(0, fill.length), ...rest.map((_r, i) => nextRow + i)],
  };
}
