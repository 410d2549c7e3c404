/**
 * Phone numbers of leads (SPEC §3): to international form `+CCC NATIONAL`, with +371 (Latvia)
 * for a number written without a country code when the lead's country is Latvia or unknown.
 */
import { fail, ok, type Parsed } from "../parsed";

/** A country's calling code, the trunk prefix dialled inside it (dropped abroad), and lengths. */
interface Dialling {
  code: string;
  trunk: string | null;
  /** Lengths of the national number (without trunk prefix), inclusive range. */
  min: number;
  max: number;
}

const PLAN: Readonly<Record<string, Dialling>> = {
  LV: { code: "371", trunk: null, min: 8, max: 8 },
  EE: { code: "372", trunk: null, min: 7, max: 8 },
  LT: { code: "370", trunk: "8", min: 8, max: 8 },
  FI: { code: "358", trunk: "0", min: 5, max: 12 },
  SE: { code: "46", trunk: "0", min: 7, max: 9 },
  NO: { code: "47", trunk: null, min: 8, max: 8 },
  DK: { code: "45", trunk: null, min: 8, max: 8 },
  DE: { code: "49", trunk: "0", min: 6, max: 11 },
  PL: { code: "48", trunk: null, min: 9, max: 9 },
  GB: { code: "44", trunk: "0", min: 9, max: 10 },
  IE: { code: "353", trunk: "0", min: 7, max: 9 },
  NL: { code: "31", trunk: "0", min: 9, max: 9 },
  BE: { code: "32", trunk: "0", min: 8, max: 9 },
  FR: { code: "33", trunk: "0", min: 9, max: 9 },
  IT: { code: "39", trunk: null, min: 6, max: 11 },
  ES: { code: "34", trunk: null, min: 9, max: 9 },
  AT: { code: "43", trunk: "0", min: 4, max: 13 },
  CH: { code: "41", trunk: "0", min: 9, max: 9 },
  CZ: { code: "420", trunk: null, min: 9, max: 9 },
  SK: { code: "421", trunk: "0", min: 9, max: 9 },
  UA: { code: "380", trunk: "0", min: 9, max: 9 },
  BY: { code: "375", trunk: "8", min: 9, max: 9 },
  RU: { code: "7", trunk: "8", min: 10, max: 10 },
  US: { code: "1", trunk: null, min: 10, max: 10 },
  CA: { code: "1", trunk: null, min: 10, max: 10 },
  CN: { code: "86", trunk: "0", min: 10, max: 11 },
};

const BY_CODE = new Map<string, Dialling>();
for (const d of Object.values(PLAN)) if (!BY_CODE.has(d.code)) BY_CODE.set(d.code, d);

/** The calling-code prefix of international digits (longest known), or null. */
function callingCode(digits: string): Dialling | null {
  for (const len of [3, 2, 1]) {
    const d = BY_CODE.get(digits.slice(0, len));
    if (d) return d;
  }
  return null;
}

function international(d: Dialling, national: string, shown: string): Parsed<string> {
  if (national.length < d.min || national.length > d.max) {
    return fail(
      `"${shown}" has ${national.length} digits after +${d.code} — a number there has ` +
        (d.min === d.max ? `${d.min}` : `${d.min} to ${d.max}`)
    );
  }
  return ok(`+${d.code} ${national}`);
}

/**
 * A phone number in international form `+CCC NATIONAL` (digits only after the space).
 * Accepts `+`, `00` or a bare calling code in front, spaces, dashes, dots, slashes and
 * parentheses, a `tel.`/`mob.` label and an extension (dropped). Without a country code the
 * number belongs to `country` (ISO code; Latvia when null), its trunk prefix dropped
 * (`8 612 34567` in Lithuania is +370 61234567).
 *
 * @example normalizePhone("(+371) 67 123 456", null) // ok "+371 67123456"
 * @example normalizePhone("2912 3456", "LV") // ok "+371 29123456"
 * @example normalizePhone("00371 29123456", null) // ok "+371 29123456"
 * @example normalizePhone("8 612 34567", "LT") // ok "+370 61234567"
 * @example normalizePhone("2912 345", "LV") // problem: "2912 345" has 7 digits after +371 — a number there has 8
 */
export function normalizePhone(text: string, country: string | null): Parsed<string> {
  const shown = text.trim();
  if (shown === "") return fail("empty");
  const body = shown
    .replace(/^(?:mobilais|mobile|mob|phone|tālr|talr|tel|t|m)\s*[.:]*\s*/iu, "")
    .replace(/\s*(?:ext|x|iekš|int)\.?\s*\d+\s*$/iu, "");
  if (!/^\(?\+?[\d\s\-./()\u00a0\u2010-\u2015]+$/u.test(body)) {
    return fail(`"${shown}" is not a phone number: digits, with +, spaces or dashes`);
  }
  const digits = body.replace(/\D/gu, "");
  const plus = body.trimStart().replace(/^\(/u, "").startsWith("+");
  if (digits.length < 5) return fail(`"${shown}" is too short for a phone number`);

  if (plus || digits.startsWith("00")) {
    const rest = plus ? digits : digits.slice(2);
    const d = callingCode(rest);
    if (d) return international(d, rest.slice(d.code.length), shown);
    if (rest.length < 8 || rest.length > 15) {
      return fail(`"${shown}" is not a phone number: an international number has 8 to 15 digits`);
    }
    return ok(`+${rest}`);
  }
  const local = PLAN[(country ?? "LV").toUpperCase()];
  if (!local) {
    return fail(
      `"${shown}" has no country code — write it as +… (the lead's country is ${country ?? ""})`
    );
  }
  // A bare calling code in front (`371 29123456`): the code, then a full national number.
  if (digits.startsWith(local.code) && digits.length - local.code.length >= local.min) {
    const national = digits.slice(local.code.length);
    if (national.length <= local.max) return international(local, national, shown);
  }
  const national =
    local.trunk !== null &&
    digits.startsWith(local.trunk) &&
    digits.length - local.trunk.length >= local.min
      ? digits.slice(local.trunk.length)
      : digits;
  return international(local, national, shown);
}
