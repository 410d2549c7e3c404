/**
 * A sheet plan seen as the block a read of the written sheet would return, without writing it:
 * so a job can check what a reader will find before it replaces anything.
 */
import type { CellValue, SheetBlock, SheetPlan } from "../../host/port";

/**
 * The block `readSheet` would give after `plan` is written: values from A1 (a formula as its
 * computed result, blank when it has none), number formats from the plan's format blocks (the
 * last block covering a cell wins, "General" elsewhere), 1900 date system, no tables.
 *
 * @example planBlock({ name: "Retro D-1", kind: "retro:D-1", values: [["Title"]] }).values[0][0] === "Title"
 */
export function planBlock(plan: SheetPlan): SheetBlock {
  const width = Math.max(0, ...plan.values.map((r) => r.length));
  const values: CellValue[][] = plan.values.map((row) =>
    Array.from({ length: width }, (_, c): CellValue => {
      const v = row[c] ?? null;
      if (v === null || typeof v !== "object") return v;
      return v.result ?? null;
    })
  );
  const numberFormats = values.map((row) => row.map(() => "General"));
  for (const f of plan.formats ?? []) {
    if (f.numberFormat === undefined) continue;
    const { row, column, rows, columns } = f.range;
    for (let r = row; r < row + rows; r++) {
      const formats = numberFormats[r - 1];
      if (!formats) continue;
      for (let c = column; c < column + columns && c <= width; c++) formats[c - 1] = f.numberFormat;
    }
  }
  return {
    name: plan.name,
    firstRow: 1,
    firstColumn: 1,
    values,
    numberFormats,
    date1904: false,
    tables: [],
  };
}
