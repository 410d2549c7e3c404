/**
 * Reading numbers, percentages and money from cells (SPEC §2 "Reading values"): real numbers,
 * or text such as `1 234,56`, `1,234.56`, `€ 1 234,56`, `1234.56 EUR`, `12 %`, `(123.45)`.
 *
 * How the decimal separator is decided, per value:
 * 1. The text itself when it is unambiguous: both `.` and `,` present (the last one is the
 *    decimal: `1.234.567,8`, `1,234.56`); one of them repeated (`1.234.567` → grouping); a single
 *    one not followed by exactly 3 digits (`12,5`, `12.50`, `0.125` is also decimal because a
 *    group never starts with 0, `1234,567` because a first group has at most 3 digits, and
 *    `1 234,567` because spaces already group the thousands).
 * 2. Otherwise (`1,234`, `1.234`: a lone separator, 1–3 leading digits, exactly 3 after) the
 *    column's separator from {@link inferDecimalSeparator} decides.
 * 3. With no column separator the lone separator is read as thousands: `1.234` → 1234. Decimal
 *    values almost always show 1–2 decimals (prices, amounts), 3-digit decimals are rare.
 * Groups (space, NBSP, thin space, `'`, `’`, or the non-decimal punctuation) must be 3 digits,
 * so phone numbers and codes such as `12 34` are "not a number" rather than a wrong value.
 */
import { cleanText } from "./normalizeText";
import { toCents } from "./money";
import type { Cents } from "./model";
import { fail, ok, type Parsed } from "./parsed";

/** The decimal separator of a column's text values. */
export type DecimalSeparator = "." | ",";

/** A number read from a cell, with the unit written next to it. */
export interface NumberParts {
  /** The number as written (`12 %` → 12). */
  value: number;
  /** True when a `%` sign followed the number. */
  percent: boolean;
  /** ISO code of a currency written with it (`€` → "EUR"), or null. */
  currency: string | null;
}

/** Currency words accepted before or after a number, longest first (so "euro" wins over "eur"). */
const CURRENCIES: ReadonlyArray<readonly [string, string]> = [
  ["euro", "EUR"],
  ["eiro", "EUR"],
  ["eur", "EUR"],
  ["usd", "USD"],
  ["gbp", "GBP"],
  ["sek", "SEK"],
  ["nok", "NOK"],
  ["dkk", "DKK"],
  ["pln", "PLN"],
  ["chf", "CHF"],
  ["czk", "CZK"],
  ["€", "EUR"],
  ["$", "USD"],
  ["£", "GBP"],
];

const CURRENCY_ALT = CURRENCIES.map(([w]) => w.replace(/[$]/g, "\\$")).join("|");
const CURRENCY_PREFIX = new RegExp(`^(${CURRENCY_ALT})(?![a-z])\\s*`, "i");
const CURRENCY_SUFFIX = new RegExp(`(?<![a-z])\\s*(${CURRENCY_ALT})$`, "i");
const SIGN = /^([+\-\u2212\u2013])\s*/; // ASCII plus/minus, Unicode minus, en dash

function currencyCode(word: string): string {
  const lower = word.toLowerCase();
  return CURRENCIES.find(([w]) => w === lower)?.[1] ?? word.toUpperCase();
}

interface Peeled {
  body: string;
  negative: boolean;
  percent: boolean;
  currency: string | null;
}

/** Takes sign, parentheses, currency and `%` off the number, each at most once. */
function peel(text: string): Peeled | null {
  let s = text;
  let signSeen = false;
  let negative = false;
  let percent = false;
  let currency: string | null = null;
  for (;;) {
    let m: RegExpExecArray | null;
    if (!signSeen && (m = SIGN.exec(s))) {
      signSeen = true;
      negative = m[1] !== "+";
      s = s.slice(m[0].length);
    } else if (!signSeen && s.startsWith("(") && s.endsWith(")")) {
      signSeen = true;
      negative = true; // accounting negative: (123.45)
      s = s.slice(1, -1).trim();
    } else if (currency === null && !percent && (m = CURRENCY_PREFIX.exec(s))) {
      currency = currencyCode(m[1] ?? "");
      s = s.slice(m[0].length);
    } else if (currency === null && !percent && (m = CURRENCY_SUFFIX.exec(s))) {
      currency = currencyCode(m[1] ?? "");
      s = s.slice(0, s.length - m[0].length);
    } else if (currency === null && !percent && s.endsWith("%")) {
      percent = true;
      s = s.slice(0, -1).trim();
    } else {
      break;
    }
  }
  return s === "" ? null : { body: s, negative, percent, currency };
}

interface Classified {
  /** Plain decimal text, e.g. "1234.56". */
  canonical: string;
  /** What this value alone says about the column's decimal separator. */
  evidence: DecimalSeparator | null;
}

const GROUP_CHARS = /[ '\u2019.,]/;

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Decides the decimal separator of one number's digits and checks its grouping. */
function classify(body: string, decimal: DecimalSeparator | null | undefined): Classified | null {
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(body)) return { canonical: body, evidence: null };
  if (!/^[\d., '\u2019]+$/.test(body) || !/\d/.test(body)) return null;
  const dots = count(body, ".");
  const commas = count(body, ",");
  let dec: DecimalSeparator | null = null;
  let evidence: DecimalSeparator | null = null;
  if (dots > 0 && commas > 0) {
    dec = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    if (count(body, dec) > 1) return null;
    evidence = dec;
  } else if (dots > 1 || commas > 1) {
    evidence = dots > 1 ? "," : ".";
  } else if (dots === 1 || commas === 1) {
    const c: DecimalSeparator = dots === 1 ? "." : ",";
    const at = body.indexOf(c);
    const before = body.slice(0, at);
    const after = body.slice(at + 1);
    const beforeDigits = before.replace(/[ '\u2019]/g, "");
    if (!/^\d*$/.test(after)) {
      dec = null; // "1.234 567": the separator groups
    } else if (
      after.length !== 3 ||
      before !== beforeDigits ||
      beforeDigits === "" ||
      beforeDigits.startsWith("0") ||
      beforeDigits.length > 3
    ) {
      dec = c;
      evidence = after.length > 0 ? c : null;
    } else {
      dec = decimal === c ? c : null; // ambiguous "1,234": the column decides, else thousands
    }
  }
  const at = dec === null ? -1 : body.lastIndexOf(dec);
  const intPart = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? "" : body.slice(at + 1);
  if (!/^\d*$/.test(fraction)) return null;
  const groups = intPart.split(GROUP_CHARS);
  if (groups.length > 1) {
    const [first = "", ...rest] = groups;
    if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d*$/.test(intPart) || (intPart === "" && fraction === "")) {
    return null;
  }
  return { canonical: `${groups.join("") || "0"}.${fraction || "0"}`, evidence };
}

/**
 * A number with its `%` and currency: the general reader behind {@link parseNumber},
 * {@link parsePercent} and {@link parseMoney}. Problems: "empty", "not a number".
 *
 * @example parseNumberParts("€ 1 234,56") // ok { value: 1234.56, percent: false, currency: "EUR" }
 */
export function parseNumberParts(
  input: string | number,
  decimal?: DecimalSeparator | null
): Parsed<NumberParts> {
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? ok({ value: input === 0 ? 0 : input, percent: false, currency: null })
      : fail("not a number");
  }
  const text = cleanText(input);
  if (text === "") return fail("empty");
  const peeled = peel(text);
  const classified = peeled && classify(peeled.body, decimal);
  if (!peeled || !classified) return fail("not a number");
  const magnitude = Number(classified.canonical);
  if (!Number.isFinite(magnitude)) return fail("not a number");
  const value = peeled.negative && magnitude !== 0 ? -magnitude : magnitude;
  return ok({ value, percent: peeled.percent, currency: peeled.currency });
}

/**
 * The decimal separator of a column, from its unambiguous text values (`1 234,56`, `12,5`,
 * `1.234.567` → ","; `1,234.56`, `12.50` → "."): the majority of unambiguous values wins;
 * null when there are none (`1,234` alone) or it is a tie.
 *
 * @example inferDecimalSeparator(["1 234,56", "1,234", "7"]) === ","
 */
export function inferDecimalSeparator(samples: readonly string[]): DecimalSeparator | null {
  let dots = 0;
  let commas = 0;
  for (const sample of samples) {
    const peeled = peel(cleanText(sample));
    const evidence = peeled && classify(peeled.body, null)?.evidence;
    if (evidence === ".") dots++;
    else if (evidence === ",") commas++;
  }
  if (dots === commas) return null;
  return dots > commas ? "." : ",";
}

/**
 * A number from a cell: a real number, or text with grouping, currency, `%` (kept as written:
 * `12 %` → 12), a sign (`-5`, Unicode `−5`) or accounting parentheses (`(123.45)` → -123.45).
 * `decimal` is the column's separator (see the module comment for how ambiguity is resolved).
 * Problems: "empty", "not a number".
 *
 * @example parseNumber("1 234,56") // ok 1234.56
 * @example parseNumber("1,234", ",") // ok 1.234; parseNumber("1,234") // ok 1234
 */
export function parseNumber(
  input: string | number,
  decimal?: DecimalSeparator | null
): Parsed<number> {
  const parts = parseNumberParts(input, decimal);
  return parts.ok ? ok(parts.value.value) : parts;
}

/** `value / 100` as the double nearest to the decimal result (12.3 → 0.123, not 0.12300000000000001). */
function hundredth(value: number): number {
  const [mantissa = "0", exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

const PERCENT_RANGE = "not a percentage from 0 % to 100 %";

/**
 * A percentage as a fraction: `12 %` → 0.12, `12,5%` → 0.125, `0,15` → 0.15, 0.12 → 0.12.
 * Without a `%` sign, values from 0 to 1 are already fractions and values above 1 up to 100 are
 * percents (12 → 0.12; so 1 means 100 %). Problems: "empty", "not a number",
 * "not a percentage from 0 % to 100 %" (negative or above 100 %), "an amount, not a percentage".
 *
 * @example parsePercent("12,5%") // ok 0.125
 */
export function parsePercent(
  input: string | number,
  decimal?: DecimalSeparator | null
): Parsed<number> {
  const parts = parseNumberParts(input, decimal);
  if (!parts.ok) return parts;
  const { value, percent, currency } = parts.value;
  if (currency !== null) return fail("an amount, not a percentage");
  const fraction = percent || value > 1 ? hundredth(value) : value;
  if (fraction < 0 || fraction > 1) return fail(PERCENT_RANGE);
  return ok(fraction);
}

/** Largest amount accepted, in currency units: cents stay exact integers well below this. */
const MAX_AMOUNT = 1e13;

/**
 * An amount of money as integer cents, rounded like Excel's ROUND(x, 2): `€ 1 234,56` → 123456,
 * `(12.345)` → -1235. Problems: "empty", "not a number", "a percentage, not an amount",
 * "amount too large".
 *
 * @example parseMoney("1234.56 EUR") // ok 123456
 */
export function parseMoney(
  input: string | number,
  decimal?: DecimalSeparator | null
): Parsed<Cents> {
  const parts = parseNumberParts(input, decimal);
  if (!parts.ok) return parts;
  if (parts.value.percent) return fail("a percentage, not an amount");
  if (Math.abs(parts.value.value) >= MAX_AMOUNT) return fail("amount too large");
  return ok(toCents(parts.value.value));
}
