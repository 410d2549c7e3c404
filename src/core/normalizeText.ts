/**
 * Text normalization for matching headers, synonyms and names (SPEC §2: case, spacing,
 * punctuation and diacritics are ignored in headers; names match after trimming and ignoring case).
 */

// Zero-width characters that pasted web text carries; they are not whitespace in JS regexps.
const ZERO_WIDTH = /[\u200B-\u200D\u2060]/g;

/**
 * A matching key for header and synonym comparison: lower-case, diacritics removed (NFD),
 * every character that is not a letter or a digit removed. Locale-independent.
 *
 * @example normalizeKey("E-pasts") === "epasts"; normalizeKey("Reģ. nr.") === "regnr"
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Trims and collapses every run of whitespace (including NBSP U+00A0, narrow NBSP U+202F,
 * thin space U+2009, tabs and line breaks) into one normal space; zero-width spaces are removed.
 *
 * @example cleanText("  SIA\u00A0 Koks \n") === "SIA Koks"
 */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, "").replace(/\s+/gu, " ").trim();
}

/**
 * Case folding without locale rules: upper- then lower-casing also folds `ß`/`SS`.
 * NFC first, so a composed and a decomposed `ā` are the same letter.
 */
function fold(text: string): string {
  return cleanText(text).normalize("NFC").toUpperCase().toLowerCase();
}

/**
 * True when two names are the same after {@link cleanText} and case-insensitive
 * (locale-independent) comparison. Diacritics still count: "Ozols" ≠ "Ozōls".
 *
 * @example sameName(" anna  BĒRZIŅA", "Anna Bērziņa") === true
 */
export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
