import type { SheetPlan, WorkbookPort } from "../host/port";
import { findSheet } from "../sheets/findSheet";
import { inputSheetPlan } from "../sheets/inputSheetPlans";
import { readSettings, settingsSheetPlan } from "../sheets/settings";
import { freeSheetName } from "../sheets/sheetNames";
import { SHEET_KINDS, type Locale } from "../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "./jobOptions";

/** What `init` / "Prepare workbook" added. */
export interface PrepareResult {
  /** Names of the sheets added, in workbook order. Empty when nothing was missing. */
  added: string[];
}

/**
 * Adds every sheet of the workbook contract that the workbook lacks (SPEC §9 `init`):
 * Settings with every setting, its default and an explanation, and the empty input sheets
 * with their headers. Existing sheets are never touched.
 *
 * @example await prepareWorkbook(port, { locale: "lv" }) // { added: ["Iestatījumi", "Komanda", …] }
 */
export async function prepareWorkbook(
  port: WorkbookPort,
  options?: JobOptions
): Promise<PrepareResult> {
  const infos = await port.listSheets();
  const settingsInfo = findSheet("settings", infos);
  const settings = settingsInfo
    ? readSettings(await port.readSheet(settingsInfo.name, options)).settings
    : null;
  const locale: Locale = settings?.locale ?? options?.locale ?? "en";
  const existing = infos.map((i) => ({ name: i.name, ours: i.ours }));
  const added: string[] = [];
  const missing = SHEET_KINDS.filter((def) => !findSheet(def.kind, infos));
  for (const [index, def] of missing.entries()) {
    throwIfCancelled(options);
    options?.onProgress?.({
      done: index,
      total: missing.length,
      label: `Adding ${def.title[locale]}`,
    });
    const plan: SheetPlan =
      def.kind === "settings" ? settingsSheetPlan(locale) : inputSheetPlan(def.kind, locale);
    const { name } = freeSheetName(def.title[locale], existing);
    const written = await port.writeSheet({ ...plan, name, owner: "user" }, options);
    existing.push({ name: written, ours: null });
    added.push(written);
  }
  return { added };
}
