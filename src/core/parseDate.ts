/**
 * Calendar dates and times of day from cells (SPEC §2 "Reading values"): Excel serials in the
 * 1900 and 1904 date systems, ISO text, `dd.mm.yyyy`, `dd/mm/yyyy`, `mm/dd/yy`, and dates with
 * English or Latvian month names.
 *
 * A date is a calendar day, never an instant: everything here is integer day arithmetic on the
 * proleptic Gregorian calendar (H. Hinnant's days-from-civil algorithms), and no local-time `Date`
 * method is ever called, so no value can shift by a day in any time zone.
 *
 * Day/month order: dotted dates (`05.07.2026`) are always day.month.year and year-first dates
 * (`2026-07-05`, `2026.07.05`) always year-month-day; only slash and dash dates with the year
 * last (`05/07/2026`, `05-07-26`) follow the column's order ({@link inferDateOrder}, else
 * Settings), unless the value itself is unambiguous (`25/12/2026` is 25 December under either).
 */
import type { IsoDate } from "./model";
import { cleanText } from "./normalizeText";
import { fail, ok, type Parsed } from "./parsed";

/** Order of day and month in ambiguous text dates: `05/07/2026` is 5 July (DMY) or May 7 (MDY). */
export type DateOrder = "DMY" | "MDY";

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The proleptic Gregorian date `days` after 1970-01-01. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @example daysInMonth(2028, 2) === 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year (1..9999), month and day name a real calendar day. */
function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Formats a calendar day as `YYYY-MM-DD`. Throws RangeError when it is not a real date.
 *
 * @example isoDate(2026, 7, 5) === "2026-07-05"
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The year, month and day of a `YYYY-MM-DD` string. Throws RangeError when it is not one.
 *
 * @example isoParts("2026-07-05") // { year: 2026, month: 7, day: 5 }
 */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || !isValidDate(year, month, day)) {
    throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  }
  return { year, month, day };
}

/**
 * True when `text` is a valid `YYYY-MM-DD` calendar date.
 *
 * @example isIsoDate("2026-02-29") === false
 */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function toDays(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return daysFromCivil(year, month, day);
}

function fromDays(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return isoDate(y, m, d);
}

const MS_PER_DAY = 86_400_000;
/** 1900 system: serial 61 = 1900-03-01 = 25569 days before 1970-01-01 (serial 25569). */
const EPOCH_1900 = 25569;
/** 1904 system: serial 0 = 1904-01-01, 24107 days before 1970-01-01. */
const EPOCH_1904 = 24107;
/** 9999-12-31, the last day Excel knows. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/** The whole day of a serial, after rounding to the millisecond as Excel does for display. */
function dayOfSerial(serial: number): number {
  return Math.floor(Math.round(serial * MS_PER_DAY) / MS_PER_DAY);
}

/** Why a serial has no calendar date, or null when it has one. */
function serialProblem(day: number, date1904: boolean): string | null {
  if (date1904) return day >= 0 && day <= MAX_SERIAL_1904 ? null : "not a date (out of range)";
  if (day === 60) return "not a date (1900-02-29 does not exist)";
  return day >= 1 && day <= MAX_SERIAL_1900 ? null : "not a date (out of range)";
}

/**
 * The calendar date of an Excel serial. 1900 system: 1 = 1900-01-01, 61 = 1900-03-01
 * (Excel counts a 1900-02-29 that never existed: serial 60 has no date and throws);
 * 1904 system: 0 = 1904-01-01. A fractional part (time of day) is ignored. Throws RangeError
 * outside 1900-01-01 (1904-01-01) … 9999-12-31.
 *
 * @example serialToIsoDate(46208, false) === "2026-07-05"; serialToIsoDate(44746, true) === "2026-07-05"
 */
export function serialToIsoDate(serial: number, date1904: boolean): IsoDate {
  if (!Number.isFinite(serial)) throw new RangeError(`Serial ${serial} is not a number`);
  const day = dayOfSerial(serial);
  const problem = serialProblem(day, date1904);
  if (problem) throw new RangeError(`Serial ${serial}: ${problem}`);
  if (date1904) return fromDays(day - EPOCH_1904);
  return fromDays(day - (day >= 61 ? EPOCH_1900 : EPOCH_1900 - 1));
}

/**
 * The Excel serial (whole number) of a calendar date; the inverse of {@link serialToIsoDate}.
 * Throws RangeError for dates before 1900-01-01 (1904-01-01 in the 1904 system).
 *
 * @example isoDateToSerial("2026-07-05") === 46208
 */
export function isoDateToSerial(date: IsoDate, date1904 = false): number {
  const days = toDays(date);
  const serial = date1904
    ? days + EPOCH_1904
    : days + (days >= daysFromCivil(1900, 3, 1) ? EPOCH_1900 : EPOCH_1900 - 1);
  if (serial < (date1904 ? 0 : 1)) {
    throw new RangeError(
      `${date} is before the first day of Excel's ${date1904 ? 1904 : 1900} date system`
    );
  }
  return serial;
}

/** Strips what an Excel format code shows literally or uses for layout, and keeps section 1. */
function formatTokens(format: string): string[] {
  const code = format
    .replace(/"[^"]*"/g, "") // quoted literals: "d"0
    .replace(/\\./g, "") // escaped characters
    .replace(/[_*]./g, "") // _x spacing, *x fill
    .replace(/\[(h+|m+|s+)\]/gi, "h") // [h], [mm], [ss]: elapsed time
    .replace(/\[[^\]]*\]/g, "") // [Red], [$-426], [$€-426]
    .split(";")[0]
    ?.replace(/am\/pm|a\/p/gi, "h") // the AM/PM marker belongs to the time
    .toLowerCase();
  return code?.match(/[a-z]+/g) ?? [];
}

/** Whether each token is a date part (d, y, month m) or a time part (h, s, minute m). */
function tokenKinds(tokens: readonly string[]): Array<"date" | "time" | "other"> {
  return tokens.map((t, i) => {
    if (/^[dy]+$/.test(t)) return "date";
    if (/^[hs]+$/.test(t)) return "time";
    if (/^m+$/.test(t)) {
      const prev = tokens[i - 1] ?? "";
      const next = tokens[i + 1] ?? "";
      // Excel: m right after h, or right before s, means minutes.
      return t.length <= 2 && (prev.startsWith("h") || next.startsWith("s")) ? "time" : "date";
    }
    return "other";
  });
}

/**
 * True when an Excel number format displays a calendar date (day, month or year), so a number
 * in such a cell is a date serial. Quoted literals, escapes, colours and locale tags are ignored.
 *
 * @example isDateNumberFormat("[$-426]dd.mm.yyyy") === true; isDateNumberFormat('"d"0') === false
 */
export function isDateNumberFormat(format: string): boolean {
  const tokens = formatTokens(format);
  if (tokens.length === 1 && tokens[0] === "general") return false;
  return tokenKinds(tokens).includes("date");
}

/**
 * True when an Excel number format displays a time of day (hours, minutes or seconds) and no date.
 *
 * @example isTimeNumberFormat("h:mm AM/PM") === true; isTimeNumberFormat("dd.mm.yyyy h:mm") === false
 */
export function isTimeNumberFormat(format: string): boolean {
  const kinds = tokenKinds(formatTokens(format));
  return kinds.includes("time") && !kinds.includes("date");
}

/** Month names, diacritics removed: English, then Latvian in the cases dates use. */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ["january", "janvaris", "janvara", "janvari", "janvarim"],
  ["february", "februaris", "februara", "februari", "februarim"],
  ["march", "marts", "marta", "martu", "martam"],
  ["april", "aprilis", "aprila", "aprili", "aprilim"],
  ["may", "maijs", "maija", "maiju", "maijam"],
  ["june", "junijs", "junija", "juniju", "junijam"],
  ["july", "julijs", "julija", "juliju", "julijam"],
  ["august", "augusts", "augusta", "augustu", "augustam"],
  ["september", "septembris", "septembra", "septembri", "septembrim"],
  ["october", "oktobris", "oktobra", "oktobri", "oktobrim"],
  ["november", "novembris", "novembra", "novembri", "novembrim"],
  ["december", "decembris", "decembra", "decembri", "decembrim"],
];

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The month (1–12) an English or Latvian month name or abbreviation names, in any case and
 * grammatical case, with or without diacritics: at least three letters of a full form.
 *
 * @example monthFromName("jūlijā") === 7; monthFromName("Sept.") === 9; monthFromName("ma") === null
 */
export function monthFromName(word: string): number | null {
  const w = fold(word).replace(/\.$/, "");
  if (w.length < 3 || !/^\p{L}+$/u.test(w)) return null;
  const index = MONTH_FORMS.findIndex((forms) => forms.some((f) => f.startsWith(w)));
  return index < 0 ? null : index + 1;
}

/** Words a written date may carry that say nothing about the day: "2026. gada 5. jūlijs", "5th". */
const FILLER = new Set([
  "gada", "gads", "g", "the", "of", "st", "nd", "rd", "th",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  "pirmdiena", "otrdiena", "tresdiena", "ceturtdiena", "piektdiena", "sestdiena", "svetdiena",
]); // prettier-ignore

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y < 70 ? 2000 + y : 1900 + y; // 00–69 → 2000–2069, 70–99 → 1970–1999
}

function dateOf(year: number, month: number, day: number): IsoDate | null {
  return year >= 1900 && isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

/** A date written with a month name: "5. jūlijs 2026", "2026. gada 5. jūlijā", "Jul 5, 2026". */
function parseNamedMonth(text: string): IsoDate | null {
  const tokens = fold(text).match(/\d+|\p{L}+/gu) ?? [];
  const numbers: string[] = [];
  let month: number | null = null;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers.push(t);
    else if (FILLER.has(t)) continue;
    else {
      const m = monthFromName(t);
      if (m === null || month !== null) return null;
      month = m;
    }
  }
  if (month === null || numbers.length !== 2) return null;
  const [a = "", b = ""] = numbers;
  const yearFirst = a.length === 4;
  if (!yearFirst && b.length !== 4 && !(a.length <= 2 && b.length === 2)) return null;
  const [dayText, yearText] = yearFirst ? [b, a] : [a, b];
  if (dayText.length > 2) return null;
  return dateOf(fullYear(yearText), month, Number(dayText));
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const YEAR_FIRST = /^(\d{4})\s*([./])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?$/;
const DOTTED = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})\.?$/;
const SLASHED = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A clock time after a date, ignored: "05.07.2026 10:00", "7/5/2026 9:30 PM". */
const TIME_SUFFIX = /\s+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?\s?m\.?)?$/i;

/** Day and month of a slash/dash date: unambiguous values decide themselves, else the order. */
function dayMonth(a: number, b: number, order: DateOrder): [number, number] {
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  return order === "DMY" ? [a, b] : [b, a];
}

function parseDateText(raw: string, order: DateOrder): IsoDate | null {
  let m = ISO.exec(raw);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const text = raw.replace(TIME_SUFFIX, "");
  if ((m = YEAR_FIRST.exec(text))) return dateOf(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = DOTTED.exec(text))) return dateOf(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  if ((m = SLASHED.exec(text))) {
    const [day, month] = dayMonth(Number(m[1]), Number(m[3]), order);
    return dateOf(fullYear(m[4] ?? ""), month, day);
  }
  if ((m = COMPACT.exec(text))) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseNamedMonth(text);
}

/**
 * The day/month order of a column from its unambiguous slash or dash dates (`25/12/2026` → DMY,
 * `12/25/2026` → MDY); the majority wins; null when none is unambiguous or it is a tie.
 *
 * @example inferDateOrder(["05/07/2026", "25/12/2026"]) === "DMY"
 */
export function inferDateOrder(samples: readonly string[]): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const sample of samples) {
    const m = SLASHED.exec(cleanText(sample).replace(TIME_SUFFIX, ""));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy === mdy) return null;
  return dmy > mdy ? "DMY" : "MDY";
}

/** How {@link parseDate} reads a cell. */
export interface DateReadOptions {
  /** The workbook's date system. */
  date1904: boolean;
  /** Order for ambiguous slash/dash dates (column inference, else Settings). */
  order: DateOrder;
  /** The cell's Excel number format, when known. */
  numberFormat?: string;
}

/**
 * A calendar date from a cell. Numbers are Excel serials (a time part is ignored) from
 * 1900-01-01 (1904-01-01) to 9999-12-31; when the cell's number format is known and shows a
 * number or a time rather than a date (`0.00`, `h:mm`) the value is refused, since the user sees
 * no date there ("General" and "@" are accepted). Text: ISO `2026-07-05` (with a time or zone:
 * the date as written, never shifted), `05.07.2026`, `5.7.26`, `05/07/2026`, `07/05/26`
 * (2-digit years: 00–69 → 2000s, 70–99 → 1900s), `2026.07.05`, `20260705`, `5. jūlijs 2026`,
 * `2026. gada 5. jūlijs`, `5 July 2026`, `Jul 5, 2026`, `05-Jul-26`; a trailing clock time is
 * ignored. Problems: "empty", "not a date", "not a date (…)", "a number, not a date",
 * "a time, not a date".
 *
 * @example parseDate("05/07/2026", { date1904: false, order: "MDY" }) // ok "2026-05-07"
 */
export function parseDate(input: string | number, options: DateReadOptions): Parsed<IsoDate> {
  if (typeof input === "number") {
    const format = options.numberFormat?.trim();
    if (format && !/^(general|@)$/i.test(format) && !isDateNumberFormat(format)) {
      return fail(isTimeNumberFormat(format) ? "a time, not a date" : "a number, not a date");
    }
    if (!Number.isFinite(input)) return fail("not a date");
    const problem = serialProblem(dayOfSerial(input), options.date1904);
    return problem ? fail(problem) : ok(serialToIsoDate(input, options.date1904));
  }
  const text = cleanText(input);
  if (text === "") return fail("empty");
  const date = parseDateText(text, options.order);
  return date === null ? fail("not a date") : ok(date);
}

const CLOCK =
  /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*(?:([ap])\.?\s?m\.?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A time of day as minutes after midnight (0–1440; 1440 is `24:00`, an end of day). Numbers are
 * Excel times, the fraction of a day (0.395833 → 570); a serial's date part is ignored.
 * Text: `09:30`, `9.30`, `9:30 PM`, `9 pm`, `21:30:15` (seconds dropped), `plkst. 9:30`, and a
 * clock time after a date (`2026-07-05T10:00:00Z` → 600, as written). Problems: "empty",
 * "not a time of day".
 *
 * @example parseTimeOfDay("9:30 PM") // ok 1290
 */
export function parseTimeOfDay(input: string | number): Parsed<number> {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0) return fail("not a time of day");
    const seconds = Math.round((input - Math.floor(input)) * 86400);
    return ok(Math.floor(seconds / 60));
  }
  let text = cleanText(input).replace(/^plkst\.?\s*/i, "");
  if (text === "") return fail("empty");
  // A date in front: "2026-07-05T10:00", "05.07.2026 10:00".
  const split = /^(.*?\d)(?:t|\s+)(\d{1,2}[:.]\d{2}.*)$/i.exec(text);
  if (split && parseDateText(split[1] ?? "", "DMY") !== null) text = split[2] ?? "";
  const m = CLOCK.exec(text);
  if (!m || (m[2] === undefined && m[4] === undefined)) return fail("not a time of day");
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? "0");
  const seconds = Number(m[3] ?? "0");
  if (minutes > 59 || seconds > 59) return fail("not a time of day");
  if (m[4] !== undefined) {
    if (hours < 1 || hours > 12) return fail("not a time of day");
    hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  }
  if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0)))
    return fail("not a time of day");
  return ok(hours * 60 + minutes);
}

/**
 * The date `n` days after `d` (before, when negative). Throws RangeError on an invalid date.
 *
 * @example addDays("2026-12-31", 1) === "2027-01-01"
 */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: ${n} is not a whole number of days`);
  return fromDays(toDays(d) + n);
}

/**
 * Whole days from `a` to `b` (b − a): positive when b is later.
 *
 * @example daysBetween("2026-07-01", "2026-07-05") === 4
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDays(b) - toDays(a);
}

/**
 * ISO weekday of a date: Monday = 1 … Sunday = 7.
 *
 * @example isoWeekday("2026-07-05") === 7 // a Sunday
 */
export function isoWeekday(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDays(d) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Today's date in a time zone (default Europe/Riga), through Intl: never the machine's local
 * time. `now` is the instant to ask about.
 *
 * @example todayIso("Europe/Riga", new Date("2026-07-04T22:30:00Z")) === "2026-07-05"
 */
export function todayIso(timeZone = "Europe/Riga", now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(now);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part("year"), part("month"), part("day"));
}

/**
 * The wall-clock minute of `now` in a time zone (default Europe/Riga) as `YYYY-MM-DDTHH:MM`, for
 * "when" cells (approved at, generated at): through Intl, never the machine's local time.
 *
 * @example nowIsoMinute("Europe/Riga", new Date("2026-07-03T07:15:00Z")) === "2026-07-03T10:15"
 */
export function nowIsoMinute(timeZone = "Europe/Riga", now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
