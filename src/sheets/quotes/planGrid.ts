/**
 * A small builder for the quote sheets' plans: cells placed by row and column, format blocks
 * collected alongside, A1 references for formulas.
 */
import type { FormatBlock, PlanValue } from "../../host/port";

/**
 * Column letters of a 1-based column number.
 *
 * @example colLetter(1) === "A"; colLetter(28) === "AB"
 */
export function colLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * An A1 reference; `abs` makes it absolute (`$H$14`), "row" or "col" only one part.
 *
 * @example cellRef(14, 8) === "H14"; cellRef(14, 8, "both") === "$H$14"; cellRef(14, 8, "row") === "H$14"
 */
export function cellRef(
  row: number,
  column: number,
  abs: "none" | "both" | "row" | "col" = "none"
): string {
  const c = abs === "both" || abs === "col" ? `$${colLetter(column)}` : colLetter(column);
  const r = abs === "both" || abs === "row" ? `$${row}` : String(row);
  return `${c}${r}`;
}

/**
 * Cells and format blocks of one sheet plan, filled in any order.
 *
 * @example const g = new PlanGrid(); g.set(1, 1, "Title"); g.format({ row: 1, column: 1, rows: 1, columns: 1 }, { font: { bold: true } });
 */
export class PlanGrid {
  private readonly rows: PlanValue[][] = [];
  /** Format blocks in the order they were added (later ones win). */
  readonly formats: FormatBlock[] = [];

  /** Puts a value into the cell at `row`, `column` (1-based). */
  set(row: number, column: number, value: PlanValue): void {
    const r = (this.rows[row - 1] ??= []);
    while (r.length < column - 1) r.push(null);
    r[column - 1] = value;
  }

  /** Puts values into one row from `column` on. */
  setRow(row: number, column: number, values: readonly PlanValue[]): void {
    values.forEach((v, i) => this.set(row, column + i, v));
  }

  /** Adds a format block over a rectangle. */
  format(range: FormatBlock["range"], style: Omit<FormatBlock, "range">): void {
    if (range.rows <= 0 || range.columns <= 0) return;
    this.formats.push({ range, ...style });
  }

  /** The last row holding a value (0 when empty). */
  get lastRow(): number {
    return this.rows.length;
  }

  /** The values as the plan wants them: rows from 1, holes as null. */
  values(): PlanValue[][] {
    const out: PlanValue[][] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i] ?? [];
      out.push(Array.from({ length: r.length }, (_x, j) => r[j] ?? null));
    }
    return out;
  }
}
