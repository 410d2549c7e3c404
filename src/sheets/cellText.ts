import { isDateNumberFormat, isTimeNumberFormat, serialToIsoDate } from "../core/parseDate";
import type { CellError, CellValue } from "../host/port";

/** True when the cell holds an Excel error such as `#N/A`. @example isCellError({ error: "#N/A" }) → true */
export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

/** True when the cell is empty or only whitespace. @example isBlankCell("  ") → true */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * A number as a person would type it: integers as digits, fractions without float noise.
 * @example numberText(0.1 + 0.2) → "0.3"; numberText(40003123456) → "40003123456"
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** A fraction of a day as `HH:MM`. @example clockText(0.5625) → "13:30" */
export function clockText(dayFraction: number): string {
  const minutes = Math.round(dayFraction * 1440) % 1440;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}

/**
 * A raw cell as text, for issues and text fields: strings trimmed, numbers as digits, a number
 * in a date-formatted cell as its ISO date, booleans as Excel shows them, errors as their code.
 * Null for a blank cell.
 *
 * @example cellText(46204, "dd.mm.yyyy", false) → "2026-07-01"; cellText({ error: "#REF!" }, "General", false) → "#REF!"
 */
export function cellText(value: CellValue, numberFormat: string, date1904: boolean): string | null {
  if (value === null) return null;
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? null : text;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    if (isTimeNumberFormat(numberFormat) && value >= 0 && value < 1) return clockText(value);
    if (isDateNumberFormat(numberFormat)) {
      try {
        return serialToIsoDate(value, date1904);
      } catch {
        // Out of Excel's date range: Excel shows ##### there; the number is all there is.
        return numberText(value);
      }
    }
    return numberText(value);
  }
  return value.error;
}

/**
 * True when every cell of `cells[from..to)` is blank.
 * @example isBlankRow([null, " ", "x"], 0, 2) → true
 */
export function isBlankRow(cells: readonly CellValue[], from = 0, to = cells.length): boolean {
  for (let j = from; j < to; j++) {
    if (!isBlankCell(cells[j] ?? null)) return false;
  }
  return true;
}

/**
 * An Excel column letter. @example columnLetter(1) → "A"; columnLetter(28) → "AB"
 */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
