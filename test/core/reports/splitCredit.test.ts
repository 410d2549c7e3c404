import fc from "fast-check";
import { dealSplit, splitCents } from "../../../src/core/reports/splitCredit";
import { deal } from "./reportFixtures";

describe("dealSplit", () => {
  it("credits the split owner with Split %", () => {
    expect(dealSplit(deal({ owner: "Ozols", splitOwner: "Kalna", splitPercent: 0.4 }))).toEqual({
      splitOwner: "Kalna",
      share: 0.4,
      missingPercent: false,
    });
  });

  it("has no split without a split owner, or when the split owner is the owner", () => {
    expect(dealSplit(deal({ owner: "Ozols" })).splitOwner).toBeNull();
    expect(
      dealSplit(deal({ owner: "Ozols", splitOwner: " OZOLS", splitPercent: 0.5 })).splitOwner
    ).toBeNull();
  });

  it("never guesses a share: a split owner without Split % leaves all to the owner, flagged", () => {
    expect(dealSplit(deal({ owner: "Ozols", splitOwner: "Kalna" }))).toEqual({
      splitOwner: null,
      share: 0,
      missingPercent: true,
    });
  });
});

describe("splitCents", () => {
  it("rounds the split part like ROUND(amount × share, 2); the owner keeps the rest", () => {
    expect(splitCents(10001, 0.5)).toEqual([5000, 5001]);
    expect(splitCents(10000, 0.3)).toEqual([7000, 3000]);
    expect(splitCents(-10001, 0.5)).toEqual([-5000, -5001]);
    expect(splitCents(999, 0)).toEqual([999, 0]);
    expect(splitCents(999, 1)).toEqual([0, 999]);
  });

  it("never loses or makes a cent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 100 }),
        (amount, pct) => {
          const [owner, split] = splitCents(amount, pct / 100);
          expect(owner + split).toBe(amount);
          expect(Math.abs(split - (amount * pct) / 100)).toBeLessThanOrEqual(0.5);
        }
      )
    );
  });
});
