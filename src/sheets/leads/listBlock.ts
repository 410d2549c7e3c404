/**
 * An exhibitor or contact list as a sheet block, whatever it came as (SPEC §3): CSV text (UTF-8
 * with or without a byte order mark, `;` or `,` or tab separated) or rows of cells (a selection,
 * a sheet), so the leads import reads it with the same header detection as the workbook's sheets.
 */
import Papa from "papaparse";
import type { CellValue, SheetBlock } from "../../host/port";
import { detectHeader, type ColumnMapping } from "../detectHeader";

/**
 * Rows of cells as a block starting at A1: padded to a rectangle; empty text becomes a blank cell.
 * @example rowsBlock([["Company", "E-mail"], ["SIA Koks"]], "selection").values // [["Company", "E-mail"], ["SIA Koks", null]]
 */
export function rowsBlock(rows: readonly (readonly CellValue[])[], name: string): SheetBlock {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) =>
    Array.from({ length: width }, (_x, j): CellValue => {
      const v = r[j] ?? null;
      return typeof v === "string" && v === "" ? null : v;
    })
  );
  return {
    name,
    firstRow: 1,
    firstColumn: 1,
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    date1904: false,
    tables: [],
  };
}

const SEPARATORS = [";", ",", "\t"] as const;

/** A CSV separator. */
export type CsvSeparator = (typeof SEPARATORS)[number];

function parseWith(text: string, separator: CsvSeparator): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  return parsed.data;
}

/**
 * CSV text as a block of text cells (numbers stay text: the import reads them as a column wants).
 * A byte order mark is dropped. The separator is the one (`;`, `,` or tab) under which a row maps
 * the most Leads columns — the header the import will find — else the one giving the widest first
 * row. Quoted fields may hold separators, quotes (`""`) and line breaks; a row number is the
 * record's number, as a spreadsheet opening the file shows it.
 *
 * @example csvBlock("\uFEFFRiga Food 2027\r\n\r\nExhibitor;E-mail\r\nSIA Koks;info@koks.lv\r\n", "list.csv").values
 * // [["Riga Food 2027", null], [null, null], ["Exhibitor", "E-mail"], ["SIA Koks", "info@koks.lv"]]
 */
export function csvBlock(
  text: string,
  name: string,
  mapping?: ColumnMapping
): { block: SheetBlock; separator: CsvSeparator } {
  const body = text.replace(/^\uFEFF/u, "");
  let best: { block: SheetBlock; separator: CsvSeparator; mapped: number; width: number } | null =
    null;
  for (const separator of SEPARATORS) {
    const rows = parseWith(body, separator);
    const block = rowsBlock(rows, name);
    const header = detectHeader(block, "leads", mapping);
    const mapped = header ? Object.keys(header.columns).length : 0;
    const width = rows.find((r) => r.some((c) => c.trim() !== ""))?.length ?? 0;
    if (
      !best ||
      mapped > best.mapped ||
      (mapped === best.mapped && mapped === 0 && width > best.width)
    ) {
      best = { block, separator, mapped, width };
    }
  }
  if (!best) throw new Error("unreachable: no CSV separator tried");
  return { block: best.block, separator: best.separator };
}
