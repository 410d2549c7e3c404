/**
 * Column mapping settings: one row per mapping, `Map: <Sheet>.<Field>` = the user's header text.
 * The sheet is any of its names (`Deals`, `Darījumi`, …), the field its English or Latvian
 * header or its key; the Latvian label `Kolonna: Darījumi.Summa` is read the same way.
 *
 * @example "Map: Deals.Amount" = "Līguma summa" → mappings.deals.amount === "Līguma summa"
 */
import { cleanText, normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import { SHEET_FIELDS, type FieldDef } from "../fields";
import { SHEET_KINDS, sheetKindDef, type Locale, type SheetKind } from "../sheetKinds";
import { quote } from "./settingSyntax";

/** The label prefix of a mapping setting, per locale. */
export const MAPPING_PREFIX: Record<Locale, string> = { en: "Map:", lv: "Kolonna:" };

const PREFIX = /^\s*(?:map|mapping|column|kolonna|kartēt)\s*:\s*(.*)$/iu;

/** Which field of which sheet a mapping setting names. */
export interface MappingTarget {
  kind: SheetKind;
  field: FieldDef;
  /** The stable English key, e.g. "Map: Deals.Amount". */
  key: string;
}

/** True when a Setting label is a mapping (`Map: …`, `Kolonna: …`). @example isMappingLabel("map: Deals.Amount") → true */
export function isMappingLabel(label: string): boolean {
  return PREFIX.test(label);
}

/**
 * The sheet and field a mapping label names, or the problem (unknown sheet or field, with the
 * allowed ones). @example mappingTarget("Kolonna: Darījumi.Summa") → ok { kind: "deals", field: {key: "amount", …}, key: "Map: Deals.Amount" }
 */
export function mappingTarget(label: string): Parsed<MappingTarget> {
  const rest = cleanText(PREFIX.exec(label)?.[1] ?? "");
  const dot = rest.indexOf(".");
  const sheetText = cleanText(dot < 0 ? rest : rest.slice(0, dot));
  const fieldText = cleanText(dot < 0 ? "" : rest.slice(dot + 1));
  const mappable = SHEET_KINDS.filter((d) => d.kind !== "settings");
  const def = mappable.find((d) =>
    d.names.some((n) => normalizeKey(n) === normalizeKey(sheetText))
  );
  if (!def) {
    const sheets = mappable.map((d) => d.title.en).join(", ");
    return fail(`${quote(cleanText(label))}: write Map: Sheet.Field with a sheet among ${sheets}`);
  }
  const fields = SHEET_FIELDS[def.kind];
  const want = normalizeKey(fieldText);
  const field = fields.find(
    (f) =>
      normalizeKey(f.header) === want || normalizeKey(f.lv) === want || normalizeKey(f.key) === want
  );
  if (!field || want === "") {
    const names = fields.map((f) => f.header).join(", ");
    return fail(
      `${quote(cleanText(label))}: ${def.title.en} has no field ${quote(fieldText)} — use ${names}`
    );
  }
  return ok({ kind: def.kind, field, key: mappingKey(def.kind, field) });
}

/** The stable English key of a mapping. @example mappingKey("deals", amountField) → "Map: Deals.Amount" */
export function mappingKey(kind: SheetKind, field: FieldDef): string {
  return `${MAPPING_PREFIX.en} ${sheetKindDef(kind).title.en}.${field.header}`;
}

/** The label of a mapping in a locale. @example mappingLabel("deals", amountField, "lv") → "Kolonna: Darījumi.Summa" */
export function mappingLabel(kind: SheetKind, field: FieldDef, locale: Locale): string {
  if (locale === "en") return mappingKey(kind, field);
  return `${MAPPING_PREFIX.lv} ${sheetKindDef(kind).title.lv}.${field.lv}`;
}

/** The one-line explanation of a mapping in a locale. */
export function mappingExplanation(kind: SheetKind, field: FieldDef, locale: Locale): string {
  const sheet = sheetKindDef(kind).title[locale];
  return locale === "lv"
    ? `Lapas ${sheet} kolonna ar šo virsrakstu tiek lasīta kā ${field.lv} (jūsu izvēle noteicošā pār sinonīmiem).`
    : `The column of ${sheet} with this header is read as ${field.header} (your choice wins over the synonyms).`;
}

/**
 * A mapping's value: the header text, cleaned; empty means "no mapping" (the synonyms apply).
 * @example mappingHeader("  Līguma  summa ") → ok "Līguma summa"
 */
export function mappingHeader(text: string): Parsed<string> {
  const header = cleanText(text);
  if (header.length > 255) return fail(`a header of at most 255 characters`);
  return ok(header);
}
