/**
 * Words that open a total or subtotal row, English and Latvian, without diacritics.
 * "Kopā" folds to "kopa".
 */
const TOTAL_WORDS = [
  "grand total",
  "sub total",
  "sub-total",
  "subtotal",
  "totals",
  "total",
  "pavisam kopa",
  "kopsumma",
  "kopa",
  "starpsumma",
  "summa",
];

// The word alone, or followed by a colon/dash and anything, or by a number, a currency or a
// period ("Total: 12", "Kopā 2026", "Total EUR", "Subtotal Q3") — but not by a name, so a
// company called "Total Energies" stays a company.
const TOTAL_LABEL = new RegExp(
  `^(?:${TOTAL_WORDS.map((w) => w.replace(/[-\s]/g, "[-\\s]?")).join("|")})` +
    `(?:\\s*[:=\\-–—].*|\\s+[\\d€$£(].*|\\s+(?:eur|usd|gbp|q[1-4]\\b.*|h[12]\\b.*|gad.*))?$`
);

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when a cell's text labels a total or subtotal row (`Total`, `Kopā`, `Summa`,
 * `Subtotal`, `Starpsumma`, `Kopsumma`, with or without a colon and figures after it).
 *
 * @example isTotalLabel("Kopā:") → true; isTotalLabel("Subtotal Q3") → true;
 * isTotalLabel("Total Energies") → false
 */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(fold(text));
}
