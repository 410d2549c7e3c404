import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOL = resolve(__dirname, "../../tools/xlsx-recalc");

/** A fresh temporary directory for one test's files. */
export function tempDir(prefix = "dealdesk-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Lets LibreOffice (an independent engine) recalculate every formula of `xlsxPath`.
 * Returns the recalculated copy's path; read its cached values (exceljs `cell.result`).
 * Fails loudly when LibreOffice is missing: CI installs it (.ci/run).
 */
export async function recalcXlsx(xlsxPath: string, outDir = tempDir("recalc-")): Promise<string> {
  const { stdout } = await run(TOOL, [xlsxPath, outDir], { timeout: 180_000 });
  return stdout.trim().split("\n").pop() ?? "";
}

/** Prints `xlsxPath` to PDF as LibreOffice lays it out; returns the PDF's path. */
export async function recalcPdf(xlsxPath: string, outDir = tempDir("pdf-")): Promise<string> {
  const { stdout } = await run(TOOL, ["--pdf", xlsxPath, outDir], { timeout: 180_000 });
  return stdout.trim().split("\n").pop() ?? "";
}

/** Saves each sheet of `xlsxPath` as UTF-8 CSV after recalculation; returns the CSV paths. */
export async function recalcCsv(xlsxPath: string, outDir = tempDir("csv-")): Promise<string[]> {
  const { stdout } = await run(TOOL, ["--csv", xlsxPath, outDir], { timeout: 180_000 });
  return stdout.trim().split("\n").filter(Boolean);
}
