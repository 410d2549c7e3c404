/**
 * The one port between the engine and a workbook. Two adapters implement it:
 * `host/xlsx` (exceljs, for the CLI, the workbench and tests) and `host/office` (Excel.run).
 *
 * Everything crosses it in whole blocks: a sheet's used range in one read, a sheet plan in
 * one write. An adapter turns one call into a fixed number of round trips however many rows
 * it carries (Office: a small constant plus one sync per ~4 MB of data).
 *
 * Type-only module: jobs may import it; adapters implement it.
 */

/** An Excel cell error such as `#N/A` or `#REF!`. */
export interface CellError {
  error: string;
}

/**
 * A raw cell value as read. Dates are NOT converted: they arrive as serial numbers with
 * their number format (exactly what Excel itself holds), and the sheets layer decides.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A sheet's used block, read in one go. */
export interface SheetBlock {
  /** The sheet's name as it stands in the workbook. */
  name: string;
  /** Excel row number (1-based) of `values[0]`. */
  firstRow: number;
  /** Excel column number (1-based, A = 1) of `values[i][0]`. */
  firstColumn: number;
  /** Cached values of the used range, rectangular (every row has the same length). */
  values: CellValue[][];
  /** Number format of each cell, same shape as `values` ("General" where none). */
  numberFormats: string[][];
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
  /** Excel tables (ListObjects) on this sheet. */
  tables: TableInfo[];
}

/** An Excel table found on a sheet. */
export interface TableInfo {
  name: string;
  /** A1 range including the header row, e.g. "A3:K120". */
  range: string;
}

/** What `listSheets` says of each sheet, cheaply (no cell values). */
export interface SheetInfo {
  name: string;
  /** Position, 0-based. */
  index: number;
  visible: boolean;
  /** Rows and columns of the used range (0 when empty). */
  rowCount: number;
  columnCount: number;
  /** Table names on the sheet. */
  tables: string[];
  /** Set when Deal Desk made this sheet: the `kind` of the plan that wrote it. */
  ours: string | null;
}

/** Parts of a workbook that the xlsx engine might not carry over on an in-place rewrite. */
export interface WorkbookParts {
  /** Human-readable names of such parts found, e.g. ["charts (2)", "macros"]. Empty when safe. */
  unsupported: string[];
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A formula cell: `formula` without the leading "=", in English (A1, comma separators). */
export interface FormulaValue {
  formula: string;
  /**
   * The value the engine computed, written as the cached result where the format allows
   * (a file read before any recalculation shows it), e.g. `{ error: "#N/A" }` for `NA()`.
   */
  result?: number | string | boolean | CellError;
}

/**
 * A planned cell value. Strings are ALWAYS written as text (never a formula, number or date),
 * whatever they start with; only `FormulaValue` makes a formula.
 */
export type PlanValue = string | number | boolean | null | FormulaValue;

/** A rectangle, 1-based inclusive, in sheet coordinates. */
export interface CellRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** "RRGGBB" */
  color?: string;
}

export type BorderEdge = "top" | "bottom" | "left" | "right" | "all" | "outline";

/** Formatting applied to a whole block at once (never per cell in a loop). */
export interface FormatBlock {
  range: CellRange;
  /** Excel number format code, e.g. `# ##0,00 €` is NOT valid: use `#,##0.00 "€"`. */
  numberFormat?: string;
  font?: FontStyle;
  /** Fill colour "RRGGBB". */
  fill?: string;
  border?: { edges: BorderEdge; style: "thin" | "medium"; color?: string };
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
}

export interface TablePlan {
  /** Unique in the workbook; letters, digits, underscore. */
  name: string;
  /** Header row included. */
  range: CellRange;
  /** e.g. "TableStyleMedium2" */
  style?: string;
  showTotalRow?: boolean;
}

export type ConditionalFormatPlan =
  | { type: "dataBar"; range: CellRange; color: string }
  | {
      type: "cellValue";
      range: CellRange;
      operator:
        "lessThan" | "greaterThanOrEqual" | "between" | "greaterThan" | "lessThanOrEqual" | "equal";
      /** Formula operands without "=", e.g. ["0.8"] or ["0.8", "0.99"]. */
      values: string[];
      fill?: string;
      fontColor?: string;
    };

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. { first: 12, last: 12 }. */
  repeatRows?: { first: number; last: number };
  printArea?: CellRange;
}

/** A native chart: only the Office adapter draws it; the xlsx adapter ignores it (plans add data bars). */
export interface ChartPlan {
  type: "columnClustered" | "line" | "barClustered";
  /** Data including header row and category column. */
  data: CellRange;
  title: string;
  /** Where the chart's top-left corner goes. */
  anchor: { row: number; column: number };
}

/**
 * Everything one sheet we write consists of. Values start at A1 (`values[0][0]` is A1).
 * The adapter writes it in bulk: values and formulas in one array, formats by block.
 */
export interface SheetPlan {
  /** Wanted sheet name (valid Excel name, ≤ 31 chars). Use `sheets/sheetNames` to pick a free one. */
  name: string;
  /**
   * What made this sheet, e.g. "report:2026-Q3:summary" or "quote:Q-2026-0007".
   * Stored in the workbook so the sheet is recognised as ours later (SheetInfo.ours).
   */
  kind: string;
  /**
   * Who owns the sheet once written. "dealdesk" (default): marked as ours, so later runs may
   * replace it. "user": not marked — input sheets that `init` creates or the sample fills belong
   * to the team from then on and are never replaced or deleted by Deal Desk.
   */
  owner?: "dealdesk" | "user";
  values: PlanValue[][];
  formats?: FormatBlock[];
  /** Column widths in characters, index 0 = column A. */
  columnWidths?: number[];
  /** Default font for the whole sheet (set explicitly: LibreOffice and Excel differ otherwise). */
  font?: FontStyle;
  freeze?: { rows: number; columns: number };
  tables?: TablePlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  merges?: CellRange[];
  print?: PrintSetup;
  charts?: ChartPlan[];
  tabColor?: string;
  /** Position of the new sheet; default last. */
  position?: "first" | "last";
  /** Make it the active sheet after writing. */
  activate?: boolean;
}

/** A single value to put into an existing cell of a user's sheet (status cells, settings). */
export interface CellUpdate {
  /** Excel row number, 1-based. */
  row: number;
  /** Excel column number, 1-based. */
  column: number;
  value: PlanValue;
}

/** Rows to append below the last used row of an existing sheet (or table, which then grows). */
export interface RowAppend {
  sheet: string;
  /** Each row laid out from column `firstColumn`. */
  rows: PlanValue[][];
  firstColumn: number;
}

/** Progress of a long adapter operation, for the CLI's stderr and the task pane's bar. */
export interface PortProgress {
  done: number;
  total: number;
  label: string;
}

/** Options every long operation takes. */
export interface PortOptions {
  signal?: AbortSignal;
  onProgress?: (p: PortProgress) => void;
}

/**
 * The workbook as the engine sees it. All methods are bulk: none takes a single row or cell
 * except `updateCells`, which batches any number of cells into one round trip.
 */
export interface WorkbookPort {
  /** Every sheet, in order, with size and whether it is ours. One round trip. */
  listSheets(): Promise<SheetInfo[]>;
  /** The used block of one sheet (values + number formats). Large sheets are read in chunks. */
  readSheet(name: string, options?: PortOptions): Promise<SheetBlock>;
  /**
   * Writes a new sheet from a plan. If a sheet with `plan.name` exists and is ours (any kind),
   * it is replaced; if it is the user's, the adapter throws AppError("WRITE_FAILED") — callers
   * pick a free name first (sheets/sheetNames). Returns the name written.
   */
  writeSheet(plan: SheetPlan, options?: PortOptions): Promise<string>;
  /** Deletes a sheet we made (refuses, with AppError, a sheet that is not ours). */
  deleteSheet(name: string): Promise<void>;
  /** Puts values into existing cells of a sheet in one batch. Strings stay text. */
  updateCells(sheet: string, cells: CellUpdate[]): Promise<void>;
  /** Appends rows below the used range (growing the table when the data is a table). */
  appendRows(append: RowAppend, options?: PortOptions): Promise<void>;
  /** Parts an xlsx rewrite would lose. The Office adapter always answers none. */
  parts(): Promise<WorkbookParts>;
  /** Shows a cell to the user (Office: selects it; elsewhere a no-op or UI highlight). */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
}
