/**
 * The seller's identifiers printed on quotes: VAT number, IBAN and BIC, checked on read and kept
 * compact and upper-case (`LV80 BANK 0000 4351 9500 1` → `LV80BANK0000435195001`). Empty is allowed.
 */
import { fail, ok, type Parsed } from "../../core/parsed";
import { quote } from "./settingSyntax";

function compact(text: string): string {
  return text.replace(/[\s.\-\u00a0]+/gu, "").toUpperCase();
}

/**
 * A VAT number: country prefix and 2–13 letters or digits (`LV40003245752`), or empty.
 * @example parseVatNo("lv 4000 3245 752") → ok "LV40003245752"
 */
export function parseVatNo(text: string): Parsed<string> {
  const v = compact(text);
  if (v === "" || /^[A-Z]{2}[0-9A-Z]{2,13}$/u.test(v)) return ok(v);
  return fail(
    `${quote(text.trim())} is not a VAT number — write the country prefix and the number, e.g. LV40003245752`
  );
}

/** ISO 13616 mod-97 check of a compact IBAN. */
function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const digits = /\d/u.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/**
 * An IBAN with valid check digits, or empty.
 * @example parseIban("LV80 BANK 0000 4351 9500 1") → ok "LV80BANK0000435195001"
 */
export function parseIban(text: string): Parsed<string> {
  const v = compact(text);
  if (v === "") return ok(v);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(v) || !ibanChecks(v)) {
    return fail(
      `${quote(text.trim())} is not a valid IBAN (letters, digits and check digits) — copy it from a bank statement, e.g. LV80 BANK 0000 4351 9500 1`
    );
  }
  return ok(v);
}

/** An IBAN in groups of four, as printed. @example ibanText("LV80BANK0000435195001") → "LV80 BANK 0000 4351 9500 1" */
export function ibanText(iban: string): string {
  return iban.replace(/(.{4})(?=.)/gu, "$1 ");
}

/**
 * A BIC (SWIFT code): 8 or 11 characters, or empty.
 * @example parseBic("habalv22") → ok "HABALV22"
 */
export function parseBic(text: string): Parsed<string> {
  const v = compact(text);
  if (v === "" || /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/u.test(v)) return ok(v);
  return fail(`${quote(text.trim())} is not a BIC — 8 or 11 letters and digits, e.g. HABALV22`);
}
