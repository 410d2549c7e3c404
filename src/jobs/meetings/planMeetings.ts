/**
 * `meetings plan` (SPEC §7, §9): the planned meetings, their clashes, the trips they make with
 * a day-by-day itinerary and the travel costs attributed to deals — written as the Trips sheet —
 * and, when asked, one `.ics` invitation per planned meeting.
 */
import { AppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import { findClashes } from "../../core/meetings/findClashes";
import { meetingLabel } from "../../core/meetings/meetingPeople";
import { HOME_CITY, needsTravel } from "../../core/meetings/meetingPlace";
import { plannedMeetings } from "../../core/meetings/plannedMeetings";
import { planTrips } from "../../core/meetings/planTrips";
import { travelByDeal } from "../../core/meetings/travelByDeal";
import type { IsoDate } from "../../core/model";
import { isIsoDate, nowIsoMinute } from "../../core/parseDate";
import type { WorkbookPort } from "../../host/port";
import { TRIPS_KIND, tripsSheetPlan } from "../../sheets/meetings/tripsSheetPlan";
import { freeSheetName } from "../../sheets/sheetNames";
import { sheetKindDef } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { meetingInvitations, type IcsFile } from "./meetingInvitations";
import {
  clashJson,
  dealTravelJson,
  meetingJson,
  tripJson,
  type ClashJson,
  type DealTravelJson,
  type MeetingJson,
  type TripJson,
} from "./meetingJson";
import { readMeetingSources } from "./meetingSources";

/** What to plan. */
export interface PlanMeetingsRequest {
  /** The first day of the plan: meetings from this day on that are not Done or Cancelled. */
  today: IsoDate;
  /** When given, one `.ics` per planned meeting is made for this directory (the caller writes them). */
  icsDir?: string;
  /** DTSTAMP of the invitations; default now. */
  now?: Date;
  /** When, for the sheet's footer (ISO date-time); default now in Riga. */
  generatedAt?: string;
}

/** What `meetings plan` did (SPEC §9 `meetings plan --json`, plus the invitations' texts). */
export interface PlanMeetingsResult {
  ok: true;
  today: IsoDate;
  /** The planned meetings, in date and time order. */
  meetings: MeetingJson[];
  clashes: ClashJson[];
  trips: TripJson[];
  /** Travel cost per deal over the planned meetings, each meeting once (no deal last). */
  travelByDeal: DealTravelJson[];
  /** Travel buffer used (Settings), minutes. */
  travelBufferMinutes: number;
  homeCity: string;
  currency: string;
  /** The Trips sheet's name as written. */
  sheet: string;
  /** Sheets written (the Trips sheet). */
  sheets: string[];
  /** The invitations (empty without `icsDir`). */
  ics: IcsFile[];
  rows: RowCounts;
  issues: Issue[];
}

/**
 * Plans the meetings of a workbook:
 * 1. reads Settings (travel buffer, locale, company), Meetings (required: AppError
 *    MISSING_SHEET), Team (e-mails) and Leads (contacts' e-mails);
 * 2. takes the meetings planned from `today` on (not Done or Cancelled), and finds the clashes of
 *    each manager and rep ({@link findClashes}) and their trips from Rīga ({@link planTrips});
 * 3. writes the Trips sheet (lv `Braucieni`, kind `meetings:trips`), replacing only the Trips
 *    sheet it made before (a user's sheet of that name stays: the new one takes a free name; an
 *    earlier one in the other language is removed);
 * 4. with `icsDir`, makes one invitation per planned meeting ({@link meetingInvitations}).
 * Planned meetings without a Start (not checked for clashes) and visits without a City (on no
 * trip) are issues.
 *
 * @example const plan = await planMeetings(port, { today: "2026-11-27" });
 * plan.clashes // [{ a: "M-0312", b: "M-0313", person: "Jānis Ozols", kind: "overlap", reason: "…" }]
 */
export async function planMeetings(
  port: WorkbookPort,
  request: PlanMeetingsRequest,
  options?: JobOptions
): Promise<PlanMeetingsResult> {
  if (!isIsoDate(request.today)) {
    throw new AppError("USAGE", `The plan's first day must be YYYY-MM-DD, not "${request.today}".`);
  }
  const src = await readMeetingSources(
    port,
    { leads: request.icsDir !== undefined, deals: false },
    options
  );
  if (!src.meetings) {
    const def = sheetKindDef("meetings");
    throw new AppError(
      "MISSING_SHEET",
      `No ${def.title.en} sheet: add a sheet named ${def.names.join(" or ")}.`
    );
  }
  const issues: Issue[] = [...src.issues];
  const read = src.meetings.read;
  const planned = plannedMeetings(read.rows, request.today);
  for (const m of planned) {
    if (m.start === null) {
      issues.push({
        sheet: read.sheet,
        row: m.row,
        column: read.columns.start?.header ?? null,
        value: null,
        problem: `${meetingLabel(m)} has no Start: not checked for clashes`,
      });
    } else if (needsTravel(m.kind) && (m.city?.trim() ?? "") === "") {
      issues.push({
        sheet: read.sheet,
        row: m.row,
        column: read.columns.city?.header ?? null,
        value: null,
        problem: `${meetingLabel(m)} has no City: on no trip, and not checked for travel time`,
      });
    }
  }
  const buffer = src.settings.travelBufferMinutes;
  const clashes = findClashes(planned, buffer);
  const trips = planTrips(planned, { homeCity: HOME_CITY });
  const byDeal = travelByDeal(planned);
  throwIfCancelled(options);

  const ics =
    request.icsDir === undefined
      ? []
      : meetingInvitations(
          planned,
          {
            team: src.team?.read ?? null,
            leads: src.leads?.read ?? null,
            company: src.settings.companyName,
            locale: src.locale,
            stamp: request.now ?? new Date(),
            dir: request.icsDir,
          },
          issues
        );

  options?.onProgress?.({ done: 4, total: 5, label: "Writing the Trips sheet" });
  const plan = tripsSheetPlan(
    {
      today: request.today,
      meetings: planned,
      trips,
      clashes,
      byDeal,
      bufferMinutes: buffer,
      homeCity: HOME_CITY,
      currency: src.settings.currency,
      generatedAt: request.generatedAt ?? nowIsoMinute(),
      sources: src.sourceNames,
      date1904: src.date1904,
    },
    src.locale
  );
  const target = freeSheetName(plan.name, src.sheets, { replaceKind: (k) => k === TRIPS_KIND });
  throwIfCancelled(options);
  const sheet = await port.writeSheet({ ...plan, name: target.name }, options);
  for (const old of src.sheets) {
    if (old.ours === TRIPS_KIND && old.name !== target.replaces && old.name !== sheet) {
      await port.deleteSheet(old.name);
    }
  }

  return {
    ok: true,
    today: request.today,
    meetings: planned.map(meetingJson),
    clashes: clashes.map(clashJson),
    trips: trips.map(tripJson),
    travelByDeal: byDeal.map(dealTravelJson),
    travelBufferMinutes: buffer,
    homeCity: HOME_CITY,
    currency: src.settings.currency,
    sheet,
    sheets: [sheet],
    ics,
    rows: src.counts,
    issues,
  };
}
