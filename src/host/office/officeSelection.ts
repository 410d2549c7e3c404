import { cellAddress } from "./a1";
import { runExcel } from "./runExcel";

/**
 * Shows a cell to the user: activates its sheet and selects it, in one sync.
 * @example await selectOfficeCell("Deals", 12, 3) // Deals!C12 selected
 */
export async function selectOfficeCell(sheet: string, row: number, column: number): Promise<void> {
  await runExcel(
    async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cellAddress(row, column)).select();
      await context.sync();
    },
    { sheet }
  );
}

/**
 * The sheet and Excel row (1-based) of the active selection's first row, in one sync — e.g. for
 * "quote for the selected Deals row". Null outside Excel or when the selection is not cells (a chart
 * or shape is selected).
 * @example await getSelectedRow() // { sheet: "Deals", row: 7 }
 */
export async function getSelectedRow(): Promise<{ sheet: string; row: number } | null> {
  if (typeof Excel === "undefined") return null;
  try {
    return await runExcel(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("rowIndex");
      const ws = range.worksheet.load("name");
      await context.sync();
      return { sheet: ws.name, row: range.rowIndex + 1 };
    });
  } catch (e) {
    const code = (e as { cause?: { code?: unknown } }).cause?.code;
    if (code === "InvalidSelection" || code === "InvalidReference") return null;
    throw e;
  }
}
