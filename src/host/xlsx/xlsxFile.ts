/**
 * Node-only file helpers around `XlsxWorkbook` (the CLI's; the browser never loads this module):
 * open a file, save atomically, replace a workbook in place only when nothing would be lost.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import JSZip from "jszip";
import { AppError } from "../../core/appError";
import { findUnsupportedParts } from "./unsupportedParts";
import { openXlsx, type XlsxWorkbook } from "./xlsxWorkbook";

function errorCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

function reason(e: unknown): string {
  const code = errorCode(e);
  if (code === "ENOENT") return "the folder does not exist";
  if (code === "EACCES" || code === "EPERM")
    return "permission denied (is the file open in Excel?)";
  if (code === "EBUSY") return "the file is in use (is it open in Excel?)";
  if (code === "ENOSPC") return "the disk is full";
  if (code === "EROFS") return "the disk is read-only";
  const text = e instanceof Error ? e.message : String(e);
  return (text.split(/\r?\n/)[0] ?? "").trim();
}

/**
 * Opens an .xlsx file. A missing file, a folder, or a file that is not an .xlsx workbook is an
 * AppError("BAD_INPUT") with one line naming the file.
 *
 * @example const wb = await openXlsxFile("deals.xlsx");
 */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new AppError("BAD_INPUT", `${name} is a folder, not an .xlsx workbook.`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (errorCode(e) === "ENOENT") throw new AppError("BAD_INPUT", `${name}: no such file.`, e);
    throw new AppError("BAD_INPUT", `${name} could not be read: ${reason(e)}.`, e);
  }
  return openXlsx(bytes, { name });
}

/**
 * Writes bytes to `path` atomically: a temporary file in the same folder, flushed to disk, then
 * renamed over the target. On any failure the temporary file is removed and the target is
 * untouched (AppError "WRITE_FAILED"). A replaced file keeps its permissions.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let created = false;
  try {
    const handle = await open(
      temp,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      mode ?? 0o644
    );
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    created = false;
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw new AppError("WRITE_FAILED", `Could not write ${basename(path)}: ${reason(e)}.`, e);
  }
  // Make the rename itself durable; not every platform lets a folder be flushed.
  try {
    const d = await open(dir, constants.O_RDONLY);
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Windows cannot open a folder for flushing; the rename has happened all the same.
  }
}

/**
 * Saves the workbook as a new (or replaced) .xlsx file, atomically.
 *
 * @example await saveXlsxFile(wb, "out/deal-desk-demo.xlsx");
 */
export async function saveXlsxFile(wb: XlsxWorkbook, path: string): Promise<void> {
  const bytes = await wb.toBuffer();
  await writeFileAtomic(path, bytes);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * Replaces the workbook file at `path` with `wb` — unless that file holds parts the .xlsx
 * engine would not carry over (charts, pivot tables, macros, …): then AppError("UNSUPPORTED_PARTS")
 * naming them, and the file is left alone.
 *
 * @example await saveInPlace(wb, "deals.xlsx") // or: "deals.xlsx holds charts (2) and macros, which the .xlsx engine would not keep: write to a new file with --out."
 */
export async function saveInPlace(wb: XlsxWorkbook, path: string): Promise<void> {
  let current: Uint8Array | null = null;
  try {
    current = await readFile(path);
  } catch (e) {
    if (errorCode(e) !== "ENOENT")
      throw new AppError("WRITE_FAILED", `Could not read ${basename(path)}: ${reason(e)}.`, e);
  }
  if (current) {
    let zip: JSZip | null = null;
    try {
      zip = await JSZip.loadAsync(current);
    } catch {
      zip = null; // not a package: nothing of it could be kept or lost
    }
    const found = zip ? await findUnsupportedParts(zip) : [];
    if (found.length > 0) {
      throw new AppError(
        "UNSUPPORTED_PARTS",
        `${basename(path)} holds ${listOf(found)}, which the .xlsx engine would not keep: write to a new file with --out.`
      );
    }
  }
  await saveXlsxFile(wb, path);
}
