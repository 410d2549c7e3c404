import type { CellRange } from "../port";

/**
 * A1 addresses for the Office adapter (1-based rows and columns, as in the port).
 * Built here rather than with `getRangeByIndexes` (ExcelApi 1.7) to keep the adapter on 1.4.
 */

/** Column letters of a 1-based column number. @example columnLetters(1) → "A"; columnLetters(28) → "AB" */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The address of one cell. @example cellAddress(5, 2) → "B5" */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The address of a rectangle; a single cell gives "B5". @example rangeAddress({row:1,column:1,rows:2,columns:3}) → "A1:C2" */
export function rangeAddress(r: CellRange): string {
  const first = cellAddress(r.row, r.column);
  if (r.rows === 1 && r.columns === 1) return first;
  return `${first}:${cellAddress(r.row + r.rows - 1, r.column + r.columns - 1)}`;
}

/** Whole columns. @example columnsAddress(1, 3) → "A:C" */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** Whole rows, absolute (as print titles want them). @example rowsAddress(12, 12) → "$12:$12" */
export function rowsAddress(first: number, last: number): string {
  return `$${first}:$${last}`;
}

/**
 * An address without its sheet part, as the port reports table ranges.
 * @example stripSheet("'Q 1'!A3:K120") → "A3:K120"
 */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}
