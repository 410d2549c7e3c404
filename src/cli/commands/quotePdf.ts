/**
 * `--pdf DIR`: the customer sheet saved as PDF through LibreOffice (SPEC §4 Package). A temporary
 * workbook holds only that sheet; `soffice --headless --convert-to pdf` prints it as laid out
 * (A4, fit to width, header row repeated).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { AppError } from "../../core/appError";
import type { SheetPlan } from "../../host/port";
import { createXlsx } from "../../host/xlsx/xlsxWorkbook";

const run = promisify(execFile);

/** The LibreOffice binary: `DEALDESK_SOFFICE` when set, else `soffice` on the PATH. */
function sofficeBinary(): string {
  return process.env.DEALDESK_SOFFICE?.trim() || "soffice";
}

function fileStem(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/gu, "-").trim() || "quote";
}

/**
 * Prints one sheet plan to `DIR/<sheet name>.pdf` and returns the PDF's path. AppError with one
 * line when LibreOffice is missing or fails.
 *
 * @example await customerSheetPdf(result.detail.customerPlan, "out") // "out/Q-2026-0007.pdf"
 */
export async function customerSheetPdf(plan: SheetPlan, dir: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "dealdesk-pdf-"));
  try {
    const wb = createXlsx();
    await wb.writeSheet({ ...plan, activate: true });
    const stem = fileStem(plan.name);
    const xlsx = join(work, `${stem}.xlsx`);
    writeFileSync(xlsx, await wb.toBuffer());
    mkdirSync(dir, { recursive: true });
    const profile = join(work, "profile");
    const soffice = sofficeBinary();
    try {
      await run(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          xlsx,
        ],
        { timeout: 180_000 }
      );
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === "ENOENT") {
        throw new AppError(
          "BAD_INPUT",
          `--pdf needs LibreOffice, and ${soffice} was not found: install LibreOffice (soffice), or print the sheet to PDF from Excel.`,
          e
        );
      }
      throw new AppError("WRITE_FAILED", `LibreOffice could not print ${plan.name} to PDF.`, e);
    }
    const pdf = join(dir, `${stem}.pdf`);
    if (!existsSync(pdf)) {
      throw new AppError("WRITE_FAILED", `LibreOffice wrote no PDF for ${plan.name} into ${dir}.`);
    }
    return pdf;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
