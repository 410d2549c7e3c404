import { dealEconomics, meetingTravelByDeal } from "../../../src/core/reports/dealEconomics";
import { reportSources } from "../../../src/core/reports/reportSources";
import { deal, meeting } from "./reportFixtures";

const none = new Map<string, number>();

describe("dealEconomics: revenue", () => {
  it("takes Revenue, else Amount", () => {
    expect(dealEconomics(deal({ owner: "A", revenue: 5000, amount: 9000 }), none).revenue).toBe(
      5000
    );
    expect(dealEconomics(deal({ owner: "A", amount: 9000 }), none).revenue).toBe(9000);
  });

  it("counts 0 with an issue when neither is given", () => {
    const e = dealEconomics(deal({ owner: "A", row: 7, cost: 100 }), none);
    expect(e).toMatchObject({ revenue: 0, revenueKnown: false, cost: 100, profit: -100 });
    expect(e.issues).toEqual([
      expect.objectContaining({
        sheet: "Deals",
        row: 7,
        column: "Revenue",
        problem: expect.stringContaining("without Revenue or Amount"),
      }),
    ]);
  });
});

describe("dealEconomics: cost resolution order", () => {
  it("Cost first, even when Profit and Margin % are given", () => {
    const e = dealEconomics(
      deal({ owner: "A", revenue: 100000, cost: 60000, profit: 1, margin: 0.9 }),
      none
    );
    expect(e).toMatchObject({ baseCost: 60000, costSource: "cost", cost: 60000, profit: 40000 });
  });

  it("else revenue − Profit", () => {
    const e = dealEconomics(
      deal({ owner: "A", revenue: 100000, profit: 25000, margin: 0.9 }),
      none
    );
    expect(e).toMatchObject({ baseCost: 75000, costSource: "profit", profit: 25000 });
  });

  it("else ROUND(revenue × (1 − Margin %), 2)", () => {
    // 333.33 × 0.7 = 233.331 → 233.33
    const e = dealEconomics(deal({ owner: "A", revenue: 33333, margin: 0.3 }), none);
    expect(e).toMatchObject({ baseCost: 23333, costSource: "margin", profit: 10000 });
    // 1.55 × 0.5 = 0.775 → 0.78 (half away from zero, as Excel)
    expect(dealEconomics(deal({ owner: "A", revenue: 155, margin: 0.5 }), none).baseCost).toBe(78);
  });

  it("Profit and Margin % work from the Amount fallback", () => {
    const e = dealEconomics(deal({ owner: "A", amount: 20000, profit: 5000 }), none);
    expect(e).toMatchObject({ revenue: 20000, cost: 15000 });
  });

  it("else unknown, with the issue on the deal's row and the Cost column as the sheet names it", () => {
    const sources = reportSources({
      sheets: { deals: "Darījumi" },
      columns: { deals: { cost: "Izmaksas" } },
    });
    const e = dealEconomics(deal({ owner: "A", row: 14, revenue: 100000 }), none, sources);
    expect(e).toMatchObject({ baseCost: null, costSource: null, cost: null, profit: null });
    expect(e.issues).toEqual([
      {
        sheet: "Darījumi",
        row: 14,
        column: "Izmaksas",
        value: null,
        problem: "no cost: profit not computed for this deal",
      },
    ]);
  });
});

describe("dealEconomics: travel", () => {
  it("adds the deal's Travel cost and its meetings' (not Cancelled, ID matched ignoring case) to the cost", () => {
    const travel = meetingTravelByDeal([
      meeting("D-1", 12000),
      meeting(" d-1 ", 3000, { status: "Planned" }),
      meeting("D-1", 99900, { status: "Cancelled" }),
      meeting("D-2", 50000),
      meeting(null, 70000),
      meeting("D-1", null),
    ]);
    const e = dealEconomics(
      deal({ owner: "A", id: "D-1", revenue: 100000, cost: 50000, travelCost: 500 }),
      travel
    );
    expect(e).toMatchObject({ travelCost: 15500, baseCost: 50000, cost: 65500, profit: 34500 });
  });

  it("keeps travel apart when the cost is unknown: the profit is not guessed", () => {
    const travel = meetingTravelByDeal([meeting("D-9", 12000)]);
    const e = dealEconomics(deal({ owner: "A", id: "D-9", revenue: 100000 }), travel);
    expect(e).toMatchObject({ travelCost: 12000, cost: null, profit: null });
  });
});
