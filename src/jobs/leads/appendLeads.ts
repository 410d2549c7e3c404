/**
 * Writing new leads into the team's Leads sheet (SPEC §8: new rows appended to an input table,
 * in the sheet's own column order), or a new Leads sheet when the workbook has none.
 */
import type { CellUpdate, SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { parseA1Range } from "../../sheets/a1Range";
import { isBlankRow } from "../../sheets/cellText";
import { SHEET_FIELDS } from "../../sheets/fields";
import { newLeadsSheetPlan } from "../../sheets/leads/newLeadsSheetPlan";
import { recordInColumns, type RegisterRecord } from "../../sheets/quotes/registerRows";
import type { SheetRead } from "../../sheets/readRows";
import { freeSheetName, tableName } from "../../sheets/sheetNames";
import type { Locale } from "../../sheets/sheetKinds";
import type { PortOptions } from "../../host/port";
import { columnFormat } from "../quotes/registerWriter";

/** Where the leads went: the sheet, whether it was created, and the Excel rows they landed on. */
export interface LeadsWrite {
  sheet: string;
  created: boolean;
  rows: number[];
}

/**
 * Appends lead records (field key → value) to the Leads sheet:
 * - no Leads sheet: one is created (init's layout) holding them;
 * - an empty sheet: the header row and the records are written from A1;
 * - else each record in the sheet's own column order — fields the sheet has no column for are
 *   left out, other columns stay empty — into the blank rows its Excel table ends with first,
 *   then below, growing the table. Dates become serials where the column shows dates.
 *
 * @example await appendLeads(port, wb.leads?.block ?? null, wb.leads?.read ?? null, records, "lv", wb.sheets)
 */
export async function appendLeads(
  port: WorkbookPort,
  block: SheetBlock | null,
  read: SheetRead<unknown> | null,
  records: readonly RegisterRecord[],
  locale: Locale,
  sheets: readonly SheetInfo[],
  options?: PortOptions
): Promise<LeadsWrite> {
  const date1904 = block?.date1904 ?? false;
  if (!block || !read) {
    const plan = newLeadsSheetPlan(locale, records, date1904);
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
    const fields = SHEET_FIELDS.leads;
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
    return { sheet: block.name, created: false, rows: records.map((_r, i) => 2 + i) };
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
  let nextRow = lastRow + 1;
  if (table) {
    const tableLast = table.row + table.rows - 1;
    let lastUsed = headerRow;
    const from = table.column - block.firstColumn;
    for (let row = headerRow + 1; row <= Math.min(tableLast, lastRow); row++) {
      const cells = block.values[row - block.firstRow] ?? [];
      if (!isBlankRow(cells, Math.max(0, from), Math.max(0, from + table.columns))) lastUsed = row;
    }
    blankRows = Array.from({ length: tableLast - lastUsed }, (_x, i) => lastUsed + 1 + i);
    nextRow = tableLast + 1;
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
    await port.appendRows({ sheet: block.name, rows: rest, firstColumn }, options);
  }
  return {
    sheet: block.name,
    created: false,
    rows: [...blankRows.slice(0, fill.length), ...rest.map((_r, i) => nextRow + i)],
  };
}
