import type { SheetInfo } from "../port";
import { runExcel } from "./runExcel";
import { loadedMarkerKind, queueMarkerLoad } from "./sheetMarker";

/**
 * Every sheet in order, with its used size, tables and whether Deal Desk made it — in two syncs
 * whatever the number of sheets: the sheet list first, then (per sheet, all queued together) the used
 * range's size (values only), table names and the `_DealDesk` marker. One sync is not possible:
 * the used range is a method per sheet, so the sheets must be known first.
 */
export async function listOfficeSheets(): Promise<SheetInfo[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position,items/visibility");
    await context.sync();

    const probes = sheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount");
      const tables = ws.tables.load("items/name");
      return { ws, used, tables, mark: queueMarkerLoad(ws) };
    });
    await context.sync();

    return probes
      .map(({ ws, used, tables, mark }) => ({
        name: ws.name,
        index: ws.position,
        visible: ws.visibility === "Visible",
        rowCount: used.isNullObject ? 0 : used.rowCount,
        columnCount: used.isNullObject ? 0 : used.columnCount,
        tables: tables.items.map((t) => t.name),
        ours: loadedMarkerKind(mark),
      }))
      .sort((a, b) => a.index - b.index);
  });
}
