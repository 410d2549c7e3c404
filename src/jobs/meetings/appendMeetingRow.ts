/**
 * Appending one meeting to the team's Meetings sheet (SPEC §7, §8): in the sheet's own column
 * order, into the blank row an Excel table ends with first (as `init` leaves one), else below
 * the last row — or a new Meetings sheet when the workbook has none.
 */
import type { Issue } from "../../core/issue";
import type { CellUpdate, CellValue, SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { parseA1Range } from "../../sheets/a1Range";
import { isBlankCell, isBlankRow } from "../../sheets/cellText";
import { SHEET_FIELDS } from "../../sheets/fields";
import { inputSheetPlan, inputTableName } from "../../sheets/inputSheetPlans";
import { meetingRowCells, type NewMeetingRow } from "../../sheets/meetings/meetingRowCells";
import type { SheetRead } from "../../sheets/readRows";
import { freeSheetName, tableName } from "../../sheets/sheetNames";
import type { Locale } from "../../sheets/sheetKinds";
import type { Meeting } from "../../core/model";

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
  const headerRow = read.headerRow;
  const mapped = Object.values(read.columns).map((c) => c.column);
  const table = block.tables
    .map((t) => parseA1Range(t.range))
    .find((r) => r !== null && r.row === headerRow);
  const firstColumn = table ? table.column : Math.min(...mapped);
  const lastRow = block.firstRow + block.values.length - 1;
  if (table) {
    const tableLast = table.row + table.rows - 1;
    let lastUsed = headerRow;
    for (let row = headerRow + 1; row <= Math.min(tableLast, lastRow); row++) {
      const cells = block.values[row - block.firstRow] ?? [];
      const from = table.column - block.firstColumn;
      if (!isBlankRow(cells, Math.max(0, from), Math.max(0, from + table.columns))) lastUsed = row;
    }
    if (lastUsed < tableLast) return { how: "fill", row: lastUsed + 1, firstColumn };
  }
  return { how: "append", row: lastRow + 1, firstColumn };
}

/**
 * The number format a new cell of `column` should follow: the nearest non-blank cell's above
 * (then below) the target row, else the target cell's own (a blank table row keeps its format),
 * else "General".
 */
function columnFormat(block: SheetBlock, column: number, row: number, headerRow: number): string {
  const j = column - block.firstColumn;
  const top = Math.max(0, headerRow + 1 - block.firstRow);
  const height = block.values.length;
  const at = (i: number): string | null => {
    const v: CellValue = block.values[i]?.[j] ?? null;
    return isBlankCell(v) ? null : (block.numberFormats[i]?.[j] ?? "General");
  };
  const start = Math.min(height - 1, row - block.firstRow);
  for (let i = start; i >= top; i--) {
    const f = at(i);
    if (f !== null) return f;
  }
  for (let i = Math.max(top, start + 1); i < height; i++) {
    const f = at(i);
    if (f !== null) return f;
  }
  return block.numberFormats[row - block.firstRow]?.[j] ?? "General";
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
  const canonical = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));

  if (target.how === "create") {
    const plan = inputSheetPlan("meetings", locale);
    const formatOf = (column: number): string =>
      plan.formats?.find((f) => f.range.row === 2 && f.range.column === column)?.numberFormat ??
      "General";
    const cells = meetingRowCells(meeting, canonical, 1, formatOf, date1904, locale);
    const { name } = freeSheetName(plan.name, sheets);
    const taken = sheets.flatMap((s) => s.tables);
    const tables = (plan.tables ?? []).map((t) => ({
      ...t,
      name: tableName(inputTableName("meetings"), taken),
    }));
    const header = plan.values[0] ?? [];
    const values = [
      header,
      [...cells, ...Array(Math.max(0, header.length - cells.length)).fill(null)],
    ];
    return port.writeSheet({ ...plan, name, values, tables, owner: "user" });
  }

  if (!sheet) throw new Error("writeMeetingRow: a Meetings sheet was expected");
  const { block, read } = sheet;

  if (target.how === "header") {
    const updates: CellUpdate[] = fields.map((f, i) => ({
      row: 1,
      column: i + 1,
      value: locale === "lv" ? f.lv : f.header,
    }));
    meetingRowCells(meeting, canonical, 1, () => "General", date1904, locale).forEach(
      (value, j) => {
        if (value !== null) updates.push({ row: 2, column: 1 + j, value });
      }
    );
    await port.updateCells(block.name, updates);
    return block.name;
  }

  const headerRow = read.headerRow ?? 1;
  const formatOf = (column: number): string => columnFormat(block, column, target.row, headerRow);
  const cells = meetingRowCells(
    meeting,
    read.columns,
    target.firstColumn,
    formatOf,
    date1904,
    locale
  );
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
  if (target.how === "fill") {
    const updates: CellUpdate[] = [];
    cells.forEach((value, j) => {
      if (value !== null) updates.push({ row: target.row, column: target.firstColumn + j, value });
    });
    await port.updateCells(block.name, updates);
  } else {
    await port.appendRows({ sheet: block.name, rows: [cells], firstColumn: target.firstColumn });
  }
  return block.name;
}
