import { buildRetro } from "../../../src/core/retro/retroData";
import { plannedVsActual } from "../../../src/core/retro/plannedVsActual";
import { finalFigures } from "../../../src/core/retro/finalProfit";
import { comparedQuote, type RetroQuote } from "../../../src/core/retro/retroQuote";
import { actual, deal, dealWithoutQuotes, line, lostDeal, meeting, wonDeal } from "./retroFixtures";

describe("buildRetro: a won deal with an accepted revision", () => {
  const retro = buildRetro(wonDeal());

  it("compares with the accepted revision R2, not the superseded R1", () => {
    expect(retro.compared?.quote.id).toBe("Q-2026-0007-R2");
    expect(retro.compared?.accepted).toBe(true);
    expect(retro.notes).toEqual([]);
  });

  it("lists the timeline in date order: created, meetings and quotes, closed", () => {
    expect(
      retro.timeline.map((e) => [
        e.kind,
        e.date,
        e.kind === "quote" ? e.quoteId : e.kind === "meeting" ? e.meetingId : null,
      ])
    ).toEqual([
      ["created", "2026-01-10", null],
      ["meeting", "2026-01-20", "M-1"],
      ["quote", "2026-02-01", "Q-2026-0007"],
      ["meeting", "2026-02-15", "M-2"],
      ["quote", "2026-02-20", "Q-2026-0007-R2"],
      ["meeting", "2026-03-01", "M-3"],
      ["closed", "2026-03-20", null],
    ]);
    const r2 = retro.timeline[4];
    expect(r2).toMatchObject({ status: "Accepted", net: 1200000, sentAt: "2026-02-21" });
    expect(retro.timeline[6]).toMatchObject({ outcome: "Won", lostReason: null });
    expect(retro.timeline[1]).toMatchObject({
      meetingKind: "Visit",
      with: "SIA Koks",
      manager: "Jānis Ozols",
      city: "Rīga",
      status: "Done",
      travelCost: 12000,
    });
  });

  it("compares line by line: matched by SKU and by description, one not delivered, one not quoted", () => {
    const lines = retro.comparison.lines.map((l) => ({
      sku: l.sku,
      description: l.description,
      status: l.status,
      qty: [l.plannedQty, l.actualQty],
      revenue: [l.planned.revenue, l.actual.revenue, l.variance.revenue],
      cost: [l.planned.cost, l.actual.cost, l.variance.cost],
      profit: [l.planned.profit, l.actual.profit, l.variance.profit],
      margin: [l.planned.margin, l.actual.margin],
    }));
    expect(lines).toEqual([
      {
        sku: "SRV-1",
        description: "Server",
        status: "matched",
        qty: [2, 2],
        revenue: [800000, 800000, 0],
        cost: [600000, 620000, 20000],
        profit: [200000, 180000, -20000],
        margin: [0.25, 0.225],
      },
      {
        sku: "SW-10",
        description: "Licences",
        status: "notDelivered",
        qty: [10, 0],
        revenue: [200000, 0, -200000],
        cost: [50000, 0, -50000],
        profit: [150000, 0, -150000],
        margin: [0.75, null],
      },
      {
        sku: null,
        description: "Installation",
        status: "matched",
        qty: [1, 1],
        revenue: [200000, 200000, 0],
        cost: [100000, 130000, 30000],
        profit: [100000, 70000, -30000],
        margin: [0.5, 0.35],
      },
      {
        sku: "TRN-1",
        description: null,
        status: "notQuoted",
        qty: [0, 1],
        revenue: [0, 150000, 150000],
        cost: [0, 40000, 40000],
        profit: [0, 110000, 110000],
        margin: [null, 110000 / 150000],
      },
    ]);
  });

  it("totals planned and actual, leaving the optional line out", () => {
    expect(retro.comparison.planned).toEqual({
      revenue: 1200000,
      cost: 750000,
      profit: 450000,
      margin: 0.375,
    });
    expect(retro.comparison.actual).toEqual({
      revenue: 1150000,
      cost: 790000,
      profit: 360000,
      margin: 360000 / 1150000,
    });
    expect(retro.comparison.variance).toMatchObject({
      revenue: -50000,
      cost: 40000,
      profit: -90000,
    });
  });

  it("sets the final profit (margin cost + travel of its non-cancelled meetings) against the quote", () => {
    const { quoted, final, actual: act, finalVsQuoted, actualVsQuoted } = retro.profit;
    expect(quoted).toEqual({
      quoteId: "Q-2026-0007-R2",
      revenue: 1200000,
      cost: 750000,
      profit: 450000,
      margin: 0.375,
    });
    // 12 000,00 × (1 − 30 %) = 8 400,00; travel 50,00 + 120,00 = 170,00.
    expect(final).toEqual({
      revenue: 1200000,
      baseCost: 840000,
      costSource: "margin",
      travel: 17000,
      cost: 857000,
      profit: 343000,
      margin: 343000 / 1200000,
    });
    expect(act).toEqual(retro.comparison.actual);
    expect(finalVsQuoted).toMatchObject({ revenue: 0, cost: 107000, profit: -107000 });
    expect(actualVsQuoted).toMatchObject({ revenue: -50000, cost: 40000, profit: -90000 });
    expect(retro.cycleDays).toBe(69); // 10 Jan → 20 Mar 2026
  });
});

describe("buildRetro: a lost deal", () => {
  const retro = buildRetro(lostDeal());

  it("compares with the latest non-superseded quote and says there was no accepted one", () => {
    expect(retro.compared).toMatchObject({ quote: { id: "Q-2026-0010-R2" }, accepted: false });
    expect(retro.notes).toEqual([{ code: "noAcceptedQuote", quoteId: "Q-2026-0010-R2" }]);
  });

  it("shows every planned line as not delivered, and no Actuals totals", () => {
    expect(retro.comparison.lines.map((l) => [l.sku, l.status, l.actual.revenue])).toEqual([
      ["A-1", "notDelivered", 0],
      ["B-1", "notDelivered", 0],
    ]);
    expect(retro.profit.actual).toBeNull();
    expect(retro.profit.actualVsQuoted).toEqual({
      revenue: null,
      cost: null,
      profit: null,
      margin: null,
    });
  });

  it("counts no revenue and the travel as the loss", () => {
    expect(retro.profit.final).toMatchObject({
      revenue: 0,
      cost: 20000,
      profit: -20000,
      margin: null,
    });
    expect(retro.profit.quoted).toMatchObject({ revenue: 500000, cost: 350000, profit: 150000 });
    expect(retro.profit.finalVsQuoted).toMatchObject({
      revenue: -500000,
      cost: -330000,
      profit: -170000,
    });
    expect(retro.timeline.at(-1)).toEqual({
      kind: "closed",
      date: "2026-04-10",
      outcome: "Lost",
      lostReason: "Price",
    });
  });
});

describe("buildRetro: a deal without quotes", () => {
  const retro = buildRetro(dealWithoutQuotes());

  it("plans nothing: every Actuals row is not quoted and there are no quoted figures", () => {
    expect(retro.compared).toBeNull();
    expect(retro.notes).toEqual([{ code: "noQuote" }]);
    expect(retro.comparison.lines).toHaveLength(1);
    expect(retro.comparison.lines[0]).toMatchObject({
      sku: "X-1",
      status: "notQuoted",
      planned: { revenue: 0, cost: 0 },
      actual: { revenue: 310000, cost: 190000, profit: 120000 },
    });
    expect(retro.profit.quoted).toBeNull();
    expect(retro.profit.final).toMatchObject({ revenue: 300000, cost: 200000, profit: 100000 });
    expect(retro.profit.finalVsQuoted.profit).toBeNull();
    expect(retro.timeline.map((e) => e.kind)).toEqual(["created", "closed"]);
  });
});

describe("buildRetro: notes and edge cases", () => {
  it("lists undated events at the end with a note", () => {
    const input = wonDeal();
    input.deal = { ...input.deal, created: null, closedOn: null };
    const retro = buildRetro(input);
    expect(retro.timeline.slice(-2).map((e) => [e.kind, e.date])).toEqual([
      ["created", null],
      ["closed", null],
    ]);
    expect(retro.notes).toContainEqual({ code: "undatedEvents", count: 2 });
    expect(retro.cycleDays).toBeNull();
  });

  it("leaves actual figures unknown for a won deal without Actuals rows", () => {
    const input = wonDeal();
    input.actuals = [];
    const retro = buildRetro(input);
    expect(retro.comparison.lines.map((l) => l.status)).toEqual(["pending", "pending", "pending"]);
    expect(retro.comparison.actual).toEqual({
      revenue: null,
      cost: null,
      profit: null,
      margin: null,
    });
    expect(retro.profit.actual).toBeNull();
    expect(retro.notes).toContainEqual({ code: "noActuals" });
  });

  it("says when a won deal's final cost is unknown, keeping the travel", () => {
    const input = wonDeal();
    input.deal = { ...input.deal, margin: null };
    const retro = buildRetro(input);
    expect(retro.profit.final).toMatchObject({
      revenue: 1200000,
      cost: null,
      profit: null,
      travel: 17000,
    });
    expect(retro.notes).toContainEqual({ code: "finalCostUnknown" });
  });

  it("has no final figures for an open deal, and counts its days so far", () => {
    const input = wonDeal();
    input.deal = { ...input.deal, stage: "Negotiation", closedOn: null };
    const retro = buildRetro(input);
    expect(retro.profit.final).toMatchObject({ revenue: null, cost: null, profit: null });
    expect(retro.notes).toContainEqual({ code: "dealOpen" });
    expect(retro.timeline.some((e) => e.kind === "closed")).toBe(false);
    expect(retro.cycleDays).toBe(176); // 10 Jan → 5 Jul 2026
  });

  it("spreads a quote discount over the planned lines so they add up to the quote's net", () => {
    const quote: RetroQuote = {
      id: "Q-1",
      status: "Accepted",
      date: "2026-01-01",
      net: 1140000,
      cost: null,
      lines: [
        line("A", "a", 1, 800000, 1),
        line("B", "b", 1, 200000, 1),
        line("C", "c", 1, 200000, 1),
      ],
    };
    const cmp = plannedVsActual(quote, [], false);
    expect(cmp.lines.map((l) => l.planned.revenue)).toEqual([760000, 190000, 190000]);
    expect(cmp.quoteDiscount).toBe(-60000);
    const retro = buildRetro({ ...wonDeal(), quotes: [quote] });
    expect(retro.notes).toContainEqual({ code: "quoteDiscountSpread", amount: -60000 });
  });

  it("sums quote lines and Actuals rows of the same SKU; a row without SKU is not quoted", () => {
    const quote: RetroQuote = {
      id: "Q-2",
      status: "Accepted",
      date: null,
      net: null,
      cost: null,
      lines: [line("A", "a", 1, 1000, 600), line("a ", "a again", 2, 2000, null)],
    };
    const cmp = plannedVsActual(
      quote,
      [actual("D", "A", 1, 1500, 700), actual("D", "A", 2, 1500, 800), actual("D", null, 1, 10, 5)],
      false
    );
    expect(
      cmp.lines.map((l) => [
        l.sku,
        l.status,
        l.plannedQty,
        l.actualQty,
        l.planned.cost,
        l.actual.revenue,
      ])
    ).toEqual([
      ["A", "matched", 3, 3, null, 3000],
      [null, "notQuoted", 0, 1, 0, 10],
    ]);
    expect(cmp.planned.cost).toBeNull();
    expect(cmp.planned.revenue).toBe(3000);
  });

  it("resolves the final cost from Profit when Cost is missing", () => {
    const d = deal({ id: "D-9", revenue: null, amount: 100000, profit: 30000, travelCost: 1000 });
    expect(
      finalFigures(d, [meeting({ date: "2026-01-01", dealId: "D-9", travelCost: 500 })])
    ).toEqual({
      revenue: 100000,
      baseCost: 70000,
      costSource: "profit",
      travel: 1500,
      cost: 71500,
      profit: 28500,
      margin: 0.285,
    });
  });

  it("picks the latest accepted quote, and without any non-superseded quote the latest of all", () => {
    const q = (id: string, status: string, date: string | null): RetroQuote => ({
      id,
      status,
      date,
      net: 0,
      cost: 0,
      lines: [],
    });
    expect(
      comparedQuote([q("Q-1", "Pieņemts", "2026-01-01"), q("Q-1-R2", "accepted", "2026-01-01")])
        ?.quote.id
    ).toBe("Q-1-R2");
    expect(
      comparedQuote([q("Q-1-R2", "Aizstāts", "2026-02-01"), q("Q-1", "Superseded", "2026-01-01")])
    ).toMatchObject({
      quote: { id: "Q-1-R2" },
      accepted: false,
    });
    expect(comparedQuote([])).toBeNull();
  });
});
