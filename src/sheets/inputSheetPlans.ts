import type { FormatBlock, SheetPlan } from "../host/port";
import { SHEET_FIELDS } from "./fields";
import type { FieldDef } from "./fields";
import { sheetKindDef } from "./sheetKinds";
import type { Locale, SheetKind } from "./sheetKinds";

/** Sheet kinds `init` creates as empty input tables (Settings has its own plan). */
export type InputSheetKind = Exclude<SheetKind, "settings">;

/** Fields whose values look like numbers but are identifiers: kept as text so Excel keeps every digit. */
const TEXT_FORMATTED: ReadonlySet<string> = new Set([
  "id",
  "regNo",
  "vatNo",
  "phone",
  "sku",
  "quote",
  "dealId",
  "quoteId",
  "booth",
]);

const WIDE: Readonly<Record<string, number>> = {
  company: 28,
  account: 28,
  with: 28,
  email: 28,
  website: 24,
  address: 32,
  description: 36,
  notes: 40,
  agenda: 40,
  approvalReasons: 36,
  nextStep: 24,
};

const WIDTH_BY_TYPE: Readonly<Record<FieldDef["type"], number>> = {
  text: 16,
  number: 10,
  integer: 10,
  money: 14,
  percent: 10,
  date: 12,
  dateTime: 17,
  time: 8,
  minutes: 10,
  yesno: 9,
  period: 10,
  stage: 14,
  role: 12,
  leadStatus: 16,
  meetingKind: 12,
  meetingStatus: 12,
};

function numberFormat(def: FieldDef, locale: Locale): string | undefined {
  const date = locale === "lv" ? "dd.mm.yyyy" : "yyyy-mm-dd";
  switch (def.type) {
    case "date":
      return date;
    case "dateTime":
      return `${date} hh:mm`;
    case "time":
      return "hh:mm";
    case "money":
      return "#,##0.00";
    case "percent":
      return "0.0%";
    case "integer":
      return "0";
    case "text":
      return TEXT_FORMATTED.has(def.key) ? "@" : undefined;
    default:
      return undefined;
  }
}

/**
 * The Excel table name of an input sheet: the kind's English name, spaces as underscores.
 * @example inputTableName("quoteLines") → "Quote_lines"
 */
export function inputTableName(kind: InputSheetKind): string {
  return sheetKindDef(kind).title.en.replace(/\s+/g, "_");
}

/**
 * An empty input sheet for `init`: the header row of every field (Latvian headers for `lv`,
 * the canonical English ones for `en`), bold and frozen, column widths to fit, number formats on
 * the table's first data row (Excel carries them down as the table grows), and an Excel table
 * named after the kind. The sheet belongs to the user once written (`owner: "user"`).
 *
 * @example inputSheetPlan("deals", "lv") → { name: "Darījumi", kind: "input:deals",
 *   values: [["Darījuma ID", "Klients", "Atbildīgais", …], [null, …]], tables: [{ name: "Deals", … }], … }
 */
export function inputSheetPlan(kind: InputSheetKind, locale: Locale): SheetPlan {
  const fields = SHEET_FIELDS[kind];
  const headers = fields.map((f) => (locale === "lv" ? f.lv : f.header));
  const n = headers.length;
  const formats: FormatBlock[] = [
    { range: { row: 1, column: 1, rows: 1, columns: n }, font: { bold: true }, wrapText: false },
  ];
  fields.forEach((def, i) => {
    const code = numberFormat(def, locale);
    if (code !== undefined)
      formats.push({ range: { row: 2, column: i + 1, rows: 1, columns: 1 }, numberFormat: code });
  });
  return {
    name: sheetKindDef(kind).title[locale],
    kind: `input:${kind}`,
    owner: "user",
    values: [headers, headers.map(() => null)],
    formats,
    columnWidths: fields.map((def, i) =>
      Math.max(WIDE[def.key] ?? WIDTH_BY_TYPE[def.type], (headers[i] ?? "").length + 4)
    ),
    font: { name: "Calibri", size: 11 },
    freeze: { rows: 1, columns: 0 },
    tables: [
      {
        name: inputTableName(kind),
        range: { row: 1, column: 1, rows: 2, columns: n },
        style: "TableStyleMedium2",
      },
    ],
  };
}
