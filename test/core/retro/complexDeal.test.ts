import { isComplexDeal, orderRetroCandidates } from "../../../src/core/retro/complexDeal";
import type { RetroQuote } from "../../../src/core/retro/retroQuote";
import { deal, line, lostDeal, wonDeal } from "./retroFixtures";

function quote(lines: number, status = "Accepted", optional = 0): RetroQuote {
  return {
    id: `Q-${lines}`,
    status,
    date: "2026-01-01",
    net: null,
    cost: null,
    lines: [
      ...Array.from({ length: lines }, (_x, i) => line(`S${i}`, `Item ${i}`, 1, 100, 50)),
      ...Array.from({ length: optional }, (_x, i) =>
        line(`O${i}`, `Option ${i}`, 1, 100, 50, true)
      ),
    ],
  };
}

describe("isComplexDeal", () => {
  it("is true for won and lost deals whose accepted or latest quote counts two lines or more", () => {
    expect(isComplexDeal(wonDeal().deal, wonDeal().quotes)).toBe(true);
    expect(isComplexDeal(lostDeal().deal, lostDeal().quotes)).toBe(true);
  });

  it("is false for open deals, single-line quotes (optional lines do not count) and no quotes", () => {
    expect(isComplexDeal(deal({ id: "D-1", stage: "Negotiation" }), [quote(3)])).toBe(false);
    expect(isComplexDeal(deal({ id: "D-2" }), [quote(1, "Accepted", 2)])).toBe(false);
    expect(isComplexDeal(deal({ id: "D-3" }), [])).toBe(false);
  });

  it("looks at the accepted quote, not at a bigger superseded one", () => {
    const old = { ...quote(4, "Superseded"), id: "Q-7" };
    const accepted = { ...quote(1, "Accepted"), id: "Q-7-R2" };
    expect(isComplexDeal(deal({ id: "D-4" }), [old, accepted])).toBe(false);
  });
});

describe("orderRetroCandidates", () => {
  it("offers complex deals first, then by closing date, latest first, open deals last", () => {
    const deals = [
      deal({ id: "D-open", stage: "Proposal", closedOn: null }),
      deal({ id: "D-simple-new", closedOn: "2026-06-30" }),
      deal({ id: "D-complex-old", closedOn: "2026-02-01" }),
      deal({ id: "D-complex-lost", stage: "Lost", closedOn: "2026-05-01" }),
      deal({ id: "D-simple-old", closedOn: "2026-01-15" }),
    ];
    const quotes: Record<string, RetroQuote[]> = {
      "D-open": [quote(5, "Sent")],
      "D-simple-new": [quote(1)],
      "D-complex-old": [quote(3)],
      "D-complex-lost": [quote(2, "Rejected")],
      "D-simple-old": [],
    };
    const ordered = orderRetroCandidates(deals, (d) => quotes[d.id] ?? []);
    expect(ordered.map((c) => [c.deal.id, c.complex, c.lines])).toEqual([
      ["D-complex-lost", true, 2],
      ["D-complex-old", true, 3],
      ["D-simple-new", false, 1],
      ["D-simple-old", false, 0],
      ["D-open", false, 5],
    ]);
  });
});
