/**
 * Scheduling a meeting (SPEC §7): a meeting between a prospect or account and a sales manager
 * (with the rep), checked for clashes against the Meetings sheet before it is saved, then
 * appended to Meetings with the next Meeting ID.
 */
import { AppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import { findClashes } from "../../core/meetings/findClashes";
import { needsTravel } from "../../core/meetings/meetingPlace";
import { DEFAULT_MEETING_MINUTES } from "../../core/meetings/meetingTimes";
import { nextMeetingId } from "../../core/meetings/nextMeetingId";
import type { Cents, Deal, IsoDate, Meeting, MeetingKind, TeamMember } from "../../core/model";
import { cleanText } from "../../core/normalizeText";
import { isIsoDate, parseTimeOfDay } from "../../core/parseDate";
import { nameKey } from "../../core/reports/nameKey";
import type { WorkbookPort } from "../../host/port";
import type { NewMeetingRow } from "../../sheets/meetings/meetingRowCells";
import type { SheetRead } from "../../sheets/readRows";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { meetingRowTarget, writeMeetingRow } from "./appendMeetingRow";
import { clashJson, meetingJson, type ClashJson, type MeetingJson } from "./meetingJson";
import { headerLocale, readMeetingSources } from "./meetingSources";

/**
 * The meeting asked for. Times as `HH:MM` text or minutes after midnight (local Riga time);
 * End or Duration (minutes); money in cents.
 *
 * @example { date: "2026-07-05", start: "10:00", duration: 90, with: "SIA Koks", manager: "Ozols", city: "Liepāja" }
 */
export interface ScheduleMeetingRequest {
  date: IsoDate;
  start: string | number;
  /** When it ends; without End or Duration it lasts {@link DEFAULT_MEETING_MINUTES}. */
  end?: string | number | null;
  duration?: number | null;
  /** The lead or account met. */
  with: string;
  contact?: string | null;
  /** The sales manager attending: a Team name, or a surname only one person has. */
  manager: string;
  rep?: string | null;
  /** Where; may be empty for a Video or a Call. */
  city: string | null;
  /** Default Visit. */
  kind?: MeetingKind;
  dealId?: string | null;
  travelCost?: Cents | null;
  agenda?: string | null;
  /** Save even when it clashes. */
  force?: boolean;
}

/** What scheduling did. */
export interface ScheduleMeetingResult {
  ok: true;
  /** False when a clash stopped it (nothing was written). */
  saved: boolean;
  /** The meeting as saved (or as it would have been). */
  meeting: MeetingJson;
  /** Its clashes with the meetings already in the sheet, shown whether saved or not. */
  clashes: ClashJson[];
  /** The Meetings sheet written, or null when nothing was saved. */
  sheet: string | null;
  /** Sheets written (the Meetings sheet when saved). */
  sheets: string[];
  rows: RowCounts;
  issues: Issue[];
}

function usage(message: string): AppError {
  return new AppError("USAGE", message);
}

function clock(value: string | number, what: string): number {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0 || value > 1440) {
      throw usage(`${what} ${value} is not a time of day in minutes (0–1440).`);
    }
    return value;
  }
  const parsed = parseTimeOfDay(value);
  if (!parsed.ok) throw usage(`${what} "${value}" is not a time of day: write HH:MM, e.g. 10:30.`);
  return parsed.value;
}

function surname(name: string): string {
  const words = cleanText(name).split(" ");
  return words[words.length - 1] ?? "";
}

/** A person as Team writes them: the full name, or a surname only one member has. */
function teamName(asked: string, what: string, team: SheetRead<TeamMember> | null): string {
  const name = cleanText(asked);
  if (name === "") throw usage(`${what}: give a name.`);
  if (!team) return name;
  const exact = team.rows.find((m) => nameKey(m.name) === nameKey(name));
  if (exact) return exact.name;
  const bySurname = team.rows.filter((m) => nameKey(surname(m.name)) === nameKey(name));
  const [only] = bySurname;
  if (bySurname.length === 1 && only) return only.name;
  throw new AppError(
    "BAD_INPUT",
    bySurname.length > 1
      ? `${team.sheet}: several people are called ${name} (${bySurname.map((m) => m.name).join(", ")}) — give the ${what.toLowerCase()}'s full name.`
      : `${team.sheet}: no one called "${name}" — give the ${what.toLowerCase()} as the ${team.sheet} sheet writes the name.`
  );
}

function dealOf(
  asked: string | undefined,
  deals: SheetRead<Deal> | null,
  issues: Issue[]
): string | null {
  const id = cleanText(asked ?? "");
  if (id === "") return null;
  if (!deals) {
    issues.push({
      sheet: "Deals",
      row: null,
      column: null,
      value: id,
      problem: `no Deals sheet: deal ${id} saved as written, not checked`,
    });
    return id;
  }
  const deal = deals.rows.find((d) => nameKey(d.id) === nameKey(id));
  if (!deal) throw new AppError("BAD_INPUT", `${deals.sheet}: no deal "${id}".`);
  return deal.id;
}

/**
 * Schedules a meeting:
 * 1. reads Settings (travel buffer), Meetings, Team and Deals; the manager and rep must be in
 *    Team (full name, or a unique surname) and the deal in Deals, when those sheets exist;
 * 2. checks it against every meeting of the sheet (Cancelled ones aside) for a clash of the
 *    manager or the rep ({@link findClashes}: overlap, or less than the travel buffer between
 *    cities);
 * 3. with a clash and without `force`, saves nothing and returns `saved: false` with the
 *    clashes; else appends it to Meetings — Meeting ID `M-0001`… continuing the sheet's, Status
 *    Planned, in the sheet's column order (a new Meetings sheet when there is none).
 * Throws USAGE for impossible input (times, an End before the Start, a visit without a City)
 * and BAD_INPUT for a person or deal the workbook does not know.
 *
 * @example const r = await scheduleMeeting(port, { date: "2026-12-03", start: "10:00", duration: 90, with: "SIA Koks", manager: "Jānis Ozols", city: "Liepāja" });
 * r.saved // true; r.meeting.id // "M-0313"
 */
export async function scheduleMeeting(
  port: WorkbookPort,
  request: ScheduleMeetingRequest,
  options?: JobOptions
): Promise<ScheduleMeetingResult> {
  const date = request.date.trim();
  if (!isIsoDate(date)) throw usage(`The date must be YYYY-MM-DD, not "${request.date}".`);
  const start = clock(request.start, "Start");
  let end: number;
  if (request.end !== undefined && request.end !== null) {
    end = clock(request.end, "End");
  } else if (request.duration !== undefined && request.duration !== null) {
    if (!Number.isInteger(request.duration) || request.duration <= 0) {
      throw usage(`A duration is a whole number of minutes above 0, not ${request.duration}.`);
    }
    end = start + request.duration;
  } else {
    end = start + DEFAULT_MEETING_MINUTES;
  }
  if (end <= start) throw usage("The meeting must end after it starts.");
  if (end > 1440) throw usage("The meeting must end on the day it starts (by 24:00).");
  const withWhom = cleanText(request.with);
  if (withWhom === "") throw usage("With whom? Give the lead or account met.");
  const kind: MeetingKind = request.kind ?? "Visit";
  const city = cleanText(request.city ?? "");
  if (city === "" && needsTravel(kind)) {
    throw usage(`A ${kind === "Visit" ? "visit" : "trade show"} needs a City.`);
  }
  const travelCost = request.travelCost ?? null;
  if (travelCost !== null && (!Number.isSafeInteger(travelCost) || travelCost < 0)) {
    throw usage(`A travel cost is an amount of 0 or more, not ${travelCost / 100}.`);
  }

  const src = await readMeetingSources(port, { leads: false, deals: true }, options);
  throwIfCancelled(options);
  const issues: Issue[] = [...src.issues];
  const team = src.team?.read ?? null;
  const manager = teamName(request.manager, "Manager", team);
  const rep = cleanText(request.rep ?? "") === "" ? null : teamName(request.rep ?? "", "Rep", team);
  const dealId = dealOf(request.dealId ?? undefined, src.deals?.read ?? null, issues);

  const existing = src.meetings?.read.rows ?? [];
  const target = meetingRowTarget(src.meetings);
  const row: NewMeetingRow = {
    id: nextMeetingId(existing.map((m) => m.id)),
    date,
    start,
    end,
    with: withWhom,
    contact: cleanText(request.contact ?? "") || null,
    manager,
    rep,
    city: city || null,
    kind,
    status: "Planned",
    dealId,
    travelCost,
    agenda: cleanText(request.agenda ?? "") || null,
  };
  const meeting: Meeting = { ...row, row: target.row };
  const clashes = findClashes([...existing, meeting], src.settings.travelBufferMinutes).filter(
    (c) => c.a === meeting || c.b === meeting
  );

  const base = {
    ok: true as const,
    meeting: meetingJson(meeting),
    clashes: clashes.map(clashJson),
    rows: src.counts,
    issues,
  };
  if (clashes.length > 0 && request.force !== true) {
    return { ...base, saved: false, sheet: null, sheets: [] };
  }
  throwIfCancelled(options);
  const locale =
    src.settings.locale ?? (src.meetings ? headerLocale(src.meetings.read) : null) ?? src.locale;
  const sheet = await writeMeetingRow(
    port,
    src.meetings,
    target,
    row,
    locale,
    src.date1904,
    src.sheets,
    issues
  );
  return { ...base, saved: true, sheet, sheets: [sheet] };
}
