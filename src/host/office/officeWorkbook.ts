import type {
  CellUpdate,
  PortOptions,
  RowAppend,
  SheetBlock,
  SheetInfo,
  SheetPlan,
  WorkbookParts,
  WorkbookPort,
} from "../port";
import { appendOfficeRows } from "./officeAppendRows";
import { deleteOfficeSheet } from "./officeDeleteSheet";
import { listOfficeSheets } from "./officeListSheets";
import { readSheetBlock } from "./officeReadSheet";
import { selectOfficeCell } from "./officeSelection";
import { updateOfficeCells } from "./officeUpdateCells";
import { writeSheetPlan } from "./officeWriteSheet";

/**
 * The workbook port over the open Excel workbook (`Excel.run`). Every method is one `Excel.run`
 * with a fixed number of syncs plus one per ~4 MiB of data (Excel on the web refuses 5 MB), and
 * every error comes out as an `AppError`. Needs ExcelApi 1.4 (see `requirements.ts`); parts of a
 * plan needing more are skipped and listed in {@link OfficeWorkbook.skipped}.
 *
 * Syncs per call: listSheets 2; readSheet 1 + 1 + ⌈rest / rows per 4 MiB⌉; writeSheet 1 (+1 when
 * replacing our sheet) + ⌈request bytes / 4 MiB⌉; updateCells ⌈bytes / 4 MiB⌉ (normally 1);
 * appendRows 1 (+1 when the sheet has tables) + ⌈bytes / 4 MiB⌉; deleteSheet ≤ 3; selectCell 1.
 *
 * @example
 * const port: WorkbookPort = new OfficeWorkbook();
 * const block = await port.readSheet("Deals");
 */
export class OfficeWorkbook implements WorkbookPort {
  private lastSkipped: string[] = [];

  /** Parts of the last written plan this Excel could not make (e.g. "print setup (needs ExcelApi 1.9)"). */
  get skipped(): readonly string[] {
    return this.lastSkipped;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return listOfficeSheets();
  }

  async readSheet(name: string, options?: PortOptions): Promise<SheetBlock> {
    return readSheetBlock(name, options);
  }

  async writeSheet(plan: SheetPlan, options?: PortOptions): Promise<string> {
    const outcome = await writeSheetPlan(plan, options);
    this.lastSkipped = outcome.skipped;
    return outcome.name;
  }

  async deleteSheet(name: string): Promise<void> {
    await deleteOfficeSheet(name);
  }

  async updateCells(sheet: string, cells: CellUpdate[]): Promise<void> {
    await updateOfficeCells(sheet, cells);
  }

  async appendRows(append: RowAppend, options?: PortOptions): Promise<void> {
    await appendOfficeRows(append, options);
  }

  /** Excel keeps every part of the workbook itself: nothing is ever at risk. */
  parts(): Promise<WorkbookParts> {
    return Promise.resolve({ unsupported: [] });
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await selectOfficeCell(sheet, row, column);
  }
}
