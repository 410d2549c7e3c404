/**
 * Times of a meeting (SPEC §7): minutes after midnight, local Europe/Riga wall-clock time, on
 * the meeting's calendar date. A date is never turned into an instant here.
 */
import type { Meeting } from "../model";

/** How long a meeting with a Start but no End or Duration is taken to last, in minutes. */
export const DEFAULT_MEETING_MINUTES = 60;

/**
 * A time of day as `HH:MM` (24-hour clock). 1440 and beyond wrap into the next day's clock.
 *
 * @example clockText(570) === "09:30"; clockText(1440) === "00:00"
 */
export function clockText(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * When a meeting ends, in minutes after midnight of its date: its End, else Start +
 * {@link DEFAULT_MEETING_MINUTES}; null without a Start.
 *
 * @example meetingEnd({ start: 600, end: null }) === 660
 */
export function meetingEnd(meeting: Pick<Meeting, "start" | "end">): number | null {
  if (meeting.start === null) return null;
  return meeting.end ?? meeting.start + DEFAULT_MEETING_MINUTES;
}

/**
 * A meeting's time as people write it: `10:00–11:30` (en dash); the start alone when the end
 * is not known; "" without a Start.
 *
 * @example timeRange({ start: 600, end: 690 }) === "10:00–11:30"
 */
export function timeRange(meeting: Pick<Meeting, "start" | "end">): string {
  if (meeting.start === null) return "";
  const end = meetingEnd(meeting);
  return end === null ? clockText(meeting.start) : `${clockText(meeting.start)}–${clockText(end)}`;
}
