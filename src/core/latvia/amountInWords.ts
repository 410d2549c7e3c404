/**
 * An amount in words for the quote's "Summa vārdiem" line (SPEC §4), in Latvian and English.
 *
 * Style, as on Latvian invoices: the euros in words, the cents in two digits —
 * "viens tūkstotis divi simti trīsdesmit četri eiro un 56 centi". Numerals take the masculine
 * forms (eiro, cents, simts, tūkstotis and miljons are masculine); a leading one is spelled out
 * ("viens simts", "viens tūkstotis"); "eiro" does not decline; a count ending in 1 but not in 11
 * takes the singular noun ("divdesmit viens tūkstotis", "01 cents", "21 cents"), others the
 * plural ("vienpadsmit tūkstoši", "00 centi", "11 centi").
 */
import type { Cents } from "../model";

const LV_UNITS = [
  "",
  "viens",
  "divi",
  "trīs",
  "četri",
  "pieci",
  "seši",
  "septiņi",
  "astoņi",
  "deviņi",
];
const LV_TEENS = [
  "desmit",
  "vienpadsmit",
  "divpadsmit",
  "trīspadsmit",
  "četrpadsmit",
  "piecpadsmit",
  "sešpadsmit",
  "septiņpadsmit",
  "astoņpadsmit",
  "deviņpadsmit",
];
const LV_TENS = [
  "",
  "",
  "divdesmit",
  "trīsdesmit",
  "četrdesmit",
  "piecdesmit",
  "sešdesmit",
  "septiņdesmit",
  "astoņdesmit",
  "deviņdesmit",
];
/** Scale words after the units: [singular, plural]; index 1 = thousands, 2 = millions … */
const LV_SCALES: readonly (readonly [string, string])[] = [
  ["", ""],
  ["tūkstotis", "tūkstoši"],
  ["miljons", "miljoni"],
  ["miljards", "miljardi"],
  ["triljons", "triljoni"],
];

const EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];
const EN_SCALES = ["", "thousand", "million", "billion", "trillion"];

/** Latvian: a count takes the singular when it ends in 1 but not in 11. */
function lvSingular(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}

function lvBelowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push("viens", "simts");
  else if (hundreds > 1) words.push(LV_UNITS[hundreds] ?? "", "simti");
  if (rest >= 20) {
    words.push(LV_TENS[Math.floor(rest / 10)] ?? "");
    if (rest % 10 > 0) words.push(LV_UNITS[rest % 10] ?? "");
  } else if (rest >= 10) {
    words.push(LV_TEENS[rest - 10] ?? "");
  } else if (rest > 0) {
    words.push(LV_UNITS[rest] ?? "");
  }
  return words;
}

function enBelowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(EN_UNITS[hundreds] ?? "", "hundred");
  if (rest >= 20) {
    const tens = EN_TENS[Math.floor(rest / 10)] ?? "";
    words.push(rest % 10 > 0 ? `${tens}-${EN_UNITS[rest % 10] ?? ""}` : tens);
  } else if (rest >= 10) {
    words.push(EN_TEENS[rest - 10] ?? "");
  } else if (rest > 0) {
    words.push(EN_UNITS[rest] ?? "");
  }
  return words;
}

/** Groups of three digits, lowest first: 1234567 → [567, 234, 1]. */
function groupsOf(n: number): number[] {
  const groups: number[] = [];
  let rest = n;
  do {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups;
}

function split(cents: Cents): { negative: boolean; euros: number; cents: number } {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Amount in words: ${cents} is not a whole number of cents`);
  }
  const abs = Math.abs(cents);
  return { negative: cents < 0, euros: Math.floor(abs / 100), cents: abs % 100 };
}

/**
 * A whole number in Latvian words, masculine (for eiro, cents, gabali …); "nulle" for 0.
 * Throws RangeError beyond 999 triljoni or on a negative or non-integer number.
 *
 * @example numberInWordsLv(1234) === "viens tūkstotis divi simti trīsdesmit četri"
 * @example numberInWordsLv(21000) === "divdesmit viens tūkstotis"
 */
export function numberInWordsLv(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n} is not a whole number ≥ 0`);
  if (n === 0) return "nulle";
  const groups = groupsOf(n);
  if (groups.length > LV_SCALES.length) throw new RangeError(`${n} is too large to write in words`);
  const words: string[] = [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g] ?? 0;
    if (value === 0) continue;
    words.push(...lvBelowThousand(value));
    const scale = LV_SCALES[g];
    if (g > 0 && scale) words.push(lvSingular(value) ? scale[0] : scale[1]);
  }
  return words.join(" ");
}

/**
 * A whole number in English words (no "and", hyphenated tens); "zero" for 0.
 * Throws RangeError beyond 999 trillion or on a negative or non-integer number.
 *
 * @example numberInWordsEn(1234) === "one thousand two hundred thirty-four"
 */
export function numberInWordsEn(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n} is not a whole number ≥ 0`);
  if (n === 0) return "zero";
  const groups = groupsOf(n);
  if (groups.length > EN_SCALES.length) throw new RangeError(`${n} is too large to write in words`);
  const words: string[] = [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const value = groups[g] ?? 0;
    if (value === 0) continue;
    words.push(...enBelowThousand(value));
    if (g > 0) words.push(EN_SCALES[g] ?? "");
  }
  return words.join(" ");
}

/**
 * An amount of euro cents in Latvian words for "Summa vārdiem": euros in words, cents in two
 * digits with the agreeing noun; negatives start with "mīnus". Works for every safe integer
 * of cents. Throws RangeError when `cents` is not a whole number.
 *
 * @example amountInWordsLv(123456) === "viens tūkstotis divi simti trīsdesmit četri eiro un 56 centi"
 * @example amountInWordsLv(2101) === "divdesmit viens eiro un 01 cents"
 * @example amountInWordsLv(0) === "nulle eiro un 00 centi"
 */
export function amountInWordsLv(cents: Cents): string {
  const a = split(cents);
  const c = String(a.cents).padStart(2, "0");
  const text = `${numberInWordsLv(a.euros)} eiro un ${c} ${lvSingular(a.cents) ? "cents" : "centi"}`;
  return a.negative ? `mīnus ${text}` : text;
}

/**
 * An amount of euro cents in English words for en quotes: euros in words, cents in two digits;
 * "euro" as in EU English (no plural), "cent" for 1; negatives start with "minus".
 *
 * @example amountInWordsEn(123456) === "one thousand two hundred thirty-four euro and 56 cents"
 * @example amountInWordsEn(100) === "one euro and 00 cents"
 */
export function amountInWordsEn(cents: Cents): string {
  const a = split(cents);
  const c = String(a.cents).padStart(2, "0");
  const text = `${numberInWordsEn(a.euros)} euro and ${c} ${a.cents === 1 ? "cent" : "cents"}`;
  return a.negative ? `minus ${text}` : text;
}
