/**
 * The small pieces every setting's one-cell syntax is built of: lists (`a; b; c`), pairs
 * (`name=value`), percentages, amounts, dates and whole numbers, read and written per locale.
 * Whatever `…Text` writes, the matching `read…` reads back to the same value.
 */
import { formatMoney } from "../../core/money";
import type { Cents, IsoDate } from "../../core/model";
import { cleanText } from "../../core/normalizeText";
import { parseMoney, parsePercent } from "../../core/parseNumber";
import { fail, ok, type Parsed } from "../../core/parsed";
import type { Locale } from "../sheetKinds";

/**
 * The items of a list setting: split on `;` or line breaks, each cleaned, empty ones dropped.
 * @example listItems("A=1; B=2;\n C=3;") → ["A=1", "B=2", "C=3"]
 */
export function listItems(text: string): string[] {
  return text
    .split(/[;\n\r]+/u)
    .map(cleanText)
    .filter((item) => item !== "");
}

/**
 * `name=value` split at the first `=`, both cleaned; null without `=`.
 * @example splitPair("Food | Pārtika = 15") → { name: "Food | Pārtika", value: "15" }
 */
export function splitPair(item: string): { name: string; value: string } | null {
  const at = item.indexOf("=");
  if (at < 0) return null;
  return { name: cleanText(item.slice(0, at)), value: cleanText(item.slice(at + 1)) };
}

/** Text in double quotes for messages. @example quote("per-item") → "\"per-item\"" */
export function quote(text: string): string {
  return `"${text}"`;
}

/** A number as text with the locale's decimal separator and no float noise. */
function decimalText(value: number, locale: Locale): string {
  const text = String(Number(value.toPrecision(12)));
  return locale === "lv" ? text.replace(".", ",") : text;
}

/**
 * A fraction as a percentage: en `21%`, `12.5%`; lv `21 %`, `12,5 %`.
 * @example percentText(0.125, "lv") → "12,5 %"
 */
export function percentText(fraction: number, locale: Locale): string {
  return `${decimalText(fraction * 100, locale)}${locale === "lv" ? " %" : "%"}`;
}

/**
 * A percentage (`21 %`, `12,5%`, `0.21`; a bare number above 1 is percent) as a fraction from
 * 0 to 1; the problem says what to write.
 * @example readPercent("12,5 %") → ok 0.125
 */
export function readPercent(text: string): Parsed<number> {
  const read = parsePercent(text);
  return read.ok
    ? read
    : fail(`${quote(cleanText(text))} is not a percentage from 0 % to 100 % (e.g. 15 %)`);
}

/**
 * An amount as the locale writes it: en `€10,000.00`, lv `10 000,00 €`.
 * @example amountText(1_000_000, "lv", "EUR") → "10 000,00 €"
 */
export function amountText(cents: Cents, locale: Locale, currency: string): string {
  return formatMoney(cents, locale, currency);
}

/**
 * An amount of money, zero or more (`10 000 €`, `€10,000.00`, `10000`), as cents.
 * @example readAmount("10 000,00 €") → ok 1000000
 */
export function readAmount(text: string): Parsed<Cents> {
  const read = parseMoney(text);
  if (!read.ok || read.value < 0) {
    return fail(`${quote(cleanText(text))} is not an amount (e.g. 10 000 €)`);
  }
  return read;
}

/**
 * A date as the locale writes it: en ISO `2012-07-01`, lv `01.07.2012`.
 * @example dateText("2012-07-01", "lv") → "01.07.2012"
 */
export function dateText(iso: IsoDate, locale: Locale): string {
  if (locale === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

/**
 * A date written unambiguously: ISO `2012-07-01` or `01.07.2012` (day first, as in Latvia).
 * @example readDate("1.7.2012") → ok "2012-07-01"; readDate("07/01/2012") → problem
 */
export function readDate(text: string): Parsed<IsoDate> {
  const t = cleanText(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/u.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  const problem = `${quote(t)} is not a date: write 2012-07-01 or 01.07.2012`;
  if (!parts) return fail(problem);
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(problem);
  }
  return ok(
    `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
  );
}

/**
 * A whole number from `min` to `max` (spaces as thousands separators allowed).
 * @example readWholeNumber("30", 1, 365) → ok 30
 */
export function readWholeNumber(text: string, min: number, max: number): Parsed<number> {
  const t = cleanText(text).replace(/(?<=\d) (?=\d{3}\b)/gu, "");
  const value = /^[+-]?\d+$/u.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return fail(`${quote(cleanText(text))} is not a whole number from ${min} to ${max}`);
  }
  return ok(value);
}
