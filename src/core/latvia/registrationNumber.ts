/**
 * Latvian registration numbers and PVN (VAT) numbers, checked with their check digit
 * (SPEC §3, §4: seller's and buyer's numbers on a quote).
 *
 * An 11-digit number is one of:
 * - a legal entity's registration number (first digit 4–9: companies 4…, 5…, public bodies 9…):
 *   with the weights 9,1,4,8,3,10,2,5,7,6,1 over all eleven digits the weighted sum mod 11 must
 *   be 3 (the State Revenue Service rule, as in python-stdnum `lv.pvn`; equivalently
 *   check = (3 − Σ of the first ten) mod 11, never 10). Note: the weights 1,6,3,7,9,10,5,8,4,2
 *   with (1101 − Σ) mod 11 are the personal-code rule; they reject real company numbers such
 *   as 40003521600;
 * - a personal code (personas kods) DDMMYY-CNNNN: a valid birth date, C the century (0 = 1800s,
 *   1 = 1900s, 2 = 2000s), check = ((1101 − Σ) mod 11) mod 10 with the weights
 *   1,6,3,7,9,10,5,8,4,2 over the first ten digits;
 * - a personal code issued since July 2017, starting with 32: no birth date and no check digit
 *   rule in use, so only its form is checked.
 * A natural person's PVN number is LV + their personal code.
 */
import { fail, ok, type Parsed } from "../parsed";

/** What kind of Latvian 11-digit number it is. */
export type LvNumberKind = "legal-entity" | "personal-code" | "personal-code-2017";

const LEGAL_WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6] as const;
const PERSON_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * Number(digits[i] ?? 0);
  return sum;
}

/** Spaces (any kind), dashes and dots removed, upper case. */
function compact(text: string): string {
  return text.replace(/[\s\-\u2010-\u2015.]/gu, "").toUpperCase();
}

/**
 * The kind of an 11-digit Latvian number, from its first digits.
 *
 * @example lvNumberKind("40003521600") === "legal-entity"; lvNumberKind("32123456789") === "personal-code-2017"
 */
export function lvNumberKind(digits: string): LvNumberKind {
  if (/^[4-9]/u.test(digits)) return "legal-entity";
  if (digits.startsWith("32")) return "personal-code-2017";
  return "personal-code";
}

/**
 * The check digit a legal entity's number must end with, from its first ten digits; null when
 * no digit fits (no such number is issued).
 *
 * @example legalEntityCheckDigit("4000352160") === 0
 */
export function legalEntityCheckDigit(first10: string): number | null {
  if (!/^\d{10}$/u.test(first10)) throw new RangeError(`Need 10 digits, got "${first10}"`);
  const d = (((3 - weighted(first10, LEGAL_WEIGHTS)) % 11) + 11) % 11;
  return d === 10 ? null : d;
}

/**
 * The check digit of a personal code (with a birth date), from its first ten digits.
 *
 * @example personalCodeCheckDigit("1611751999") === 7 // 161175-19997
 */
export function personalCodeCheckDigit(first10: string): number {
  if (!/^\d{10}$/u.test(first10)) throw new RangeError(`Need 10 digits, got "${first10}"`);
  return ((((1101 - weighted(first10, PERSON_WEIGHTS)) % 11) + 11) % 11) % 10;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Checks 11 digits; `shown` is how the number is named in a problem. */
function checkDigits(digits: string, shown: string): Parsed<string> {
  const kind = lvNumberKind(digits);
  const last = Number(digits[10]);
  const first10 = digits.slice(0, 10);
  if (kind === "legal-entity") {
    const d = legalEntityCheckDigit(first10);
    if (d === null)
      return fail(`${shown}: no valid number starts with ${first10} — check the digits`);
    if (d !== last) return fail(`${shown}: the check digit should be ${d} — check the digits`);
    return ok(digits);
  }
  if (kind === "personal-code-2017") return ok(digits);
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const century = Number(digits[6]);
  if (century > 2) {
    return fail(
      `${shown}: a personal code DDMMYY-CNNNN has 0, 1 or 2 (the century) after the date, not ${century}`
    );
  }
  const year = 1800 + 100 * century + Number(digits.slice(4, 6));
  if (!validDate(year, month, day)) {
    return fail(
      `${shown}: starts like a personal code, but ${digits.slice(0, 2)}.${digits.slice(2, 4)}.${year} is not a date`
    );
  }
  const d = personalCodeCheckDigit(first10);
  if (d !== last) return fail(`${shown}: the check digit should be ${d} — check the digits`);
  return ok(digits);
}

/**
 * Checks a Latvian registration number (a legal entity's, or a person's personal code) and
 * returns its 11 digits. Accepts spaces, dashes and dots between digits and an `LV` prefix in
 * any case. Problems say what is wrong: `"40003521601: the check digit should be 0 — check the digits"`.
 *
 * @example checkLvRegNo("4000 3521 600") // ok "40003521600"
 * @example checkLvRegNo("161175-19997") // ok "16117519997" (a personal code)
 * @example checkLvRegNo("4000352160") // problem: "4000352160" has 10 digits — a Latvian registration number has 11
 */
export function checkLvRegNo(text: string): Parsed<string> {
  const shown = compact(text);
  if (shown === "") return fail("empty");
  const body = shown.startsWith("LV") ? shown.slice(2) : shown;
  if (!/^\d+$/u.test(body)) {
    return fail(
      `"${text.trim()}" is not a Latvian registration number: 11 digits, with spaces or dashes if you like`
    );
  }
  if (body.length !== 11) {
    return fail(
      `"${shown}" has ${body.length} digit${body.length === 1 ? "" : "s"} — a Latvian registration number has 11`
    );
  }
  return checkDigits(body, shown);
}

/** EU (and nearby) VAT number shapes after the country prefix: format only, no check digit. */
const FOREIGN_VAT: Readonly<Record<string, readonly [RegExp, string]>> = {
  AT: [/^U\d{8}$/u, "ATU + 8 digits"],
  BE: [/^[01]?\d{9}$/u, "BE + 10 digits"],
  BG: [/^\d{9,10}$/u, "BG + 9 or 10 digits"],
  CH: [/^E\d{9}(?:MWST|TVA|IVA)?$/u, "CHE + 9 digits (+ MWST, TVA or IVA)"],
  CY: [/^\d{8}[A-Z]$/u, "CY + 8 digits + a letter"],
  CZ: [/^\d{8,10}$/u, "CZ + 8 to 10 digits"],
  DE: [/^\d{9}$/u, "DE + 9 digits"],
  DK: [/^\d{8}$/u, "DK + 8 digits"],
  EE: [/^\d{9}$/u, "EE + 9 digits"],
  EL: [/^\d{9}$/u, "EL + 9 digits"],
  ES: [/^[0-9A-Z]\d{7}[0-9A-Z]$/u, "ES + 9 characters"],
  FI: [/^\d{8}$/u, "FI + 8 digits"],
  FR: [/^[0-9A-HJ-NP-Z]{2}\d{9}$/u, "FR + 2 characters + 9 digits"],
  GB: [/^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/u, "GB + 9 or 12 digits"],
  HR: [/^\d{11}$/u, "HR + 11 digits"],
  HU: [/^\d{8}$/u, "HU + 8 digits"],
  IE: [/^(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/u, "IE + 8 or 9 characters"],
  IT: [/^\d{11}$/u, "IT + 11 digits"],
  LT: [/^(?:\d{9}|\d{12})$/u, "LT + 9 or 12 digits"],
  LU: [/^\d{8}$/u, "LU + 8 digits"],
  MT: [/^\d{8}$/u, "MT + 8 digits"],
  NL: [/^\d{9}B\d{2}$/u, "NL + 9 digits + B + 2 digits"],
  NO: [/^\d{9}(?:MVA)?$/u, "NO + 9 digits (+ MVA)"],
  PL: [/^\d{10}$/u, "PL + 10 digits"],
  PT: [/^\d{9}$/u, "PT + 9 digits"],
  RO: [/^[1-9]\d{1,9}$/u, "RO + 2 to 10 digits"],
  SE: [/^\d{10}01$/u, "SE + 12 digits ending in 01"],
  SI: [/^\d{8}$/u, "SI + 8 digits"],
  SK: [/^\d{10}$/u, "SK + 10 digits"],
  XI: [/^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/u, "XI + 9 or 12 digits"],
};

/**
 * Checks a VAT number and returns it compact and upper-case. Latvian numbers (`LV` + 11 digits,
 * the prefix optional and in any case, spaces, dashes and dots allowed) are checked with their
 * check digit as {@link checkLvRegNo} and returned as `LV` + 11 digits. Numbers of other EU
 * countries (and GB, XI, NO, CH) are checked for their shape only — country code and length —
 * since their check digits vary by country and only the country's register can confirm them.
 *
 * @example checkLvVatNo("lv 4000 3521 600") // ok "LV40003521600"
 * @example checkLvVatNo("LV40003521601") // problem: "LV40003521601: the check digit should be 0 — check the digits"
 * @example checkLvVatNo("EE 100 931 558") // ok "EE100931558" (format only)
 */
export function checkLvVatNo(text: string): Parsed<string> {
  const shown = compact(text);
  if (shown === "") return fail("empty");
  if (/^\d+$/u.test(shown) || shown.startsWith("LV")) {
    const body = shown.startsWith("LV") ? shown.slice(2) : shown;
    if (!/^\d+$/u.test(body)) {
      return fail(`"${text.trim()}" is not a Latvian VAT number: LV + 11 digits`);
    }
    if (body.length !== 11) {
      return fail(
        `"${shown}" has ${body.length} digit${body.length === 1 ? "" : "s"} — a Latvian VAT number is LV + 11 digits`
      );
    }
    const r = checkDigits(body, `LV${body}`);
    return r.ok ? ok(`LV${r.value}`) : r;
  }
  const country = shown.slice(0, 2);
  const rule = /^[A-Z]{2}$/u.test(country) ? FOREIGN_VAT[country] : undefined;
  if (rule === undefined) {
    return fail(
      `"${text.trim()}" is not a VAT number: start with the country code (LV, EE, LT, …)`
    );
  }
  const [shape, help] = rule;
  if (!shape.test(shown.slice(2))) {
    return fail(`"${shown}" does not look like a VAT number of ${country}: ${help}`);
  }
  return ok(shown);
}
