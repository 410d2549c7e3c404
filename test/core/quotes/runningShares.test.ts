import fc from "fast-check";
import { runningShares } from "../../../src/core/quotes/runningShares";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("runningShares", () => {
  it("rounds running totals: 1.00 over three equal weights is 0.33, 0.34, 0.33", () => {
    expect(runningShares(100, [100, 100, 100])).toEqual([33, 34, 33]);
  });

  it("splits in proportion and keeps every cent", () => {
    expect(runningShares(9646, [162197, 5715, 25000])).toEqual([8110, 286, 1250]);
    expect(runningShares(1000, [3, 1])).toEqual([750, 250]);
    expect(runningShares(-1000, [3, 1])).toEqual([-750, -250]);
  });

  it("gives nothing to zero weights and nothing of nothing", () => {
    expect(runningShares(5, [1, 0, 1, 0, 1])).toEqual([2, 0, 1, 0, 2]);
    expect(runningShares(0, [0, 0])).toEqual([0, 0]);
    expect(runningShares(0, [])).toEqual([]);
  });

  it("refuses a split with no proportion and amounts that are not cents", () => {
    expect(() => runningShares(5, [0, 0])).toThrow(
      "cannot split 5 cents over weights that sum to 0"
    );
    expect(() => runningShares(1.5, [1])).toThrow("1.5 is not a whole number of cents");
    expect(() => runningShares(1, [0.5])).toThrow("weight 0.5 is not a whole number of cents");
  });

  it("laws: shares add up to the total, each within a cent of its exact share, none negative", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (weights, total) => {
          const s = sum(weights);
          if (s === 0) return;
          const shares = runningShares(total, weights);
          expect(sum(shares)).toBe(total);
          shares.forEach((share, i) => {
            expect(Number.isInteger(share)).toBe(true);
            expect(share).toBeGreaterThanOrEqual(0);
            expect(Math.abs(share - (total * (weights[i] ?? 0)) / s)).toBeLessThanOrEqual(1 + 1e-6);
            if (weights[i] === 0) expect(share).toBe(0);
          });
        }
      ),
      { numRuns: 1000 }
    );
  });
});
