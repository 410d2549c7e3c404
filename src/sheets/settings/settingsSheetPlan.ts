/**
 * The Settings sheet `init` writes: Setting | Value | Explanation, every setting with its value
 * and a one-line explanation in the chosen language. Values are text that `readSettings` reads
 * back to the same settings.
 */
import type { FormatBlock, PlanValue, SheetPlan } from "../../host/port";
import { SHEET_FIELDS } from "../fields";
import { sheetKindDef, type Locale, type SheetKind } from "../sheetKinds";
import { mappingExplanation, mappingLabel } from "./columnMappings";
import { SETTING_LIST } from "./settingDefs";
import type { SettingEntry } from "./readSettings";
import type { Settings } from "./settingTypes";

/** The name of the Excel table holding the settings. */
export const SETTINGS_TABLE_NAME = "Settings";

/** The header row per locale. */
export const SETTINGS_HEADERS: Readonly<Record<Locale, readonly [string, string, string]>> = {
  en: ["Setting", "Value", "Explanation"],
  lv: ["Iestatījums", "Vērtība", "Paskaidrojums"],
};

function rowsFromSettings(settings: Settings, locale: Locale): PlanValue[][] {
  const context = { currency: settings.currency };
  const rows: PlanValue[][] = SETTING_LIST.map((def) => [
    locale === "lv" ? def.lv : def.key,
    def.format(settings[def.field], locale, context),
    def.explanation[locale],
  ]);
  for (const [kind, fields] of Object.entries(settings.mappings) as [
    SheetKind,
    Record<string, string>,
  ][]) {
    for (const [key, header] of Object.entries(fields)) {
      const field = SHEET_FIELDS[kind].find((f) => f.key === key);
      if (field)
        rows.push([
          mappingLabel(kind, field, locale),
          header,
          mappingExplanation(kind, field, locale),
        ]);
    }
  }
  return rows;
}

function rowsFromEntries(entries: readonly SettingEntry[], locale: Locale): PlanValue[][] {
  const rows: PlanValue[][] = [];
  for (const def of SETTING_LIST) {
    const entry = entries.find((e) => e.key === def.key);
    const text = entry && entry.row !== null ? entry.text : def.defaultText(locale);
    rows.push([locale === "lv" ? def.lv : def.key, text, def.explanation[locale]]);
  }
  for (const entry of entries) {
    if (SETTING_LIST.some((d) => d.key === entry.key) || entry.text === "") continue;
    rows.push([entry.label, entry.text, entry.explanation]);
  }
  return rows;
}

/**
 * The Settings sheet for `init` (or to recreate it): header row Setting | Value | Explanation
 * (lv: Iestatījums | Vērtība | Paskaidrojums), bold and frozen; every setting with its value —
 * the default, or `current` (typed settings, or entries as read, whose written text is kept) —
 * and its explanation in `locale`; then the column mappings. The Value column is text-formatted
 * so what a user types there stays as typed. An Excel table named "Settings"; the sheet belongs
 * to the user once written.
 *
 * @example settingsSheetPlan("lv").values[1] → ["Uzņēmuma nosaukums", "", "Jūsu uzņēmuma nosaukums, …"]
 */
export function settingsSheetPlan(
  locale: Locale,
  current?: Settings | readonly SettingEntry[]
): SheetPlan {
  const body =
    current === undefined
      ? rowsFromEntries([], locale)
      : Array.isArray(current)
        ? rowsFromEntries(current as readonly SettingEntry[], locale)
        : rowsFromSettings(current as Settings, locale);
  const values: PlanValue[][] = [[...SETTINGS_HEADERS[locale]], ...body];
  const n = values.length;
  const formats: FormatBlock[] = [
    { range: { row: 1, column: 1, rows: 1, columns: 3 }, font: { bold: true } },
    { range: { row: 2, column: 2, rows: n - 1, columns: 1 }, numberFormat: "@", wrapText: true },
    { range: { row: 2, column: 3, rows: n - 1, columns: 1 }, wrapText: true },
    { range: { row: 1, column: 1, rows: n, columns: 3 }, verticalAlignment: "top" },
  ];
  return {
    name: sheetKindDef("settings").title[locale],
    kind: "input:settings",
    owner: "user",
    values,
    formats,
    columnWidths: [32, 60, 70],
    font: { name: "Calibri", size: 11 },
    freeze: { rows: 1, columns: 0 },
    tables: [
      {
        name: SETTINGS_TABLE_NAME,
        range: { row: 1, column: 1, rows: n, columns: 3 },
        style: "TableStyleMedium2",
      },
    ],
  };
}
