import { createXlsx, type XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import { buildQuote } from "../../src/jobs/quotes/buildQuote";
import {
  findMember,
  readQuoteContext,
  type QuoteContext,
} from "../../src/jobs/quotes/quoteContext";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import {
  draftFromLines,
  draftRequestLines,
  evaluateDraft,
  percentText,
  priceText,
  qtyText,
  type DraftContext,
  type DraftLine,
  type QuoteDraft,
} from "../../src/taskpane/quote/quoteDraft";
import { dealQuotes, quoteState } from "../../src/taskpane/quote/registerQuotes";

const TODAY = "2026-11-27";
let wb: XlsxWorkbook;
let ctx: QuoteContext;

function line(key: number, fields: Partial<DraftLine>): DraftLine {
  return {
    key,
    sku: "",
    description: "",
    qty: "1",
    discount: "",
    unitPrice: "",
    optional: false,
    ...fields,
  };
}

function draftContext(c: QuoteContext, owner: string): DraftContext {
  return {
    products: c.products?.read.rows ?? [],
    settings: c.settings,
    owner: findMember(c, owner),
    today: TODAY,
    decimal: ",",
  };
}

beforeAll(async () => {
  wb = createXlsx();
  await writeSampleWorkbook(wb);
  ctx = await readQuoteContext(wb, TODAY);
}, 120_000);

describe("what the user types", () => {
  test("percentages in percent, with a decimal comma or a % sign; blank is none", () => {
    expect(percentText("12,5", ",")).toBe(0.125);
    expect(percentText("12.3 %", ".")).toBe(0.123);
    expect(percentText("", ",")).toBe(0);
    expect(percentText("1", ",")).toBe(0.01);
    expect(percentText("120", ",")).toBeNull();
    expect(percentText("-5", ",")).toBeNull();
    expect(percentText("abc", ",")).toBeNull();
  });

  test("quantities are numbers other than 0; prices are cents, blank = the list price", () => {
    expect(qtyText("1,5", ",")).toBe(1.5);
    expect(qtyText("0", ",")).toBeNull();
    expect(qtyText("-2", ",")).toBe(-2);
    expect(qtyText("", ",")).toBeNull();
    expect(priceText("1 234,50", ",")).toBe(123450);
    expect(priceText("€ 45", ".")).toBe(4500);
    expect(priceText("", ",")).toBeUndefined();
    expect(priceText("four", ",")).toBeNull();
  });
});

describe("live figures of a draft", () => {
  test("equal what the quote job builds from the same lines: totals, approval reasons, departments", async () => {
    const deal = ctx.deals.read.rows.find(
      (d) => d.stage !== "Won" && d.stage !== "Lost" && d.account
    );
    if (!deal) throw new Error("the sample has an open deal");
    const products = ctx.products?.read.rows ?? [];
    const [a, b, c] = [
      products[0],
      products[3],
      products.find((p) => p.vatRate !== null && p.vatRate < 0.21) ?? products[5],
    ];
    if (!a || !b || !c) throw new Error("the sample has products");
    const draft: QuoteDraft = {
      lines: [
        line(1, { sku: a.sku, qty: "2", discount: "30" }),
        line(2, { sku: null, description: "Uzstādīšana", qty: "3", unitPrice: "45,50" }),
        line(3, { sku: b.sku, qty: "4", unitPrice: "150", optional: true }),
        line(4, { sku: c.sku, qty: "1,5", discount: "5" }),
      ],
      discount: "2,5",
    };
    const live = evaluateDraft(draft, draftContext(ctx, deal.owner));
    expect(live.ready).toBe(true);
    expect(live.problems.flat()).toEqual([]);

    const copy = createXlsx();
    await writeSampleWorkbook(copy);
    const built = await buildQuote(copy, {
      dealId: deal.id,
      lines: draftRequestLines(draft, ","),
      discount: percentText(draft.discount, ",") ?? 0,
      today: TODAY,
    });
    const totals = live.totals;
    if (!totals) throw new Error("totals");
    expect({ net: totals.net / 100, vat: totals.vat / 100, gross: totals.gross / 100 }).toEqual({
      net: built.net,
      vat: built.vat,
      gross: built.gross,
    });
    expect(
      totals.groups.map((g) => ({ rate: g.rate, net: g.net / 100, vat: g.vat / 100 }))
    ).toEqual(built.vatByRate);
    expect(totals.margin).toBe(built.margin);
    expect(live.approval?.needed).toBe(built.approval.needed);
    expect(live.approval?.level).toBe(built.approval.level);
    expect(live.approval?.reasons.map((r) => r.en)).toEqual(
      built.approval.reasons.map((r) => r.message)
    );
    expect(live.departments).toEqual(built.departments);
  });

  test("a line with a problem says which field, is left out of the figures, and the draft cannot be built", () => {
    const products = ctx.products?.read.rows ?? [];
    const [a] = products;
    if (!a) throw new Error("products");
    const draft: QuoteDraft = {
      lines: [
        line(1, { sku: "", qty: "1" }),
        line(2, { sku: a.sku, qty: "0" }),
        line(3, { sku: null, description: "", qty: "1" }),
        line(4, { sku: a.sku, qty: "2", discount: "150" }),
        line(5, { sku: a.sku, qty: "2" }),
        line(6, { sku: "NO-SUCH-SKU", qty: "2" }),
      ],
      discount: "x",
    };
    const live = evaluateDraft(draft, draftContext(ctx, "Laura Krūmiņa"));
    expect(live.problems).toEqual([
      [{ field: "product", problem: "lineNoProduct", pending: true }],
      [{ field: "qty", problem: "lineBadQty" }],
      [
        { field: "description", problem: "lineNoDescription", pending: true },
        { field: "unitPrice", problem: "lineNeedsPrice", pending: true },
      ],
      [{ field: "discount", problem: "badPercent" }],
      [],
      [{ field: "product", problem: "lineNoProduct" }],
    ]);
    expect(live.discountProblem).toBe("badPercent");
    expect(live.counted).toEqual([null, null, null, null, 0, null]);
    expect(live.totals?.net).toBe(2 * a.listPrice);
    expect(live.ready).toBe(false);
  });

  test("an optional line alone gives no totals", () => {
    const [a] = ctx.products?.read.rows ?? [];
    const live = evaluateDraft(
      { lines: [line(1, { sku: a?.sku ?? "", optional: true })], discount: "" },
      draftContext(ctx, "Laura Krūmiņa")
    );
    expect(live.totals).toBeNull();
    expect(live.ready).toBe(false);
  });
});

describe("revising a built quote", () => {
  test("its lines come back into the editor and price the same", async () => {
    const copy = createXlsx();
    await writeSampleWorkbook(copy);
    const c0 = await readQuoteContext(copy, TODAY);
    const deal = c0.deals.read.rows.find(
      (d) => d.stage !== "Won" && d.stage !== "Lost" && d.account
    );
    const [a, b] = c0.products?.read.rows ?? [];
    if (!deal || !a || !b) throw new Error("sample");
    const built = await buildQuote(copy, {
      dealId: deal.id,
      lines: [
        { sku: a.sku, qty: 3, discount: 0.05 },
        { sku: b.sku, qty: 1, unitPrice: 12345, optional: true },
        { description: "Piegāde", qty: 1, unitPrice: 2500 },
      ],
      discount: 0.02,
      today: TODAY,
    });
    const c1 = await readQuoteContext(copy, TODAY);
    const quotes = dealQuotes(c1, deal.id);
    expect(quotes.map((q) => q.id)).toEqual([built.quote]);
    const state = quoteState(c1, quotes[0]!, TODAY);
    const lines = draftFromLines(state.document.lines, c1.products?.read.rows ?? [], 10, ",");
    expect(
      lines.map((l) => [l.sku, l.qty, l.discount, l.unitPrice, l.optional, l.description])
    ).toEqual([
      [a.sku, "3", "5", "", false, ""],
      [b.sku, "1", "", "123,45", true, ""],
      [null, "1", "", "25", false, "Piegāde"],
    ]);
    const again = evaluateDraft({ lines, discount: "2" }, draftContext(c1, deal.owner));
    expect(again.totals?.gross).toBe(state.document.totals.gross);
    expect(state.document.totals.gross / 100).toBe(built.gross);
  });
});
