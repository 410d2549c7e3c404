import fc from "fast-check";
import {
  computeQuote,
  type QuoteLineInput,
  type QuoteTotals,
  type VatRoundingMode,
} from "../../../src/core/quotes/quoteMath";
import { line, MIXED_QUOTE_LINES } from "./quoteLines";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("computeQuote: the hand-computed quote (21 %, 12 %, 0 %, 5 % quote discount)", () => {
  // Line nets: 1618.20 + 3.77 + 49.80 + 7.35 + 250.00 = 1929.12 (warranty 99.98 is optional).
  // Quote discount: ROUND(1929.12 × 5 %, 2) = ROUND(96.456, 2) = 96.46.
  // Groups, highest rate first: 21 % 1621.97, 12 % 57.15, 0 % 250.00.
  // Running shares of 96.46: ROUND(96.46 × 1621.97 / 1929.12) = ROUND(81.1019) = 81.10;
  //   ROUND(96.46 × 1679.12 / 1929.12) = ROUND(83.9595) = 83.96 → 12 % share 2.86; 0 % share 12.50.
  // Group nets: 1540.87, 54.29, 237.50 → net 1832.66 (= 1929.12 − 96.46).
  it("per-rate: VAT = ROUND(group net × rate, 2)", () => {
    const t = computeQuote({
      lines: MIXED_QUOTE_LINES,
      quoteDiscount: 0.05,
      vatRounding: "per-rate",
    });
    expect(t.lines.map((l) => l.net)).toEqual([161820, 377, 4980, 735, 25000, 9998]);
    expect(t.subtotal).toBe(192912);
    expect(t.quoteDiscount).toBe(9646);
    // 1540.87 × 21 % = 323.5827 → 323.58; 54.29 × 12 % = 6.5148 → 6.51; 0.
    expect(t.groups).toEqual([
      {
        rate: 0.21,
        netBeforeDiscount: 162197,
        discountShare: 8110,
        net: 154087,
        vat: 32358,
        gross: 186445,
      },
      { rate: 0.12, netBeforeDiscount: 5715, discountShare: 286, net: 5429, vat: 651, gross: 6080 },
      { rate: 0, netBeforeDiscount: 25000, discountShare: 1250, net: 23750, vat: 0, gross: 23750 },
    ]);
    expect([t.net, t.vat, t.gross]).toEqual([183266, 33009, 216275]); // 1832.66 + 330.09 = 2162.75
    expect(t.optionalNet).toBe(9998);
    expect(t.lines.every((l) => l.vat === null)).toBe(true);
  });

  it("per-line: VAT = Σ ROUND(line net after its discount share × rate, 2)", () => {
    const t = computeQuote({
      lines: MIXED_QUOTE_LINES,
      quoteDiscount: 0.05,
      vatRounding: "per-line",
    });
    // 21 % share 81.10 over 1618.20 and 3.77: ROUND(81.10 × 1618.20 / 1621.97) = 80.91, cable 0.19.
    // 12 % share 2.86 over 49.80 and 7.35: ROUND(2.86 × 49.80 / 57.15) = 2.49, map 0.37.
    expect(t.lines.map((l) => l.discountShare)).toEqual([8091, 19, 249, 37, 1250, 0]);
    expect(t.lines.map((l) => l.netAfterDiscount)).toEqual([153729, 358, 4731, 698, 23750, 9998]);
    // 1537.29 × 21 % = 322.8309 → 322.83; 3.58 × 21 % = 0.7518 → 0.75;
    // 47.31 × 12 % = 5.6772 → 5.68; 6.98 × 12 % = 0.8376 → 0.84; optional 99.98 × 21 % = 21.00 (shown only).
    expect(t.lines.map((l) => l.vat)).toEqual([32283, 75, 568, 84, 0, 2100]);
    expect(t.groups.map((g) => g.vat)).toEqual([32358, 652, 0]); // 12 %: 6.52, one cent more than per-rate
    expect([t.net, t.vat, t.gross]).toEqual([183266, 33010, 216276]);
  });

  it("cost and margin of counted lines: (net − cost) / net", () => {
    const t = computeQuote({
      lines: MIXED_QUOTE_LINES,
      quoteDiscount: 0.05,
      vatRounding: "per-rate",
    });
    // 1300.00 + 3.00 + 32.00 + 4.00 + 100.00 = 1439.00; the warranty's 40.00 is not counted.
    expect(t.lines.map((l) => l.cost)).toEqual([130000, 300, 3200, 400, 10000, 4000]);
    expect(t.cost).toBe(143900);
    expect(t.costKnown).toBe(true);
    expect(t.margin).toBeCloseTo((183266 - 143900) / 183266, 12); // 21.48 %
    expect(t.lines[0]?.margin).toBeCloseTo((153729 - 130000) / 153729, 12);
  });

  it("the rounding trap: 3 × 1.255 € = 3.77 either way it is entered", () => {
    const lines = [
      line({ qty: 3, unitPrice: 251, discount: 0.5 }), // 3 × (2.51 − 50 %)
      line({ qty: 1.255, unitPrice: 300 }), // 1.255 m at 3.00 €/m
    ];
    const t = computeQuote({ lines, quoteDiscount: 0, vatRounding: "per-rate" });
    expect(t.lines.map((l) => l.net)).toEqual([377, 377]);
  });

  it("without a quote discount, per-line VAT is Σ ROUND(line net × rate, 2)", () => {
    // 3 lines of 0.07 € at 21 %: per line 0.0147 → 0.01 each = 0.03; per rate 0.21 × 21 % = 0.0441 → 0.04.
    const lines = [1, 2, 3].map(() => line({ unitPrice: 7, listPrice: 7 }));
    expect(computeQuote({ lines, quoteDiscount: 0, vatRounding: "per-line" }).vat).toBe(3);
    expect(computeQuote({ lines, quoteDiscount: 0, vatRounding: "per-rate" }).vat).toBe(4);
  });

  it("cost is not known when a counted line has no unit cost; then no margin", () => {
    const t = computeQuote({
      lines: [
        line({ unitCost: 5000 }),
        line({ unitCost: null }),
        line({ optional: true, unitCost: null }),
      ],
      quoteDiscount: 0,
      vatRounding: "per-rate",
    });
    expect(t.costKnown).toBe(false);
    expect(t.cost).toBe(5000);
    expect(t.margin).toBeNull();
    expect(t.lines[1]?.margin).toBeNull();
  });

  it("an empty quote is all zeros", () => {
    const t = computeQuote({ lines: [], quoteDiscount: 0.1, vatRounding: "per-line" });
    expect([t.subtotal, t.quoteDiscount, t.net, t.vat, t.gross, t.groups.length]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(t.margin).toBeNull();
  });

  it("refuses values that are not numbers or not cents, naming the line", () => {
    const bad = (over: Partial<QuoteLineInput>) => () =>
      computeQuote({ lines: [line(), line(over)], quoteDiscount: 0, vatRounding: "per-rate" });
    expect(bad({ qty: Number.NaN })).toThrow("Quote line 2: quantity NaN is not a number");
    expect(bad({ unitPrice: 12.5 })).toThrow("Quote line 2: unit price 12.5 is not cents");
    expect(bad({ vatRate: -0.21 })).toThrow("Quote line 2: VAT rate -0.21 is not a rate ≥ 0");
  });
});

const rateArb = fc.constantFrom(0.21, 0.12, 0.05, 0);
const lineArb: fc.Arbitrary<QuoteLineInput> = fc
  .record({
    qty: fc.oneof(
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: -50, max: 5000 }).map((n) => n / 10)
    ),
    unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
    discount: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    vatRate: rateArb,
    optional: fc.boolean(),
    unitCost: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
    sku: fc.option(fc.constantFrom("A", "B", "C"), { nil: null }),
  })
  .map((r) => line({ ...r, listPrice: r.unitPrice }));
const quoteArb = fc.record({
  lines: fc.array(lineArb, { maxLength: 12 }),
  quoteDiscount: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
  vatRounding: fc.constantFrom<VatRoundingMode>("per-rate", "per-line"),
});

function expectSumOfParts(t: QuoteTotals): void {
  expect(sum(t.groups.map((g) => g.net))).toBe(t.net);
  expect(sum(t.groups.map((g) => g.vat))).toBe(t.vat);
  expect(sum(t.groups.map((g) => g.gross))).toBe(t.gross);
  expect(t.gross).toBe(t.net + t.vat);
  expect(sum(t.groups.map((g) => g.discountShare))).toBe(t.quoteDiscount);
  expect(t.subtotal - t.quoteDiscount).toBe(t.net);
  const counted = t.lines.filter((l) => l.counted);
  expect(sum(counted.map((l) => l.netAfterDiscount))).toBe(t.net);
  expect(sum(counted.map((l) => l.discountShare))).toBe(t.quoteDiscount);
  for (const g of t.groups) {
    const members = counted.filter((l) => Math.abs(l.vatRate - g.rate) < 1e-9);
    expect(sum(members.map((l) => l.net))).toBe(g.netBeforeDiscount);
    expect(sum(members.map((l) => l.discountShare))).toBe(g.discountShare);
    expect(g.net).toBe(g.netBeforeDiscount - g.discountShare);
  }
  for (const v of [
    t.net,
    t.vat,
    t.gross,
    t.quoteDiscount,
    ...t.lines.map((l) => l.discountShare),
  ]) {
    expect(Number.isInteger(v)).toBe(true);
  }
}

describe("computeQuote laws", () => {
  it("totals equal the sum of their parts in both modes; no cent is lost", () => {
    fc.assert(
      fc.property(quoteArb, (q) => expectSumOfParts(computeQuote(q))),
      { numRuns: 500 }
    );
  });

  it("per-line VAT adds up line by line", () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuote({ ...q, vatRounding: "per-line" });
        expect(sum(t.lines.filter((l) => l.counted).map((l) => l.vat ?? 0))).toBe(t.vat);
      }),
      { numRuns: 300 }
    );
  });

  it("each share of the quote discount is within a cent of its exact proportion", () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuote(q);
        if (t.subtotal === 0) return;
        for (const g of t.groups) {
          const exact = (t.quoteDiscount * g.netBeforeDiscount) / t.subtotal;
          expect(Math.abs(g.discountShare - exact)).toBeLessThanOrEqual(1 + 1e-6);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("optional lines never change the totals", () => {
    fc.assert(
      fc.property(quoteArb, fc.array(lineArb, { maxLength: 4 }), (q, extra) => {
        const optional = extra.map((l) => ({ ...l, optional: true }));
        const a = computeQuote(q);
        const b = computeQuote({ ...q, lines: [...optional, ...q.lines, ...optional] });
        expect([b.subtotal, b.quoteDiscount, b.net, b.vat, b.gross, b.cost, b.costKnown]).toEqual([
          a.subtotal,
          a.quoteDiscount,
          a.net,
          a.vat,
          a.gross,
          a.cost,
          a.costKnown,
        ]);
        expect(b.groups).toEqual(a.groups);
      }),
      { numRuns: 300 }
    );
  });

  it("a zero quote discount leaves every group equal to the sum of its line nets", () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuote({ ...q, quoteDiscount: 0 });
        expect(t.quoteDiscount).toBe(0);
        for (const g of t.groups) {
          const nets = t.lines.filter((l) => l.counted && Math.abs(l.vatRate - g.rate) < 1e-9);
          expect(g.discountShare).toBe(0);
          expect(g.net).toBe(sum(nets.map((l) => l.net)));
        }
      }),
      { numRuns: 300 }
    );
  });

  it("the two modes agree on nets and differ in VAT by at most half a cent per line and per group", () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const a = computeQuote({ ...q, vatRounding: "per-rate" });
        const b = computeQuote({ ...q, vatRounding: "per-line" });
        expect(b.net).toBe(a.net);
        const counted = q.lines.filter((l) => !l.optional).length;
        expect(Math.abs(a.vat - b.vat)).toBeLessThanOrEqual(
          Math.ceil(counted / 2) + a.groups.length
        );
      }),
      { numRuns: 300 }
    );
  });
});
