import { AppError } from "../../core/appError";
import type { PortOptions, RowAppend } from "../port";
import { rangeAddress } from "./a1";
import { BatchPlan } from "./batchPlan";
import { throwIfCancelled } from "./cancel";
import { encodePlanValue, encodeRows, type ExcelInput } from "./encodeCell";
import { runExcel } from "./runExcel";

/** A table the appended rows belong to: 1-based position of its range (header and totals included). */
interface TableTarget {
  table: Excel.Table;
  firstColumn: number;
  columns: number;
  /** Last row of the table's data (above the totals row when it shows one). */
  lastDataRow: number;
}

/**
 * Appends rows below the used range of a sheet (see `WorkbookPort.appendRows`). When the data is an
 * Excel table (a table spans the appended columns and reaches the last used row), the rows go in
 * through `table.rows.add(undefined, rows)` (at the end) so the table grows, its formats and calculated columns follow;
 * columns of the table the append does not cover are sent as null (left to Excel). Otherwise they are
 * written right below the last used row with `range.formulas`. Either way in bands of ≤ 4 MiB, one
 * sync each, after 1–2 syncs to find the end of the data. Strings stay text.
 * A failure or cancellation part-way says exactly which rows were appended.
 */
export async function appendOfficeRows(append: RowAppend, options?: PortOptions): Promise<void> {
  const { sheet, rows, firstColumn } = append;
  const signal = options?.signal;
  const progress = options?.onProgress;
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (width === 0) return; // rows without cells: nothing to append
  throwIfCancelled(signal, `nothing was appended to "${sheet}".`);
  const report = { done: 0, firstRow: 0 };
  try {
    await runExcel(
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        const tables = ws.tables.load("items/name,items/showTotals");
        await context.sync();
        const lastUsedRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;

        let target: TableTarget | null = null;
        if (tables.items.length > 0) {
          const ranges = tables.items.map((t) => {
            const r = t.getRange();
            r.load("rowIndex,rowCount,columnIndex,columnCount");
            return { t, r };
          });
          await context.sync();
          for (const { t, r } of ranges) {
            const first = r.columnIndex + 1;
            const last = r.rowIndex + r.rowCount;
            const covers = first <= firstColumn && firstColumn + width <= first + r.columnCount;
            if (covers && last >= lastUsedRow && (target === null || last > target.lastDataRow)) {
              target = {
                table: t,
                firstColumn: first,
                columns: r.columnCount,
                lastDataRow: t.showTotals ? last - 1 : last,
              };
            }
          }
        }

        const batches = new BatchPlan();
        const startRow = target ? target.lastDataRow + 1 : lastUsedRow + 1;
        report.firstRow = startRow;
        if (target) {
          const t = target;
          const offset = firstColumn - t.firstColumn;
          const tableRows: (ExcelInput | null)[][] = rows.map((row, i) => {
            const out = new Array<ExcelInput | null>(t.columns).fill(null);
            for (let c = 0; c < width; c++) {
              out[offset + c] = encodePlanValue(
                row[c] ?? null,
                sheet,
                startRow + i,
                firstColumn + c
              );
            }
            return out;
          });
          batches.addRows(tableRows, (r0, r1, c0, c1) => {
            if (c0 !== 0 || c1 !== t.columns) {
              throw new AppError(
                "WRITE_FAILED",
                `Row ${startRow + r0} for table "${t.table.name}" on "${sheet}" is too large to send to Excel at once (over 4 MB).`
              );
            }
            // null = no value: Excel leaves the cell to the table (e.g. a calculated column).
            t.table.rows.add(undefined, tableRows.slice(r0, r1) as (string | number | boolean)[][]);
          });
        } else {
          const encoded = encodeRows(rows, width, sheet, startRow, firstColumn);
          batches.addRows(encoded, (r0, r1, c0, c1) => {
            const block =
              c0 === 0 && c1 === width
                ? encoded.slice(r0, r1)
                : encoded.slice(r0, r1).map((r) => r.slice(c0, c1));
            ws.getRange(
              rangeAddress({
                row: startRow + r0,
                column: firstColumn + c0,
                rows: r1 - r0,
                columns: c1 - c0,
              })
            ).formulas = block;
          });
        }

        progress?.({ done: 0, total: rows.length, label: `Appending to ${sheet}` });
        for (const batch of batches.result()) {
          throwIfCancelled(signal, `${appendedText(sheet, report)}`);
          for (const op of batch) op.queue();
          // One sync per ≤ 4 MiB batch by design (the web's 5 MB request limit).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          report.done += batch.reduce((n, op) => n + (op.rows ?? 0), 0);
          progress?.({ done: report.done, total: rows.length, label: `Appending to ${sheet}` });
        }
      },
      { sheet }
    );
  } catch (e) {
    if (e instanceof AppError && report.done > 0 && e.code !== "CANCELLED") {
      throw new AppError(e.code, `${e.message} ${appendedText(sheet, report)}`, e.cause);
    }
    throw e;
  }
}

function appendedText(sheet: string, report: { done: number; firstRow: number }): string {
  if (report.done === 0) return `nothing was appended to "${sheet}".`;
  return `${report.done} rows were appended to "${sheet}" (rows ${report.firstRow}–${report.firstRow + report.done - 1}) before it stopped.`;
}
