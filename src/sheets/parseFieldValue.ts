import { cleanText } from "../core/normalizeText";
import { parseYesNo } from "../core/parseBoolean";
import {
  isDateNumberFormat,
  isTimeNumberFormat,
  parseDate,
  parseTimeOfDay,
} from "../core/parseDate";
import type { DateOrder } from "../core/parseDate";
import { parseMoney, parseNumber, parsePercent } from "../core/parseNumber";
import type { DecimalSeparator } from "../core/parseNumber";
import type { Parsed } from "../core/parsed";
import { parsePeriod } from "../core/period";
import type { CellValue } from "../host/port";
import { cellText, clockText, isCellError } from "./cellText";
import {
  parseLeadStatus,
  parseMeetingKind,
  parseMeetingStatus,
  parseRole,
  parseStage,
} from "./choiceValues";
import type { FieldType } from "./fields";
import { parseDuration } from "./parseDuration";

/** A typed field value: text, number (cents for money, a fraction for percent), or yes/no. */
export type FieldValue = string | number | boolean;

/** How one column is read: its field type and what was inferred from the column's values. */
export interface ColumnReading {
  type: FieldType;
  /** Decimal separator of the column's text numbers; undefined when nothing was unambiguous. */
  decimal: DecimalSeparator | undefined;
  /** Day/month order of the column's text dates (inferred, else the Settings order). */
  order: DateOrder;
  date1904: boolean;
  /** Month the fiscal year starts, 1–12 (for quarters in the Period column). */
  fiscalStartMonth?: number;
}

/**
 * Reads one non-blank cell as a value of the column's field type. Cell errors are problems,
 * never zeros. Numbers in a date-typed field or in a date-formatted cell are date serials of
 * the workbook's date system.
 *
 * @example
 * parseFieldValue("1 234,50 €", "General", { type: "money", decimal: ",", order: "DMY", date1904: false })
 *   → { ok: true, value: 123450 }
 */
export function parseFieldValue(
  cell: CellValue,
  numberFormat: string,
  column: ColumnReading
): Parsed<FieldValue> {
  if (cell === null) return { ok: false, problem: "empty" };
  if (isCellError(cell)) return { ok: false, problem: `cell error ${cell.error}` };
  const decimal = column.decimal;
  switch (column.type) {
    case "text":
      return { ok: true, value: textValue(cell, numberFormat, column) };
    case "number":
      return typeof cell === "boolean" ? notA("number") : parseNumber(cell, decimal);
    case "integer": {
      if (typeof cell === "boolean") return notA("whole number");
      const n = parseNumber(cell, decimal);
      if (!n.ok) return n;
      return Number.isInteger(n.value) ? n : notA("whole number");
    }
    case "money":
      return typeof cell === "boolean" ? notA("money amount") : parseMoney(cell, decimal);
    case "percent":
      if (typeof cell === "boolean") return notA("percentage");
      // A percent-formatted cell already holds the fraction (15 % is 0.15), whatever its size.
      if (typeof cell === "number" && numberFormat.includes("%")) return { ok: true, value: cell };
      return parsePercent(cell, decimal);
    case "date":
      return dateValue(cell, numberFormat, column);
    case "dateTime":
      return dateTimeValue(cell, numberFormat, column);
    case "time":
      return timeValue(cell, numberFormat);
    case "minutes":
      if (typeof cell === "boolean") return notA("duration");
      return typeof cell === "number"
        ? parseDuration(cell, isDurationFormat(numberFormat) || (cell > 0 && cell < 1))
        : parseDuration(cell);
    case "yesno":
      return parseYesNo(cell);
    case "period":
      return periodValue(cell, numberFormat, column);
    case "stage":
      return { ok: true, value: parseStage(textValue(cell, numberFormat, column)) };
    case "role":
      return parseRole(textValue(cell, numberFormat, column));
    case "leadStatus":
      return parseLeadStatus(textValue(cell, numberFormat, column));
    case "meetingKind":
      return parseMeetingKind(textValue(cell, numberFormat, column));
    case "meetingStatus":
      return parseMeetingStatus(textValue(cell, numberFormat, column));
  }
}

/**
 * A time or elapsed-time format (`h:mm`, `[h]:mm`): the number is a fraction of a day. A number
 * below 1 in a minutes column is one too (nobody meets for half a minute).
 */
function isDurationFormat(numberFormat: string): boolean {
  return isTimeNumberFormat(numberFormat) || /\[(h+|m+|s+)\]/i.test(numberFormat);
}

function notA(what: string): { ok: false; problem: string } {
  return { ok: false, problem: `not a ${what}` };
}

function textValue(
  cell: string | number | boolean,
  numberFormat: string,
  column: ColumnReading
): string {
  if (typeof cell === "string") return cleanText(cell);
  return cellText(cell, numberFormat, column.date1904) ?? "";
}

function serialDate(serial: number, column: ColumnReading, numberFormat?: string): Parsed<string> {
  const options = { date1904: column.date1904, order: column.order };
  return parseDate(serial, numberFormat === undefined ? options : { ...options, numberFormat });
}

function dateValue(
  cell: string | number | boolean,
  numberFormat: string,
  column: ColumnReading
): Parsed<string> {
  if (typeof cell === "boolean") return notA("date");
  // Numbers in a date column are serials, unless the cell shows them as plain numbers or times.
  if (typeof cell === "number") return serialDate(cell, column, numberFormat);
  return parseDate(cell, { date1904: column.date1904, order: column.order });
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function dateTimeValue(
  cell: string | number | boolean,
  numberFormat: string,
  column: ColumnReading
): Parsed<string> {
  if (typeof cell === "boolean") return notA("date and time");
  if (typeof cell === "number") {
    const date = serialDate(cell, column, numberFormat);
    if (!date.ok) return date;
    return { ok: true, value: `${date.value}T${clockText(cell - Math.floor(cell))}` };
  }
  const text = cell.trim();
  // A full ISO timestamp with its offset is already exact: keep it as written.
  if (ISO_INSTANT.test(text)) return { ok: true, value: text };
  const split = /^(\S+)(?:\s+(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(
    text.replace(/^(\d{4}-\d{2}-\d{2})T/, "$1 ")
  );
  if (!split) return notA("date and time");
  const date = parseDate(split[1] ?? "", { date1904: column.date1904, order: column.order });
  if (!date.ok || split[2] === undefined) return date;
  const hours = Number(split[2]);
  const minutes = Number(split[3]);
  if (hours > 23 || minutes > 59) return notA("date and time");
  return { ok: true, value: `${date.value}T${clockText((hours * 60 + minutes) / 1440)}` };
}

function timeValue(cell: string | number | boolean, numberFormat: string): Parsed<number> {
  if (typeof cell === "boolean") return notA("time");
  if (typeof cell === "number") {
    // Excel keeps a time as a fraction of a day; a date-time keeps it after the serial's point.
    if (cell >= 0 && cell < 1) return { ok: true, value: Math.round(cell * 1440) % 1440 };
    if (cell >= 1 && isDateNumberFormat(numberFormat)) {
      return { ok: true, value: Math.round((cell - Math.floor(cell)) * 1440) % 1440 };
    }
    return parseTimeOfDay(String(cell));
  }
  return parseTimeOfDay(cell);
}

function periodValue(
  cell: string | number | boolean,
  numberFormat: string,
  column: ColumnReading
): Parsed<string> {
  if (typeof cell === "boolean") return notA("period");
  // A real date formatted as a month (Excel turns a typed 07.2026 into 2026-07-01) names that month.
  const period = parsePeriod(cell, column.fiscalStartMonth, {
    date1904: column.date1904,
    numberFormat,
  });
  return period.ok ? { ok: true, value: period.value.key } : period;
}
