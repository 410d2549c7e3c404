import fc from "fast-check";
import { computeQuote, type QuoteLineInput } from "../../../src/core/quotes/quoteMath";
import { diffQuotes, type QuoteRevisionView } from "../../../src/core/quotes/revisionDiff";
import { line, MIXED_QUOTE_LINES } from "./quoteLines";

function revision(lines: readonly QuoteLineInput[], quoteDiscount = 0.05): QuoteRevisionView {
  return { lines, totals: computeQuote({ lines, quoteDiscount, vatRounding: "per-rate" }) };
}

describe("diffQuotes", () => {
  const r1 = revision(MIXED_QUOTE_LINES);

  it("a quote compared with itself has no differences", () => {
    const d = diffQuotes(r1, r1);
    expect(d).toMatchObject({ added: [], removed: [], changed: [], unchanged: true });
    expect(d.totals.gross).toEqual({ before: 216275, after: 216275 });
  });

  it("lists lines added, removed and changed, and totals before and after", () => {
    const [laptop, cable, book, map, training, warranty] = MIXED_QUOTE_LINES;
    const lines = [
      { ...laptop!, qty: 3, discount: 0.12 },
      cable!,
      { ...book!, vatRate: 0.21 },
      map!,
      { ...training!, unitPrice: 30000 }, // free text, matched by description
      { ...warranty!, optional: false },
      line({ sku: "BAG-1", description: "Bag", qty: 1, unitPrice: 3500 }),
    ].filter((l) => l.sku !== "MAP-1");
    const r2 = revision(lines);
    const d = diffQuotes(r1, r2);
    expect(d.added.map((l) => l.sku)).toEqual(["BAG-1"]);
    expect(d.removed.map((l) => l.sku)).toEqual(["MAP-1"]);
    expect(d.changed.map((c) => [c.key, c.changes])).toEqual([
      [
        "LAP-14",
        [
          { field: "qty", before: 2, after: 3 },
          { field: "discount", before: 0.1, after: 0.12 },
        ],
      ],
      ["BOOK-1", [{ field: "vatRate", before: 0.12, after: 0.21 }]],
      ["On-site training", [{ field: "unitPrice", before: 25000, after: 30000 }]],
      ["WAR-3", [{ field: "optional", before: true, after: false }]],
    ]);
    expect(d.totals.net).toEqual({ before: r1.totals.net, after: r2.totals.net });
    expect(d.totals.net.after).not.toBe(d.totals.net.before);
    expect(d.unchanged).toBe(false);
  });

  it("matches SKUs without case or punctuation, repeated SKUs in order", () => {
    const before = revision([line({ sku: "lap-14", qty: 1 }), line({ sku: "LAP-14", qty: 2 })]);
    const after = revision([line({ sku: "LAP 14", qty: 1 }), line({ sku: "Lap14", qty: 5 })]);
    const d = diffQuotes(before, after);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((c) => c.changes)).toEqual([[{ field: "qty", before: 2, after: 5 }]]);
  });

  it("a changed quote discount shows only in the totals", () => {
    const d = diffQuotes(r1, revision(MIXED_QUOTE_LINES, 0.1));
    expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
    expect(d.unchanged).toBe(false);
    expect(d.totals.net.after).toBeLessThan(d.totals.net.before);
  });

  const lineArb = fc
    .record({
      sku: fc.option(fc.constantFrom("A", "B", "C", "D"), { nil: null }),
      description: fc.constantFrom("One", "Two", "Three"),
      qty: fc.integer({ min: 0, max: 50 }),
      unitPrice: fc.integer({ min: 0, max: 100_000 }),
      discount: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
      vatRate: fc.constantFrom(0.21, 0.12, 0),
      optional: fc.boolean(),
    })
    .map((r) => line(r));

  it("law: the diff of a quote with itself is empty", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 10 }), (lines) => {
        const r = revision(lines);
        expect(diffQuotes(r, { ...r, lines: lines.map((l) => ({ ...l })) }).unchanged).toBe(true);
      })
    );
  });

  it("law: every line is accounted for: |after| = |before| − removed + added", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 10 }),
        fc.array(lineArb, { maxLength: 10 }),
        (a, b) => {
          const d = diffQuotes(revision(a), revision(b));
          expect(b.length).toBe(a.length - d.removed.length + d.added.length);
          expect(d.changed.length).toBeLessThanOrEqual(Math.min(a.length, b.length));
        }
      )
    );
  });
});
