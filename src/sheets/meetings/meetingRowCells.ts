/**
 * A new Meetings row laid out in the sheet's own column order (SPEC §7, §8: appended rows land
 * under the right headers whatever the order), each value written as its column shows values.
 */
import type { Cents, IsoDate, MeetingKind, MeetingStatus } from "../../core/model";
import { fromCents } from "../../core/money";
import { isDateNumberFormat, isoDateToSerial, isTimeNumberFormat } from "../../core/parseDate";
import { clockText } from "../../core/meetings/meetingTimes";
import type { PlanValue } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { MEETING_KIND_WORDS, MEETING_STATUS_WORDS } from "./meetingWords";

/** A meeting to append, every field typed (money in cents, times in minutes after midnight). */
export interface NewMeetingRow {
  id: string;
  date: IsoDate;
  start: number;
  end: number;
  with: string;
  contact: string | null;
  manager: string | null;
  rep: string | null;
  city: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  dealId: string | null;
  travelCost: Cents | null;
  agenda: string | null;
}

/** Where the sheet's columns are: field key → Excel column (1-based). */
export type MeetingColumns = Readonly<Record<string, { column: number }>>;

function timeCell(minutes: number, format: string): PlanValue {
  // A time column keeps a fraction of a day; any other column gets the clock as text, which
  // every reader takes back.
  return isTimeNumberFormat(format) || /\[h+\]/i.test(format) ? minutes / 1440 : clockText(minutes);
}

/**
 * The cells of `row`, from `firstColumn` to the sheet's last mapped column, each field in its
 * column (a field the sheet has no column for is left out; other columns stay empty):
 * - Date: the serial where the column shows dates, else ISO text `2026-07-05`;
 * - Start, End: a fraction of a day where the column shows times, else `10:00`;
 * - Duration (when the sheet has that column): minutes, or a fraction of a day in an `h:mm` column;
 * - Travel cost: a number in currency units; Kind and Status in the locale's words; the rest text.
 * `formatOf(column)` is the number format the column's cells show.
 *
 * @example meetingRowCells(row, { id: { column: 1 }, date: { column: 2 } }, 1, () => "dd.mm.yyyy", false, "lv")
 * // ["M-0013", 46208]
 */
export function meetingRowCells(
  row: NewMeetingRow,
  columns: MeetingColumns,
  firstColumn: number,
  formatOf: (column: number) => string,
  date1904: boolean,
  locale: Locale
): PlanValue[] {
  const last = Math.max(firstColumn, ...Object.values(columns).map((c) => c.column));
  const cells: PlanValue[] = Array.from({ length: last - firstColumn + 1 }, () => null);
  const put = (key: string, value: (format: string) => PlanValue): void => {
    const at = columns[key]?.column;
    if (at === undefined || at < firstColumn) return;
    cells[at - firstColumn] = value(formatOf(at));
  };
  put("id", () => row.id);
  put("date", (f) => (isDateNumberFormat(f) ? isoDateToSerial(row.date, date1904) : row.date));
  put("start", (f) => timeCell(row.start, f));
  put("end", (f) => timeCell(row.end, f));
  put("duration", (f) =>
    isTimeNumberFormat(f) || /\[h+\]/i.test(f) ? (row.end - row.start) / 1440 : row.end - row.start
  );
  put("with", () => row.with);
  put("contact", () => row.contact);
  put("manager", () => row.manager);
  put("rep", () => row.rep);
  put("city", () => row.city);
  put("kind", () => MEETING_KIND_WORDS[locale][row.kind]);
  put("status", () => MEETING_STATUS_WORDS[locale][row.status]);
  put("dealId", () => row.dealId);
  put("travelCost", () => (row.travelCost === null ? null : fromCents(row.travelCost)));
  put("agenda", () => row.agenda);
  return cells;
}
