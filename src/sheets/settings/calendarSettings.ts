/**
 * Calendar settings: working days (`Mon-Fri`, lv `P-Pk`), the fiscal year's first month
 * (`1`, `July`, `jūlijs`) and the day/month order of ambiguous text dates (`DMY`, `MDY`).
 */
import { normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import type { DateOrder } from "../../core/parseDate";
import type { Locale } from "../sheetKinds";
import { quote, readWholeNumber } from "./settingSyntax";

/** Day words per ISO weekday (index 0 = Monday), English and Latvian, full and short. */
const DAY_WORDS: readonly (readonly string[])[] = [
  ["mon", "monday", "p", "pr", "pirmd", "pirmdiena"],
  ["tue", "tues", "tuesday", "o", "ot", "otrd", "otrdiena"],
  ["wed", "wednesday", "t", "tr", "trešd", "trešdiena"],
  ["thu", "thur", "thurs", "thursday", "c", "ce", "ceturtd", "ceturtdiena"],
  ["fri", "friday", "pk", "piektd", "piektdiena"],
  ["sat", "saturday", "s", "se", "sestd", "sestdiena"],
  ["sun", "sunday", "sv", "svētd", "svētdiena"],
];
const DAY_SHORT: Record<Locale, readonly string[]> = {
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  lv: ["P", "O", "T", "C", "Pk", "S", "Sv"],
};
const DAYS_ALLOWED = "use day names or ranges, e.g. Mon-Fri, Mon, Wed, Fri (lv P-Pk)";

function weekday(word: string): number | null {
  const key = normalizeKey(word);
  const index = DAY_WORDS.findIndex((words) => words.some((w) => normalizeKey(w) === key));
  return index < 0 ? null : index + 1;
}

/**
 * Reads working days as ISO weekdays (1 = Monday … 7 = Sunday), ascending. Items are separated by
 * `,` or `;`; a range may wrap the week (`Sun-Thu`).
 * @example parseWorkingDays("P-Pk") → ok [1, 2, 3, 4, 5]
 */
export function parseWorkingDays(text: string): Parsed<number[]> {
  const days = new Set<number>();
  const items = text
    .split(/[,;]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const item of items) {
    const [fromText = "", toText, extra] = item.split(/\s*[-–]\s*/u);
    const from = weekday(fromText);
    const to = toText === undefined ? from : weekday(toText);
    if (from === null || to === null || extra !== undefined) {
      return fail(`${quote(item)} is not a day or a range of days — ${DAYS_ALLOWED}`);
    }
    for (let d = from; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === to) break;
    }
  }
  if (days.size === 0) return fail(`no working day given — ${DAYS_ALLOWED}`);
  return ok([...days].sort((a, b) => a - b));
}

/**
 * Working days as text, consecutive days as ranges.
 * @example formatWorkingDays([1, 2, 3, 4, 5], "lv") → "P-Pk"; formatWorkingDays([1, 3, 5], "en") → "Mon, Wed, Fri"
 */
export function formatWorkingDays(days: readonly number[], locale: Locale): string {
  const names = DAY_SHORT[locale];
  const parts: string[] = [];
  const sorted = [...days].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = names[(sorted[i] ?? 1) - 1] ?? "";
    const last = names[(sorted[j] ?? 1) - 1] ?? "";
    if (j - i >= 2) parts.push(`${first}-${last}`);
    else for (let k = i; k <= j; k++) parts.push(names[(sorted[k] ?? 1) - 1] ?? "");
    i = j + 1;
  }
  return parts.join(", ");
}

const MONTHS: readonly (readonly string[])[] = [
  ["january", "jan", "janvāris", "janv"],
  ["february", "feb", "februāris", "febr"],
  ["march", "mar", "marts"],
  ["april", "apr", "aprīlis"],
  ["may", "maijs"],
  ["june", "jun", "jūnijs"],
  ["july", "jul", "jūlijs"],
  ["august", "aug", "augusts"],
  ["september", "sep", "sept", "septembris"],
  ["october", "oct", "oktobris", "okt"],
  ["november", "nov", "novembris"],
  ["december", "dec", "decembris"],
];

/**
 * A month as 1–12, from its number or its English or Latvian name.
 * @example parseMonth("jūlijs") → ok 7; parseMonth("4") → ok 4
 */
export function parseMonth(text: string): Parsed<number> {
  const key = normalizeKey(text);
  const index = MONTHS.findIndex((names) => names.some((n) => normalizeKey(n) === key));
  if (index >= 0) return ok(index + 1);
  const number = readWholeNumber(text, 1, 12);
  return number.ok
    ? number
    : fail(`${quote(text.trim())} is not a month — use 1 to 12 or a month's name`);
}

const DATE_ORDERS: Record<string, DateOrder> = {
  dmy: "DMY",
  ddmmyyyy: "DMY",
  ddmmyy: "DMY",
  dienamenesisgads: "DMY",
  mdy: "MDY",
  mmddyyyy: "MDY",
  mmddyy: "MDY",
};

/**
 * The day/month order of ambiguous text dates.
 * @example parseDateOrder("dd.mm.yyyy") → ok "DMY"
 */
export function parseDateOrder(text: string): Parsed<DateOrder> {
  const order = DATE_ORDERS[normalizeKey(text)];
  return order ? ok(order) : fail(`${quote(text.trim())} is not allowed — use DMY or MDY`);
}
