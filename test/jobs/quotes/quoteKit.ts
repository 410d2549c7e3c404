/**
 * Shared by the quote tests: fixture copies in a temp folder, in-process CLI runs, and the
 * hand-checked quote of test/fixtures/build-quote-fixtures.ts.
 */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { dealdesk, type CliRun } from "../../cli/runCliForTest";
import { tempDir } from "../../support/recalc";

/** The quote fixtures. */
export type QuoteFixture =
  | "quote-mixed-vat-per-rate.xlsx"
  | "quote-mixed-vat-per-line.xlsx"
  | "quote-registers-reordered.xlsx";

/** A fresh copy of a fixture in its own temporary folder. */
export function copyFixture(name: QuoteFixture, dir = tempDir("quote-")): string {
  const path = join(dir, name);
  copyFileSync(join(__dirname, "../../fixtures", name), path);
  return path;
}

/**
 * The hand-checked quote: 2 laptops at 899.00 −5 % (21 %), a handbook 24.90 (12 %), 1.255 m of
 * cable at 3.00 (21 %, the rounding trap), 4 course workbooks at 33.50 (12 %), 4 hours of
 * installation at 55.00 as an optional line, and a 5 % quote discount.
 */
export const MIXED_QUOTE_ARGS: readonly string[] = [
  "--line",
  "LAP-14:2:5",
  "--line",
  "BK-01:1",
  "--line",
  "CBL-M:1.255",
  "--line",
  "BK-02:4",
  "--optional",
  "SRV-H:4",
  "--discount",
  "5",
];

/** A run that must succeed: its parsed JSON document. */
export async function quoteJson<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const run = await dealdesk([...args, "--json"]);
  if (run.code !== 0) {
    throw new Error(`dealdesk ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout) as T;
}

/** A run as it is, with --json. */
export async function quoteRun(args: string[]): Promise<CliRun> {
  return dealdesk([...args, "--json"]);
}

/** A workbook file read with exceljs (an independent reader). */
export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The sheet of a workbook, or a failed test. */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws)
    throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** A row of a sheet as header → cell value, found by the value of one column. */
export function rowBy(
  ws: ExcelJS.Worksheet,
  header: string,
  value: string
): Record<string, unknown> | null {
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${ws.name}`);
  for (let r = 2; r <= ws.rowCount; r++) {
    if (ws.getCell(r, col).value !== value) continue;
    const out: Record<string, unknown> = {};
    headers.forEach((h, c) => {
      if (h !== "") out[h] = ws.getCell(r, c).value;
    });
    return out;
  }
  return null;
}
