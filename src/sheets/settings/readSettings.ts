/**
 * Reading the Settings sheet (SPEC §2): a Setting | Value table, validated on read. Invalid
 * values are issues naming the setting and the allowed values, and the default is used; unknown
 * settings are issues; missing ones take their defaults.
 */
import type { Issue } from "../../core/issue";
import { cleanText, normalizeKey } from "../../core/normalizeText";
import type { CellValue, SheetBlock } from "../../host/port";
import { cellText, isCellError } from "../cellText";
import { detectHeader } from "../detectHeader";
import { SHEET_FIELDS } from "../fields";
import type { Locale } from "../sheetKinds";
import {
  isMappingLabel,
  mappingExplanation,
  mappingHeader,
  mappingLabel,
  mappingTarget,
} from "./columnMappings";
import {
  defaultSettings,
  findSettingDef,
  SETTING_LIST,
  type SettingDef,
  type SettingField,
} from "./settingDefs";
import { quote } from "./settingSyntax";
import type { Settings } from "./settingTypes";
import { vatRateNames } from "./vatRates";

/** Where the Settings table sits in its sheet (Excel row and column numbers, 1-based). */
export interface SettingsLayout {
  /** The sheet's name as it stands in the workbook. */
  sheet: string;
  /** The header row, or null when the sheet has none (column A = setting, B = value). */
  headerRow: number | null;
  settingColumn: number;
  valueColumn: number;
  explanationColumn: number | null;
  /** The Value column's header as written (for issues), "Value" when there is none. */
  valueHeader: string;
  /** The Setting column's header as written, "Setting" when there is none. */
  settingHeader: string;
  /** The sheet's language, from its header (or its labels): labels of appended rows follow it. */
  locale: Locale;
}

/**
 * One setting as the Settings sheet states it, for the task pane's editor and for saving.
 *
 * @example { key: "VAT rounding", label: "PVN noapaļošana", text: "per-item", row: 12, column: 2,
 *   isDefault: true, explanation: "per-rate: …", problem: "VAT rounding: \"per-item\" is not allowed — use per-rate or per-line", layout: {…} }
 */
export interface SettingEntry {
  /** Stable English key: a setting's label ("VAT rounding") or a mapping's ("Map: Deals.Amount"). */
  key: string;
  /** The label as written in the sheet; for a missing setting, its label in the sheet's language. */
  label: string;
  /** The Value cell as text ("" when blank); for a missing setting, its default as text. */
  text: string;
  /** Excel row of the setting, or null when the sheet lacks it (the default is used). */
  row: number | null;
  /** Excel column of the Value cell, or null when the setting is missing. */
  column: number | null;
  /** True when the default is used: missing, blank, or invalid. */
  isDefault: boolean;
  /** One line on what the setting does, in the sheet's language. */
  explanation: string;
  /** Why the written value was not used, or null. */
  problem: string | null;
  /** Where the Settings table sits, or null when the workbook has no Settings sheet. */
  layout: SettingsLayout | null;
}

/** What `readSettings` gives: the typed settings, each setting's entry, and the issues. */
export interface ReadSettingsResult {
  settings: Settings;
  entries: SettingEntry[];
  issues: Issue[];
}

const HEADER_NAMES = (key: string): Set<string> => {
  const f = SHEET_FIELDS.settings.find((d) => d.key === key);
  return new Set(f ? [f.header, f.lv, ...f.synonyms].map(normalizeKey) : []);
};
const SETTING_HEADERS = HEADER_NAMES("setting");
const VALUE_HEADERS = HEADER_NAMES("value");
const LV_HEADERS = new Set(["iestatijums", "parametrs", "vertiba", "paskaidrojums", "apraksts"]);

function layoutOf(block: SheetBlock): {
  layout: SettingsLayout;
  start: number;
  end: number;
  issues: Issue[];
} {
  const found = detectHeader(block, "settings");
  const setting = found?.columns.setting;
  const value = found?.columns.value;
  if (found && setting && value) {
    const lv = [setting.header, value.header].some((h) => LV_HEADERS.has(normalizeKey(h)));
    return {
      start: found.dataStart,
      end: found.dataEnd,
      issues: found.issues,
      layout: {
        sheet: block.name,
        headerRow: found.headerRow,
        settingColumn: setting.column,
        valueColumn: value.column,
        explanationColumn: found.columns.explanation?.column ?? null,
        valueHeader: value.header,
        settingHeader: setting.header,
        locale: lv ? "lv" : "en",
      },
    };
  }
  // No header row: the first two columns are Setting and Value; the labels tell the language.
  let lvLabels = 0;
  let enLabels = 0;
  for (const row of block.values) {
    const label = typeof row[0] === "string" ? row[0] : "";
    const def = findSettingDef(label);
    if (def && normalizeKey(def.lv) === normalizeKey(label)) lvLabels++;
    else if (def) enLabels++;
  }
  return {
    start: 0,
    end: block.values.length,
    issues: [],
    layout: {
      sheet: block.name,
      headerRow: null,
      settingColumn: block.firstColumn,
      valueColumn: block.firstColumn + 1,
      explanationColumn: null,
      valueHeader: "Value",
      settingHeader: "Setting",
      locale: lvLabels > enLabels ? "lv" : "en",
    },
  };
}

function cellAt(
  block: SheetBlock,
  rowIndex: number,
  column: number
): { value: CellValue; format: string } {
  const j = column - block.firstColumn;
  return {
    value: block.values[rowIndex]?.[j] ?? null,
    format: block.numberFormats[rowIndex]?.[j] ?? "General",
  };
}

function missingEntry(
  def: SettingDef,
  locale: Locale,
  layout: SettingsLayout | null
): SettingEntry {
  return {
    key: def.key,
    label: locale === "lv" ? def.lv : def.key,
    text: def.defaultText(locale),
    row: null,
    column: null,
    isDefault: true,
    explanation: def.explanation[locale],
    problem: null,
    layout,
  };
}

/**
 * Reads and validates a Settings sheet. The header row (Setting | Value, or Iestatījums |
 * Vērtība; an Explanation column is ignored) may stand below title rows; without one, the first
 * two columns are read. Labels are English or Latvian, compared without case or punctuation.
 * A null block (no Settings sheet) gives the defaults and no issues.
 *
 * @example
 * readSettings(block).settings.vatRounding → "per-line"
 * readSettings(null) → { settings: defaultSettings(), entries: [every setting, row null], issues: [] }
 */
export function readSettings(block: SheetBlock | null): ReadSettingsResult {
  const settings = defaultSettings();
  const target: Record<SettingField, unknown> = settings;
  if (block === null) {
    const entries = SETTING_LIST.map((def) => missingEntry(def, "en", null));
    return { settings, entries, issues: [] };
  }

  const { layout, start, end, issues: headerIssues } = layoutOf(block);
  const { locale } = layout;
  // e.g. a second Value column: reported, the first one is read.
  const issues: Issue[] = [...headerIssues];
  const found = new Map<SettingField, SettingEntry>();
  const mappingEntries: SettingEntry[] = [];
  /** kind → normalized header → the mapping key that took it. */
  const mappedHeaders = new Map<string, Map<string, string>>();
  const issue = (row: number, column: string, value: string | null, problem: string): void => {
    issues.push({ sheet: block.name, row, column, value, problem });
  };

  for (let i = start; i < end; i++) {
    const row = block.firstRow + i;
    const labelCell = cellAt(block, i, layout.settingColumn);
    const valueCell = cellAt(block, i, layout.valueColumn);
    const label = cleanText(cellText(labelCell.value, labelCell.format, block.date1904) ?? "");
    const written = cellText(valueCell.value, valueCell.format, block.date1904) ?? "";
    if (label === "" && written === "") continue;
    if (label === "") {
      issue(
        row,
        layout.settingHeader,
        written,
        `a value without a setting name in ${layout.settingHeader}`
      );
      continue;
    }
    if (SETTING_HEADERS.has(normalizeKey(label)) && VALUE_HEADERS.has(normalizeKey(written)))
      continue;
    const errorText = isCellError(valueCell.value) ? valueCell.value.error : null;

    if (isMappingLabel(label)) {
      const target = mappingTarget(label);
      if (!target.ok) {
        issue(row, layout.settingHeader, label, `column mapping ${target.problem}`);
        continue;
      }
      const { kind, field, key } = target.value;
      const entry: SettingEntry = {
        key,
        label,
        text: written,
        row,
        column: layout.valueColumn,
        isDefault: true,
        explanation: mappingExplanation(kind, field, locale),
        problem: null,
        layout,
      };
      const header = errorText === null ? mappingHeader(written) : null;
      const taken = mappedHeaders.get(kind) ?? new Map<string, string>();
      mappedHeaders.set(kind, taken);
      const earlier = mappingEntries.find((e) => e.key === key);
      if (earlier) {
        issue(
          row,
          layout.settingHeader,
          label,
          `${key} is given again: row ${earlier.row ?? ""} is used`
        );
        continue;
      }
      if (header === null || !header.ok) {
        entry.problem = `${key}: ${header === null ? `the cell shows the error ${errorText ?? ""}` : header.problem}`;
        issue(row, layout.valueHeader, written, entry.problem);
      } else if (header.value !== "") {
        const other = taken.get(normalizeKey(header.value));
        if (other !== undefined) {
          entry.problem = `${key}: the header ${quote(header.value)} is already mapped by ${other} — map each header once`;
          issue(row, layout.valueHeader, written, entry.problem);
        } else {
          taken.set(normalizeKey(header.value), key);
          const forKind = settings.mappings[kind] ?? {};
          forKind[field.key] = header.value;
          settings.mappings[kind] = forKind;
          entry.isDefault = false;
        }
      }
      mappingEntries.push(entry);
      continue;
    }

    const def = findSettingDef(label);
    if (!def) {
      issue(row, layout.settingHeader, label, unknownSettingProblem(label));
      continue;
    }
    const earlier = found.get(def.field);
    if (earlier) {
      issue(
        row,
        layout.settingHeader,
        label,
        `${def.key} is given again: row ${earlier.row ?? ""} is used`
      );
      continue;
    }
    const entry: SettingEntry = {
      key: def.key,
      label,
      text: written,
      row,
      column: layout.valueColumn,
      isDefault: true,
      explanation: def.explanation[locale],
      problem: null,
      layout,
    };
    found.set(def.field, entry);
    if (errorText !== null) {
      entry.problem = `${def.key}: the cell shows the error ${errorText} — write a value; the default ${def.defaultText(locale)} is used`;
      issue(row, layout.valueHeader, written, entry.problem);
    } else if (written.trim() !== "") {
      const parsed = def.parse(written);
      if (parsed.ok) {
        target[def.field] = parsed.value;
        entry.isDefault = false;
      } else {
        entry.problem = parsed.problem;
        issue(row, layout.valueHeader, written, parsed.problem);
      }
    }
  }

  checkStandardRate(settings, found, issues, block.name, layout);
  const entries = SETTING_LIST.map(
    (def) => found.get(def.field) ?? missingEntry(def, locale, layout)
  );
  return { settings, entries: [...entries, ...mappingEntries], issues };
}

/** The standard VAT rate must name one of the VAT rates; else the default's name (or the first) is used. */
function checkStandardRate(
  settings: Settings,
  found: ReadonlyMap<SettingField, SettingEntry>,
  issues: Issue[],
  sheet: string,
  layout: SettingsLayout
): void {
  const names = vatRateNames(settings.vatRates);
  if (names.some((n) => normalizeKey(n) === normalizeKey(settings.standardVatRate))) return;
  const problem = standardRateProblem(settings.standardVatRate, names);
  const fallback = names.find((n) => normalizeKey(n) === "standard") ?? names[0] ?? "standard";
  const entry = found.get("standardVatRate") ?? found.get("vatRates");
  if (entry && entry.row !== null) {
    entry.problem = problem;
    if (entry.key === "Standard VAT rate") entry.isDefault = true;
    issues.push({ sheet, row: entry.row, column: layout.valueHeader, value: entry.text, problem });
  }
  settings.standardVatRate = fallback;
}

/** The problem when the standard VAT rate is not among the rates' names. */
export function standardRateProblem(name: string, names: readonly string[]): string {
  return `Standard VAT rate: ${quote(name)} is not one of the VAT rates — use ${names.join(", ")}`;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((prev[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = next;
  }
  return prev[b.length] ?? 0;
}

/**
 * The issue text for a label that is no setting, suggesting the closest one.
 * @example unknownSettingProblem("VAT roundng") → `unknown setting "VAT roundng" (ignored) — did you mean "VAT rounding"?`
 */
export function unknownSettingProblem(label: string): string {
  const key = normalizeKey(label);
  let best: { name: string; d: number } | null = null;
  for (const def of SETTING_LIST) {
    for (const name of [def.key, def.lv]) {
      const d = distance(key, normalizeKey(name));
      if (best === null || d < best.d) best = { name, d };
    }
  }
  const hint =
    best && best.d <= Math.max(2, Math.floor(key.length / 4))
      ? `did you mean ${quote(best.name)}?`
      : "see the Explanation column of a sheet made by init for the settings Deal Desk reads";
  return `unknown setting ${quote(label)} (ignored) — ${hint}`;
}

/** The label and explanation a mapping entry gets in a locale (used when saving a new mapping). */
export function mappingEntryText(
  label: string,
  locale: Locale
): { label: string; explanation: string } | null {
  const target = mappingTarget(label);
  if (!target.ok) return null;
  const { kind, field } = target.value;
  return {
    label: mappingLabel(kind, field, locale),
    explanation: mappingExplanation(kind, field, locale),
  };
}
