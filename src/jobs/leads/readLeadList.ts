/**
 * Reading the list a leads import takes (SPEC §3): a CSV file, an .xlsx file, another sheet of
 * the workbook, or rows (the current selection) — each as a sheet block read with the Leads
 * columns, title rows above the header skipped.
 */
import { AppError } from "../../core/appError";
import type { Lead } from "../../core/model";
import type { CellValue, SheetBlock, WorkbookPort } from "../../host/port";
import type { ColumnMapping } from "../../sheets/detectHeader";
import { detectHeader } from "../../sheets/detectHeader";
import { readLeads } from "../../sheets/entities/readLeads";
import { csvBlock, rowsBlock } from "../../sheets/leads/listBlock";
import type { ReadOptions, SheetRead } from "../../sheets/readRows";
import type { PortOptions } from "../../host/port";

/** Where an import's leads come from. */
export type LeadListSource =
  /** CSV text (UTF-8; a byte order mark is dropped), `;`, `,` or tab separated; `name` e.g. the file name. */
  | { kind: "csv"; text: string; name: string }
  /** .xlsx bytes; `sheet` picks a sheet, else the first whose header names Leads columns. */
  | { kind: "xlsx"; data: Uint8Array; name: string; sheet?: string }
  /** Another sheet of the workbook. */
  | { kind: "sheet"; sheet: string }
  /** Rows of cells, e.g. the current selection; `name` names them in issues. */
  | { kind: "rows"; rows: CellValue[][]; name: string };

/** Opens .xlsx bytes as a workbook (the host's adapter: jobs never import one). */
export type OpenWorkbook = (data: Uint8Array, name: string) => Promise<WorkbookPort>;

/** A list read: its block, its rows as leads, and what it is called in issues. */
export interface LeadList {
  /** The name issues give the list: the file name, `file.xlsx › Sheet1`, or the sheet's name. */
  name: string;
  block: SheetBlock;
  read: SheetRead<Lead>;
  /** The CSV separator found, or null for other sources. */
  separator: string | null;
}

/** Without a file extension: `Riga Food 2027.csv` → `Riga Food 2027`. */
export function listStem(name: string): string {
  const base = name.replace(/^.*[\\/]/u, "");
  return base.replace(/\.(csv|txt|xlsx|xlsm)$/iu, "") || base;
}

/**
 * Reads an import's list into Lead rows (with the Leads synonyms and `mapping`: field → header).
 * Throws AppError: MISSING_SHEET for a sheet that is not there, BAD_INPUT for an .xlsx list
 * without an `openWorkbook`, MISSING_COLUMN when no row names two Leads columns or none is Company.
 *
 * @example const list = await readLeadList(port, { kind: "csv", text, name: "riga-food.csv" }, {}, { dateOrder: "DMY" })
 */
export async function readLeadList(
  port: WorkbookPort,
  source: LeadListSource,
  mapping: ColumnMapping,
  readOptions: ReadOptions,
  openWorkbook?: OpenWorkbook,
  options?: PortOptions
): Promise<LeadList> {
  const read = (block: SheetBlock): SheetRead<Lead> =>
    readLeads(block, { ...readOptions, mappings: { leads: { ...mapping } } });
  switch (source.kind) {
    case "csv": {
      const { block, separator } = csvBlock(source.text, source.name, mapping);
      return { name: source.name, block, read: read(block), separator };
    }
    case "rows": {
      const block = rowsBlock(source.rows, source.name);
      return { name: source.name, block, read: read(block), separator: null };
    }
    case "sheet": {
      const infos = await port.listSheets();
      const info = infos.find(
        (s) => s.name.trim().toLowerCase() === source.sheet.trim().toLowerCase()
      );
      if (!info) {
        throw new AppError(
          "MISSING_SHEET",
          `No sheet "${source.sheet}" to import from: the workbook has ${infos.map((s) => s.name).join(", ")}.`
        );
      }
      const block = await port.readSheet(info.name, options);
      return { name: info.name, block, read: read(block), separator: null };
    }
    case "xlsx": {
      if (!openWorkbook) {
        throw new AppError(
          "BAD_INPUT",
          `${source.name}: .xlsx lists need the host's workbook reader — import it as CSV instead.`
        );
      }
      const book = await openWorkbook(source.data, source.name);
      const infos = await book.listSheets();
      let chosen = source.sheet
        ? infos.find((s) => s.name.trim().toLowerCase() === source.sheet?.trim().toLowerCase())
        : undefined;
      if (source.sheet && !chosen) {
        throw new AppError(
          "MISSING_SHEET",
          `${source.name} has no sheet "${source.sheet}": it has ${infos.map((s) => s.name).join(", ")}.`
        );
      }
      let block: SheetBlock | null = null;
      if (chosen) {
        block = await book.readSheet(chosen.name, options);
      } else {
        for (const info of infos.filter((s) => s.visible && s.rowCount > 0)) {
          const b = await book.readSheet(info.name, options);
          if (detectHeader(b, "leads", mapping)?.columns.company) {
            chosen = info;
            block = b;
            break;
          }
        }
      }
      if (!chosen || !block) {
        const first = infos.find((s) => s.visible) ?? infos[0];
        if (!first) throw new AppError("BAD_INPUT", `${source.name} holds no sheet.`);
        chosen = first;
        block = await book.readSheet(first.name, options);
      }
      const name = infos.length > 1 ? `${source.name} › ${chosen.name}` : source.name;
      const named = { ...block, name };
      return { name, block: named, read: read(named), separator: null };
    }
  }
}
