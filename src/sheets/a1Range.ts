import type { CellRange } from "../host/port";

const A1 = /^(?:.*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * An A1 reference as a 1-based rectangle; a sheet prefix and `$` signs are allowed.
 * Null when the text is not an A1 reference.
 *
 * @example parseA1Range("A3:K120") → { row: 3, column: 1, rows: 118, columns: 11 }
 */
export function parseA1Range(a1: string): CellRange | null {
  const m = A1.exec(a1.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1] ?? "A");
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}
