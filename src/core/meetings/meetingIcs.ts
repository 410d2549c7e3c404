/**
 * A meeting as an iCalendar invitation (SPEC §7, RFC 5545), built with the `ics` package:
 * times in Europe/Riga (`DTSTART;TZID=Europe/Riga:…` with the zone's VTIMEZONE), a stable UID,
 * attendees, CRLF line ends and lines folded at 75 octets.
 */
import { createEvent, type Attendee, type EventAttributes } from "ics";
import { AppError } from "../appError";
import type { Meeting, MeetingKind } from "../model";
import { addDays, isoParts } from "../parseDate";
import { icsText, unfoldIcs } from "./icsLines";
import { meetingUid } from "./meetingUid";
import { meetingEnd } from "./meetingTimes";
import { RIGA_TZID, RIGA_VTIMEZONE } from "./rigaTimeZone";

/** Someone on an invitation: a name and an e-mail address. */
export interface IcsPerson {
  name: string;
  email: string;
}

/** Who and how: the organizer (or none), the attendees, and what the UID is derived from. */
export interface MeetingIcsOptions {
  /** Who sends the invitation; null: none (the file is published, METHOD:PUBLISH). */
  organizer: IcsPerson | null;
  /** ATTENDEE lines, in this order (duplicate addresses are written once). */
  attendees: readonly IcsPerson[];
  /** The workbook's company (Settings), part of the UID; default none (`workbook`). */
  company?: string;
  /** Language of the summary and description; default en. */
  locale?: "en" | "lv";
  /** DTSTAMP, the moment the file is made; default now. */
  stamp?: Date;
}

interface IcsWords {
  kinds: Record<MeetingKind, string>;
  meeting: string;
  deal: string;
  contact: string;
  manager: string;
  rep: string;
  id: string;
}

const WORDS: Record<"en" | "lv", IcsWords> = {
  en: {
    kinds: { Visit: "Visit", Video: "Video call", Call: "Call", "Trade show": "Trade show" },
    meeting: "Meeting",
    deal: "Deal",
    contact: "Contact",
    manager: "Manager",
    rep: "Rep",
    id: "Meeting ID",
  },
  lv: {
    kinds: { Visit: "Vizīte", Video: "Videozvans", Call: "Zvans", "Trade show": "Izstāde" },
    meeting: "Tikšanās",
    deal: "Darījums",
    contact: "Kontaktpersona",
    manager: "Vadītājs",
    rep: "Pārdevējs",
    id: "Tikšanās ID",
  },
};

/** `YYYYMMDDTHHMMSS`, a local (Riga wall-clock) date-time; minutes past 24:00 roll into the next day. */
function localDateTime(date: string, minutes: number): string {
  const day = addDays(date, Math.floor(minutes / 1440));
  const m = minutes - Math.floor(minutes / 1440) * 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, "0");
  const mm = String(m % 60).padStart(2, "0");
  return `${day.replace(/-/g, "")}T${hh}${mm}00`;
}

function dateArray(date: string): [number, number, number] {
  const { year, month, day } = isoParts(date);
  return [year, month, day];
}

/** `20260705T080000Z` for an instant. */
function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** A parameter value (CN) may not hold a double quote or control characters (RFC 5545 §3.2). */
function paramText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/["\u0000-\u001f\u007f]/g, "").trim();
}

/**
 * The `.ics` text of one meeting: a VCALENDAR with one VEVENT.
 * - DTSTART/DTEND `;TZID=Europe/Riga:` the meeting's local times (End, else Start + 60 min)
 *   with the Europe/Riga VTIMEZONE, so the time is right in every calendar and season; a
 *   meeting without a Start is an all-day event (`;VALUE=DATE`), which never shifts a day;
 * - UID from the Meeting ID and the company ({@link meetingUid}), the same on every export;
 * - SUMMARY `Visit: SIA Koks` (lv `Vizīte: SIA Koks`), LOCATION the City, DESCRIPTION the
 *   agenda, deal, contact, manager, rep and Meeting ID, one per line;
 * - ORGANIZER and METHOD:REQUEST when there is an organizer (else METHOD:PUBLISH), one ATTENDEE
 *   per address (RSVP, needs action);
 * - CRLF line ends, lines folded at 75 octets of UTF-8 without splitting a character.
 * Throws AppError("BAD_INPUT") when the `ics` package refuses a value (e.g. a malformed e-mail).
 *
 * @example meetingIcs(meeting, { organizer: { name: "Anna Bērziņa", email: "anna@bos.lv" }, attendees: [], company: "SIA BOS" })
 * // "BEGIN:VCALENDAR\r\n…DTSTART;TZID=Europe/Riga:20260705T100000\r\n…"
 */
export function meetingIcs(meeting: Meeting, options: MeetingIcsOptions): string {
  const w = WORDS[options.locale ?? "en"];
  const kind = meeting.kind === null ? w.meeting : w.kinds[meeting.kind];
  const description = [
    meeting.agenda,
    meeting.dealId && `${w.deal}: ${meeting.dealId}`,
    meeting.contact && `${w.contact}: ${meeting.contact}`,
    meeting.manager && `${w.manager}: ${meeting.manager}`,
    meeting.rep && `${w.rep}: ${meeting.rep}`,
    meeting.id && `${w.id}: ${meeting.id}`,
  ].filter((line): line is string => typeof line === "string" && line.trim() !== "");

  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const person of options.attendees) {
    const key = person.email.trim().toLowerCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    attendees.push({
      name: paramText(person.name),
      email: person.email.trim(),
      rsvp: true,
      partstat: "NEEDS-ACTION",
      role: "REQ-PARTICIPANT",
    });
  }

  const end = meetingEnd(meeting);
  const times: Pick<EventAttributes, "start"> & { end: EventAttributes["start"] } =
    meeting.start === null || end === null
      ? { start: dateArray(meeting.date), end: dateArray(addDays(meeting.date, 1)) }
      : {
          start: localDateTime(meeting.date, meeting.start),
          end: localDateTime(meeting.date, Math.max(end, meeting.start)),
        };
  const organizer = options.organizer;
  // `timestamp` (DTSTAMP) is in the package's schema but missing from its typings.
  const attributes: EventAttributes & { timestamp: string } = {
    ...times,
    productId: "-//Deal Desk//Meetings//EN",
    method: organizer ? "REQUEST" : "PUBLISH",
    uid: meetingUid(meeting, options.company ?? ""),
    timestamp: utcStamp(options.stamp ?? new Date()),
    title: `${kind}: ${meeting.with}`,
    status: "CONFIRMED",
    ...(description.length > 0 ? { description: description.join("\n") } : {}),
    ...(meeting.city ? { location: meeting.city } : {}),
    ...(organizer
      ? { organizer: { name: paramText(organizer.name), email: organizer.email.trim() } }
      : {}),
    ...(attendees.length > 0 ? { attendees } : {}),
  };
  const made = createEvent(attributes);
  if (made.error || made.value === null) {
    throw new AppError(
      "BAD_INPUT",
      `Meeting ${meeting.id ?? `on ${meeting.date}`}: no invitation could be made — ${made.error?.message ?? "unknown reason"}.`,
      made.error
    );
  }

  // `ics` writes local times floating (no zone) and folds by characters: put the zone on the
  // times, add its VTIMEZONE, and fold again by octets.
  const lines: string[] = [];
  for (const line of unfoldIcs(made.value)) {
    if (line === "BEGIN:VEVENT" && typeof times.start === "string") lines.push(...RIGA_VTIMEZONE);
    const timed = /^(DTSTART|DTEND):(\d{8}T\d{6})$/.exec(line);
    if (timed) lines.push(`${timed[1]};TZID=${RIGA_TZID}:${timed[2]}`);
    // Enumerated parameter values are tokens: written bare, as calendar programs expect.
    else lines.push(line.replace(/;(ROLE|PARTSTAT)="([A-Z-]+)"/g, ";$1=$2"));
  }
  return icsText(lines);
}
