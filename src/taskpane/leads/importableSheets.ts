import type { SheetInfo } from "../../host/port";
import { findSheet } from "../../sheets/findSheet";

/**
 * The sheets a list can be imported from: the workbook's own sheets with a header and at least
 * one row below it, except the Leads sheet itself and the sheets Deal Desk wrote.
 *
 * @example importableSheets(await port.listSheets()).map((s) => s.name) // ["Riga Food 2027", "Sheet1"]
 */
export function importableSheets(sheets: readonly SheetInfo[]): SheetInfo[] {
  const leads = findSheet("leads", sheets);
  return sheets.filter((s) => s.ours === null && s.rowCount >= 2 && s.name !== leads?.name);
}
