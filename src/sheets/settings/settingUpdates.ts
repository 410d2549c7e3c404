/**
 * Saving settings from the task pane or the CLI: each change is validated (with the same
 * messages as on read), then turned into cell writes in the existing Settings sheet.
 */
import { cleanText, normalizeKey } from "../../core/normalizeText";
import type { CellUpdate, PlanValue } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { isMappingLabel, mappingHeader, mappingTarget } from "./columnMappings";
import {
  mappingEntryText,
  standardRateProblem,
  unknownSettingProblem,
  type SettingEntry,
} from "./readSettings";
import { findSettingDef } from "./settingDefs";
import { quote } from "./settingSyntax";
import type { Settings, VatRate } from "./settingTypes";
import { vatRateNames } from "./vatRates";

/**
 * Checks a setting's new text as the task pane's editor receives it: the problem (naming the
 * setting and the allowed values) or null when it can be saved. `key` is the English or Latvian
 * label or a mapping label (`Map: Deals.Amount`); blank text is valid (it restores the default).
 * With `current`, the standard VAT rate is also checked against the VAT rates.
 *
 * @example validateSettingText("VAT rounding", "per-item") → `VAT rounding: "per-item" is not allowed — use per-rate or per-line`
 * @example validateSettingText("PVN noapaļošana", "per-line") → null
 */
export function validateSettingText(key: string, text: string, current?: Settings): string | null {
  if (isMappingLabel(key)) {
    const target = mappingTarget(key);
    if (!target.ok) return `column mapping ${target.problem}`;
    const header = mappingHeader(text);
    return header.ok ? null : `${target.value.key}: ${header.problem}`;
  }
  const def = findSettingDef(key);
  if (!def) return unknownSettingProblem(key);
  if (text.trim() === "") return null;
  const parsed = def.parse(text);
  if (!parsed.ok) return parsed.problem;
  if (current && def.field === "standardVatRate") {
    return standardRateCheck(String(parsed.value), current.vatRates);
  }
  if (current && def.field === "vatRates") {
    return standardRateCheck(current.standardVatRate, parsed.value as VatRate[]);
  }
  return null;
}

function standardRateCheck(name: string, rates: readonly VatRate[]): string | null {
  const names = vatRateNames(rates);
  return names.some((n) => normalizeKey(n) === normalizeKey(name))
    ? null
    : standardRateProblem(name, names);
}

/** The cell writes that save some settings, or why nothing may be written. */
export interface SettingUpdates {
  /** Value cells of settings the sheet already has. */
  updates: CellUpdate[];
  /** Rows for settings the sheet lacks, laid out from column A (blank cells up to its Setting column). */
  appends: PlanValue[][];
  /** One per invalid change; when any, `updates` and `appends` are empty. */
  problems: { key: string; problem: string }[];
}

/** The text a setting will have once the changes apply (for the cross-check of the VAT rates). */
function textAfter(
  entries: readonly SettingEntry[],
  resolved: ReadonlyMap<string, string>,
  key: string
): string | null {
  if (resolved.has(key)) return resolved.get(key) ?? null;
  const entry = entries.find((e) => e.key === key);
  return entry && !entry.isDefault ? entry.text : null;
}

/**
 * The writes that save `changes` (key → new text) into the existing Settings sheet: the Value
 * cell of each setting it has, and an appended row (label, value and explanation in the sheet's
 * language) for each it lacks. Every change is validated first — the standard VAT rate against
 * the VAT rates as they will be — and nothing is written when any is invalid. Blank text
 * restores the default (the cell is cleared). Keys are English or Latvian labels or mapping
 * labels (`Map: Deals.Amount`).
 *
 * @example settingUpdates(entries, { "VAT rounding": "per-line" }) → { updates: [{ row: 12, column: 2, value: "per-line" }], appends: [], problems: [] }
 */
export function settingUpdates(
  entries: readonly SettingEntry[],
  changes: Readonly<Record<string, string>>
): SettingUpdates {
  const problems: { key: string; problem: string }[] = [];
  /** stable key → new text */
  const resolved = new Map<string, string>();
  for (const [key, rawText] of Object.entries(changes)) {
    const text = rawText.trim();
    const stable = isMappingLabel(key)
      ? mappingTarget(key)
      : { ok: true as const, value: { key: findSettingDef(key)?.key ?? null } };
    const problem = validateSettingText(key, text);
    if (problem !== null || !stable.ok || stable.value.key === null) {
      problems.push({ key, problem: problem ?? unknownSettingProblem(key) });
      continue;
    }
    resolved.set(stable.value.key, text);
  }

  // Cross-checks against the settings as they will be.
  const standard = textAfter(entries, resolved, "Standard VAT rate");
  const rates = textAfter(entries, resolved, "VAT rates");
  if (resolved.has("Standard VAT rate") || resolved.has("VAT rates")) {
    const ratesDef = findSettingDef("VAT rates");
    const parsedRates = rates === null || rates === "" || !ratesDef ? null : ratesDef.parse(rates);
    const rateList = parsedRates?.ok
      ? (parsedRates.value as VatRate[])
      : ((ratesDef?.defaultValue() as VatRate[] | undefined) ?? []);
    const name = standard === null || standard === "" ? "standard" : cleanText(standard);
    const problem = standardRateCheck(name, rateList);
    if (problem !== null) {
      problems.push({
        key: resolved.has("Standard VAT rate") ? "Standard VAT rate" : "VAT rates",
        problem,
      });
    }
  }
  for (const [key, text] of resolved) {
    if (!key.startsWith("Map: ") || text === "") continue;
    const kindPrefix = key.slice(0, key.indexOf(".") + 1);
    const clash = [...mappingTexts(entries, resolved)].find(
      ([other, header]) =>
        other !== key && other.startsWith(kindPrefix) && normalizeKey(header) === normalizeKey(text)
    );
    if (clash) {
      problems.push({
        key,
        problem: `${key}: the header ${quote(cleanText(text))} is already mapped by ${clash[0]} — map each header once`,
      });
    }
  }
  if (problems.length > 0) return { updates: [], appends: [], problems };

  const layout = entries.find((e) => e.layout !== null)?.layout ?? null;
  const locale: Locale = layout?.locale ?? "en";
  const settingColumn = layout?.settingColumn ?? 1;
  const valueColumn = layout?.valueColumn ?? settingColumn + 1;
  const explanationColumn = layout ? layout.explanationColumn : valueColumn + 1;
  const updates: CellUpdate[] = [];
  const appends: PlanValue[][] = [];
  for (const [key, text] of resolved) {
    const entry = entries.find((e) => e.key === key && e.row !== null);
    if (entry && entry.row !== null) {
      updates.push({
        row: entry.row,
        column: entry.column ?? valueColumn,
        value: text === "" ? null : text,
      });
      continue;
    }
    if (text === "") continue; // missing and reset to default: nothing to write
    const def = findSettingDef(key);
    const labels = def
      ? { label: locale === "lv" ? def.lv : def.key, explanation: def.explanation[locale] }
      : mappingEntryText(key, locale);
    if (!labels) continue;
    const width = Math.max(valueColumn, explanationColumn ?? 0);
    const row: PlanValue[] = Array.from({ length: width }, () => null);
    row[settingColumn - 1] = labels.label;
    row[valueColumn - 1] = text;
    if (explanationColumn !== null) row[explanationColumn - 1] = labels.explanation;
    appends.push(row);
  }
  return { updates, appends, problems: [] };
}

/** Every mapping's header text once the changes apply: stable key → header. */
function mappingTexts(
  entries: readonly SettingEntry[],
  resolved: ReadonlyMap<string, string>
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const e of entries) if (e.key.startsWith("Map: ") && !e.problem) texts.set(e.key, e.text);
  for (const [key, text] of resolved) if (key.startsWith("Map: ")) texts.set(key, text);
  for (const [key, text] of [...texts]) if (cleanText(text) === "") texts.delete(key);
  return texts;
}
