import fc from "fast-check";
import {
  productBreakdown,
  shareCents,
  type CreditedDeal,
} from "../../../src/sheets/reports/productBreakdown";

describe("shareCents", () => {
  it("shares in proportion, the rounding cent going to the largest line", () => {
    // 100.00 over three equal lines: 33.33 each, and the lost cent to the first (largest, tied)
    expect(shareCents(10000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
    // 8 000.00 over quote lines of 5 400.00 and 2 400.00: 5 538.46 (…46.15) and 2 461.54 (…53.85)
    expect(shareCents(800000, [540000, 240000])).toEqual([553846, 246154]);
    // a credit line (negative) keeps its sign
    expect(shareCents(9000, [10000, -1000])).toEqual([10000, -1000]);
  });

  it("always adds up to the total, each part within a cent per line of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.reduce((a, b) => a + b, 0) > 0);
          const parts = shareCents(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * (weights[i] ?? 0)) / sum)).toBeLessThanOrEqual(
              weights.length
            );
          });
        }
      )
    );
  });
});

describe("productBreakdown", () => {
  const deals: CreditedDeal[] = [
    {
      id: "D-1",
      credited: 1210050,
      source: "actuals",
      lines: [
        { sku: "P-100", name: "Printeris", department: "Iekārtas", revenue: 1000000, cost: 750000 },
        { sku: "P-200", name: "Uzstādīšana", department: "Serviss", revenue: 210050, cost: 140000 },
      ],
    },
    {
      // Actuals add up to 21 000.00 but the deal's revenue is 20 000.00: lines share 20 000.00
      id: "D-2",
      credited: 2000000,
      source: "actuals",
      lines: [
        {
          sku: "p-100",
          name: "Printeris",
          department: "iekārtas ",
          revenue: 1500000,
          cost: 1100000,
        },
        { sku: "P-300", name: "Licence", department: "Programmatūra", revenue: 600000, cost: null },
      ],
    },
    { id: "D-3", credited: 500000, source: null, lines: [] },
  ];

  it("adds up to the credited revenue, itemised lines and not itemised deals together", () => {
    const b = productBreakdown(deals);
    expect(b.revenue).toBe(1210050 + 2000000 + 500000);
    const itemised = b.departments.reduce((a, d) => a + d.revenue, 0);
    expect(itemised + b.notItemised.revenue).toBe(b.revenue);
    expect(b.products.reduce((a, p) => a + p.revenue, 0)).toBe(itemised);
    expect(b.notItemised).toEqual({ deals: ["D-3"], revenue: 500000 });
    expect(b.itemised).toEqual({ actuals: 2, quotes: 0 });
  });

  it("groups departments and SKUs without case or spaces, largest first, costs scaled with revenue", () => {
    const b = productBreakdown(deals);
    // Iekārtas: 10 000.00 + 20 000.00 × 15/21 = 14 285.71 → 24 285.71; cost 7 500 + 11 000 × 20/21 = 10 476.19
    expect(b.departments[0]).toEqual({
      department: "Iekārtas",
      sku: null,
      product: null,
      deals: 2,
      revenue: 2428571,
      cost: 1797619,
      costRevenue: 2428571,
    });
    // Programmatūra: 20 000.00 × 6/21 = 5 714.29, cost unknown
    expect(b.departments[1]).toMatchObject({
      department: "Programmatūra",
      revenue: 571429,
      cost: null,
    });
    expect(b.departments[2]).toMatchObject({
      department: "Serviss",
      revenue: 210050,
      cost: 140000,
    });
    expect(b.products.map((p) => p.sku)).toEqual(["P-100", "P-300", "P-200"]);
  });

  it("a deal whose lines add up to nothing is not itemised", () => {
    const b = productBreakdown([
      {
        id: "D-9",
        credited: 1000,
        source: "actuals",
        lines: [{ sku: "A", name: null, department: null, revenue: 0, cost: null }],
      },
    ]);
    expect(b.departments).toEqual([]);
    expect(b.notItemised).toEqual({ deals: ["D-9"], revenue: 1000 });
  });
});
