/**
 * Yes/no cells (Active, Materials sent, …) in English or Latvian, as people type them.
 */
import { cleanText, normalizeKey } from "./normalizeText";
import { fail, ok, type Parsed } from "./parsed";

/** Normalized words (see normalizeKey) for yes; Excel's Latvian TRUE is PATIESS. */
const YES = new Set(["yes", "y", "true", "1", "x", "ja", "j", "patiess", "ok"]);
/** Normalized words for no; Excel's Latvian FALSE is APLAMS. */
const NO = new Set(["no", "n", "false", "0", "ne", "nav", "aplams"]);
const YES_MARKS = new Set(["✓", "✔", "☑", "✅", "+"]);
const NO_MARKS = new Set(["✗", "✘", "☐", "❌", "-", "–", "—"]);

/** The problem text lists what is accepted. */
const ALLOWED = "not yes/no (use yes, no, y, n, true, false, 1, 0, x, jā, nē)";

/**
 * A yes/no value: booleans; 1/0; text yes/no, y/n, true/false, 1/0, x or ✓ (yes), jā/ja/nē/ne,
 * Excel's Latvian PATIESS/APLAMS; case and diacritics ignored. Problems: "empty",
 * "not yes/no (use yes, no, y, n, true, false, 1, 0, x, jā, nē)".
 *
 * @example parseYesNo("Jā") // ok true
 * @example parseYesNo("nē") // ok false
 */
export function parseYesNo(input: string | number | boolean): Parsed<boolean> {
  if (typeof input === "boolean") return ok(input);
  if (typeof input === "number") {
    if (input === 1) return ok(true);
    if (input === 0) return ok(false);
    return fail(ALLOWED);
  }
  const text = cleanText(input);
  if (text === "") return fail("empty");
  if (YES_MARKS.has(text)) return ok(true);
  if (NO_MARKS.has(text)) return ok(false);
  const key = normalizeKey(text);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(ALLOWED);
}
