/**
 * The trip plan (SPEC §7): each person's planned meetings away from the home city, grouped
 * into trips of consecutive days, with a day-by-day itinerary and the travel costs entered.
 */
import type { Cents, IsoDate, Meeting } from "../model";
import { daysBetween } from "../parseDate";
import { nameKey } from "../reports/nameKey";
import { meetingPeople } from "./meetingPeople";
import { HOME_CITY, sameCity, travelCity } from "./meetingPlace";
import { travelByDeal, type DealTravel } from "./travelByDeal";

/** One stretch of travel, e.g. Rīga → Liepāja. */
export interface TripLeg {
  from: string;
  to: string;
}

/** A meeting on a trip, with the travel around it. */
export interface TripStop {
  meeting: Meeting;
  /** The meeting's city as written. */
  city: string;
  /** The leg travelled to get here; null when the person is already in this city. */
  arrive: TripLeg | null;
  /** The way home, after the trip's last meeting only; else null. */
  home: TripLeg | null;
}

/** One day of a trip. */
export interface TripDay {
  date: IsoDate;
  stops: TripStop[];
  /** Where the person stays the night (the last city of the day), or null on the last day. */
  overnight: string | null;
}

/** One person's trip: consecutive days away from the home city. */
export interface Trip {
  person: string;
  /** 1, 2, … per person, in date order. */
  number: number;
  from: IsoDate;
  to: IsoDate;
  /** Calendar days from `from` to `to`, both counted. */
  days: number;
  /** The cities visited, in order, each once. */
  cities: string[];
  /** The trip's meetings in time order. */
  meetings: Meeting[];
  itinerary: TripDay[];
  /** Σ Travel cost of the trip's meetings, in cents. */
  travelCost: Cents;
  /** How many of the trip's meetings have no Travel cost entered. */
  costMissing: number;
  /** The trip's travel cost per deal of its meetings (meetings without a deal last). */
  byDeal: DealTravel[];
}

/** Options of {@link planTrips}. */
export interface TripOptions {
  /** Where trips start and end; default {@link HOME_CITY} (Rīga). */
  homeCity?: string;
}

function byTime(a: Meeting, b: Meeting): number {
  return (
    (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    (a.start ?? -1) - (b.start ?? -1) ||
    a.row - b.row
  );
}

function buildTrip(person: string, number: number, meetings: Meeting[], home: string): Trip {
  const itinerary: TripDay[] = [];
  const cities: string[] = [];
  let position = home;
  for (const meeting of meetings) {
    const city = travelCity(meeting) ?? home;
    if (!cities.some((c) => sameCity(c, city))) cities.push(city);
    let day = itinerary[itinerary.length - 1];
    if (!day || day.date !== meeting.date) {
      if (day) day.overnight = position;
      day = { date: meeting.date, stops: [], overnight: null };
      itinerary.push(day);
    }
    day.stops.push({
      meeting,
      city,
      arrive: sameCity(position, city) ? null : { from: position, to: city },
      home: null,
    });
    position = city;
  }
  const lastDay = itinerary[itinerary.length - 1];
  const last = lastDay?.stops[lastDay.stops.length - 1];
  if (last) last.home = { from: position, to: home };
  const first = meetings[0];
  const end = meetings[meetings.length - 1];
  const from = first?.date ?? "";
  const to = end?.date ?? from;
  return {
    person,
    number,
    from,
    to,
    days: daysBetween(from, to) + 1,
    cities,
    meetings,
    itinerary,
    travelCost: meetings.reduce((sum, m) => sum + (m.travelCost ?? 0), 0),
    costMissing: meetings.filter((m) => m.travelCost === null).length,
    byDeal: travelByDeal(meetings),
  };
}

/**
 * Groups meetings into trips, per person (manager and rep alike; a meeting both attend is on
 * each one's trip):
 * - only meetings that need travel (not Video or Call) with a City count; Cancelled ones never;
 * - a meeting in the home city means the person is at home: it ends any trip;
 * - a meeting elsewhere continues the person's current trip when it is on the same day as the
 *   trip's last meeting or the next day, else it starts a new trip. A trip may visit several
 *   cities.
 * The itinerary runs day by day: the leg to each city, the night's city, the way home after
 * the last meeting. Travel cost = Σ Travel cost of the trip's meetings (the costs entered),
 * attributed to their deals. Trips come per person (by name), then by date.
 *
 * @example
 * planTrips([liepaja5July, ventspils6July, riga7July]) // one trip for its person:
 * // { from: "2026-07-05", to: "2026-07-06", days: 2, cities: ["Liepāja", "Ventspils"], … }
 */
export function planTrips(meetings: readonly Meeting[], options: TripOptions = {}): Trip[] {
  const home = options.homeCity ?? HOME_CITY;
  const people = new Map<string, { name: string; meetings: Meeting[] }>();
  for (const meeting of meetings) {
    if (meeting.status === "Cancelled" || travelCity(meeting) === null) continue;
    for (const name of meetingPeople(meeting)) {
      const key = nameKey(name);
      const entry = people.get(key) ?? { name, meetings: [] };
      entry.meetings.push(meeting);
      people.set(key, entry);
    }
  }

  const trips: Trip[] = [];
  const persons = [...people.values()].sort((a, b) =>
    a.name.localeCompare(b.name, "lv", { sensitivity: "base" })
  );
  for (const { name, meetings: own } of persons) {
    const groups: Meeting[][] = [];
    let current: Meeting[] | null = null;
    for (const meeting of own.sort(byTime)) {
      const city = travelCity(meeting) ?? home;
      if (sameCity(city, home)) {
        current = null;
        continue;
      }
      const last: Meeting | undefined = current?.[current.length - 1];
      if (current && last && daysBetween(last.date, meeting.date) <= 1) {
        current.push(meeting);
      } else {
        current = [meeting];
        groups.push(current);
      }
    }
    groups.forEach((group, i) => trips.push(buildTrip(name, i + 1, group, home)));
  }
  return trips;
}
