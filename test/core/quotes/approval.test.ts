import fc from "fast-check";
import {
  approvalCovers,
  approvalSnapshot,
  canApprove,
  effectiveLineDiscount,
  evaluateApproval,
  type ApprovalRules,
} from "../../../src/core/quotes/approval";
import { computeQuote, type QuoteLineInput } from "../../../src/core/quotes/quoteMath";
import { line } from "./quoteLines";

const RULES: ApprovalRules = {
  marginFloor: 0.15,
  defaultRepDiscount: 0.1,
  levels: [
    { role: "Manager", upTo: 1_000_000 },
    { role: "Director", upTo: null },
  ],
};

function evaluate(
  lines: QuoteLineInput[],
  quoteDiscount = 0,
  repMaxDiscount: number | null = null,
  rules: ApprovalRules = RULES
) {
  const totals = computeQuote({ lines, quoteDiscount, vatRounding: "per-rate" });
  return evaluateApproval({ totals, lines, quoteDiscount, repMaxDiscount, rules });
}

// 10 × 100.00 €, cost 60.00 → margin 40 %, gross 1 210.00 €: within every limit.
const PLAIN = line({
  sku: "LAP-14",
  qty: 10,
  unitPrice: 10000,
  listPrice: 10000,
  unitCost: 6000,
  maxDiscount: 0.2,
});

describe("evaluateApproval", () => {
  it("needs no approval within every limit", () => {
    const e = evaluate([PLAIN]);
    expect(e).toMatchObject({ needed: false, reasons: [], level: null });
  });

  it("a line discount over the product's max, per line, with en and lv text", () => {
    const e = evaluate(
      [PLAIN, line({ sku: "CAB-2", discount: 0.25, maxDiscount: 0.2, unitCost: 1000 })],
      0,
      0.5
    );
    expect(e.needed).toBe(true);
    expect(e.level).toBe("Manager");
    expect(e.reasons).toEqual([
      {
        code: "line-discount-over-max",
        lineIndex: 1,
        sku: "CAB-2",
        value: 0.25,
        limit: 0.2,
        en: "Line 2 (CAB-2): discount 25% is over the product's maximum 20%",
        lv: "Rinda 2 (CAB-2): atlaide 25 % pārsniedz produkta maksimālo atlaidi 20 %",
      },
    ]);
  });

  it("a unit price lowered below the list price counts as line discount", () => {
    // 85.00 instead of 100.00 and 10 % off: 1 − 0.85 × 0.9 = 23.5 %
    const cut = { ...PLAIN, unitPrice: 8500, discount: 0.1 };
    expect(effectiveLineDiscount(cut)).toBe(0.235);
    const e = evaluate([cut], 0, 0.5);
    expect(e.reasons.map((r) => r.en)).toEqual([
      "Line 1 (LAP-14): discount 23.5% is over the product's maximum 20%",
    ]);
  });

  it("the discount exactly at the max is allowed (no float noise)", () => {
    expect(evaluate([{ ...PLAIN, discount: 0.2 }], 0, 0.3).needed).toBe(false);
  });

  it("the overall discount over the rep's limit, the default limit when the rep has none", () => {
    // quote discount 12 % > default 10 %
    const e = evaluate([PLAIN], 0.12);
    expect(e.reasons.map((r) => [r.code, r.value, r.limit, r.en, r.lv])).toEqual([
      [
        "quote-discount-over-limit",
        0.12,
        0.1,
        "Overall discount 12% is over the rep's limit 10%",
        "Kopējā atlaide 12 % pārsniedz pārdevēja limitu 10 %",
      ],
    ]);
    // the rep's own limit of 15 % covers it
    expect(evaluate([PLAIN], 0.12, 0.15).needed).toBe(false);
  });

  it("counts line discounts in the overall discount: 1 − net / Σ list-price values", () => {
    // 8 % line discount and 5 % quote discount: 1 − 0.92 × 0.95 = 12.6 % overall > 10 %
    const e = evaluate([{ ...PLAIN, discount: 0.08 }], 0.05);
    expect(e.reasons.map((r) => [r.code, r.value])).toEqual([["quote-discount-over-limit", 0.126]]);
    expect(e.figures.quoteDiscount).toBe(0.126);
  });

  it("margin under the floor, only when the cost is known", () => {
    const thin = { ...PLAIN, unitCost: 9000 }; // 10 % margin
    expect(evaluate([thin]).reasons.map((r) => [r.code, r.en, r.lv])).toEqual([
      [
        "margin-under-floor",
        "Margin 10% is under the floor 15%",
        "Marža 10 % ir zem minimālās 15 %",
      ],
    ]);
    const unknown = [thin, line({ sku: "X", unitPrice: 100, listPrice: 100, unitCost: null })];
    expect(evaluate(unknown).reasons.map((r) => r.code)).toEqual([]);
  });

  it("gross over the Manager's limit needs a Director", () => {
    // 100 × 100.00 € + 21 % = 12 100.00 €
    const big = { ...PLAIN, qty: 100 };
    const e = evaluate([big]);
    expect(e.level).toBe("Director");
    expect(e.reasons.map((r) => [r.code, r.value, r.limit, r.en, r.lv])).toEqual([
      [
        "gross-over-limit",
        1_210_000,
        1_000_000,
        "Gross €12,100.00 is over the Manager's limit €10,000.00: a Director must approve",
        "Summa ar PVN 12 100,00 € pārsniedz vadītāja limitu 10 000,00 €: jāapstiprina direktoram",
      ],
    ]);
  });

  it("exactly at the Manager's limit stays with the Manager", () => {
    // 10 000.00 € gross: 8 264.46 net at 21 % = 1 735.54 VAT
    const atLimit = line({ qty: 1, unitPrice: 826446, listPrice: 826446, unitCost: 100000 });
    expect(
      computeQuote({ lines: [atLimit], quoteDiscount: 0, vatRounding: "per-rate" }).gross
    ).toBe(1_000_000);
    expect(evaluate([atLimit]).needed).toBe(false);
    expect(evaluate([{ ...atLimit, unitCost: 800000 }]).level).toBe("Manager");
  });

  it("with three levels the level that covers the gross approves", () => {
    const rules: ApprovalRules = {
      ...RULES,
      levels: [
        { role: "Manager", upTo: 1_000_000 },
        { role: "Director", upTo: 5_000_000 },
        { role: "CEO", upTo: null },
      ],
    };
    const e = evaluate([{ ...PLAIN, qty: 500 }], 0, null, rules); // 60 500.00 € gross
    expect(e.level).toBe("CEO");
    expect(e.reasons[0]?.en).toBe(
      "Gross €60,500.00 is over the Director's limit €50,000.00: a CEO must approve"
    );
  });

  it("lists every reason at once", () => {
    const e = evaluate([{ ...PLAIN, qty: 200, discount: 0.3, unitCost: 7000 }], 0);
    expect(e.reasons.map((r) => r.code)).toEqual([
      "line-discount-over-max",
      "quote-discount-over-limit",
      "margin-under-floor",
      "gross-over-limit",
    ]);
    expect(e.level).toBe("Director");
  });

  it("free-text lines without a max discount never need approval for their discount", () => {
    const free = line({
      sku: null,
      description: "Consulting",
      discount: 0.05,
      listPrice: null,
      unitCost: null,
    });
    expect(evaluate([free]).needed).toBe(false);
  });

  it("refuses rules without levels", () => {
    expect(() => evaluate([PLAIN], 0, null, { ...RULES, levels: [] })).toThrow("no approval level");
  });
});

describe("canApprove", () => {
  it("a Director may approve what needs a Manager, not the other way round", () => {
    expect(canApprove("Director", "Manager")).toBe(true);
    expect(canApprove("manager", "Manager")).toBe(true);
    expect(canApprove("Manager", "Director")).toBe(false);
    expect(canApprove("Rep", "Manager")).toBe(false);
    expect(canApprove("CEO", "Director", [...RULES.levels, { role: "CEO", upTo: null }])).toBe(
      true
    );
  });
});

describe("approvalCovers: a revision within what was approved keeps the approval", () => {
  const base = [
    { ...PLAIN, discount: 0.25 }, // over its 20 % max
    line({
      sku: "CAB-2",
      qty: 10,
      unitPrice: 1000,
      listPrice: 1000,
      unitCost: 500,
      maxDiscount: 0.5,
    }),
  ];
  const first = evaluate(base, 0, 0.3);
  const approved = approvalSnapshot(
    { by: "Anna Bērziņa", role: "Manager", at: "2026-07-03T10:15" },
    first.figures
  );

  it("records the figures it was given for", () => {
    expect(first.level).toBe("Manager");
    expect(approved).toMatchObject({
      by: "Anna Bērziņa",
      role: "Manager",
      maxLineDiscountBySku: { "LAP-14": 0.25, "CAB-2": 0 },
      quoteDiscount: first.figures.quoteDiscount,
      gross: first.figures.gross,
    });
  });

  it("keeps it when the approved discount stays and other lines change within limits", () => {
    const revised = [
      { ...base[0]!, qty: 8 },
      { ...base[1]!, discount: 0.4 },
    ];
    expect(approvalCovers(approved, evaluate(revised, 0, 0.3), RULES.levels)).toBe(true);
  });

  it("loses it when the approved line's discount grows", () => {
    const revised = [{ ...base[0]!, discount: 0.28 }, base[1]!];
    expect(approvalCovers(approved, evaluate(revised, 0, 0.3), RULES.levels)).toBe(false);
  });

  it("loses it when a new line is over its max", () => {
    const revised = [...base, line({ sku: "NEW", discount: 0.3, maxDiscount: 0.1, unitCost: 1 })];
    expect(approvalCovers(approved, evaluate(revised, 0, 0.3), RULES.levels)).toBe(false);
  });

  it("loses it when the gross grows beyond the Manager's limit", () => {
    const revised = [{ ...base[0]!, qty: 200 }, base[1]!];
    const next = evaluate(revised, 0, 0.3);
    expect(next.level).toBe("Director");
    expect(approvalCovers(approved, next, RULES.levels)).toBe(false);
    const byDirector = { ...approved, role: "Director" };
    expect(approvalCovers(byDirector, next, RULES.levels)).toBe(true);
  });

  it("margin: kept when not lower than approved, lost when lower", () => {
    const thin = [line({ sku: "T", qty: 10, unitPrice: 10000, listPrice: 10000, unitCost: 9000 })];
    const at10 = approvalSnapshot(
      { by: "A", role: "Manager", at: "2026-07-03" },
      evaluate(thin).figures
    );
    const at12 = [{ ...thin[0]!, unitCost: 8800 }];
    const at8 = [{ ...thin[0]!, unitCost: 9200 }];
    expect(approvalCovers(at10, evaluate(at12), RULES.levels)).toBe(true);
    expect(approvalCovers(at10, evaluate(at8), RULES.levels)).toBe(false);
  });

  it("overall discount: not higher than approved", () => {
    const e = evaluate([PLAIN], 0.12);
    const snap = approvalSnapshot({ by: "A", role: "Manager", at: "2026-07-03" }, e.figures);
    expect(approvalCovers(snap, evaluate([PLAIN], 0.11), RULES.levels)).toBe(true);
    expect(approvalCovers(snap, evaluate([PLAIN], 0.13), RULES.levels)).toBe(false);
  });

  it("law: an unchanged quote is always covered by its own approval", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sku: fc.constantFrom("A", "B", "C"),
            qty: fc.integer({ min: 1, max: 300 }),
            unitPrice: fc.integer({ min: 1, max: 500_000 }),
            discount: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
            maxDiscount: fc.option(
              fc.integer({ min: 0, max: 40 }).map((n) => n / 100),
              { nil: null }
            ),
            unitCost: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 6 }
        ),
        fc.integer({ min: 0, max: 30 }).map((n) => n / 100),
        (rows, qd) => {
          const lines = rows.map((r) => line({ ...r, listPrice: r.unitPrice }));
          const e = evaluate(lines, qd);
          fc.pre(e.level !== null);
          const snap = approvalSnapshot(
            { by: "X", role: e.level ?? "", at: "2026-07-03" },
            e.figures
          );
          expect(approvalCovers(snap, evaluate(lines, qd), RULES.levels)).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });
});
