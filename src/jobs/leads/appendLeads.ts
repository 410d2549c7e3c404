/**
 * Writing new leads into the team's Leads sheet (SPEC §8: new rows appended to an input table,
 * in the sheet's own column order), or a new Leads sheet when the workbook has none.
 */
import type { PortOptions, SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { newLeadsSheetPlan } from "../../sheets/leads/newLeadsSheetPlan";
import { recordInColumns, type RegisterRecord } from "../../sheets/quotes/registerRows";
import type { SheetRead } from "../../sheets/readRows";
import type { Locale } from "../../sheets/sheetKinds";
import { appendRecords, type RecordsWrite } from "../appendRecords";

/** Where the leads went: the sheet, whether it was created, and the Excel rows they landed on. */
export type LeadsWrite = RecordsWrite;

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
  return appendRecords(port, {
    kind: "leads",
    block,
    read,
    records,
    locale,
    date1904,
    sheets,
    cells: recordInColumns,
    newSheet: () => newLeadsSheetPlan(locale, records, date1904),
    options,
  });
}
