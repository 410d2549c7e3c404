/**
 * `dealdesk quote --json` on workbooks of our own making (test/fixtures/build-quote-fixtures.ts)
 * gives the figures computed by hand below, in both VAT rounding modes.
 *
 * The quote: D-100, 5 % quote discount.
 *   1 LAP-14  2 × 899.00 −5 %, 21 %   net ROUND(2 × 899 × 0.95, 2)      = 1 708.10
 *   2 BK-01   1 × 24.90,       12 %   net                               =    24.90
 *   3 CBL-M   1.255 m × 3.00,  21 %   net ROUND(1.255 × 3, 2): the double
 *                                     3.7649999… is 3.765 to Excel      =     3.77  (the trap)
 *   4 BK-02   4 × 33.50,       12 %   net                               =   134.00
 *   5 SRV-H   4 × 55.00 (optional)    net 220.00, counted nowhere
 * subtotal = 1 708.10 + 24.90 + 3.77 + 134.00                          = 1 870.77
 * quote discount = ROUND(1 870.77 × 5 %, 2) = ROUND(93.5385)            =    93.54
 * groups (highest rate first): 21 % 1 711.87, 12 % 158.90
 *   21 % share = ROUND(93.54 × 1 711.87 / 1 870.77, 2) = ROUND(85.594…) =    85.59
 *   12 % share = ROUND(93.54 × 1 870.77 / 1 870.77, 2) − 85.59         =     7.95
 *   nets: 21 % 1 711.87 − 85.59 = 1 626.28; 12 % 158.90 − 7.95 = 150.95; net 1 777.23
 * per-rate: VAT 21 % = ROUND(1 626.28 × 0.21) = ROUND(341.5188) = 341.52
 *           VAT 12 % = ROUND(150.95 × 0.12)   = ROUND(18.114)   =  18.11
 *           VAT 359.63, gross 2 136.86
 * per-line: shares of the lines inside their group, by running totals:
 *           21 %: ROUND(85.59 × 1 708.10 / 1 711.87) = 85.40, then 0.19
 *           12 %: ROUND(7.95 × 24.90 / 158.90) = ROUND(1.2457…) = 1.25, then 6.70
 *           VAT = ROUND(1 622.70 × .21) 340.77 + ROUND(3.58 × .21) 0.75   = 341.52 (21 %)
 *               + ROUND(23.65 × .12) 2.84 + ROUND(127.30 × .12) 15.28    =  18.12 (12 %)
 *           VAT 359.64, gross 2 136.87
 * cost = 2 × 705 + 11 + ROUND(1.255 × 1.10 = 1.3805) 1.38 + 4 × 2.40 = 1 431.98
 * margin = (1 777.23 − 1 431.98) / 1 777.23 = 345.25 / 1 777.23
 */
import { copyFixture, MIXED_QUOTE_ARGS, quoteJson } from "../jobs/quotes/quoteKit";

interface Figures {
  ok: boolean;
  quote: string;
  status: string;
  net: number;
  vat: number;
  vatByRate: { rate: number; net: number; vat: number }[];
  gross: number;
  cost: number | null;
  margin: number | null;
  approval: { needed: boolean; reasons: { code: string; message: string }[] };
  departments: { department: string; lines: number[]; status: string }[];
  sheets: string[];
  rows: { read: number; used: number; skipped: number };
  issues: unknown[];
}

describe("dealdesk quote --json: the hand-computed figures", () => {
  it("per-rate: mixed 21 % and 12 %, a quote discount, an optional line, the 1.255 trap", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const json = await quoteJson<Figures>([
      "quote",
      wb,
      "--deal",
      "D-100",
      ...MIXED_QUOTE_ARGS,
      "--date",
      "2026-03-02",
    ]);
    expect(json).toMatchObject({
      ok: true,
      quote: "Q-2026-0001",
      status: "Draft",
      net: 1777.23,
      vat: 359.63,
      vatByRate: [
        { rate: 0.21, net: 1626.28, vat: 341.52 },
        { rate: 0.12, net: 150.95, vat: 18.11 },
      ],
      gross: 2136.86,
      cost: 1431.98,
    });
    expect(json.margin).toBeCloseTo(345.25 / 1777.23, 12);
    // Overall discount 1 − 1 777.23 / 1 960.665 ≈ 9.4 % is within Anna's 10 %; margin 19.4 % ≥ 15 %.
    expect(json.approval).toMatchObject({ needed: false, reasons: [] });
    expect(json.sheets[0]).toBe("Q-2026-0001");
    expect(json.sheets).toContain("Q-2026-0001 internal");
    expect(json.rows.read).toBe(json.rows.used + json.rows.skipped);
    expect(json.issues).toEqual([]);
  });

  it("per-line: the same quote rounds VAT line by line, one cent more", async () => {
    const wb = copyFixture("quote-mixed-vat-per-line.xlsx");
    const json = await quoteJson<Figures>([
      "quote",
      wb,
      "--deal",
      "D-100",
      ...MIXED_QUOTE_ARGS,
      "--date",
      "2026-03-02",
    ]);
    expect(json).toMatchObject({
      net: 1777.23,
      vat: 359.64,
      vatByRate: [
        { rate: 0.21, net: 1626.28, vat: 341.52 },
        { rate: 0.12, net: 150.95, vat: 18.12 },
      ],
      gross: 2136.87,
      cost: 1431.98,
    });
  });

  it("without a quote discount both modes agree: VAT on 1 711.87 and 158.90", async () => {
    // 21 %: ROUND(1 711.87 × .21) = ROUND(359.4927) = 359.49 (per line: 358.70 + 0.79 = 359.49)
    // 12 %: ROUND(158.90 × .12) = ROUND(19.068) = 19.07 (per line: 2.99 + 16.08 = 19.07)
    for (const mode of ["per-rate", "per-line"] as const) {
      const wb = copyFixture(`quote-mixed-vat-${mode}.xlsx`);
      const args = MIXED_QUOTE_ARGS.slice(0, -2);
      const json = await quoteJson<Figures>([
        "quote",
        wb,
        "--deal",
        "D-100",
        ...args,
        "--date",
        "2026-03-02",
      ]);
      expect(json).toMatchObject({ net: 1870.77, vat: 378.56, gross: 2249.33 });
      expect(json.vatByRate).toEqual([
        { rate: 0.21, net: 1711.87, vat: 359.49 },
        { rate: 0.12, net: 158.9, vat: 19.07 },
      ]);
    }
  });

  it("the rounding trap alone: 1.255 m at 3.00 is 3.77 net, VAT ROUND(0.7917) = 0.79", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const json = await quoteJson<Figures>([
      "quote",
      wb,
      "--deal",
      "D-100",
      "--line",
      "CBL-M:1.255",
    ]);
    expect(json).toMatchObject({ net: 3.77, vat: 0.79, gross: 4.56 });
  });

  it("lists the departments of the lines, optional ones too, all pending", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const json = await quoteJson<Figures>(["quote", wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS]);
    expect(json.departments).toEqual([
      { department: "Hardware", lines: [1], status: "Pending", by: null, at: null },
      { department: "Training", lines: [2, 4], status: "Pending", by: null, at: null },
      { department: "Logistics", lines: [3], status: "Pending", by: null, at: null },
      { department: "Service", lines: [5], status: "Pending", by: null, at: null },
    ]);
  });
});
