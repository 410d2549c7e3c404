import { AppError } from "../../core/appError";
import type { CellUpdate } from "../port";
import { rangeAddress } from "./a1";
import { BatchPlan } from "./batchPlan";
import { encodePlanValue, type ExcelInput } from "./encodeCell";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payloadSize";
import { runExcel } from "./runExcel";

/** A vertical run of updated cells in one column: rows `row … row + values.length − 1`. */
interface CellRun {
  row: number;
  column: number;
  values: ExcelInput[][];
}

/** Groups updates into vertical runs of consecutive rows per column; the last update of a cell wins. */
export function cellRuns(sheet: string, cells: readonly CellUpdate[]): CellRun[] {
  const byCell = new Map<string, CellUpdate>();
  for (const c of cells) {
    if (!Number.isInteger(c.row) || !Number.isInteger(c.column) || c.row < 1 || c.column < 1) {
      throw new AppError(
        "WRITE_FAILED",
        `Sheet "${sheet}": cannot update row ${c.row}, column ${c.column} (rows and columns start at 1).`
      );
    }
    byCell.set(`${c.column}:${c.row}`, c);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellRun[] = [];
  for (const c of sorted) {
    const v = encodePlanValue(c.value, sheet, c.row, c.column);
    const last = runs[runs.length - 1];
    if (last && last.column === c.column && last.row + last.values.length === c.row)
      last.values.push([v]);
    else runs.push({ row: c.row, column: c.column, values: [[v]] });
  }
  return runs;
}

/**
 * Puts values into existing cells of a sheet (see `WorkbookPort.updateCells`): consecutive cells of
 * a column go in one `range.formulas` assignment, everything in one sync (more only past 4 MiB).
 * Strings stay text. A sheet that is gone gives AppError("OFFICE") naming it.
 */
export async function updateOfficeCells(
  sheet: string,
  cells: readonly CellUpdate[]
): Promise<void> {
  if (cells.length === 0) return;
  const runs = cellRuns(sheet, cells);
  const batches = new BatchPlan();
  let ws: Excel.Worksheet | null = null;
  for (const run of runs) {
    batches.add({
      bytes: CALL_OVERHEAD_BYTES * 2 + jsonBytes(run.values),
      rows: run.values.length,
      queue: () => {
        if (!ws) throw new Error("updateOfficeCells: no sheet");
        ws.getRange(
          rangeAddress({ row: run.row, column: run.column, rows: run.values.length, columns: 1 })
        ).formulas = run.values;
      },
    });
  }
  const total = runs.reduce((n, r) => n + r.values.length, 0);
  let done = 0;
  try {
    await runExcel(
      async (context) => {
        ws = context.workbook.worksheets.getItem(sheet);
        for (const batch of batches.result()) {
          for (const op of batch) op.queue();
          // One sync per ≤ 4 MiB batch; a normal update is a single batch.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          done += batch.reduce((n, op) => n + (op.rows ?? 0), 0);
        }
      },
      { sheet }
    );
  } catch (e) {
    if (e instanceof AppError && done > 0) {
      throw new AppError(
        e.code,
        `${e.message} ${done} of ${total} cells of "${sheet}" were updated before it stopped.`,
        e.cause
      );
    }
    throw e;
  }
}
