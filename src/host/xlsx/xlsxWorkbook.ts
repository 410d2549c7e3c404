/**
 * The workbook port over an .xlsx file, with exceljs. Browser-safe (no fs/path here): the CLI
 * adds file helpers in `xlsxFile.ts`, the workbench bundles this module as is.
 *
 * What exceljs cannot do itself is done on the package around it: sheet-scoped defined names
 * (the `_DealDesk` mark, print areas, every name the user had), the quote prefix of text cells,
 * table parts as the user made them, and the 1904 date system as LibreOffice writes it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { AppError } from "../../core/appError";
import type {
  CellRange,
  CellUpdate,
  CellValue,
  PortOptions,
  PrintSetup,
  RowAppend,
  SheetBlock,
  SheetInfo,
  SheetPlan,
  TableInfo,
  WorkbookParts,
  WorkbookPort,
} from "../port";
import { a1, absoluteRangeA1, columnLetters, parseRangeA1, rangeA1, sheetRef } from "./a1";
import { excelValue, type ExcelValue } from "./excelValue";
import { addConditionalFormat } from "./conditionalFormats";
import { addPlanTable } from "./planTable";
import { sheetNameProblem, tableNameProblem, withoutSheets } from "./excelNames";
import {
  internals,
  isVisible,
  MERGE_TYPE,
  moveRow,
  NULL_TYPE,
  RICH_TEXT_TYPE,
  shiftDates,
  STRING_TYPE,
  tablesOf,
  usedBounds,
  type TableModel,
} from "./exceljsSheet";
import { notXlsxReason } from "./notXlsxReason";
import { argb, PlanStyles, type CellStyle } from "./planStyles";
import { readCellValue } from "./readCellValue";
import { patchTableXml, readCalculatedColumns, readTableXml } from "./tableXml";
import { looksLikeFormula, markQuotePrefix, ooxmlText, TEXT_GUARD_FORMAT } from "./textCells";
import { findUnsupportedParts } from "./unsupportedParts";
import {
  constantFormula,
  constantText,
  OURS_NAME,
  readWorkbookXml,
  writeDefinedNames,
  type DefinedName,
} from "./workbookNames";

/** Rows handled between two progress reports / cancellation checks. */
const CHUNK_ROWS = 5_000;
/** Excel's limit for a text constant in a formula (the `_DealDesk` mark). */
const MAX_KIND_LENGTH = 255;
const A4 = 9;

/** A cell the task pane asked to show (the workbench highlights it). */
export interface CellSelection {
  sheet: string;
  row: number;
  column: number;
}

/** How `openXlsx` names the file in its messages. */
export interface OpenXlsxOptions {
  /** e.g. "deals.xlsx"; default "The file". */
  name?: string;
}

/** A defined name kept from the file, its scope the sheet object (so it dies with the sheet). */
interface KeptName {
  name: string;
  scope: ExcelJS.Worksheet | null;
  text: string;
  attributes: [string, string][];
}

/** A table part as the file had it, and what it says of calculated columns. */
interface SourceTable {
  xml: string;
  /** Calculated-column formulas by 0-based column index in the table. */
  calculated: Map<number, string>;
}

function checkCancelled(options?: PortOptions): void {
  if (options?.signal?.aborted) throw new AppError("CANCELLED", "Cancelled.");
}

/** Lets the browser paint and an abort arrive between chunks; never once per row. */
async function breathe(
  options: PortOptions | undefined,
  done: number,
  total: number,
  label: string
): Promise<void> {
  options?.onProgress?.({ done, total, label });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  checkCancelled(options);
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split(/\r?\n/)[0] ?? "").trim() || "unknown error";
}

/**
 * An .xlsx workbook behind the `WorkbookPort`. Get one with `openXlsx(bytes)` or `createXlsx()`,
 * run jobs against it, then `toBuffer()` (or `saveXlsxFile` on Node).
 *
 * @example
 * const wb = await openXlsx(bytes, { name: "deals.xlsx" });
 * await wb.writeSheet({ name: "Report", kind: "report:2026-Q3", values: [["Owner", "Revenue"]] });
 * const out = await wb.toBuffer();
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The last cell `selectCell` was asked to show (the workbench highlights it), or null. */
  lastSelection: CellSelection | null = null;

  private readonly ours = new Map<ExcelJS.Worksheet, string>();
  private readonly printSetups = new Map<ExcelJS.Worksheet, PrintSetup>();
  private readonly keptNames: KeptName[] = [];
  private readonly sourceTables = new Map<TableModel, SourceTable>();
  private readonly deletedSheets = new Set<string>();
  private activeSheet: ExcelJS.Worksheet | null = null;
  private partsFound: Promise<WorkbookParts> | null = null;
  private tempCounter = 0;

  /** Sheets being built by `writeSheet`, not yet part of the workbook the port shows. */
  private readonly building = new Set<ExcelJS.Worksheet>();

  /** Use `openXlsx` or `createXlsx`. */
  private constructor(
    /** The exceljs workbook (for tests and benchmarks; jobs go through the port). */
    readonly workbook: ExcelJS.Workbook,
    private readonly source: JSZip | null
  ) {}

  /** A workbook exceljs made from nothing (`createXlsx`). */
  static fresh(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook, null);
  }

  /**
   * A workbook exceljs loaded from `zip`, completed with what exceljs could not read from the
   * package (used by `openXlsx`).
   */
  static async loaded(workbook: ExcelJS.Workbook, zip: JSZip): Promise<XlsxWorkbook> {
    const wb = new XlsxWorkbook(workbook, zip);
    await wb.adoptSource();
    return wb;
  }

  /** True when the workbook counts dates from 1904-01-01 (Mac Excel of old, some LibreOffice files). */
  get date1904(): boolean {
    return this.workbook.properties?.date1904 === true;
  }

  // -------------------------------------------------------------------------------------------
  // Opening

  /** Takes over what exceljs could not read from the package. */
  private async adoptSource(): Promise<void> {
    const zip = this.source;
    if (!zip) return;
    const wb = this.workbook;
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const info = readWorkbookXml(workbookXml);

    // exceljs reads date1904 only when written "1"; LibreOffice writes "true". Its Dates were
    // then counted from 1900: move them to the 1904 system so serials and saving stay exact.
    if (info.date1904 && !this.date1904) {
      shiftDates(wb, 1462);
      wb.properties.date1904 = true;
    }

    // Table parts as the user made them (exceljs drops the header row flag and more).
    const byName = new Map<string, SourceTable & { headerRow: boolean }>();
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
      const xml = (await zip.file(path)?.async("string")) ?? "";
      const t = readTableXml(xml);
      if (t)
        byName.set(t.name.toLowerCase(), {
          xml,
          calculated: readCalculatedColumns(xml),
          headerRow: t.headerRow,
        });
    }
    for (const ws of wb.worksheets) {
      for (const model of tablesOf(ws)) {
        const src = byName.get(model.name.toLowerCase());
        if (!src) continue;
        model.headerRow = src.headerRow;
        this.sourceTables.set(model, { xml: src.xml, calculated: src.calculated });
      }
    }

    for (const n of info.names) {
      const scope = n.sheet === null ? null : (wb.getWorksheet(n.sheet) ?? null);
      if (n.sheet !== null && !scope) continue;
      if (scope && n.name.toLowerCase() === OURS_NAME.toLowerCase()) {
        const kind = constantText(n.text);
        if (kind !== null) {
          this.ours.set(scope, kind);
          continue;
        }
      }
      this.keptNames.push({ name: n.name, scope, text: n.text, attributes: n.attributes });
    }

    const activeTab = wb.views?.[0]?.activeTab ?? 0;
    const activeName = info.sheets[activeTab];
    this.activeSheet = (activeName !== undefined ? wb.getWorksheet(activeName) : undefined) ?? null;
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  /** Every sheet in order, with its used size, tables and whether Deal Desk made it. */
  async listSheets(): Promise<SheetInfo[]> {
    await Promise.resolve();
    return this.sheets().map((ws, index) => {
      const b = usedBounds(ws);
      return {
        name: ws.name,
        index,
        visible: isVisible(ws),
        rowCount: b ? b.lastRow - b.firstRow + 1 : 0,
        columnCount: b ? b.lastColumn - b.firstColumn + 1 : 0,
        tables: tablesOf(ws).map((t) => t.displayName ?? t.name),
        ours: this.ours.get(ws) ?? null,
      };
    });
  }

  /** The used block of a sheet: cached values, number formats, tables. */
  async readSheet(name: string, options?: PortOptions): Promise<SheetBlock> {
    checkCancelled(options);
    const ws = this.sheet(name);
    const date1904 = this.date1904;
    const tables: TableInfo[] = tablesOf(ws).map((t) => ({
      name: t.displayName ?? t.name,
      range: t.tableRef,
    }));
    const b = usedBounds(ws);
    if (!b)
      return {
        name: ws.name,
        firstRow: 1,
        firstColumn: 1,
        values: [],
        numberFormats: [],
        date1904,
        tables,
      };
    const height = b.lastRow - b.firstRow + 1;
    const width = b.lastColumn - b.firstColumn + 1;
    const values: CellValue[][] = new Array<CellValue[]>(height);
    const numberFormats: string[][] = new Array<string[]>(height);
    const label = `Reading ${ws.name}`;
    for (let start = 0; start < height; start += CHUNK_ROWS) {
      const end = Math.min(height, start + CHUNK_ROWS);
      for (let i = start; i < end; i++) {
        const rowValues = new Array<CellValue>(width).fill(null);
        const rowFormats = new Array<string>(width).fill("General");
        const row = ws.findRow(b.firstRow + i);
        row?.eachCell((cell, c) => {
          const j = c - b.firstColumn;
          if (j < 0 || j >= width) return;
          if (cell.type !== MERGE_TYPE) rowValues[j] = readCellValue(cell.value, date1904);
          const fmt = cell.numFmt;
          if (fmt) rowFormats[j] = fmt === TEXT_GUARD_FORMAT ? "@" : fmt;
        });
        values[i] = rowValues;
        numberFormats[i] = rowFormats;
      }
      if (end < height) await breathe(options, end, height, label);
    }
    options?.onProgress?.({ done: height, total: height, label });
    return {
      name: ws.name,
      firstRow: b.firstRow,
      firstColumn: b.firstColumn,
      values,
      numberFormats,
      date1904,
      tables,
    };
  }

  /** Parts an in-place rewrite would lose (none for a workbook made here). */
  parts(): Promise<WorkbookParts> {
    const zip = this.source;
    if (!zip) return Promise.resolve({ unsupported: [] });
    this.partsFound ??= findUnsupportedParts(zip).then((unsupported) => ({ unsupported }));
    return this.partsFound;
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a sheet from a plan. Replaces a sheet of that name only when Deal Desk made it
   * (it keeps that sheet's place unless `position` says otherwise); a sheet of the user's is
   * never touched. Built aside and swapped in at the end, so a failure or cancellation leaves
   * the workbook as it was.
   */
  async writeSheet(plan: SheetPlan, options?: PortOptions): Promise<string> {
    checkCancelled(options);
    const problem = sheetNameProblem(plan.name);
    if (problem)
      throw new AppError("WRITE_FAILED", `Cannot write a sheet named "${plan.name}": ${problem}.`);
    const existing = this.findSheet(plan.name);
    if (existing && !this.ours.has(existing)) {
      throw new AppError(
        "WRITE_FAILED",
        `Cannot write ${plan.name}: a sheet of yours is named ${existing.name}, and Deal Desk never replaces your sheets; rename it or choose another name.`
      );
    }
    const marked = plan.owner !== "user";
    if (marked && plan.kind.length > MAX_KIND_LENGTH) {
      throw new AppError(
        "WRITE_FAILED",
        `Cannot mark sheet ${plan.name}: its kind is longer than ${MAX_KIND_LENGTH} characters.`
      );
    }
    this.checkTableNames(plan, existing);

    const wb = this.workbook;
    const ws = wb.addWorksheet(this.tempName());
    this.building.add(ws);
    try {
      await this.fillSheet(ws, plan, options);
    } catch (e) {
      wb.removeWorksheet(ws.id);
      throw e;
    } finally {
      this.building.delete(ws);
    }

    let orderNo = internals(ws).orderNo;
    if (existing) {
      const wasActive = this.activeSheet === existing;
      orderNo = internals(existing).orderNo;
      this.forget(existing);
      wb.removeWorksheet(existing.id);
      if (wasActive) this.activeSheet = ws;
    }
    ws.name = plan.name;
    const others = wb.worksheets.filter((s) => s !== ws).map((s) => internals(s).orderNo);
    if (plan.position === "first") orderNo = Math.min(0, ...others) - 1;
    else if (plan.position === "last" || !existing) orderNo = Math.max(0, ...others) + 1;
    internals(ws).orderNo = orderNo;

    if (marked) this.ours.set(ws, plan.kind);
    if (plan.print) this.printSetups.set(ws, plan.print);
    if (plan.activate) this.activeSheet = ws;
    this.deletedSheets.delete(plan.name.toLowerCase());
    return ws.name;
  }

  /** Deletes a sheet Deal Desk made; refuses the user's sheets. */
  async deleteSheet(name: string): Promise<void> {
    await Promise.resolve();
    const ws = this.sheet(name);
    if (!this.ours.has(ws)) {
      throw new AppError(
        "WRITE_FAILED",
        `Cannot delete ${ws.name}: it is your sheet, and Deal Desk deletes only sheets it made.`
      );
    }
    const visibleLeft = this.workbook.worksheets.filter((s) => s !== ws && isVisible(s));
    if (visibleLeft.length === 0) {
      throw new AppError(
        "WRITE_FAILED",
        `Cannot delete ${ws.name}: a workbook needs at least one visible sheet.`
      );
    }
    this.forget(ws);
    this.workbook.removeWorksheet(ws.id);
    this.deletedSheets.add(ws.name.toLowerCase());
  }

  /** Puts values into cells of an existing sheet, all or none. Strings stay text. */
  async updateCells(sheet: string, cells: CellUpdate[]): Promise<void> {
    await Promise.resolve();
    const ws = this.sheet(sheet);
    const headers = this.headerCells(ws);
    const planned = cells.map((u) => {
      const where = `${ws.name}!${validCell(u.row, u.column, ws.name)}`;
      const header = headers.get(`${u.row}:${u.column}`);
      if (header && u.value !== header.text) {
        throw new AppError(
          "WRITE_FAILED",
          `Cannot change ${where}: it is a header of table ${header.table}.`
        );
      }
      return { u, value: excelValue(u.value, where) };
    });
    for (const { u, value } of planned)
      ws.getCell(u.row, u.column).value = value as ExcelJS.CellValue;
  }

  /**
   * Appends rows below a sheet's used range — or, when the columns belong to an Excel table,
   * right below the table's data, growing the table (a totals row moves down with it).
   * New cells take the formats of the row above; a table's calculated columns get their formula
   * where the row brings no value.
   */
  async appendRows(append: RowAppend, options?: PortOptions): Promise<void> {
    checkCancelled(options);
    const ws = this.sheet(append.sheet);
    if (!Number.isInteger(append.firstColumn) || append.firstColumn < 1) {
      throw new AppError(
        "WRITE_FAILED",
        `Cannot append to ${ws.name}: column ${append.firstColumn} is not a column.`
      );
    }
    const rows = append.rows.map((r) => {
      let n = r.length;
      while (n > 0 && (r[n - 1] === null || r[n - 1] === undefined)) n--;
      return r.slice(0, n);
    });
    if (rows.length === 0) return;
    const width = Math.max(1, ...rows.map((r) => r.length));
    const first = append.firstColumn;
    const last = first + width - 1;

    const table = tablesOf(ws).find((t) => {
      const r = parseRangeA1(t.tableRef);
      return r !== null && first >= r.column && first <= r.column + r.columns - 1;
    });
    let startRow: number;
    let templateRow: number | null;
    let calculated = new Map<number, string>();
    let tableRange: CellRange | null = null;
    if (table) {
      tableRange = parseRangeA1(table.tableRef);
      if (!tableRange)
        throw new AppError("WRITE_FAILED", `Table ${table.name} on ${ws.name} has no valid range.`);
      const tableLast = tableRange.column + tableRange.columns - 1;
      if (last > tableLast) {
        throw new AppError(
          "WRITE_FAILED",
          `Cannot append to table ${table.displayName ?? table.name} on ${ws.name}: the rows reach column ${columnLetters(last)}, the table ends at ${columnLetters(tableLast)}.`
        );
      }
      const totals = table.totalsRow === true;
      const lastDataRow = tableRange.row + tableRange.rows - 1 - (totals ? 1 : 0);
      startRow = lastDataRow + 1;
      const headerRow = table.headerRow === false ? null : tableRange.row;
      templateRow = lastDataRow !== headerRow ? lastDataRow : null;
      // Room below: the rows the table grows into must be free (the totals row moves down).
      const freeFrom = tableRange.row + tableRange.rows;
      for (let r = freeFrom; r < freeFrom + rows.length; r++) {
        for (let c = tableRange.column; c <= tableLast; c++) {
          const cell = ws.findCell(r, c);
          if (cell && cell.type !== NULL_TYPE) {
            throw new AppError(
              "WRITE_FAILED",
              `No room to add ${rows.length} rows to table ${table.displayName ?? table.name} on ${ws.name}: ${a1(r, c)} is not empty.`
            );
          }
        }
      }
      if (totals)
        moveRow(ws, lastDataRow + 1, lastDataRow + 1 + rows.length, tableRange.column, tableLast);
      const src = this.sourceTables.get(table);
      if (src) calculated = src.calculated;
    } else {
      const b = usedBounds(ws);
      startRow = b ? b.lastRow + 1 : 1;
      templateRow = b && b.lastRow > b.firstRow ? b.lastRow : null;
    }

    // Convert everything first: a bad value fails before anything is written.
    const converted: ExcelValue[][] = rows.map((r, i) =>
      r.map((v, j) => excelValue(v, `${ws.name}!${a1(startRow + i, first + j)}`))
    );
    const label = `Appending to ${ws.name}`;
    const styleColumns = tableRange
      ? [tableRange.column, tableRange.column + tableRange.columns - 1]
      : [first, last];
    const templateStyles: (CellStyle | undefined)[] = [];
    if (templateRow !== null) {
      for (let c = styleColumns[0] ?? first; c <= (styleColumns[1] ?? last); c++) {
        templateStyles[c] = ws.findCell(templateRow, c)?.style;
      }
    }
    let formulasWithoutResult = false;
    for (let i = 0; i < converted.length; i++) {
      const r = startRow + i;
      const row = ws.getRow(r);
      for (let c = styleColumns[0] ?? first; c <= (styleColumns[1] ?? last); c++) {
        const style = templateStyles[c];
        const v = c >= first && c <= last ? (converted[i]?.[c - first] ?? null) : null;
        const formula =
          tableRange && v === null ? calculated.get(c - tableRange.column) : undefined;
        if (v === null && formula === undefined && !style) continue;
        const cell = row.getCell(c);
        if (style) cell.style = style;
        if (formula !== undefined) {
          cell.value = { formula } as ExcelJS.CellFormulaValue;
          formulasWithoutResult = true;
        } else if (v !== null) cell.value = v as ExcelJS.CellValue;
      }
      if ((i + 1) % CHUNK_ROWS === 0 && i + 1 < converted.length)
        await breathe(options, i + 1, converted.length, label);
    }
    if (table && tableRange) {
      table.tableRef = rangeA1({ ...tableRange, rows: tableRange.rows + rows.length });
      if (table.autoFilterRef) {
        const f = parseRangeA1(table.autoFilterRef);
        if (f) table.autoFilterRef = rangeA1({ ...f, rows: f.rows + rows.length });
      }
    }
    // Formulas we could not compute: let Excel compute them when the file opens.
    if (formulasWithoutResult)
      this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    options?.onProgress?.({ done: converted.length, total: converted.length, label });
  }

  /** Records the cell to show: the workbench highlights `lastSelection`. */
  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await Promise.resolve();
    const ws = this.sheet(sheet);
    validCell(row, column, ws.name);
    this.lastSelection = { sheet: ws.name, row, column };
  }

  // -------------------------------------------------------------------------------------------
  // Saving

  /**
   * The workbook as .xlsx bytes: exceljs's package with the sheet marks, print names and the
   * user's defined names, quote prefixes on formula-like text, and the user's table parts.
   */
  async toBuffer(): Promise<Uint8Array> {
    const wb = this.workbook;
    if (wb.worksheets.length === 0)
      throw new AppError("WRITE_FAILED", "The workbook has no sheets to save.");
    const restore = this.prepareText();
    this.prepareViews();
    // We write every defined name ourselves (exceljs loses scopes and constants).
    wb.definedNames.model = [];

    let written: ArrayBuffer;
    try {
      written = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    } finally {
      restore();
    }
    const zip = await JSZip.loadAsync(written);

    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", writeDefinedNames(workbookXml, this.definedNames()));

    const stylesXml = await zip.file("xl/styles.xml")?.async("string");
    if (stylesXml !== undefined) zip.file("xl/styles.xml", markQuotePrefix(stylesXml));

    const alive = new Set(wb.worksheets.flatMap((ws) => tablesOf(ws)));
    for (const [model, src] of this.sourceTables) {
      if (!alive.has(model) || !model.target || model.id === undefined) continue;
      const path = `xl/tables/${model.target}`;
      if (zip.file(path))
        zip.file(path, patchTableXml(src.xml, { id: model.id, ref: model.tableRef }));
    }
    return zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  /** The workbook's sheets as the port shows them (without sheets still being built). */
  private sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !this.building.has(ws));
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const key = name.trim().toLowerCase();
    return this.sheets().find((ws) => ws.name.toLowerCase() === key);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.findSheet(name);
    if (!ws) throw new AppError("MISSING_SHEET", `No sheet named ${name} in the workbook.`);
    return ws;
  }

  private tempName(): string {
    let name: string;
    do name = `~dealdesk${++this.tempCounter}`;
    while (this.workbook.worksheets.some((ws) => ws.name.toLowerCase() === name));
    return name;
  }

  private forget(ws: ExcelJS.Worksheet): void {
    this.ours.delete(ws);
    this.printSetups.delete(ws);
    if (this.activeSheet === ws) this.activeSheet = null;
    if (this.lastSelection?.sheet === ws.name) this.lastSelection = null;
  }

  private checkTableNames(plan: SheetPlan, replaced: ExcelJS.Worksheet | undefined): void {
    const taken = new Set<string>();
    for (const ws of this.workbook.worksheets) {
      if (ws === replaced) continue;
      for (const t of tablesOf(ws)) {
        taken.add(t.name.toLowerCase());
        if (t.displayName) taken.add(t.displayName.toLowerCase());
      }
    }
    for (const n of this.keptNames) if (n.scope === null) taken.add(n.name.toLowerCase());
    const mine = new Set<string>();
    for (const t of plan.tables ?? []) {
      const problem = tableNameProblem(t.name);
      if (problem)
        throw new AppError(
          "WRITE_FAILED",
          `Cannot name a table "${t.name}" on ${plan.name}: ${problem}.`
        );
      const key = t.name.toLowerCase();
      if (taken.has(key) || mine.has(key)) {
        throw new AppError(
          "WRITE_FAILED",
          `Cannot add table ${t.name} on ${plan.name}: the workbook already has a table or name ${t.name}.`
        );
      }
      mine.add(key);
    }
  }

  /** Header cells of a sheet's tables, by "row:column", with the table's name and text. */
  private headerCells(ws: ExcelJS.Worksheet): Map<string, { table: string; text: string }> {
    const out = new Map<string, { table: string; text: string }>();
    for (const t of tablesOf(ws)) {
      const r = parseRangeA1(t.tableRef);
      if (!r || t.headerRow === false) continue;
      for (let c = r.column; c < r.column + r.columns; c++) {
        const v = readCellValue(ws.findCell(r.row, c)?.value, false);
        out.set(`${r.row}:${c}`, {
          table: t.displayName ?? t.name,
          text: typeof v === "string" ? v : String(v ?? ""),
        });
      }
    }
    return out;
  }

  private async fillSheet(
    ws: ExcelJS.Worksheet,
    plan: SheetPlan,
    options?: PortOptions
  ): Promise<void> {
    const valuesWidth = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
    const probe = new PlanStyles(plan.formats ?? [], plan.font, 0);
    const width = Math.max(valuesWidth, probe.lastBlockColumn);
    const height = Math.max(plan.values.length, probe.lastBlockRow);
    const styles = new PlanStyles(plan.formats ?? [], plan.font, width);
    const base = styles.baseStyle;
    const label = `Writing ${plan.name}`;
    for (let r = 1; r <= height; r++) {
      const rowStyles = styles.rowStyles(r);
      const vals = plan.values[r - 1] ?? [];
      const row = ws.getRow(r);
      for (let c = 1; c <= width; c++) {
        const v = vals[c - 1] ?? null;
        const style = rowStyles[c - 1];
        const styled = style !== undefined && style !== base;
        if (v === null && !styled) continue;
        const cell = row.getCell(c);
        if (v !== null) cell.value = excelValue(v, `${plan.name}!${a1(r, c)}`) as ExcelJS.CellValue;
        if (style) cell.style = style;
      }
      if (r % CHUNK_ROWS === 0 && r < height) await breathe(options, r, height, label);
    }

    (plan.columnWidths ?? []).forEach((w, i) => {
      if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = w;
    });
    for (const m of plan.merges ?? []) {
      if (m.rows * m.columns > 1)
        ws.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
    }
    if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
      const { rows, columns } = plan.freeze;
      ws.views = [
        {
          state: "frozen",
          xSplit: columns,
          ySplit: rows,
          topLeftCell: a1(rows + 1, columns + 1),
          activeCell: a1(rows + 1, columns + 1),
        },
      ];
    } else {
      ws.views = [{ state: "normal" }];
    }
    for (const t of plan.tables ?? []) addPlanTable(ws, plan, t);
    for (const cf of plan.conditionalFormats ?? []) addConditionalFormat(ws, cf);
    if (plan.print) {
      Object.assign(ws.pageSetup, {
        paperSize: A4,
        orientation: plan.print.orientation,
        fitToPage: plan.print.fitToWidth,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
    // plan.charts: exceljs cannot write charts; plans add data bars for the xlsx engine.
    options?.onProgress?.({ done: height, total: height, label });
  }

  /**
   * Readies every text cell of the workbook for writing: formula-like text gets a quote prefix
   * (kept: it is what the cell should have), and text XML cannot carry is escaped for the
   * duration of the write (see textCells.ts). Returns what puts the escaped cells back.
   */
  private prepareText(): () => void {
    const guarded = new WeakMap<object, CellStyle>();
    const escaped: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
    for (const ws of this.workbook.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type !== STRING_TYPE && cell.type !== RICH_TEXT_TYPE) return;
          const value = cell.value;
          const text = readCellValue(value, false);
          if (typeof text !== "string") return;
          if (looksLikeFormula(text)) {
            const style = cell.style ?? {};
            if (style.numFmt !== TEXT_GUARD_FORMAT) {
              let next = guarded.get(style);
              if (!next) {
                next = { ...style, numFmt: TEXT_GUARD_FORMAT };
                guarded.set(style, next);
              }
              cell.style = next;
            }
          }
          if (typeof value === "string") {
            const out = ooxmlText(value);
            if (out !== value) {
              escaped.push({ cell, value });
              cell.value = out;
            }
          } else if (value && typeof value === "object" && "richText" in value) {
            const runs = value.richText.map((r) => ({ ...r, text: ooxmlText(r.text) }));
            if (runs.some((r, i) => r.text !== value.richText[i]?.text)) {
              escaped.push({ cell, value });
              cell.value = { richText: runs };
            }
          }
        });
      });
    }
    return () => {
      for (const { cell, value } of escaped) cell.value = value;
    };
  }

  /** One active, selected tab: the one a plan activated, else the one the file had. */
  private prepareViews(): void {
    const wb = this.workbook;
    const sheets = wb.worksheets;
    if (sheets.length === 0) return;
    let active =
      this.activeSheet && sheets.includes(this.activeSheet) ? this.activeSheet : undefined;
    if (!active || !isVisible(active)) active = sheets.find(isVisible) ?? sheets[0];
    const index = active ? sheets.indexOf(active) : 0;
    const views = (wb.views ?? []) as Partial<ExcelJS.WorkbookView>[];
    if (views.length === 0) {
      views.push({
        x: 0,
        y: 0,
        width: 28800,
        height: 17600,
        firstSheet: 0,
        activeTab: index,
        visibility: "visible",
      });
    } else {
      const v = views[0] ?? {};
      v.activeTab = index;
      if ((v.firstSheet ?? 0) > index) v.firstSheet = index;
    }
    wb.views = views as ExcelJS.WorkbookView[];
    // Two selected tabs would make Excel group the sheets: only the active one is selected.
    for (const ws of sheets) {
      if (!Array.isArray(ws.views) || ws.views.length === 0) ws.views = [{ state: "normal" }];
      ws.views.forEach((v, i) => {
        (v as { tabSelected?: boolean }).tabSelected = ws === active && i === 0;
      });
    }
  }

  /** Every defined name the package must carry, with scopes as sheet names. */
  private definedNames(): DefinedName[] {
    const wb = this.workbook;
    const alive = new Set(wb.worksheets);
    const gone = [...this.deletedSheets].filter((n) => !this.findSheet(n));
    const out: DefinedName[] = [];
    for (const n of this.keptNames) {
      if (n.scope && !alive.has(n.scope)) continue;
      out.push({
        name: n.name,
        sheet: n.scope?.name ?? null,
        text: withoutSheets(n.text, gone),
        attributes: n.attributes,
      });
    }
    for (const ws of wb.worksheets) {
      const print = this.printSetups.get(ws);
      if (print?.printArea) {
        out.push({
          name: "_xlnm.Print_Area",
          sheet: ws.name,
          text: `${sheetRef(ws.name)}!${absoluteRangeA1(print.printArea)}`,
          attributes: [],
        });
      }
      if (print?.repeatRows) {
        const { first, last } = print.repeatRows;
        out.push({
          name: "_xlnm.Print_Titles",
          sheet: ws.name,
          text: `${sheetRef(ws.name)}!$${first}:$${last}`,
          attributes: [],
        });
      }
      const kind = this.ours.get(ws);
      if (kind !== undefined) {
        out.push({
          name: OURS_NAME,
          sheet: ws.name,
          text: constantFormula(kind),
          attributes: [["hidden", "1"]],
        });
      }
    }
    return out;
  }
}

function validCell(row: number, column: number, sheet: string): string {
  if (
    !Number.isInteger(row) ||
    !Number.isInteger(column) ||
    row < 1 ||
    column < 1 ||
    row > 1_048_576 ||
    column > 16_384
  ) {
    throw new AppError(
      "WRITE_FAILED",
      `${sheet}: row ${row}, column ${column} is not a cell of a worksheet.`
    );
  }
  return a1(row, column);
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Opens .xlsx bytes. Anything else — a CSV, an .xls, an .ods, a damaged or empty file —
 * is an AppError("BAD_INPUT") with one line naming the file and what it is.
 *
 * @example const wb = await openXlsx(await file.arrayBuffer(), { name: file.name });
 */
export async function openXlsx(
  data: ArrayBuffer | Uint8Array,
  options: OpenXlsxOptions = {}
): Promise<XlsxWorkbook> {
  const what = options.name ?? "The file";
  const bad = (why: string, cause?: unknown): AppError =>
    new AppError(
      "BAD_INPUT",
      `${what} is not an .xlsx workbook: ${why}.`.replace(/[\r\n]+/g, " "),
      cause
    );
  const bytes = toBytes(data);
  const why = notXlsxReason(bytes);
  if (why) throw bad(why);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw bad("the zip package is damaged", e);
  }
  if (!zip.file("xl/workbook.xml")) {
    if (zip.file("mimetype") && zip.file("content.xml"))
      throw bad("it is an OpenDocument spreadsheet (.ods); save it as .xlsx");
    if (zip.file("word/document.xml")) throw bad("it is a Word document");
    if (zip.file("ppt/presentation.xml")) throw bad("it is a PowerPoint presentation");
    throw bad("it holds no workbook part (xl/workbook.xml)");
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw bad(`it could not be read (${firstLine(e)})`, e);
  }
  return XlsxWorkbook.loaded(workbook, zip);
}

/**
 * A new, empty workbook (no sheets until a plan is written).
 *
 * @example const wb = createXlsx(); await wb.writeSheet(plan); const bytes = await wb.toBuffer();
 */
export function createXlsx(): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Deal Desk";
  workbook.lastModifiedBy = "Deal Desk";
  return XlsxWorkbook.fresh(workbook);
}
