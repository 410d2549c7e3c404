import { format, isDateFormat } from "numfmt";
import type { CellValue } from "../host/port";

/** A cell as the grid shows it: the text Excel would display, and how Excel aligns it. */
export interface FormattedCell {
  text: string;
  align: "start" | "end" | "center";
}

/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1904 = 1462;

/**
 * Formats a raw cell value with its Excel number format, as Excel displays it in `locale`
 * (numbers right-aligned, text left, booleans and errors centred). An invalid format shows the
 * value as General.
 *
 * @example formatCell(1234.5, '#,##0.00 "€"', false, "lv") // { text: "1 234,50 €", align: "end" }
 * @example formatCell(46000, "yyyy-mm-dd", false, "en") // { text: "2025-12-09", align: "end" }
 */
export function formatCell(
  value: CellValue,
  numberFormat: string,
  date1904: boolean,
  locale: string
): FormattedCell {
  if (value === null || value === "") return { text: "", align: "start" };
  if (typeof value === "object") return { text: value.error, align: "center" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  const pattern = numberFormat.trim() === "" ? "General" : numberFormat;
  if (typeof value === "string") {
    return { text: safeFormat(pattern, value, locale) ?? value, align: "start" };
  }
  const serial = date1904 && isDateFormatSafe(pattern) ? value + DAYS_1904 : value;
  return {
    text:
      safeFormat(pattern, serial, locale) ?? safeFormat("General", value, locale) ?? String(value),
    align: "end",
  };
}

function safeFormat(pattern: string, value: string | number, locale: string): string | null {
  try {
    return format(pattern, value, { locale, throws: true, dateErrorNumber: true });
  } catch {
    return null;
  }
}

function isDateFormatSafe(pattern: string): boolean {
  try {
    return isDateFormat(pattern);
  } catch {
    return false;
  }
}
