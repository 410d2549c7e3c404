import fc from "fast-check";
import { travelByDeal } from "../../../src/core/meetings/travelByDeal";
import { meetingTravelByDeal } from "../../../src/core/reports/dealEconomics";
import { nameKey } from "../../../src/core/reports/nameKey";
import { meeting } from "./meetingFixtures";

describe("travelByDeal", () => {
  it("sums each meeting's travel cost once into its deal, deals in ID order, no deal last", () => {
    expect(
      travelByDeal([
        meeting({ dealId: "D-1060", travelCost: 3000 }),
        meeting({ dealId: "D-1042", travelCost: 12000 }),
        meeting({ dealId: " d-1042", travelCost: 8550 }),
        meeting({ dealId: null, travelCost: 4000 }),
        meeting({ dealId: "D-1042", travelCost: null }),
        meeting({ dealId: "D-1042", travelCost: 99900, status: "Cancelled" }),
        meeting({ dealId: "D-999", travelCost: 100 }),
      ])
    ).toEqual([
      { dealId: "D-999", travelCost: 100, meetings: 1 },
      { dealId: "D-1042", travelCost: 20550, meetings: 2 },
      { dealId: "D-1060", travelCost: 3000, meetings: 1 },
      { dealId: null, travelCost: 4000, meetings: 1 },
    ]);
  });

  it("attributes exactly what enters the deals' final profit in the report", () => {
    const arb = fc.array(
      fc.record({
        dealId: fc.option(fc.constantFrom("D-1", "d-1", "D-2", " D-3 "), { nil: null }),
        travelCost: fc.option(fc.integer({ min: 0, max: 50000 }), { nil: null }),
        status: fc.constantFrom("Planned" as const, "Done" as const, "Cancelled" as const, null),
      })
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const ms = specs.map((s) => meeting(s));
        const ours = new Map(
          travelByDeal(ms)
            .filter((d) => d.dealId !== null)
            .map((d) => [nameKey(d.dealId ?? ""), d.travelCost])
        );
        expect(ours).toEqual(meetingTravelByDeal(ms));
      })
    );
  });
});
