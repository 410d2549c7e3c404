/**
 * Reads what a report is computed from, through the port: Settings, then Team and Deals
 * (required), Targets, Meetings, Products, Actuals, Quotes and Quote lines (used when present).
 */
import { AppError, isAppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import type { WorkbookPort } from "../../host/port";
import { findSheet } from "../../sheets/findSheet";
import { readKind, type KindRows } from "../../sheets/readEntities";
import type { SheetRead } from "../../sheets/readRows";
import type { SourceRows } from "../../sheets/reports/reportSheetPlan";
import { readSettings, type Settings } from "../../sheets/settings";
import { sheetKindDef, type SheetKind } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";

/** The sheets a report reads, in order. */
const REPORT_KINDS = [
  "team",
  "deals",
  "targets",
  "meetings",
  "products",
  "actuals",
  "quotes",
  "quoteLines",
] as const;

type ReportKind = (typeof REPORT_KINDS)[number];

/** Without these the report cannot run. */
const REQUIRED: ReadonlySet<SheetKind> = new Set(["team", "deals"]);

/** Shown in the footer even when missing (the others only when present). */
const ALWAYS_LISTED: ReadonlySet<SheetKind> = new Set([
  "team",
  "deals",
  "targets",
  "meetings",
  "products",
  "actuals",
]);

/** One sheet as read, or null when the workbook has none (or it could not be read). */
export type ReadOrNull<K extends ReportKind> = SheetRead<KindRows[K]> | null;

/** Everything a report reads. */
export interface ReportSheets {
  settings: Settings;
  reads: { [K in ReportKind]: ReadOrNull<K> };
  /** Settings issues, every sheet's row issues, and a note per unreadable sheet. */
  issues: Issue[];
  /** Σ rows of the sheets read (Settings aside): read = used + skipped. */
  rows: RowCounts;
  /** For the provenance footer. */
  sources: SourceRows[];
}

/**
 * Reads the report's sheets. Team and Deals are required (AppError MISSING_SHEET or
 * MISSING_COLUMN naming what to add); any other sheet that is missing is left out, and one that
 * lacks a required column becomes an issue (the report runs without it).
 *
 * @example const { reads } = await readReportSheets(port); reads.deals?.rows.length // 640
 */
export async function readReportSheets(
  port: WorkbookPort,
  options?: JobOptions
): Promise<ReportSheets> {
  const infos = await port.listSheets();
  const total = REPORT_KINDS.length + 1;
  const progress = (done: number, label: string): void =>
    options?.onProgress?.({ done, total, label });

  const settingsInfo = findSheet("settings", infos);
  progress(0, settingsInfo ? `Reading ${settingsInfo.name}` : "Settings: defaults");
  const settingsRead = readSettings(
    settingsInfo ? await port.readSheet(settingsInfo.name, options) : null
  );
  const { settings } = settingsRead;
  const readOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };
  const issues: Issue[] = [...settingsRead.issues];
  const sources: SourceRows[] = [];
  let rows: RowCounts = { read: 0, used: 0, skipped: 0 };
  const reads: Partial<Record<ReportKind, SheetRead<unknown> | null>> = {};

  for (const [index, kind] of REPORT_KINDS.entries()) {
    throwIfCancelled(options);
    const def = sheetKindDef(kind);
    const info = findSheet(kind, infos);
    if (!info) {
      if (REQUIRED.has(kind)) {
        throw new AppError(
          "MISSING_SHEET",
          `No ${def.title.en} sheet: add a sheet named ${def.names.join(" or ")} — a report needs it.`
        );
      }
      reads[kind] = null;
      if (ALWAYS_LISTED.has(kind)) {
        sources.push({
          sheet: def.title.en,
          found: false,
          counts: { read: 0, used: 0, skipped: 0 },
        });
      }
      continue;
    }
    progress(index + 1, `Reading ${info.name}`);
    const block = await port.readSheet(info.name, options);
    try {
      const read = readKind(kind, block, readOptions);
      reads[kind] = read;
      issues.push(...read.issues);
      rows = {
        read: rows.read + read.counts.read,
        used: rows.used + read.counts.used,
        skipped: rows.skipped + read.counts.skipped,
      };
      sources.push({ sheet: info.name, found: true, counts: read.counts });
    } catch (e) {
      if (!isAppError(e) || e.code === "CANCELLED" || REQUIRED.has(kind)) throw e;
      reads[kind] = null;
      issues.push({
        sheet: info.name,
        row: null,
        column: null,
        value: null,
        problem: `${e.message} The report runs without this sheet.`,
      });
      sources.push({ sheet: info.name, found: true, counts: { read: 0, used: 0, skipped: 0 } });
    }
  }
  return {
    settings,
    reads: reads as ReportSheets["reads"],
    issues,
    rows,
    sources,
  };
}
