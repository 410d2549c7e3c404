/**
 * Writing into the team's sheets the few cells quote jobs own (SPEC §8): rows appended to the
 * Quotes and Quote lines registers, status cells of a quote, and the closing cells of a deal.
 */
import type { CellUpdate, SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import {
  recordInColumns,
  registerSheetPlan,
  registerValue,
  type RegisterColumns,
  type RegisterRecord,
} from "../../sheets/quotes/registerRows";
import type { SheetRead } from "../../sheets/readRows";
import type { Locale } from "../../sheets/sheetKinds";
import { appendRecords, columnFormat } from "../appendRecords";

export { columnFormat } from "../appendRecords";

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
 * Appends records to a register (Quotes or Quote lines) with {@link appendRecords}:
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
  const { sheet, created } = await appendRecords(port, {
    kind,
    block,
    read,
    records,
    locale,
    date1904,
    sheets,
    cells: recordInColumns,
    newSheet: () => registerSheetPlan(kind, locale, records, date1904),
  });
  return { sheet, created };
}
