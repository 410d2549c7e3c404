import type { CellValue, PlanValue, SheetBlock, SheetPlan } from "../../src/host/port";

/** A rectangular SheetBlock from rows (padded with blanks), all cells "General" unless given. */
export function sheetBlock(
  rows: CellValue[][],
  options: {
    name?: string;
    firstRow?: number;
    firstColumn?: number;
    formats?: Record<string, string>;
  } = {}
): SheetBlock {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  const numberFormats = values.map((r, i) =>
    r.map((_, j) => options.formats?.[`${firstRow + i}:${firstColumn + j}`] ?? "General")
  );
  return {
    name: options.name ?? "Settings",
    firstRow,
    firstColumn,
    values,
    numberFormats,
    date1904: false,
    tables: [],
  };
}

/** What reading back a written plan gives: its values as cells (formulas are not expected here). */
export function blockFromPlan(plan: SheetPlan): SheetBlock {
  const toCell = (v: PlanValue): CellValue => {
    if (v !== null && typeof v === "object") throw new Error("formula in a settings plan");
    return v === "" ? null : v;
  };
  const block = sheetBlock(
    plan.values.map((r) => r.map(toCell)),
    { name: plan.name }
  );
  const table = plan.tables?.[0];
  if (table) {
    const end = table.range.row + table.range.rows - 1;
    block.tables = [{ name: table.name, range: `A${table.range.row}:C${end}` }];
  }
  return block;
}
