/**
 * Quote numbers and revision ids (SPEC §4): numbers follow the Settings format
 * (`Q-{YYYY}-{####}` → `Q-2026-0007`), counting up per year; a revision keeps the number and
 * adds `-R2`, `-R3`.
 */
import type { IsoDate } from "../model";
import { fail, ok, type Parsed } from "../parsed";

const TOKEN = /\{([^{}]*)\}/gu;
const TOKENS_HELP =
  "use {YYYY} or {YY} for the year, {MM} for the month and one counter {####} (its width), e.g. Q-{YYYY}-{####}";

type Part =
  | { kind: "literal"; text: string }
  | { kind: "year4" | "year2" | "month" }
  | { kind: "counter"; width: number };

function parts(format: string): Parsed<Part[]> {
  const out: Part[] = [];
  let counters = 0;
  let last = 0;
  for (const m of format.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) out.push({ kind: "literal", text: format.slice(last, at) });
    last = at + m[0].length;
    const token = (m[1] ?? "").toUpperCase();
    if (token === "YYYY") out.push({ kind: "year4" });
    else if (token === "YY") out.push({ kind: "year2" });
    else if (token === "MM") out.push({ kind: "month" });
    else if (/^#{1,9}$/u.test(token)) {
      counters++;
      out.push({ kind: "counter", width: token.length });
    } else {
      return fail(
        `quote number format "${format}": {${m[1] ?? ""}} is not a token — ${TOKENS_HELP}`
      );
    }
  }
  if (last < format.length) out.push({ kind: "literal", text: format.slice(last) });
  for (const p of out) {
    if (p.kind === "literal" && /[{}]/u.test(p.text)) {
      return fail(`quote number format "${format}": unmatched { or } — ${TOKENS_HELP}`);
    }
  }
  if (counters !== 1) {
    return fail(
      `quote number format "${format}" needs exactly one counter such as {####} — ${TOKENS_HELP}`
    );
  }
  return ok(out);
}

/**
 * Checks a quote number format: known tokens (any case) and exactly one counter token.
 * Without a year token the counter never restarts (it counts over all years), so numbers stay
 * unique either way.
 *
 * @example checkQuoteNumberFormat("Q-{YYYY}-{####}") // ok
 * @example checkQuoteNumberFormat("Q-{YYYY}") // problem: needs exactly one counter such as {####} — …
 */
export function checkQuoteNumberFormat(format: string): Parsed<string> {
  const p = parts(format.trim());
  return p.ok ? ok(format.trim()) : fail(p.problem);
}

function partsOrThrow(format: string): Part[] {
  const p = parts(format.trim());
  if (!p.ok) throw new RangeError(p.problem);
  return p.value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function dateParts(date: IsoDate): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new RangeError(`"${date}" is not a date YYYY-MM-DD`);
  return { year, month };
}

/**
 * A quote number from a format, date and counter (padded to the counter's width, longer when
 * it outgrows it). Throws RangeError on an invalid format.
 *
 * @example formatQuoteId("Q-{YYYY}-{####}", "2026-07-03", 7) === "Q-2026-0007"
 * @example formatQuoteId("{YY}{MM}/{###}", "2026-07-03", 12) === "2607/012"
 */
export function formatQuoteId(format: string, date: IsoDate, counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) {
    throw new RangeError(`Quote counter ${counter} is not a whole number ≥ 1`);
  }
  const { year, month } = dateParts(date);
  return partsOrThrow(format)
    .map((p) => {
      switch (p.kind) {
        case "literal":
          return p.text;
        case "year4":
          return String(year).padStart(4, "0");
        case "year2":
          return String(year % 100).padStart(2, "0");
        case "month":
          return String(month).padStart(2, "0");
        case "counter":
          return String(counter).padStart(p.width, "0");
      }
    })
    .join("");
}

/**
 * A quote id split into its number and revision: `-R2`, `-R3`… (any case) is a revision;
 * without a suffix it is revision 1. Spaces around are ignored.
 *
 * @example parseQuoteId("Q-2026-0007-R2") // { base: "Q-2026-0007", revision: 2 }
 * @example parseQuoteId("Q-2026-0007") // { base: "Q-2026-0007", revision: 1 }
 */
export function parseQuoteId(id: string): { base: string; revision: number } {
  const text = id.trim();
  const m = /^(.+?)-R([1-9]\d{0,3})$/iu.exec(text);
  if (m) return { base: m[1] ?? text, revision: Number(m[2]) };
  return { base: text, revision: 1 };
}

/**
 * The id of revision `n` of a quote number: revision 1 is the number itself.
 * Throws RangeError when n is not a whole number ≥ 1.
 *
 * @example revisionId("Q-2026-0007", 1) === "Q-2026-0007"; revisionId("Q-2026-0007", 3) === "Q-2026-0007-R3"
 */
export function revisionId(base: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Revision ${n} is not a whole number ≥ 1`);
  }
  const b = parseQuoteId(base).base;
  return n === 1 ? b : `${b}-R${n}`;
}

/**
 * The next quote number for a date: one more than the highest counter among `existing`
 * numbers of that year that follow the format (revisions and numbers in other formats are
 * ignored; case is ignored). Gaps left by deleted quotes are not reused, so a number once
 * given to a customer never comes back. Without a year token in the format the counter counts
 * over all years. Throws RangeError on an invalid format or date (check the format with
 * {@link checkQuoteNumberFormat} first).
 *
 * @example nextQuoteNumber("Q-{YYYY}-{####}", "2026-07-03", ["Q-2026-0006", "Q-2026-0006-R2", "Q-2025-0040"]) === "Q-2026-0007"
 * @example nextQuoteNumber("Q-{YYYY}-{####}", "2027-01-02", ["Q-2026-0007"]) === "Q-2027-0001"
 */
export function nextQuoteNumber(
  format: string,
  date: IsoDate,
  existing: readonly string[]
): string {
  const ps = partsOrThrow(format);
  const { year } = dateParts(date);
  const captured: Part["kind"][] = [];
  const pattern = ps
    .map((p) => {
      if (p.kind === "literal") return escapeRegExp(p.text);
      captured.push(p.kind);
      switch (p.kind) {
        case "year4":
          return "(\\d{4})";
        case "year2":
          return "(\\d{2})";
        case "month":
          return "(0[1-9]|1[0-2])";
        case "counter":
          return `(\\d{${p.width},})`;
      }
    })
    .join("");
  const re = new RegExp(`^${pattern}$`, "iu");
  let highest = 0;
  for (const id of existing) {
    const m = re.exec(parseQuoteId(id).base);
    if (!m) continue;
    let sameYear = true;
    let counter = 0;
    captured.forEach((kind, k) => {
      const value = Number(m[k + 1]);
      if (kind === "year4" && value !== year) sameYear = false;
      if (kind === "year2" && value !== year % 100) sameYear = false;
      if (kind === "counter") counter = value;
    });
    if (sameYear) highest = Math.max(highest, counter);
  }
  return formatQuoteId(format, date, highest + 1);
}
