import { planTrips } from "../../../src/core/meetings/planTrips";
import { at, meeting } from "./meetingFixtures";

const ANNA = "Anna Bērziņa";
const JANIS = "Jānis Ozols";

describe("planTrips", () => {
  const liepaja = meeting({
    id: "M-1",
    date: "2026-07-06",
    start: at("10:00"),
    end: at("11:30"),
    city: "Liepāja",
    manager: JANIS,
    rep: ANNA,
    dealId: "D-1042",
    travelCost: 12000,
  });
  const liepaja2 = meeting({
    id: "M-2",
    date: "2026-07-06",
    start: at("15:00"),
    end: at("16:00"),
    city: "liepāja",
    rep: ANNA,
  });
  const ventspils = meeting({
    id: "M-3",
    date: "2026-07-07",
    start: at("11:00"),
    end: at("12:00"),
    city: "Ventspils",
    manager: JANIS,
    rep: ANNA,
    dealId: "d-1042",
    travelCost: 8550,
  });
  const call = meeting({
    id: "M-4",
    date: "2026-07-08",
    start: at("09:00"),
    end: at("09:30"),
    city: null,
    kind: "Call",
    rep: ANNA,
  });
  const valmiera = meeting({
    id: "M-5",
    date: "2026-07-10",
    city: "Valmiera",
    rep: ANNA,
    dealId: "D-1060",
    travelCost: 4500,
  });

  it("groups a person's consecutive days away into one trip, several cities, with the itinerary", () => {
    const trips = planTrips([valmiera, ventspils, call, liepaja2, liepaja]);
    const anna = trips.filter((t) => t.person === ANNA);
    expect(anna.map((t) => [t.number, t.from, t.to, t.days, t.cities])).toEqual([
      [1, "2026-07-06", "2026-07-07", 2, ["Liepāja", "Ventspils"]],
      [2, "2026-07-10", "2026-07-10", 1, ["Valmiera"]],
    ]);
    const [first] = anna;
    expect(first?.meetings.map((m) => m.id)).toEqual(["M-1", "M-2", "M-3"]);
    expect(
      first?.itinerary.map((d) => ({
        date: d.date,
        overnight: d.overnight,
        stops: d.stops.map((s) => [
          s.meeting.id,
          s.arrive && `${s.arrive.from} → ${s.arrive.to}`,
          s.home && `${s.home.from} → ${s.home.to}`,
        ]),
      }))
    ).toEqual([
      {
        date: "2026-07-06",
        overnight: "liepāja",
        stops: [
          ["M-1", "Rīga → Liepāja", null],
          ["M-2", null, null],
        ],
      },
      {
        date: "2026-07-07",
        overnight: null,
        stops: [["M-3", "liepāja → Ventspils", "Ventspils → Rīga"]],
      },
    ]);
  });

  it("sums the travel costs entered per trip and attributes them to the meetings' deals", () => {
    const [first, second] = planTrips([liepaja, liepaja2, ventspils, valmiera]).filter(
      (t) => t.person === ANNA
    );
    expect(first?.travelCost).toBe(20550);
    expect(first?.costMissing).toBe(1); // M-2 has none
    expect(first?.byDeal).toEqual([{ dealId: "D-1042", travelCost: 20550, meetings: 2 }]);
    expect(second?.byDeal).toEqual([{ dealId: "D-1060", travelCost: 4500, meetings: 1 }]);
  });

  it("gives the manager and the rep each their own trip of the meetings they attend", () => {
    const trips = planTrips([liepaja, liepaja2, ventspils]);
    expect(trips.map((t) => [t.person, t.meetings.map((m) => m.id)])).toEqual([
      [ANNA, ["M-1", "M-2", "M-3"]],
      [JANIS, ["M-1", "M-3"]],
    ]);
  });

  it("ends a trip at a meeting in Rīga and at a day without meetings away", () => {
    const d1 = meeting({ date: "2026-07-06", city: "Jelgava", rep: ANNA });
    const home = meeting({ date: "2026-07-07", start: at("09:00"), city: "RĪGA", rep: ANNA });
    const d2 = meeting({ date: "2026-07-07", start: at("14:00"), city: "Jelgava", rep: ANNA });
    const d4 = meeting({ date: "2026-07-09", city: "Jelgava", rep: ANNA });
    expect(planTrips([d1, home, d2, d4]).map((t) => [t.from, t.to])).toEqual([
      ["2026-07-06", "2026-07-06"],
      ["2026-07-07", "2026-07-07"],
      ["2026-07-09", "2026-07-09"],
    ]);
  });

  it("leaves out video calls, calls, meetings without a city and cancelled ones", () => {
    const video = meeting({ city: "Liepāja", kind: "Video", rep: ANNA });
    const noCity = meeting({ city: null, rep: ANNA });
    const cancelled = meeting({ city: "Liepāja", status: "Cancelled", rep: ANNA });
    expect(planTrips([video, noCity, cancelled, call])).toEqual([]);
  });

  it("starts and ends trips at another home city when asked", () => {
    const trip = planTrips([liepaja2], { homeCity: "Liepāja" });
    expect(trip).toEqual([]);
  });
});
