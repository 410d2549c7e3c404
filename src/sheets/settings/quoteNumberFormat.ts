/**
 * The `Quote number format` setting (SPEC §4): a template with a year token and one counter,
 * e.g. `Q-{YYYY}-{####}` → `Q-2026-0007`. The counter restarts each year, so a year token is
 * required; the quote sheets are named after the number, so it must make a valid sheet name
 * that still fits with a revision and " internal" (`Q-2026-0007-R2 internal`).
 */
import { cleanText } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import { quote } from "./settingSyntax";

/** The default format: `Q-2026-0007`. */
export const DEFAULT_QUOTE_NUMBER_FORMAT = "Q-{YYYY}-{####}";

/** Longest number the format may give: 31 (sheet name) − "-R99" − " internal". */
const MAX_NUMBER_LENGTH = 31 - 4 - 9;
const TOKEN = /\{([^{}]*)\}/gu;
const ALLOWED = "use {YYYY} or {YY} for the year and one counter {####}, e.g. Q-{YYYY}-{####}";

/**
 * A quote number from the format, year and counter (padded to the counter's width, longer
 * when it outgrows it). @example formatQuoteNumber("Q-{YYYY}-{####}", 2026, 7) → "Q-2026-0007"
 */
export function formatQuoteNumber(format: string, year: number, counter: number): string {
  return format.replace(TOKEN, (_all, token: string) => {
    const t = token.toUpperCase();
    if (t === "YYYY") return String(year).padStart(4, "0");
    if (t === "YY") return String(year % 100).padStart(2, "0");
    return String(counter).padStart(t.length, "0");
  });
}

/**
 * Reads and checks a quote number format (tokens any case, kept as written).
 * @example parseQuoteNumberFormat("PIED-{YY}/{###}") → problem: "/" cannot be in a sheet name
 */
export function parseQuoteNumberFormat(text: string): Parsed<string> {
  const format = cleanText(text);
  let counters = 0;
  let years = 0;
  for (const m of format.matchAll(TOKEN)) {
    const t = (m[1] ?? "").toUpperCase();
    if (t === "YYYY" || t === "YY") years++;
    else if (/^#{1,9}$/u.test(t)) counters++;
    else return fail(`${quote(format)}: ${quote(`{${m[1] ?? ""}}`)} is not a token — ${ALLOWED}`);
  }
  const literal = format.replace(TOKEN, "");
  if (/[{}]/u.test(literal)) return fail(`${quote(format)}: unmatched { or } — ${ALLOWED}`);
  if (counters !== 1) return fail(`${quote(format)} needs exactly one counter {####} — ${ALLOWED}`);
  if (years === 0) {
    return fail(
      `${quote(format)} needs the year ({YYYY} or {YY}): the counter restarts each year — ${ALLOWED}`
    );
  }
  const bad = /[:\\/?*[\]]/u.exec(literal);
  if (bad) return fail(`${quote(format)}: ${quote(bad[0])} cannot be in a sheet name — ${ALLOWED}`);
  const sample = formatQuoteNumber(format, 2026, 1);
  if (sample.startsWith("'") || sample.endsWith("'") || sample.trim() !== sample) {
    return fail(`${quote(format)}: a number cannot start or end with a space or apostrophe`);
  }
  if (sample.length > MAX_NUMBER_LENGTH) {
    return fail(
      `${quote(format)} gives ${quote(sample)}, longer than ${MAX_NUMBER_LENGTH} characters`
    );
  }
  return ok(format);
}
