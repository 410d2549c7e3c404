import type { Issue } from "../core/issue";
import type { SheetBlock, WorkbookPort } from "../host/port";
import type { SheetCheck } from "../jobs/checkWorkbook";

/** A cell of the workbook: sheet name, 1-based Excel row and column numbers. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/** Where a sheet's header row is, and the column number of each header text in it. */
export interface HeaderLayout {
  /** Excel row number of the header row (the block's first row when none was recognised). */
  row: number;
  /** Normalised header text → Excel column number (the first one when a header repeats). */
  columns: Map<string, number>;
  /** Excel column number of the sheet's first used column. */
  firstColumn: number;
}

/** How header texts are compared: trimmed, inner spaces collapsed, case ignored. */
export function normalizeHeader(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Finds the header row of a sheet: of its first 200 rows, the one that holds the most of the
 * header texts `check` reported for it. Ties go to the upper row.
 *
 * @example headerLayout(block, ["Deal ID", "Summa"]).columns.get("summa") // 5
 */
export function headerLayout(block: SheetBlock, knownHeaders: readonly string[]): HeaderLayout {
  const known = new Set(knownHeaders.map(normalizeHeader));
  const limit = Math.min(block.values.length, 200);
  let bestIndex = -1;
  let bestScore = 0;
  for (let r = 0; r < limit; r++) {
    const row = block.values[r] ?? [];
    let score = 0;
    for (const cell of row)
      if (typeof cell === "string" && known.has(normalizeHeader(cell))) score++;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = r;
    }
  }
  const columns = new Map<string, number>();
  if (bestIndex >= 0) {
    for (const [c, cell] of (block.values[bestIndex] ?? []).entries()) {
      if (cell === null || typeof cell === "object") continue;
      const key = normalizeHeader(String(cell));
      if (key !== "" && !columns.has(key)) columns.set(key, block.firstColumn + c);
    }
  }
  return { row: block.firstRow + Math.max(bestIndex, 0), columns, firstColumn: block.firstColumn };
}

/**
 * The cell an issue points at: its row, and the column whose header is the issue's column text.
 * A whole-row issue (or a header not found) points at the row's first used cell; a whole-sheet
 * issue at the header row.
 */
export function issueCell(issue: Issue, layout: HeaderLayout): CellRef {
  const row = issue.row ?? layout.row;
  const column =
    issue.column === null
      ? layout.firstColumn
      : (layout.columns.get(normalizeHeader(issue.column)) ?? layout.firstColumn);
  return { sheet: issue.sheet, row, column };
}

/**
 * Turns issues into cells for the task pane. Issues carry the header text only, so the first time
 * an issue of a sheet is activated the sheet is read once to find its header row; later ones reuse it.
 */
export class IssueLocator {
  private readonly layouts = new Map<string, Promise<HeaderLayout>>();

  constructor(
    private readonly port: WorkbookPort,
    private readonly sheets: readonly SheetCheck[]
  ) {}

  /** The cell of `issue` (reads the sheet on first use for that sheet). */
  async locate(issue: Issue): Promise<CellRef> {
    if (issue.row === null && issue.column === null) {
      return { sheet: issue.sheet, row: 1, column: 1 };
    }
    return issueCell(issue, await this.layout(issue.sheet));
  }

  private layout(sheet: string): Promise<HeaderLayout> {
    let layout = this.layouts.get(sheet);
    if (!layout) {
      const check = this.sheets.find((s) => s.sheet === sheet);
      const known = check ? [...Object.values(check.columns), ...check.unknownColumns] : [];
      layout = this.port.readSheet(sheet).then((block) => headerLayout(block, known));
      // A failed read is not cached: the next activation tries again.
      layout.catch(() => this.layouts.delete(sheet));
      this.layouts.set(sheet, layout);
    }
    return layout;
  }
}
