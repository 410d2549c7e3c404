import { AppError } from "../core/appError";
import type { Issue } from "../core/issue";
import type { WorkbookPort } from "../host/port";
import { findSheet } from "../sheets/findSheet";
import {
  readSettings,
  settingsSheetPlan,
  settingUpdates,
  type SettingEntry,
  type Settings,
} from "../sheets/settings";
import { freeSheetName } from "../sheets/sheetNames";
import { sheetKindDef } from "../sheets/sheetKinds";
import type { JobOptions } from "./jobOptions";

/** The workbook's settings as read, with where each came from. */
export interface LoadedSettings {
  /** The Settings sheet's name, or null when the workbook has none (defaults apply). */
  sheet: string | null;
  settings: Settings;
  entries: SettingEntry[];
  issues: Issue[];
}

/**
 * Reads and validates the Settings sheet; defaults fill what is missing.
 *
 * @example (await loadSettings(port)).settings.vatRounding // "per-rate"
 */
export async function loadSettings(
  port: WorkbookPort,
  options?: JobOptions
): Promise<LoadedSettings> {
  const infos = await port.listSheets();
  const info = findSheet("settings", infos);
  const block = info ? await port.readSheet(info.name, options) : null;
  const { settings, entries, issues } = readSettings(block);
  return { sheet: info?.name ?? null, settings, entries, issues };
}

/** What `saveSettings` did. Nothing is written when any change is invalid. */
export interface SaveSettingsResult {
  saved: string[];
  problems: { key: string; problem: string }[];
}

/**
 * Validates every change, then writes them into the Settings sheet's Value column in one batch
 * (rows appended for settings the sheet lacks). Creates the Settings sheet first when missing.
 *
 * @example await saveSettings(port, { "VAT rounding": "per-line" }) // { saved: ["VAT rounding"], problems: [] }
 */
export async function saveSettings(
  port: WorkbookPort,
  changes: Record<string, string>,
  options?: JobOptions
): Promise<SaveSettingsResult> {
  let loaded = await loadSettings(port, options);
  const check = settingUpdates(loaded.entries, changes);
  if (check.problems.length > 0) return { saved: [], problems: check.problems };
  if (loaded.sheet === null) {
    const locale = options?.locale ?? "en";
    const infos = await port.listSheets();
    const { name } = freeSheetName(sheetKindDef("settings").title[locale], infos);
    await port.writeSheet({ ...settingsSheetPlan(locale), name, owner: "user" }, options);
    loaded = await loadSettings(port, options);
  }
  const sheet = loaded.sheet;
  if (sheet === null) throw new AppError("WRITE_FAILED", "Could not create the Settings sheet.");
  const { updates, appends, problems } = settingUpdates(loaded.entries, changes);
  if (problems.length > 0) return { saved: [], problems };
  if (updates.length > 0) await port.updateCells(sheet, updates);
  if (appends.length > 0) await port.appendRows({ sheet, rows: appends, firstColumn: 1 }, options);
  return { saved: Object.keys(changes), problems: [] };
}
