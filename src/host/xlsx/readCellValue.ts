import type { CellValue } from "../port";
import { serialFromDate } from "./excelSerial";

/**
 * The raw value a cell holds, as Excel itself holds it, from what exceljs made of it:
 * formula cells (also shared and array formulas) give their cached result (null when the file
 * has none), rich text and hyperlink cells their plain text, error cells `{ error: "#N/A" }`, and
 * exceljs's Dates go back to the serial number of the workbook's date system.
 *
 * `value` is exceljs's `cell.value` (any of its shapes), read at the port's edge.
 *
 * @example readCellValue({ formula: "A1*2", result: 4 }, false) → 4
 * @example readCellValue({ richText: [{ text: "SIA " }, { text: "Alfa" }] }, false) → "SIA Alfa"
 * @example readCellValue(new Date(Date.UTC(2026, 6, 1)), false) → 46204
 */
export function readCellValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (value instanceof Date) return serialFromDate(value, date1904);
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v || "result" in v) {
    return "result" in v ? readCellValue(v.result, date1904) : null;
  }
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richText(v.richText);
  if ("text" in v) {
    // Hyperlink cells: the text may itself be rich text.
    const text = v.text;
    if (typeof text === "string") return text;
    if (
      text &&
      typeof text === "object" &&
      Array.isArray((text as { richText?: unknown }).richText)
    ) {
      return richText((text as { richText: unknown[] }).richText);
    }
    return text === null || text === undefined ? null : readCellValue(text, date1904);
  }
  return null;
}

function richText(runs: unknown[]): string {
  let out = "";
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === "string") out += t;
  }
  return out;
}
