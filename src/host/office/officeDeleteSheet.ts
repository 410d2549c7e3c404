import { AppError } from "../../core/appError";
import { runExcel } from "./runExcel";
import { loadedMarkerKind, queueMarkerLoad } from "./sheetMarker";

/**
 * Deletes a sheet Deal Desk made (see `WorkbookPort.deleteSheet`); a sheet without our `_DealDesk`
 * marker is refused with AppError("WRITE_FAILED"); a sheet that is not there is nothing to do.
 * Syncs: 1 when absent, else 3 (find, check the marker, delete).
 */
export async function deleteOfficeSheet(name: string): Promise<void> {
  await runExcel(
    async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load("name");
      await context.sync();
      if (ws.isNullObject) return;
      const mark = queueMarkerLoad(ws);
      await context.sync();
      if (loadedMarkerKind(mark) === null) {
        throw new AppError(
          "WRITE_FAILED",
          `Sheet "${ws.name}" was not made by Deal Desk, so Deal Desk leaves it as it is.`
        );
      }
      ws.delete();
      await context.sync();
    },
    { sheet: name }
  );
}
