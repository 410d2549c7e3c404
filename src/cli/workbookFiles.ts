import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { AppError } from "../core/appError";
import type { XlsxWorkbook } from "../host/xlsx/xlsxWorkbook";
import { openXlsxFile, saveInPlace, saveXlsxFile } from "../host/xlsx/xlsxFile";

/** Resolves a user's path against the CLI's working directory. */
export function userPath(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/** Opens WB for a command; a missing or unreadable file is a one-line AppError (exit 1). */
export async function openWorkbookArg(cwd: string, path: string): Promise<XlsxWorkbook> {
  const full = userPath(cwd, path);
  if (!existsSync(full)) throw new AppError("BAD_INPUT", `${path}: no such file.`);
  return openXlsxFile(full);
}

/**
 * Writes a changed workbook as SPEC §9 says: with --out a new file (WB untouched), without it WB
 * replaced atomically — refused, naming the parts, when WB holds what the .xlsx engine would drop.
 * Returns the path written.
 */
export async function saveWorkbookArg(
  wb: XlsxWorkbook,
  cwd: string,
  path: string,
  out?: string
): Promise<string> {
  if (out) {
    const target = userPath(cwd, out);
    await saveXlsxFile(wb, target);
    return target;
  }
  const target = userPath(cwd, path);
  await saveInPlace(wb, target);
  return target;
}
