import type { CellRange } from "../port";

/**
 * Column letters of a 1-based column number.
 *
 * @example columnLetters(1) → "A"; columnLetters(28) → "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a cell. @example a1(3, 2) → "B3" */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A1 range of a rectangle. @example rangeA1({ row: 1, column: 1, rows: 3, columns: 2 }) → "A1:B3" */
export function rangeA1(range: CellRange): string {
  return `${a1(range.row, range.column)}:${a1(range.row + range.rows - 1, range.column + range.columns - 1)}`;
}

/** Absolute A1 range. @example absoluteRangeA1({ row: 1, column: 1, rows: 3, columns: 2 }) → "$A$1:$B$3" */
export function absoluteRangeA1(range: CellRange): string {
  const last = { row: range.row + range.rows - 1, column: range.column + range.columns - 1 };
  return `$${columnLetters(range.column)}$${range.row}:$${columnLetters(last.column)}$${last.row}`;
}

/**
 * Parses "B3" or "A1:C9" (dollar signs allowed) into a rectangle; null when it is not one.
 *
 * @example parseRangeA1("A3:K120") → { row: 3, column: 1, rows: 118, columns: 11 }
 */
export function parseRangeA1(text: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(text.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1] ?? "");
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/** 1-based column number of column letters. @example columnNumber("AB") → 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A sheet name as it stands in a formula: always quoted (valid for every name), inner quotes doubled.
 *
 * @example sheetRef("Deals") → "'Deals'"; sheetRef("Jānis' deals") → "'Jānis'' deals'"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
