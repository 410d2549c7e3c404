import { findClashes } from "../../../src/core/meetings/findClashes";
import { planTrips } from "../../../src/core/meetings/planTrips";
import { travelByDeal } from "../../../src/core/meetings/travelByDeal";
import { isoDateToSerial } from "../../../src/core/parseDate";
import type { PlanValue, SheetPlan } from "../../../src/host/port";
import {
  TRIPS_KIND,
  tripsSheetPlan,
  type TripsSheetInput,
} from "../../../src/sheets/meetings/tripsSheetPlan";
import { at, meeting } from "../../core/meetings/meetingFixtures";

const ANNA = "Anna Bērziņa";
const JANIS = "Jānis Ozols";
const planned = [
  meeting({
    id: "M-1",
    date: "2026-07-06",
    start: at("10:00"),
    end: at("11:30"),
    city: "Liepāja",
    manager: JANIS,
    rep: ANNA,
    dealId: "D-1042",
    travelCost: 12000,
    with: "SIA Koks",
  }),
  meeting({
    id: "M-2",
    date: "2026-07-07",
    start: at("11:00"),
    end: at("12:00"),
    city: "Ventspils",
    rep: ANNA,
    dealId: "D-1042",
    travelCost: 8550,
    with: "SIA Venta",
  }),
  meeting({
    id: "M-3",
    date: "2026-07-09",
    start: at("10:00"),
    end: at("12:00"),
    city: "Rīga",
    manager: JANIS,
    with: "AS Dzintars",
  }),
  meeting({
    id: "M-4",
    date: "2026-07-09",
    start: at("12:45"),
    end: at("13:45"),
    city: "Jelgava",
    manager: JANIS,
    travelCost: 3500,
    with: "SIA Gamma",
  }),
];

function input(): TripsSheetInput {
  return {
    today: "2026-07-01",
    meetings: planned,
    trips: planTrips(planned),
    clashes: findClashes(planned, 90),
    byDeal: travelByDeal(planned),
    bufferMinutes: 90,
    homeCity: "Rīga",
    currency: "EUR",
    generatedAt: "2026-07-01T09:30",
    sources: ["Tikšanās", "Komanda"],
    date1904: false,
  };
}

/** Row number (1-based) whose column A holds `text`. */
function rowOf(plan: SheetPlan, text: string): number {
  const i = plan.values.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no "${text}" in column A`);
  return i + 1;
}

function row(plan: SheetPlan, r: number): PlanValue[] {
  return plan.values[r - 1] ?? [];
}

function formatAt(plan: SheetPlan, r: number, c: number): string | undefined {
  return (plan.formats ?? [])
    .filter(
      (f) =>
        f.numberFormat !== undefined &&
        r >= f.range.row &&
        r < f.range.row + f.range.rows &&
        c >= f.range.column &&
        c < f.range.column + f.range.columns
    )
    .map((f) => f.numberFormat)
    .pop();
}

describe("tripsSheetPlan", () => {
  it("lists each person's trips with dates, cities, meetings, travel cost and its deals (lv)", () => {
    const plan = tripsSheetPlan(input(), "lv");
    expect(plan).toMatchObject({ name: "Braucieni", kind: TRIPS_KIND, owner: "dealdesk" });
    expect(row(plan, 1)[0]).toBe("Braucieni un ceļa izdevumi");
    expect(row(plan, 2)[0]).toBe(
      "Plānotās tikšanās no 01.07.2026: 4; braucieni: 3; ievadītie ceļa izdevumi: 240,50 €; pārklāšanās: 1."
    );
    const header = rowOf(plan, "Persona");
    expect(row(plan, header).slice(0, 9)).toEqual([
      "Persona",
      "Brauciens",
      "No",
      "Līdz",
      "Dienas",
      "Pilsētas",
      "Tikšanās",
      "Ceļa izdevumi",
      "Ceļa izdevumi pa darījumiem",
    ]);
    expect(row(plan, header + 1).slice(0, 9)).toEqual([
      ANNA,
      1,
      isoDateToSerial("2026-07-06"),
      isoDateToSerial("2026-07-07"),
      2,
      "Liepāja, Ventspils",
      "M-1, M-2",
      205.5,
      "D-1042: 205,50 €",
    ]);
    expect(row(plan, header + 2).slice(0, 9)).toEqual([
      JANIS,
      1,
      isoDateToSerial("2026-07-06"),
      isoDateToSerial("2026-07-06"),
      1,
      "Liepāja",
      "M-1",
      120,
      "D-1042: 120,00 €",
    ]);
    expect(row(plan, header + 3).slice(0, 9)).toEqual([
      JANIS,
      2,
      isoDateToSerial("2026-07-09"),
      isoDateToSerial("2026-07-09"),
      1,
      "Jelgava",
      "M-4",
      35,
      "bez darījuma: 35,00 €",
    ]);
    expect(formatAt(plan, header + 1, 3)).toBe("dd.mm.yyyy");
    expect(formatAt(plan, header + 1, 8)).toBe('[$-426]#,##0.00 "€"');
  });

  it("writes the itinerary day by day: real dates and times, the route and the nights", () => {
    const plan = tripsSheetPlan(input(), "lv");
    const itinerary = rowOf(plan, "Maršruts pa dienām");
    const first = itinerary + 2;
    expect(row(plan, first)).toEqual([
      ANNA,
      1,
      isoDateToSerial("2026-07-06"),
      "pirmdiena",
      600 / 1440,
      690 / 1440,
      "Liepāja",
      "SIA Koks",
      "Vizīte",
      "D-1042",
      120,
      "Rīga → Liepāja; nakts: Liepāja",
    ]);
    expect(row(plan, first + 1)[11]).toBe("Liepāja → Ventspils → Rīga");
    expect(formatAt(plan, first, 5)).toBe("hh:mm");
    expect(formatAt(plan, first, 6)).toBe("hh:mm");
    expect(formatAt(plan, first, 3)).toBe("dd.mm.yyyy");
  });

  it("sums the travel costs by deal once per meeting, and names the clashes in the sheet's language", () => {
    const lv = tripsSheetPlan(input(), "lv");
    const deals = rowOf(lv, "Darījums");
    expect(row(lv, deals + 1).slice(0, 3)).toEqual(["D-1042", 2, 205.5]);
    expect(row(lv, deals + 2).slice(0, 3)).toEqual(["bez darījuma", 1, 35]);
    expect(row(lv, deals + 3).slice(0, 3)).toEqual(["Kopā", 3, 240.5]);
    const reason = "tikai 45 min starp Rīga 12:00 un Jelgava 12:45; ceļa laika rezerve 90 min";
    const clash = lv.values.findIndex((r) => r[8] === reason);
    expect(clash).toBeGreaterThan(0);
    expect(lv.values[clash]?.slice(0, 2)).toEqual([JANIS, "M-3 AS Dzintars"]);
    expect(lv.values[clash]?.[6]).toBe("M-4 SIA Gamma");

    const en = tripsSheetPlan(input(), "en");
    expect(en.name).toBe("Trips");
    expect(
      en.values.some(
        (r) => r[8] === "only 45 min between Rīga 12:00 and Jelgava 12:45; travel buffer 90 min"
      )
    ).toBe(true);
    expect(en.values[en.values.length - 1]?.[0]).toBe(
      "Generated by Deal Desk 2026-07-01 09:30 from: Tikšanās, Komanda."
    );
    expect(formatAt(en, rowOf(en, "Person") + 1, 8)).toBe('[$-1809]"€"#,##0.00');
  });

  it("says so when there are no trips and no clashes", () => {
    const plan = tripsSheetPlan(
      { ...input(), meetings: [], trips: [], clashes: [], byDeal: [] },
      "en"
    );
    expect(plan.values.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        "No trips: every planned meeting is in Rīga, by video or by phone.",
        "No clashes.",
      ])
    );
    expect(plan.values.every((r) => r.length === 12)).toBe(true);
  });
});
