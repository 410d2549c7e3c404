/**
 * Appending one meeting to the team's Meetings sheet (SPEC §7, §8): in the sheet's own column
 * order, into the blank row an Excel table ends with first (as `init` leaves one), else below
 * the last row — or a new Meetings sheet when the workbook has none.
 */
import type { Issue } from "../../core/issue";
import type { SheetBlock, SheetInfo, SheetPlan, WorkbookPort } from "../../host/port";
import { SHEET_FIELDS } from "../../sheets/fields";
import { inputSheetPlan, inputTableName } from "../../sheets/inputSheetPlans";
import { meetingRowCells, type NewMeetingRow } from "../../sheets/meetings/meetingRowCells";
import type { SheetRead } from "../../sheets/readRows";
import type { Locale } from "../../sheets/sheetKinds";
import type { Meeting } from "../../core/model";
import { appendRecords, appendSlots, type RecordCells } from "../appendRecords";

/** Where a new meeting goes. */
export interface MeetingRowTarget {
  /** `create`: no Meetings sheet; `header`: an empty sheet; `fill`: a blank table row; `append`: below. */
  how: "create" | "header" | "fill" | "append";
  /** The Excel row the meeting lands in. */
  row: number;
  /** The first column of the row written. */
  firstColumn: number;
}

/** The Meetings sheet as read, when there is one. */
export interface MeetingsSheet {
  block: SheetBlock;
  read: SheetRead<Meeting>;
}

/**
 * Where a new meeting will land in `sheet` (null: the workbook has no Meetings sheet).
 *
 * @example meetingRowTarget(sheet) // { how: "append", row: 57, firstColumn: 1 }
 */
export function meetingRowTarget(sheet: MeetingsSheet | null): MeetingRowTarget {
  if (!sheet) return { how: "create", row: 2, firstColumn: 1 };
  const { block, read } = sheet;
  if (read.headerRow === null) return { how: "header", row: 2, firstColumn: 1 };
  const { firstColumn, lastRow, blankRows } = appendSlots(block, read.columns, read.headerRow);
  const fill = blankRows[0];
  if (fill !== undefined) return { how: "fill", row: fill, firstColumn };
  return { how: "append", row: lastRow + 1, firstColumn };
}

const WRITTEN: readonly (keyof NewMeetingRow)[] = [
  "id",
  "start",
  "end",
  "contact",
  "manager",
  "rep",
  "city",
  "kind",
  "status",
  "dealId",
  "travelCost",
  "agenda",
];

/**
 * Writes `meeting` where {@link meetingRowTarget} said, in the sheet's column order; a field the
 * sheet has no column for is an issue (it is not written). A new Meetings sheet is `init`'s
 * (headers in `locale`, an Excel table) and belongs to the user. Returns the sheet's name.
 *
 * @example await writeMeetingRow(port, sheet, target, row, "lv", false, sheets, issues) // "Tikšanās"
 */
export async function writeMeetingRow(
  port: WorkbookPort,
  sheet: MeetingsSheet | null,
  target: MeetingRowTarget,
  meeting: NewMeetingRow,
  locale: Locale,
  date1904: boolean,
  sheets: readonly SheetInfo[],
  issues: Issue[]
): Promise<string> {
  const fields = SHEET_FIELDS.meetings;
  const cells: RecordCells<NewMeetingRow> = (record, columns, firstColumn, formatOf, d1904) =>
    meetingRowCells(record, columns, firstColumn, formatOf, d1904, locale);
  const newSheet = (): SheetPlan => {
    const plan = inputSheetPlan("meetings", locale);
    const canonical = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));
    const formatOf = (column: number): string =>
      plan.formats?.find((f) => f.range.row === 2 && f.range.column === column)?.numberFormat ??
      "General";
    const row = cells(meeting, canonical, 1, formatOf, date1904);
    const tables = (plan.tables ?? []).map((t) => ({ ...t, name: inputTableName("meetings") }));
    const header = plan.values[0] ?? [];
    const values = [header, [...row, ...Array(Math.max(0, header.length - row.length)).fill(null)]];
    return { ...plan, values, tables };
  };

  if (target.how !== "create") {
    if (!sheet) throw new Error("writeMeetingRow: a Meetings sheet was expected");
    const { read } = sheet;
    if (target.how !== "header") {
      for (const key of WRITTEN) {
        if (meeting[key] === null || read.columns[key] !== undefined) continue;
        if (key === "end" && read.columns.duration !== undefined) continue;
        const def = fields.find((f) => f.key === key);
        issues.push({
          sheet: read.sheet,
          row: target.row,
          column: null,
          value: String(meeting[key]),
          problem: `no ${def?.header ?? key} column: the meeting's ${(def?.header ?? key).toLowerCase()} was not written — add the column to keep it`,
        });
      }
    }
  }
  const write = await appendRecords(port, {
    kind: "meetings",
    block: target.how === "create" ? null : (sheet?.block ?? null),
    read: target.how === "create" ? null : (sheet?.read ?? null),
    records: [meeting],
    locale,
    date1904,
    sheets,
    cells,
    newSheet,
    formatNear: "landingRow",
  });
  return write.sheet;
}
