import type { IsoDate } from "../../core/model";

/**
 * Calendar arithmetic of the sample generator on whole days, free of time zones: a day is the
 * number of days since 1970-01-01 (UTC), converted to ISO text or an Excel serial at the edge.
 */

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const SERIAL_OF_EPOCH = 25_569;

/**
 * The day number of an ISO date; throws on anything that is not a real `YYYY-MM-DD` date.
 * @example dayFromIso("1970-01-02") === 1
 */
export function dayFromIso(iso: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`not a calendar date: ${iso}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** The ISO date of a day number. @example isoFromDay(0) === "1970-01-01" */
export function isoFromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The Excel serial (1900 date system) of a day number, what a date cell holds.
 * @example excelSerialFromDay(dayFromIso("2026-11-27")) === 46353
 */
export function excelSerialFromDay(day: number): number {
  return day + SERIAL_OF_EPOCH;
}

/** The Excel serial of an ISO date. @example isoToExcelSerial("2026-01-01") === 46023 */
export function isoToExcelSerial(iso: IsoDate): number {
  return excelSerialFromDay(dayFromIso(iso));
}

/** Day of the week, 0 = Monday … 6 = Sunday. @example weekday(dayFromIso("2026-11-27")) === 4 */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return (((day + 3) % 7) + 7) % 7;
}

/** True on Saturday and Sunday. */
export function isWeekend(day: number): boolean {
  return weekday(day) >= 5;
}

/** A calendar month. */
export interface YearMonth {
  year: number;
  /** 1..12 */
  month: number;
}

/** The month of a day number. */
export function monthOfDay(day: number): YearMonth {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** `n` months after `ym` (negative: before). @example addMonths({year:2026,month:1},-2) → {year:2025,month:11} */
export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day number of the first day of a month. */
export function firstDayOfMonth(ym: YearMonth): number {
  return Math.round(Date.UTC(ym.year, ym.month - 1, 1) / MS_PER_DAY);
}

/** The period key of a month. @example monthKey({year:2026,month:7}) === "2026-07" */
export function monthKey(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}`;
}

/** A day as Latvian text `dd.mm.yyyy`. @example dmyText(dayFromIso("2026-03-05")) === "05.03.2026" */
export function dmyText(day: number): string {
  const iso = isoFromDay(day);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
