/**
 * Meetings, clashes and trips as `meetings plan --json` and `meetings add --json` print them
 * (SPEC §9): money in currency units, times `HH:MM`, dates ISO, meetings by their Meeting ID.
 */
import type { Clash } from "../../core/meetings/findClashes";
import { meetingLabel } from "../../core/meetings/meetingPeople";
import type { Trip, TripLeg } from "../../core/meetings/planTrips";
import type { DealTravel } from "../../core/meetings/travelByDeal";
import { clockText, meetingEnd } from "../../core/meetings/meetingTimes";
import type { IsoDate, Meeting, MeetingKind, MeetingStatus } from "../../core/model";
import { fromCents } from "../../core/money";

/** A meeting in JSON. */
export interface MeetingJson {
  /** The Meeting ID, or null when its row has none. */
  id: string | null;
  /** Its row in the Meetings sheet, as Excel shows it. */
  row: number;
  date: IsoDate;
  /** `HH:MM`, or null. */
  start: string | null;
  /** `HH:MM`: End, else Start + 60 min; null without a Start. */
  end: string | null;
  with: string;
  contact: string | null;
  manager: string | null;
  rep: string | null;
  city: string | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
  dealId: string | null;
  /** Currency units, or null. */
  travelCost: number | null;
  agenda: string | null;
}

/** A clash in JSON: the two meetings by ID (else `row N`). */
export interface ClashJson {
  a: string;
  b: string;
  person: string;
  kind: "overlap" | "buffer";
  reason: string;
}

/** Travel cost of a deal in JSON (currency units). */
export interface DealTravelJson {
  dealId: string | null;
  travelCost: number;
  meetings: number;
}

/** A meeting on a trip. */
export interface TripStopJson {
  meeting: string;
  start: string | null;
  end: string | null;
  city: string;
  with: string;
  dealId: string | null;
  travelCost: number | null;
  /** The leg to get here, e.g. `Rīga → Liepāja`; null when already there. */
  arrive: string | null;
  /** The way home after the trip's last meeting. */
  home: string | null;
}

/** A trip in JSON. */
export interface TripJson {
  person: string;
  trip: number;
  from: IsoDate;
  to: IsoDate;
  days: number;
  cities: string[];
  meetings: string[];
  travelCost: number;
  costMissing: number;
  byDeal: DealTravelJson[];
  itinerary: { date: IsoDate; overnight: string | null; stops: TripStopJson[] }[];
}

/** @example meetingJson(meeting).start === "10:00" */
export function meetingJson(m: Meeting): MeetingJson {
  const end = meetingEnd(m);
  return {
    id: m.id,
    row: m.row,
    date: m.date,
    start: m.start === null ? null : clockText(m.start),
    end: end === null ? null : clockText(end),
    with: m.with,
    contact: m.contact,
    manager: m.manager,
    rep: m.rep,
    city: m.city,
    kind: m.kind,
    status: m.status,
    dealId: m.dealId,
    travelCost: m.travelCost === null ? null : fromCents(m.travelCost),
    agenda: m.agenda,
  };
}

/** @example clashJson(clash) // { a: "M-0012", b: "M-0013", person: "Jānis Ozols", kind: "overlap", reason: "…" } */
export function clashJson(c: Clash): ClashJson {
  return {
    a: meetingLabel(c.a),
    b: meetingLabel(c.b),
    person: c.person,
    kind: c.kind,
    reason: c.reason,
  };
}

/** @example dealTravelJson({ dealId: "D-1", travelCost: 12050, meetings: 1 }).travelCost === 120.5 */
export function dealTravelJson(d: DealTravel): DealTravelJson {
  return { dealId: d.dealId, travelCost: fromCents(d.travelCost), meetings: d.meetings };
}

function legText(leg: TripLeg | null): string | null {
  return leg === null ? null : `${leg.from} → ${leg.to}`;
}

/** @example tripJson(trip).itinerary[0].stops[0].arrive === "Rīga → Liepāja" */
export function tripJson(t: Trip): TripJson {
  return {
    person: t.person,
    trip: t.number,
    from: t.from,
    to: t.to,
    days: t.days,
    cities: t.cities,
    meetings: t.meetings.map(meetingLabel),
    travelCost: fromCents(t.travelCost),
    costMissing: t.costMissing,
    byDeal: t.byDeal.map(dealTravelJson),
    itinerary: t.itinerary.map((day) => ({
      date: day.date,
      overnight: day.overnight,
      stops: day.stops.map((s) => {
        const end = meetingEnd(s.meeting);
        return {
          meeting: meetingLabel(s.meeting),
          start: s.meeting.start === null ? null : clockText(s.meeting.start),
          end: end === null ? null : clockText(end),
          city: s.city,
          with: s.meeting.with,
          dealId: s.meeting.dealId,
          travelCost: s.meeting.travelCost === null ? null : fromCents(s.meeting.travelCost),
          arrive: legText(s.arrive),
          home: legText(s.home),
        };
      }),
    })),
  };
}
