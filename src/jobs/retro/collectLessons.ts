/**
 * The Lessons sheet (SPEC §6): the filled-in items of every retrospective in the workbook,
 * collected again from the Retro sheets as the team left them.
 */
import { isAppError } from "../../core/appError";
import type { Issue } from "../../core/issue";
import type { DateOrder } from "../../core/parseDate";
import type { Lesson } from "../../core/retro/lesson";
import type { SheetInfo, WorkbookPort } from "../../host/port";
import { findSheet } from "../../sheets/findSheet";
import { lessonsSheetPlan, readRetroLessons } from "../../sheets/retro/lessons";
import { readSettings } from "../../sheets/settings";
import type { Locale } from "../../sheets/sheetKinds";
import { freeSheetName } from "../../sheets/sheetNames";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { nowIsoMinute } from "../../core/parseDate";

/** The kind prefix of Retro sheets (`retro:D-1042`). */
export const RETRO_KIND_PREFIX = "retro:";

/** The kind of the Lessons sheet. */
export const LESSONS_KIND = "lessons";

/** What collecting the lessons did. */
export interface LessonsResult {
  ok: true;
  /** The Lessons sheet's name as written. */
  sheet: string;
  /** Every item collected, in workbook order of the Retro sheets. */
  lessons: Lesson[];
  /** The Retro sheets read. */
  retroSheets: string[];
  /** Sheets written (the Lessons sheet). */
  sheets: string[];
  /** Retro sheets that could not be read (left out), and Settings issues. */
  issues: Issue[];
}

/** How the Lessons sheet is written. */
export interface WriteLessonsOptions extends JobOptions {
  locale: Locale;
  dateOrder: DateOrder;
  /** When, for the footer: ISO date-time or any text. */
  generatedAt: string;
}

/** The Retro sheets of the workbook (ours, kind `retro:<Deal ID>`), in workbook order. */
export function retroSheetsOf(
  sheets: readonly SheetInfo[]
): Array<{ name: string; dealId: string }> {
  return sheets
    .filter((s) => s.ours?.startsWith(RETRO_KIND_PREFIX) === true)
    .sort((a, b) => a.index - b.index)
    .map((s) => ({ name: s.name, dealId: (s.ours ?? "").slice(RETRO_KIND_PREFIX.length) }));
}

/**
 * Reads every Retro sheet Deal Desk made (listSheets → kind `retro:*` → readSheet →
 * readRetroLessons) and writes the Lessons sheet, replacing only the Lessons sheet it made
 * before (a sheet of the user's called Lessons stays: the new one takes a free name; an earlier
 * Lessons sheet of ours under another name — the other language — is removed). A Retro sheet
 * that lost its sections is an issue and left out.
 *
 * @example await writeLessonsSheet(port, { locale: "en", dateOrder: "DMY", generatedAt: "2026-07-05T14:30" })
 */
export async function writeLessonsSheet(
  port: WorkbookPort,
  options: WriteLessonsOptions
): Promise<LessonsResult> {
  const sheets = await port.listSheets();
  const lessons: Lesson[] = [];
  const issues: Issue[] = [];
  const retroSheets: string[] = [];
  for (const retro of retroSheetsOf(sheets)) {
    throwIfCancelled(options);
    const block = await port.readSheet(retro.name, options);
    try {
      lessons.push(...readRetroLessons(block, retro.dealId, { dateOrder: options.dateOrder }));
      retroSheets.push(retro.name);
    } catch (e) {
      if (!isAppError(e, "BAD_INPUT")) throw e;
      issues.push({
        sheet: retro.name,
        row: null,
        column: null,
        value: null,
        problem: `${e.message} Its items are left out of the Lessons sheet.`,
      });
    }
  }
  throwIfCancelled(options);
  const wanted = lessonsSheetPlan(lessons, options.locale, {
    generatedAt: options.generatedAt,
    sources: retroSheets,
  });
  const target = freeSheetName(wanted.name, sheets, { replaceKind: (k) => k === LESSONS_KIND });
  const existingTables = sheets.filter((s) => s.name !== target.replaces).flatMap((s) => s.tables);
  const plan = lessonsSheetPlan(lessons, options.locale, {
    generatedAt: options.generatedAt,
    sources: retroSheets,
    existingTables,
  });
  const sheet = await port.writeSheet({ ...plan, name: target.name }, options);
  for (const old of sheets) {
    if (old.ours === LESSONS_KIND && old.name !== target.replaces && old.name !== sheet) {
      await port.deleteSheet(old.name);
    }
  }
  return { ok: true, sheet, lessons, retroSheets, sheets: [sheet], issues };
}

/**
 * Refreshes the Lessons sheet alone (the task pane's "Refresh lessons"): reads Settings for
 * the locale and date order, then {@link writeLessonsSheet}.
 *
 * @example (await collectLessons(port)).lessons.length // items filled in on all Retro sheets
 */
export async function collectLessons(
  port: WorkbookPort,
  options?: JobOptions & { generatedAt?: string }
): Promise<LessonsResult> {
  const sheets = await port.listSheets();
  const info = findSheet("settings", sheets);
  const read = readSettings(info ? await port.readSheet(info.name, options) : null);
  const result = await writeLessonsSheet(port, {
    ...options,
    locale: read.settings.locale ?? options?.locale ?? "en",
    dateOrder: read.settings.dateOrder,
    generatedAt: options?.generatedAt ?? nowIsoMinute(),
  });
  return { ...result, issues: [...read.issues, ...result.issues] };
}
