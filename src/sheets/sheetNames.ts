/**
 * Safe names for the sheets and tables Deal Desk writes (SPEC §8): valid in Excel, and never
 * the name of a sheet the user owns.
 */

/** Excel's limit on a sheet name's length, in characters (UTF-16 code units). */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel's limit on a table name's length. */
export const MAX_TABLE_NAME_LENGTH = 255;

/** Excel reserves this name for its change-tracking sheet. */
const RESERVED_SHEET_NAME = "history";

/** Characters Excel refuses in a sheet name, with what we put instead. */
const SHEET_NAME_REPLACEMENTS: Readonly<Record<string, string>> = {
  ":": "-",
  "\\": "-",
  "/": "-",
  "?": "",
  "*": "",
  "[": "(",
  "]": ")",
};

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Drops spaces and apostrophes at both ends (Excel refuses a name starting or ending with `'`). */
function trimName(text: string): string {
  return text.replace(/^[\s']+/u, "").replace(/[\s']+$/u, "");
}

/** Excel compares sheet names case-insensitively; both case foldings count as a clash. */
function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
}

/**
 * Turns any wanted text into a valid Excel sheet name: at most 31 characters, none of
 * `: \ / ? * [ ]` (`/ \ :` become `-`, brackets become parentheses, `? *` are dropped), no control
 * characters, no leading or trailing apostrophe, not empty (`Sheet`), never `History` (reserved by Excel).
 *
 * @example sanitizeSheetName("Report 2026/Q3 [draft]") → "Report 2026-Q3 (draft)"
 * @example sanitizeSheetName("'Quotes'") → "Quotes"
 */
export function sanitizeSheetName(wanted: string): string {
  let name = "";
  for (const ch of wanted) {
    const replacement = SHEET_NAME_REPLACEMENTS[ch];
    if (replacement !== undefined) name += replacement;
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f\u007f-\u009f]/u.test(ch)) name += " ";
    else name += ch;
  }
  name = trimName(name.replace(/\s+/gu, " "));
  name = trimName(cutTo(name, MAX_SHEET_NAME_LENGTH));
  if (name === "") return "Sheet";
  if (name.toLowerCase() === RESERVED_SHEET_NAME) return `${name} (2)`;
  return name;
}

/** A sheet already in the workbook, as `listSheets` describes it. */
export interface ExistingSheet {
  name: string;
  /** The kind of the plan that made it when Deal Desk did, else null (the user's sheet). */
  ours: string | null;
}

/** The name to write a sheet under, and which of our sheets it replaces (null: a new sheet). */
export interface FreeSheetName {
  name: string;
  replaces: string | null;
}

/**
 * Picks the name to write a sheet under. The wanted name is sanitized first. When a sheet of that
 * name exists (compared case-insensitively, as Excel does) and is ours and `replaceKind(its kind)`
 * allows it, that sheet is replaced; otherwise the first free or replaceable name of
 * `Name (2)`, `Name (3)`, … is used, the base cut so the whole stays within 31 characters.
 * A user's sheet (ours === null) is never returned.
 *
 * @example freeSheetName("Report 2026-Q3", [{ name: "report 2026-q3", ours: null }]) →
 *   { name: "Report 2026-Q3 (2)", replaces: null }
 * @example freeSheetName("Report 2026-Q3", [{ name: "Report 2026-Q3", ours: "report:2026-Q3:summary" }],
 *   { replaceKind: (k) => k.startsWith("report:") }) → { name: "Report 2026-Q3", replaces: "Report 2026-Q3" }
 */
export function freeSheetName(
  wanted: string,
  existing: readonly ExistingSheet[],
  options: { replaceKind?: (kind: string) => boolean } = {}
): FreeSheetName {
  const base = sanitizeSheetName(wanted);
  const canReplace = (sheet: ExistingSheet): boolean =>
    sheet.ours !== null && options.replaceKind !== undefined && options.replaceKind(sheet.ours);
  const clashesWith = (name: string): ExistingSheet[] =>
    existing.filter((s) => sameSheetName(s.name, name));

  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : withNumber(base, n);
    const clashes = clashesWith(candidate);
    if (clashes.length === 0) return { name: candidate, replaces: null };
    const [only] = clashes;
    if (clashes.length === 1 && only && canReplace(only))
      return { name: only.name, replaces: only.name };
  }
}

/** `Name (n)`, the base cut (and re-trimmed) so the result fits in 31 characters. */
function withNumber(base: string, n: number): string {
  const suffix = ` (${n})`;
  const head = trimName(cutTo(base, MAX_SHEET_NAME_LENGTH - suffix.length));
  return `${head === "" ? "Sheet" : head}${suffix}`;
}

/** A1 references (up to three letters, e.g. `Q2026`) and R1C1 references (`R`, `C`, `RC`, `R1C1`). */
function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/u.test(name) || /^R\d*(C\d*)?$/iu.test(name) || /^C\d*$/iu.test(name);
}

/**
 * A valid, unused Excel table name made from `wanted`: diacritics removed, ASCII letters, digits and
 * underscores only (anything else becomes `_`), starting with a letter or underscore, not a cell
 * reference (`A1`, `R1C1`, `R`, `C`), at most 255 characters, unique among `existing`
 * (case-insensitively) by a `_2`, `_3`, … suffix.
 *
 * @example tableName("Quote lines", []) → "Quote_lines"
 * @example tableName("Darījumi", ["darijumi"]) → "Darijumi_2"
 * @example tableName("Q2026", []) → "Q2026_"
 */
export function tableName(wanted: string, existing: readonly string[]): string {
  let base = wanted
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9_]+/gu, "_")
    .replace(/^_+(?=[A-Za-z])/u, "")
    .replace(/_+$/u, "");
  if (base === "") base = "Table";
  if (!/^[A-Za-z_]/u.test(base)) base = `_${base}`;
  if (looksLikeCellReference(base)) base = `${base}_`;
  base = base.slice(0, MAX_TABLE_NAME_LENGTH);
  const taken = new Set(existing.map((t) => t.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_TABLE_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase()) && !looksLikeCellReference(candidate)) return candidate;
  }
}
