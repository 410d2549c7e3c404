/**
 * A small builder for the cells, formats and merges of a sheet plan laid out top to bottom,
 * block by block (Retro and Lessons sheets). Rows and columns are 1-based, as Excel counts.
 */
import type { CellRange, FormatBlock, PlanValue } from "../../host/port";
import { columnLetter } from "../cellText";

/**
 * The A1 address of a cell.
 *
 * @example cellRef(5, 3) === "C5"
 */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Cells, format blocks and merges of a plan being built; every row padded to `width`. */
export class RetroGrid {
  readonly values: PlanValue[][] = [];
  readonly formats: FormatBlock[] = [];
  readonly merges: CellRange[] = [];

  constructor(readonly width: number) {}

  /** The last row written so far (0 when none). */
  get lastRow(): number {
    return this.values.length;
  }

  /** Makes sure `row` exists (blank rows in between). */
  ensureRow(row: number): void {
    while (this.values.length < row) this.values.push(Array<PlanValue>(this.width).fill(null));
  }

  /** Puts a value into a cell. */
  set(row: number, column: number, value: PlanValue): void {
    if (column < 1 || column > this.width) {
      throw new RangeError(`column ${column} is outside 1..${this.width}`);
    }
    this.ensureRow(row);
    const cells = this.values[row - 1];
    if (cells) cells[column - 1] = value;
  }

  /** Formats a block of `rows` × `columns` cells from (row, column). */
  format(
    row: number,
    column: number,
    rows: number,
    columns: number,
    style: Omit<FormatBlock, "range">
  ): void {
    if (rows < 1 || columns < 1) return;
    this.formats.push({ range: { row, column, rows, columns }, ...style });
  }

  /** Merges `columns` cells of one row from (row, column). */
  mergeRow(row: number, column: number, columns: number): void {
    if (columns > 1) this.merges.push({ row, column, rows: 1, columns });
  }
}
