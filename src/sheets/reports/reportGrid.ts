/**
 * A small builder of report sheet plans: rows of plain values laid out from column A, number
 * formats and styles by block, conditional formats, and column widths measured from the texts
 * the cells will show (so money never prints as `###`).
 */
import { formatMoney, toCents } from "../../core/money";
import {
  dateFormat,
  dateTimeFormat,
  decimalFormat,
  integerFormat,
  moneyFormat,
  percentFormat,
} from "../../core/numberFormats";
import type {
  CellRange,
  ConditionalFormatPlan,
  FormatBlock,
  FontStyle,
  PlanValue,
} from "../../host/port";
import type { Locale } from "../sheetKinds";

/**
 * What a cell holds, which decides its number format and how wide its column must be.
 * `free` cells (titles, notes) may run over into empty neighbours and do not widen a column;
 * `header` cells are bold table headers on one line (LibreOffice does not grow a row for
 * wrapped text when it prints an .xlsx, so headers never wrap).
 */
export type CellKind =
  "money" | "percent" | "date" | "dateTime" | "integer" | "decimal" | "text" | "header" | "free";

/** A cell to lay out: a value and its kind. */
export type GridCell = [PlanValue, CellKind];

/** One column of a table: its header, kind, and how a row gives its value. */
export interface GridColumn<T> {
  header: string;
  kind: CellKind;
  value: (row: T) => PlanValue;
}

/** Where a table landed (1-based Excel rows). */
export interface GridTable {
  headerRow: number;
  /** First and last body row; `lastRow < firstRow` when there are no rows. */
  firstRow: number;
  lastRow: number;
  /** The total row, or null. */
  totalRow: number | null;
}

/** Colours and fonts of every report sheet. */
export const REPORT_STYLE = {
  font: { name: "Calibri", size: 10 } satisfies FontStyle,
  titleColor: "1F4E78",
  headerFill: "DDEBF7",
  gridColor: "BFBFBF",
  noteColor: "595959",
  barColor: "5B9BD5",
} as const;

const MIN_WIDTH = 8;
const MAX_WIDTH = 36;

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Lays out a report sheet's cells and formats. */
export class ReportGrid {
  readonly values: PlanValue[][] = [];
  readonly formats: FormatBlock[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  private readonly widths: number[] = [];

  constructor(
    private readonly locale: Locale,
    private readonly currency: string
  ) {}

  /** The Excel row the next {@link addRow} writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /** The number format of a kind in this sheet's locale, or undefined for text kinds. */
  numberFormat(kind: CellKind): string | undefined {
    switch (kind) {
      case "money":
        return moneyFormat(this.locale, this.currency);
      case "percent":
        return percentFormat(this.locale);
      case "date":
        return dateFormat(this.locale);
      case "dateTime":
        return dateTimeFormat(this.locale);
      case "integer":
        return integerFormat(this.locale);
      case "decimal":
        return decimalFormat(this.locale);
      default:
        return undefined;
    }
  }

  /** How many characters a value of a kind shows as. */
  private shownLength(value: PlanValue, kind: CellKind): number {
    if (value === null || kind === "free") return 0;
    if (typeof value === "object") return 12;
    if (typeof value === "string") {
      if (kind === "header") return value.length + 1;
      return value.length;
    }
    if (typeof value === "boolean") return 5;
    const sep = this.locale === "lv" ? " " : ",";
    switch (kind) {
      case "money":
        return formatMoney(toCents(value), this.locale, this.currency).length;
      case "percent":
        return (value * 100).toFixed(1).length + 2;
      case "date":
        return 10;
      case "dateTime":
        return 16;
      case "integer":
        return groupDigits(String(Math.round(Math.abs(value))), sep).length + (value < 0 ? 1 : 0);
      case "decimal":
        return groupDigits(String(Math.trunc(Math.abs(value))), sep).length + 4;
      default:
        return String(value).length;
    }
  }

  /** Writes a row of cells from column `column` on; returns its Excel row. */
  addRow(cells: readonly GridCell[], column = 1): number {
    const row = this.nextRow;
    const values: PlanValue[] = [];
    cells.forEach(([value, kind], i) => {
      values[column - 1 + i] = value;
      const c = column - 1 + i;
      this.widths[c] = Math.max(this.widths[c] ?? 0, this.shownLength(value, kind));
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    this.values.push(values);
    return row;
  }

  /** Replaces the value of a cell already laid out (e.g. a total turned into a formula). */
  setCell(row: number, column: number, value: PlanValue): void {
    const cells = this.values[row - 1];
    if (!cells) throw new RangeError(`setCell: row ${row} is not laid out yet`);
    while (cells.length < column) cells.push(null);
    cells[column - 1] = value;
  }

  /** Leaves `count` empty rows. */
  skip(count = 1): void {
    for (let i = 0; i < count; i++) this.values.push([]);
  }

  /** Adds a format block. */
  format(block: FormatBlock): void {
    this.formats.push(block);
  }

  /** Adds a conditional format. */
  conditional(cf: ConditionalFormatPlan): void {
    this.conditionalFormats.push(cf);
  }

  /** A section heading: bold, coloured, one row. */
  section(text: string): number {
    const row = this.addRow([[text, "free"]]);
    this.format({
      range: { row, column: 1, rows: 1, columns: 1 },
      font: { bold: true, size: 12, color: REPORT_STYLE.titleColor },
    });
    return row;
  }

  /** A grey note line (runs over the empty cells to its right). */
  note(text: string): number {
    const row = this.addRow([[text, "free"]]);
    this.format({
      range: { row, column: 1, rows: 1, columns: 1 },
      font: { italic: true, color: REPORT_STYLE.noteColor },
    });
    return row;
  }

  /**
   * A table from column A: a header row (bold, filled), one row per item, and an
   * optional total row (bold, ruled above). Each column gets its kind's number format.
   */
  table<T>(columns: readonly GridColumn<T>[], rows: readonly T[], total?: T): GridTable {
    const headerRow = this.addRow(columns.map((c) => [c.header, "header"]));
    const width = columns.length;
    this.format({
      range: { row: headerRow, column: 1, rows: 1, columns: width },
      font: { bold: true },
      fill: REPORT_STYLE.headerFill,
      verticalAlignment: "center",
      border: { edges: "bottom", style: "thin", color: REPORT_STYLE.gridColor },
    });
    const firstRow = this.nextRow;
    for (const item of rows) this.addRow(columns.map((c) => [c.value(item), c.kind]));
    const lastRow = this.nextRow - 1;
    let totalRow: number | null = null;
    if (total !== undefined) {
      totalRow = this.addRow(columns.map((c) => [c.value(total), c.kind]));
      this.format({
        range: { row: totalRow, column: 1, rows: 1, columns: width },
        font: { bold: true },
        border: { edges: "top", style: "thin", color: REPORT_STYLE.gridColor },
      });
    }
    const bodyRows = (totalRow ?? lastRow) - firstRow + 1;
    if (bodyRows > 0) {
      columns.forEach((c, i) => {
        const numberFormat = this.numberFormat(c.kind);
        if (numberFormat === undefined) return;
        this.format({
          range: { row: firstRow, column: i + 1, rows: bodyRows, columns: 1 },
          numberFormat,
        });
      });
    }
    return { headerRow, firstRow, lastRow, totalRow };
  }

  /**
   * Column widths in characters from what the cells show: 2 characters of margin, at least 8,
   * at most 36.
   */
  columnWidths(columns: number): number[] {
    return Array.from({ length: columns }, (_, i) =>
      Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (this.widths[i] ?? 0) + 2))
    );
  }

  /** The used rectangle: every row written, `columns` wide. */
  usedRange(columns: number): CellRange {
    return { row: 1, column: 1, rows: Math.max(1, this.values.length), columns };
  }
}
