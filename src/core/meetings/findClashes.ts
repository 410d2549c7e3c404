/**
 * Clashes in a person's meetings (SPEC §7): two meetings that overlap, or too little time
 * between meetings in different cities to travel. Times are local Europe/Riga minutes on each
 * meeting's calendar date; meetings on different days compare across midnight.
 */
import type { Meeting } from "../model";
import { daysBetween } from "../parseDate";
import { nameKey } from "../reports/nameKey";
import { meetingPeople } from "./meetingPeople";
import { sameCity, travelCity } from "./meetingPlace";
import { clockText, meetingEnd, timeRange } from "./meetingTimes";

/** Two meetings one person cannot both attend. */
export interface Clash {
  /** The meeting that starts first (by row when both start together). */
  a: Meeting;
  /** The other one. */
  b: Meeting;
  /** The person booked twice (manager or rep), as the first of the two meetings writes the name. */
  person: string;
  /** `overlap`: the times overlap; `buffer`: in different cities with less than the travel buffer between. */
  kind: "overlap" | "buffer";
  /** Minutes from a's end to b's start (negative when they overlap). */
  gap: number;
  /**
   * In words: `11:30–13:00 Ventspils overlaps 10:00–12:00 Liepāja`, or
   * `only 45 min between Rīga 12:00 and Liepāja 12:45; travel buffer 90 min`.
   */
  reason: string;
}

interface Slot {
  meeting: Meeting;
  start: number;
  end: number;
  city: string | null;
}

const EPOCH = "1970-01-01";

function where(meeting: Meeting): string {
  return meeting.city?.trim() || meeting.kind || "";
}

function overlapReason(a: Meeting, b: Meeting): string {
  return `${timeRange(b)} ${where(b)} overlaps ${timeRange(a)} ${where(a)}`.replace(/\s+/g, " ");
}

function bufferReason(a: Slot, b: Slot, buffer: number): string {
  const nextDay = a.meeting.date !== b.meeting.date ? ` on ${b.meeting.date}` : "";
  return (
    `only ${b.start - a.end} min between ${a.city ?? ""} ${clockText(a.end)} and ` +
    `${b.city ?? ""} ${clockText(b.start)}${nextDay}; travel buffer ${buffer} min`
  );
}

/**
 * Every clash of every person (manager or rep) among `meetings`:
 * - **overlap**: one person's two meetings overlap in time (any kinds: a call during a visit is
 *   a clash too); meetings that only touch (one ends 11:00, the next starts 11:00) do not;
 * - **buffer**: between a meeting and the person's next one that needs travel, in a different
 *   city (compared without case or diacritics), less than `bufferMinutes` (Settings
 *   "Travel buffer minutes"). The same city needs no buffer; Video and Call need no travel.
 * Cancelled meetings and meetings without a Start are left out; a meeting without an End lasts
 * {@link DEFAULT_MEETING_MINUTES}. Each pair is reported once per person, in time order.
 *
 * @example
 * findClashes([rigaAt11to12, liepajaAt1245], 90)
 * // [{ a: rigaAt11to12, b: liepajaAt1245, person: "Jānis Ozols", kind: "buffer", gap: 45,
 * //    reason: "only 45 min between Rīga 12:00 and Liepāja 12:45; travel buffer 90 min" }]
 */
export function findClashes(meetings: readonly Meeting[], bufferMinutes: number): Clash[] {
  const buffer = Math.max(0, bufferMinutes);
  const people = new Map<string, { name: string; slots: Slot[] }>();
  for (const meeting of meetings) {
    if (meeting.status === "Cancelled" || meeting.start === null) continue;
    const day = daysBetween(EPOCH, meeting.date) * 1440;
    const slot: Slot = {
      meeting,
      start: day + meeting.start,
      end: day + (meetingEnd(meeting) ?? meeting.start),
      city: travelCity(meeting),
    };
    for (const name of meetingPeople(meeting)) {
      const key = nameKey(name);
      const entry = people.get(key) ?? { name, slots: [] };
      entry.slots.push(slot);
      people.set(key, entry);
    }
  }

  const clashes: Clash[] = [];
  for (const { name, slots } of people.values()) {
    slots.sort((x, y) => x.start - y.start || x.meeting.row - y.meeting.row);
    for (let i = 0; i < slots.length; i++) {
      const a = slots[i];
      if (!a) continue;
      let nextTravel: Slot | null = null;
      for (let j = i + 1; j < slots.length; j++) {
        const b = slots[j];
        if (!b) continue;
        // Sorted by start: from here on every meeting starts beyond a's end and the buffer.
        if (b.start >= a.end + buffer) break;
        const person = name;
        if (b.start < a.end || b.start === a.start) {
          clashes.push({
            a: a.meeting,
            b: b.meeting,
            person,
            kind: "overlap",
            gap: b.start - a.end,
            reason: overlapReason(a.meeting, b.meeting),
          });
          continue;
        }
        // b starts after a ends: only the first meeting after a that needs travel is where
        // the person goes next.
        if (b.city === null || nextTravel !== null) continue;
        nextTravel = b;
        if (a.city !== null && !sameCity(a.city, b.city) && b.start - a.end < buffer) {
          clashes.push({
            a: a.meeting,
            b: b.meeting,
            person,
            kind: "buffer",
            gap: b.start - a.end,
            reason: bufferReason(a, b, buffer),
          });
        }
      }
    }
  }
  return clashes.sort(
    (x, y) =>
      (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : 0) ||
      (x.a.start ?? 0) - (y.a.start ?? 0) ||
      x.a.row - y.a.row ||
      x.b.row - y.b.row ||
      nameKey(x.person).localeCompare(nameKey(y.person))
  );
}
