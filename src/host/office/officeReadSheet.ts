import { AppError } from "../../core/appError";
import type { CellValue, PortOptions, SheetBlock, TableInfo } from "../port";
import { rangeAddress, stripSheet } from "./a1";
import { throwIfCancelled } from "./cancel";
import { hasFeature } from "./requirements";
import { isOfficeError, runExcel } from "./runExcel";
import { SYNC_BUDGET_BYTES, jsonBytes } from "./payloadSize";

/**
 * Response bytes per cell assumed for the FIRST block of a read, before anything is known of the
 * data (value + number format + value type, JSON): conservative for business sheets (short text,
 * numbers, dates), where a cell costs 30–60 bytes. Later blocks are sized from what came back.
 */
export const READ_FIRST_BLOCK_CELL_BYTES = 128;

/** Response bytes kept free in each block for the protocol's framing. */
export const READ_FRAMING_BYTES = 4096;

/** Excel's serial of 1904-01-01 in the 1904 date system (it is 1462 in the 1900 system). */
const SERIAL_1904_01_01_IN_1904 = 0;

/**
 * Reads the used block of a sheet (values + number formats) in as few syncs as the 5 MB web limit
 * allows:
 * - sync 1: the used range (values only) position and size, the table names, and the date system;
 * - then blocks of whole rows, one block per sync, each loading `values`, `numberFormat` and
 *   `valueTypes` (the last tells error cells, whose values come back as strings like "#N/A").
 *   The first block has ⌊4 MiB / (columns × 128 B)⌋ rows; each later one ⌊(4 MiB − 4 KiB) / b⌋ rows,
 *   b = the largest row (values + formats + types, JSON) seen so far — exact for even data, and
 *   rows longer than any seen before are what the 5 MB − 4 MiB headroom is for. Table ranges ride
 *   along with the first block.
 *   A block whose response still exceeds the limit is retried with half the rows.
 * Syncs: 1 + 1 + ⌈(rows − first block) / rows per block⌉ — a constant plus one per ~4 MiB of data,
 * never per row or cell. Dates stay serial numbers (Excel's values); nothing is converted.
 *
 * The date system: ExcelApi has no workbook property for it that every host supports, so we ask
 * Excel's own DATE function (`workbook.functions.date(1904, 1, 1)`, ExcelApi 1.2): 1462 in the 1900
 * system, 0 in the 1904 one. Hosts without it read as 1900 (false).
 */
export async function readSheetBlock(name: string, options?: PortOptions): Promise<SheetBlock> {
  const signal = options?.signal;
  const progress = options?.onProgress;
  throwIfCancelled(signal, `nothing was read from "${name}".`);
  return runExcel(
    async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const tables = ws.tables.load("items/name");
      const dateProbe = hasFeature("date1904") ? context.workbook.functions.date(1904, 1, 1) : null;
      dateProbe?.load("value");
      await context.sync();

      const date1904 = dateProbe !== null && dateProbe.value === SERIAL_1904_01_01_IN_1904;
      const rowCount = used.isNullObject ? 0 : used.rowCount;
      const columnCount = used.isNullObject ? 0 : used.columnCount;
      const firstRow = used.isNullObject ? 1 : used.rowIndex + 1;
      const firstColumn = used.isNullObject ? 1 : used.columnIndex + 1;
      const sheetName = ws.name;

      const values: CellValue[][] = [];
      const numberFormats: string[][] = [];
      const tableState: { ranges: Excel.Range[] | null } = { ranges: null };
      const queueTables = (): void => {
        tableState.ranges = tables.items.map((t) => {
          const r = t.getRange();
          r.load("address");
          return r;
        });
      };

      let done = 0;
      let perRow = 1; // largest response bytes of one row seen so far
      let blockRows = Math.max(
        1,
        Math.floor(SYNC_BUDGET_BYTES / (Math.max(1, columnCount) * READ_FIRST_BLOCK_CELL_BYTES))
      );
      progress?.({ done: 0, total: rowCount, label: `Reading ${sheetName}` });
      while (done < rowCount) {
        throwIfCancelled(
          signal,
          `reading "${sheetName}" stopped after ${done} of ${rowCount} rows.`
        );
        const n = Math.min(blockRows, rowCount - done);
        const range = ws.getRange(
          rangeAddress({ row: firstRow + done, column: firstColumn, rows: n, columns: columnCount })
        );
        range.load("values,numberFormat,valueTypes");
        if (tableState.ranges === null) queueTables();
        try {
          // One sync per block by design: each block is sized to the payload limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (e) {
          if (isOfficeError(e) && e.code === "ResponsePayloadSizeLimitExceeded" && n > 1) {
            blockRows = Math.ceil(n / 2);
            tableState.ranges = null;
            continue;
          }
          if (isOfficeError(e) && e.code === "ResponsePayloadSizeLimitExceeded") {
            throw new AppError(
              "OFFICE",
              `Row ${firstRow + done} of sheet "${sheetName}" holds more than Excel can send at once (5 MB): shorten its longest cells.`,
              e
            );
          }
          throw e;
        }
        appendBlock(range.values, range.numberFormat, range.valueTypes, values, numberFormats);
        perRow = Math.max(
          perRow,
          largestRowBytes(range.values, range.numberFormat, range.valueTypes)
        );
        done += n;
        blockRows = Math.max(1, Math.floor((SYNC_BUDGET_BYTES - READ_FRAMING_BYTES) / perRow));
        progress?.({ done, total: rowCount, label: `Reading ${sheetName}` });
      }
      if (tableState.ranges === null && tables.items.length > 0) {
        queueTables();
        await context.sync();
      }
      const tableInfos: TableInfo[] = tables.items.map((t, i) => ({
        name: t.name,
        range: stripSheet(tableState.ranges?.[i]?.address ?? ""),
      }));

      return {
        name: sheetName,
        firstRow,
        firstColumn,
        values,
        numberFormats,
        date1904,
        tables: tableInfos,
      };
    },
    { sheet: name }
  );
}

/** Response bytes of the largest row of a loaded block (its three arrays as JSON, with commas). */
function largestRowBytes(v: unknown[][], f: unknown[][], t: unknown[][]): number {
  let max = 0;
  for (let r = 0; r < v.length; r++) {
    const b = jsonBytes(v[r]) + jsonBytes(f[r]) + jsonBytes(t[r]) + 3;
    if (b > max) max = b;
  }
  return max;
}

/** Turns one loaded block into port values: error cells → { error }, empty cells → null. */
function appendBlock(
  rawValues: unknown[][],
  rawFormats: unknown[][],
  types: Excel.RangeValueType[][] | string[][],
  values: CellValue[][],
  numberFormats: string[][]
): void {
  for (let r = 0; r < rawValues.length; r++) {
    const vr = rawValues[r] ?? [];
    const fr = rawFormats[r] ?? [];
    const tr = types[r] ?? [];
    const outV: CellValue[] = new Array<CellValue>(vr.length);
    const outF: string[] = new Array<string>(vr.length);
    for (let c = 0; c < vr.length; c++) {
      const t = String(tr[c] ?? "");
      const v = vr[c];
      if (t === "Error") outV[c] = { error: String(v) };
      else if (t === "Empty" || v === "" || v === null || v === undefined) outV[c] = null;
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
        outV[c] = v;
      else outV[c] = String(v);
      const f = fr[c];
      outF[c] = typeof f === "string" && f !== "" ? f : "General";
    }
    values.push(outV);
    numberFormats.push(outF);
  }
}
