/**
 * The Trips sheet (SPEC §7): per person the trips of the planned meetings — dates, cities,
 * meetings, travel cost and its split by deal —, the day-by-day itinerary, the travel costs by
 * deal, and the clashes. Values are plain numbers and dates with explicit number formats, so the
 * sheet reads the same in any Excel without the add-in.
 */
import type { Clash } from "../../core/meetings/findClashes";
import { meetingLabel } from "../../core/meetings/meetingPeople";
import type { Trip, TripStop } from "../../core/meetings/planTrips";
import type { DealTravel } from "../../core/meetings/travelByDeal";
import { meetingEnd } from "../../core/meetings/meetingTimes";
import type { Cents, IsoDate, Meeting } from "../../core/model";
import { formatMoney, fromCents } from "../../core/money";
import { dateFormat, integerFormat, moneyFormat, timeFormat } from "../../core/numberFormats";
import { isoDateToSerial, isoWeekday } from "../../core/parseDate";
import type { CellRange, FormatBlock, PlanValue, SheetPlan } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { clashReasonText } from "./clashReasonText";
import { MEETING_KIND_WORDS } from "./meetingWords";
import { fillTripsLabel, TRIPS_LABELS } from "./tripsLabels";

/** The kind of the Trips sheet, as stored with it (SheetInfo.ours). */
export const TRIPS_KIND = "meetings:trips";

/** What the Trips sheet shows. Money in cents, dates ISO. */
export interface TripsSheetInput {
  /** The first day of the plan. */
  today: IsoDate;
  /** The planned meetings. */
  meetings: readonly Meeting[];
  trips: readonly Trip[];
  clashes: readonly Clash[];
  /** Travel cost per deal over the planned meetings, each meeting once. */
  byDeal: readonly DealTravel[];
  bufferMinutes: number;
  homeCity: string;
  currency: string;
  /** When, for the footer: ISO date-time. */
  generatedAt: string;
  /** The sheets read, for the footer. */
  sources: readonly string[];
  date1904: boolean;
}

const WIDTH = 12;
// Trips | itinerary | deals: Person, Trip/Deal, From/Date, To/Day, Days/Start, Cities/End,
// Meetings/City, Travel cost/With, By deal/Kind, Deal, Travel cost, Route.
const WIDTHS = [20, 10, 12, 12, 8, 20, 22, 32, 36, 10, 13, 44];
const HEADER_FILL = "DDEBF7";

class Grid {
  readonly values: PlanValue[][] = [];
  readonly formats: FormatBlock[] = [];
  readonly merges: CellRange[] = [];

  get lastRow(): number {
    return this.values.length;
  }

  /** Appends a row (padded to the sheet's width) and returns its number. */
  row(cells: readonly PlanValue[] = []): number {
    const row = Array<PlanValue>(WIDTH).fill(null);
    cells.forEach((v, i) => {
      if (i < WIDTH) row[i] = v;
    });
    this.values.push(row);
    return this.values.length;
  }

  format(
    row: number,
    column: number,
    rows: number,
    columns: number,
    style: Omit<FormatBlock, "range">
  ): void {
    if (rows < 1 || columns < 1) return;
    this.formats.push({ range: { row, column, rows, columns }, ...style });
  }

  /** Merges columns `from`..`to` of a row. */
  merge(row: number, from: number, to: number): void {
    if (to > from) this.merges.push({ row, column: from, rows: 1, columns: to - from + 1 });
  }

  heading(text: string): void {
    this.row();
    const r = this.row([text]);
    this.format(r, 1, 1, 1, { font: { bold: true, size: 12, color: "1F4E78" } });
  }

  header(labels: readonly PlanValue[]): number {
    const r = this.row(labels);
    this.format(r, 1, 1, labels.length, {
      font: { bold: true },
      fill: HEADER_FILL,
      wrapText: true,
      verticalAlignment: "top",
      border: { edges: "bottom", style: "thin", color: "9BC2E6" },
    });
    return r;
  }
}

function whenText(generatedAt: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(generatedAt.trim());
  if (!m) return generatedAt;
  const date = locale === "lv" ? `${m[3]}.${m[2]}.${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return m[4] ? `${date} ${m[4]}` : date;
}

function dealText(
  byDeal: readonly DealTravel[],
  missing: number,
  locale: Locale,
  currency: string
): string {
  const l = TRIPS_LABELS[locale];
  const parts = byDeal.map(
    (d) => `${d.dealId ?? l.noDeal}: ${formatMoney(d.travelCost, locale, currency)}`
  );
  if (missing > 0) parts.push(fillTripsLabel(l.costMissing, { count: String(missing) }));
  return parts.join("; ");
}

function routeText(stop: TripStop, overnight: string | null, locale: Locale): string {
  const parts: string[] = [];
  const { arrive, home } = stop;
  if (arrive && home) parts.push(`${arrive.from} → ${arrive.to} → ${home.to}`);
  else if (arrive) parts.push(`${arrive.from} → ${arrive.to}`);
  else if (home) parts.push(`${home.from} → ${home.to}`);
  if (overnight !== null) {
    parts.push(fillTripsLabel(TRIPS_LABELS[locale].overnight, { city: overnight }));
  }
  return parts.join("; ");
}

function sum(values: readonly Cents[]): Cents {
  return values.reduce((s, v) => s + v, 0);
}

/**
 * The Trips sheet (`Trips`, lv `Braucieni`, kind {@link TRIPS_KIND}), top to bottom:
 * - title, and a summary line (planned meetings from when, how many trips, the travel costs
 *   entered — each meeting once —, how many clashes);
 * - **Trips**: Person | Trip | From | To | Days | Cities | Meetings | Travel cost | Travel cost
 *   by deal, one row per trip (persons by name, then date);
 * - **Day-by-day itinerary**: Person | Trip | Date | Day | Start | End | City | With | Kind | Deal
 *   | Travel cost | Route, one row per meeting of each trip, the route saying the leg to the
 *   meeting, the night's city, the way home;
 * - **Travel costs by deal** (each meeting once, as in the deal's final profit) with a total;
 * - **Clashes**: Person | Meeting | Other meeting | Reason (in the locale's words);
 * - a footer: when, from which sheets.
 * Dates are date serials (`dd.mm.yyyy` lv, `yyyy-mm-dd` en), times fractions of a day (`hh:mm`),
 * money numbers in currency units with the locale's money format. Calibri 10; A4 landscape,
 * fit to width.
 *
 * @example tripsSheetPlan(input, "lv").name === "Braucieni"
 */
export function tripsSheetPlan(input: TripsSheetInput, locale: Locale): SheetPlan {
  const l = TRIPS_LABELS[locale];
  const g = new Grid();
  const money = moneyFormat(locale, input.currency);
  const date = (iso: IsoDate): number => isoDateToSerial(iso, input.date1904);

  g.row([l.title]);
  g.format(1, 1, 1, 1, { font: { bold: true, size: 14, color: "1F4E78" } });
  const entered = sum(input.byDeal.map((d) => d.travelCost));
  g.row([
    fillTripsLabel(l.summary, {
      today: whenText(input.today, locale),
      meetings: String(input.meetings.length),
      trips: String(input.trips.length),
      cost: formatMoney(entered, locale, input.currency),
      clashes: String(input.clashes.length),
    }),
  ]);
  g.format(2, 1, 1, 1, { font: { italic: true } });

  // Trips.
  g.heading(l.trips);
  g.header(l.tripHeaders);
  const tripsFrom = g.lastRow + 1;
  for (const trip of input.trips) {
    g.row([
      trip.person,
      trip.number,
      date(trip.from),
      date(trip.to),
      trip.days,
      trip.cities.join(", "),
      trip.meetings.map(meetingLabel).join(", "),
      fromCents(trip.travelCost),
      dealText(trip.byDeal, trip.costMissing, locale, input.currency),
    ]);
  }
  const tripRows = g.lastRow - tripsFrom + 1;
  if (tripRows === 0) {
    g.row([fillTripsLabel(l.noTrips, { home: input.homeCity })]);
    g.format(g.lastRow, 1, 1, 1, { font: { italic: true } });
  } else {
    g.format(tripsFrom, 2, tripRows, 1, { numberFormat: integerFormat(locale) });
    g.format(tripsFrom, 3, tripRows, 2, {
      numberFormat: dateFormat(locale),
      horizontalAlignment: "left",
    });
    g.format(tripsFrom, 5, tripRows, 1, { numberFormat: integerFormat(locale) });
    g.format(tripsFrom, 8, tripRows, 1, { numberFormat: money });
  }

  // Itinerary.
  if (input.trips.length > 0) {
    g.heading(l.itinerary);
    g.header(l.itineraryHeaders);
    const from = g.lastRow + 1;
    for (const trip of input.trips) {
      for (const day of trip.itinerary) {
        day.stops.forEach((stop, i) => {
          const m = stop.meeting;
          const end = meetingEnd(m);
          const lastOfDay = i === day.stops.length - 1;
          g.row([
            trip.person,
            trip.number,
            date(day.date),
            l.weekdays[isoWeekday(day.date) - 1] ?? "",
            m.start === null ? null : m.start / 1440,
            end === null ? null : end / 1440,
            stop.city,
            m.with,
            m.kind === null ? null : MEETING_KIND_WORDS[locale][m.kind],
            m.dealId,
            m.travelCost === null ? null : fromCents(m.travelCost),
            routeText(stop, lastOfDay ? day.overnight : null, locale),
          ]);
        });
      }
    }
    const rows = g.lastRow - from + 1;
    g.format(from, 2, rows, 1, { numberFormat: integerFormat(locale) });
    g.format(from, 3, rows, 1, { numberFormat: dateFormat(locale), horizontalAlignment: "left" });
    g.format(from, 5, rows, 2, { numberFormat: timeFormat(), horizontalAlignment: "left" });
    g.format(from, 11, rows, 1, { numberFormat: money });
  }

  // Travel costs by deal.
  g.heading(l.byDeal);
  g.header(l.dealHeaders);
  const dealsFrom = g.lastRow + 1;
  for (const d of input.byDeal) {
    g.row([d.dealId ?? l.noDeal, d.meetings, fromCents(d.travelCost)]);
  }
  const totalRow = g.row([l.total, sum(input.byDeal.map((d) => d.meetings)), fromCents(entered)]);
  g.format(totalRow, 1, 1, 3, {
    font: { bold: true },
    border: { edges: "top", style: "thin" },
  });
  g.format(dealsFrom, 2, totalRow - dealsFrom + 1, 1, { numberFormat: integerFormat(locale) });
  g.format(dealsFrom, 3, totalRow - dealsFrom + 1, 1, { numberFormat: money });

  // Clashes: Person | Meeting (B–F) | Other meeting (G–H) | Reason (I–L), merged so the
  // texts get room in a sheet whose columns are sized for the tables above.
  g.heading(l.clashes);
  if (input.clashes.length === 0) {
    g.row([l.noClashes]);
    g.format(g.lastRow, 1, 1, 1, { font: { italic: true } });
  } else {
    const spread = (cells: readonly [PlanValue, PlanValue, PlanValue, PlanValue]): PlanValue[] => {
      const row = Array<PlanValue>(WIDTH).fill(null);
      [row[0], row[1], row[6], row[8]] = cells;
      return row;
    };
    const mergeClashRow = (r: number): void => {
      g.merge(r, 2, 6);
      g.merge(r, 7, 8);
      g.merge(r, 9, 12);
    };
    const header = g.header(spread(l.clashHeaders));
    mergeClashRow(header);
    const from = g.lastRow + 1;
    for (const c of input.clashes) {
      const r = g.row(
        spread([
          c.person,
          `${meetingLabel(c.a)} ${c.a.with}`,
          `${meetingLabel(c.b)} ${c.b.with}`,
          clashReasonText(c, input.bufferMinutes, locale),
        ])
      );
      mergeClashRow(r);
    }
    g.format(from, 1, g.lastRow - from + 1, WIDTH, {
      font: { color: "9C0006" },
      wrapText: true,
      verticalAlignment: "top",
    });
  }

  g.row();
  const footer = g.row([
    `${l.generatedBy} ${whenText(input.generatedAt, locale)}` +
      (input.sources.length > 0 ? ` ${l.fromSheets}: ${input.sources.join(", ")}.` : "."),
  ]);
  g.format(footer, 1, 1, 1, { font: { italic: true, size: 9, color: "7F7F7F" } });

  return {
    name: l.sheet,
    kind: TRIPS_KIND,
    owner: "dealdesk",
    values: g.values,
    formats: g.formats,
    merges: g.merges,
    columnWidths: [...WIDTHS],
    font: { name: "Calibri", size: 10 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: { row: 1, column: 1, rows: footer, columns: WIDTH },
    },
  };
}
