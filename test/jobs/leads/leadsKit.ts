/**
 * Shared by the leads job tests: the sample workbook in memory, a generated exhibitor list, and
 * readers of what the jobs wrote.
 */
import type { Lead } from "../../../src/core/model";
import type { SheetBlock, WorkbookPort } from "../../../src/host/port";
import { createXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { writeSampleWorkbook } from "../../../src/jobs/writeSampleWorkbook";
import { readLeads } from "../../../src/sheets/entities/readLeads";
import { findSheet } from "../../../src/sheets/findSheet";
import { readSettings, type Settings } from "../../../src/sheets/settings";
import { DEFAULT_SAMPLE_TODAY } from "../../../src/sheets/sample/generateSampleWorkbook";

/** The sample's today (a Friday). */
export const TODAY = DEFAULT_SAMPLE_TODAY;

/** A fresh sample workbook. */
export async function sampleBook(): Promise<XlsxWorkbook> {
  const wb = createXlsx();
  await writeSampleWorkbook(wb);
  return wb;
}

/** The block of the sheet of a kind. */
export async function kindBlock(
  port: WorkbookPort,
  kind: "leads" | "settings" | "accounts" | "team"
): Promise<SheetBlock> {
  const info = findSheet(kind, await port.listSheets());
  if (!info) throw new Error(`no ${kind} sheet`);
  return port.readSheet(info.name);
}

/** The Leads sheet's rows as read. */
export async function leadRows(port: WorkbookPort): Promise<Lead[]> {
  return readLeads(await kindBlock(port, "leads"), { dateOrder: "DMY" }).rows;
}

/** The workbook's settings as read. */
export async function settingsOf(port: WorkbookPort): Promise<Settings> {
  return readSettings(await kindBlock(port, "settings")).settings;
}

/** A sheet for a small test workbook: its name and rows (the first is the header). */
export interface SmallSheet {
  name: string;
  rows: (string | number | null)[][];
}

/** The Team of the small workbooks: Anna (Rīga, weight 2), Jānis (Kurzeme), Laura away, Toms (Baltics). */
export const SMALL_TEAM: SmallSheet = {
  name: "Team",
  rows: [
    ["Name", "Role", "Region", "Active", "Weight", "Away until"],
    ["Anna Bērziņa", "Rep", "Rīga", "yes", 2, null],
    ["Jānis Ozols", "Rep", "Kurzeme", "yes", 1, null],
    ["Laura Krūmiņa", "Rep", "Rīga", "yes", 1, "2026-12-15"],
    ["Toms Eglītis", "Rep", "Baltics", "yes", 1, null],
  ],
};

/** A small workbook of the user's sheets (plain ranges, text and numbers as given). */
export async function smallBook(sheets: readonly SmallSheet[]): Promise<XlsxWorkbook> {
  const wb = createXlsx();
  for (const s of sheets) {
    await wb.writeSheet({ name: s.name, kind: `input:${s.name}`, owner: "user", values: s.rows });
  }
  return wb;
}
