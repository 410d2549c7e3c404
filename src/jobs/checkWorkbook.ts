import { AppError, isAppError } from "../core/appError";
import { addCounts, type Issue, type RowCounts } from "../core/issue";
import type { SheetInfo, WorkbookPort } from "../host/port";
import { findSheet } from "../sheets/findSheet";
import { readSettings } from "../sheets/settings";
import { SHEET_KINDS, type SheetKind } from "../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "./jobOptions";
import { readSheetInSteps } from "./readSheetInSteps";

/** What `check` found of one sheet kind. */
export interface SheetCheck {
  kind: SheetKind;
  /** The sheet's name in the workbook, or null when the workbook has no such sheet. */
  sheet: string | null;
  counts: RowCounts;
  /** Field key → the header text it was found under. */
  columns: Record<string, string>;
  /** Headers kept untouched and ignored. */
  unknownColumns: string[];
  /** Why the sheet could not be read at all (e.g. a required column is missing), or null. */
  error: string | null;
}

/** The result of `check`: every sheet, every row accounted for (read = used + skipped). */
export interface CheckResult {
  ok: true;
  sheets: SheetCheck[];
  rows: RowCounts;
  issues: Issue[];
  missingSheets: SheetKind[];
}

/** The input sheets `check` reads, in order (Settings first: it decides how the rest are read). */
export const CHECKED_KINDS: readonly SheetKind[] = SHEET_KINDS.map((d) => d.kind);

/**
 * Reads every sheet of the workbook contract and lists what would be skipped and why.
 * Writes nothing. A sheet that cannot be read (missing required column) is reported, not thrown.
 *
 * @example
 * const result = await checkWorkbook(port);
 * result.rows // { read: 2930, used: 2915, skipped: 15 }
 */
export async function checkWorkbook(
  port: WorkbookPort,
  options?: JobOptions
): Promise<CheckResult> {
  const infos = await port.listSheets();
  const total = CHECKED_KINDS.length;
  const progress = (done: number, label: string) => options?.onProgress?.({ done, total, label });

  const settingsInfo = findSheet("settings", infos);
  progress(0, settingsInfo ? `Reading ${settingsInfo.name}` : "Settings: defaults");
  const settingsBlock = settingsInfo ? await port.readSheet(settingsInfo.name, options) : null;
  const { settings, issues: settingsIssues, entries } = readSettings(settingsBlock);
  const readOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };

  const sheets: SheetCheck[] = [];
  const issues: Issue[] = [...settingsIssues];
  const missingSheets: SheetKind[] = [];
  let rows: RowCounts = { read: 0, used: 0, skipped: 0 };

  for (const [index, kind] of CHECKED_KINDS.entries()) {
    throwIfCancelled(options);
    const info: SheetInfo | null = kind === "settings" ? settingsInfo : findSheet(kind, infos);
    if (!info) {
      missingSheets.push(kind);
      sheets.push(emptyCheck(kind, null, null));
      continue;
    }
    progress(index, `Reading ${info.name}`);
    if (kind === "settings") {
      const used = entries.filter((e) => e.row !== null).length;
      const skipped = settingsIssues.filter((i) => i.row !== null).length;
      const counts = { read: used + skipped, used, skipped };
      rows = addCounts(rows, counts);
      sheets.push({ kind, sheet: info.name, counts, columns: {}, unknownColumns: [], error: null });
      continue;
    }
    const block = await port.readSheet(info.name, options);
    try {
      const read = await readSheetInSteps(kind, block, readOptions, {
        ...options,
        // rows of this sheet move the bar within this sheet's share of the whole check
        onProgress: (p) => progress(index + (p.total > 0 ? p.done / p.total : 0), p.label),
      });
      rows = addCounts(rows, read.counts);
      issues.push(...read.issues);
      const columns: Record<string, string> = {};
      for (const [field, col] of Object.entries(read.columns)) columns[field] = col.header;
      sheets.push({
        kind,
        sheet: info.name,
        counts: read.counts,
        columns,
        unknownColumns: read.unknownColumns,
        error: null,
      });
    } catch (e) {
      if (!isAppError(e) || e.code === "CANCELLED") throw e;
      issues.push({ sheet: info.name, row: null, column: null, value: null, problem: e.message });
      sheets.push(emptyCheck(kind, info.name, e));
    }
  }
  progress(total, "Done");
  return { ok: true, sheets, rows, issues, missingSheets };
}

function emptyCheck(kind: SheetKind, sheet: string | null, error: AppError | null): SheetCheck {
  return {
    kind,
    sheet,
    counts: { read: 0, used: 0, skipped: 0 },
    columns: {},
    unknownColumns: [],
    error: error ? error.message : null,
  };
}
