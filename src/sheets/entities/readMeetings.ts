import type { Meeting, MeetingKind, MeetingStatus } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { numberOf, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Meetings sheet. Start and End are minutes after midnight; without End, End is
 * Start + Duration. An End before its Start, or a Duration without a Start, is reported and
 * End left empty.
 *
 * @example readMeetings(block, { dateOrder: "DMY" }).rows[0] → { date: "2026-07-14", start: 600, end: 690, with: "SIA Koks", … }
 */
export function readMeetings(block: SheetBlock, options: ReadOptions): SheetRead<Meeting> {
  return drainReadSteps(readMeetingsSteps(block, options));
}

/** `readMeetings` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readMeetingsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Meeting>, void> {
  return readRowsSteps(block, "meetings", options, (r, context) => {
    const start = numberOf(r, "start");
    const duration = numberOf(r, "duration");
    let end = numberOf(r, "end");
    if (end === null && duration !== null) {
      if (start === null) context.issue("duration", "a Duration needs a Start — End left empty");
      else end = start + duration;
    }
    if (start !== null && end !== null && end < start) {
      context.issue(r.values.end === null ? "duration" : "end", "End is before Start — left empty");
      end = null;
    }
    return {
      row: r.row,
      id: textOf(r, "id"),
      date: requiredText(r, "date"),
      start,
      end,
      with: requiredText(r, "with"),
      contact: textOf(r, "contact"),
      manager: textOf(r, "manager"),
      rep: textOf(r, "rep"),
      city: textOf(r, "city"),
      // readRows only lets the meeting kind and status words of choiceValues through.
      kind: textOf(r, "kind") as MeetingKind | null,
      status: textOf(r, "status") as MeetingStatus | null,
      dealId: textOf(r, "dealId"),
      travelCost: numberOf(r, "travelCost"),
      agenda: textOf(r, "agenda"),
    };
  });
}
