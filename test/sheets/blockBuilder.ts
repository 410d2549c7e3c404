import type { CellValue, SheetBlock, TableInfo } from "../../src/host/port";

/** Options of a test block: where it starts, cell formats by A1 address, date system, tables. */
export interface BlockOptions {
  name?: string;
  firstRow?: number;
  firstColumn?: number;
  /** Number formats by A1 address in sheet coordinates, e.g. { E5: "dd.mm.yyyy" }. */
  formats?: Record<string, string>;
  /** Number format for every cell of a column letter, e.g. { H: "dd.mm.yyyy" }. */
  columnFormats?: Record<string, string>;
  date1904?: boolean;
  tables?: TableInfo[];
}

function letters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A SheetBlock as an adapter would read it: rows padded to a rectangle, "General" formats
 * except where given. `rows[0]` is Excel row `firstRow` (default 1).
 */
export function sheetBlock(rows: CellValue[][], options: BlockOptions = {}): SheetBlock {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 1;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const numberFormats = values.map((r, i) =>
    r.map((_, j) => {
      const col = letters(firstColumn + j);
      return (
        options.formats?.[`${col}${firstRow + i}`] ?? options.columnFormats?.[col] ?? "General"
      );
    })
  );
  return {
    name: options.name ?? "Sheet1",
    firstRow,
    firstColumn,
    values,
    numberFormats,
    date1904: options.date1904 ?? false,
    tables: options.tables ?? [],
  };
}

/** Excel serial (1900 system) of an ISO date. */
export function serial1900(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/** Excel serial (1904 system) of an ISO date. */
export function serial1904(iso: string): number {
  return serial1900(iso) - 1462;
}
