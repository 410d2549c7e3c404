/**
 * Which meetings are still ahead (SPEC §7, §9 `meetings plan`).
 */
import type { IsoDate, Meeting } from "../model";

/**
 * True when a meeting is planned from `today` on: on or after `today`, and neither Done nor
 * Cancelled (a blank Status counts as Planned). Dates compare as calendar days.
 *
 * @example isPlannedFrom({ date: "2026-12-01", status: null, … }, "2026-11-27") === true
 */
export function isPlannedFrom(meeting: Pick<Meeting, "date" | "status">, today: IsoDate): boolean {
  if (meeting.status === "Done" || meeting.status === "Cancelled") return false;
  return meeting.date >= today;
}

/**
 * The meetings planned from `today` on, in date and time order (a meeting without a Start
 * first on its day; then by row).
 *
 * @example plannedMeetings(meetings, "2026-11-27").every((m) => m.date >= "2026-11-27")
 */
export function plannedMeetings(meetings: readonly Meeting[], today: IsoDate): Meeting[] {
  return meetings
    .filter((m) => isPlannedFrom(m, today))
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        (a.start ?? -1) - (b.start ?? -1) ||
        a.row - b.row
    );
}
