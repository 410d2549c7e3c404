import fc from "fast-check";
import {
  addMoney,
  allocateCents,
  excelRound,
  formatMoney,
  fromCents,
  lineNetCents,
  money,
  multiplyCents,
  subtractMoney,
  sumCents,
  toCents,
} from "../../src/core/money";

describe("excelRound", () => {
  it.each([
    [3 * 1.255, 2, 3.77],
    [1.255 * 3, 2, 3.77],
    [1.005, 2, 1.01],
    [0.285, 2, 0.29],
    [2.675, 2, 2.68],
    [8.345, 2, 8.35],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [-1.005, 2, -1.01],
    [0.125 * 0.1, 3, 0.013],
    [1234.5, -1, 1230],
    [1250, -2, 1300],
    [0.1 + 0.2, 2, 0.3],
    [1.00499999999999, 2, 1],
  ])("ROUND(%p, %p) = %p", (value, digits, expected) => {
    expect(excelRound(value, digits)).toBe(expected);
  });

  it("returns the double nearest to the decimal result, never drift or -0", () => {
    expect(excelRound(1.1 * 3, 2)).toBe(3.3); // 3.3000000000000003 in binary
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(excelRound(0, 2)).toBe(0);
  });

  it("refuses NaN, Infinity and fractional digit counts", () => {
    expect(() => excelRound(Number.NaN, 2)).toThrow(RangeError);
    expect(() => excelRound(Infinity, 2)).toThrow(RangeError);
    expect(() => excelRound(1, 1.5)).toThrow(RangeError);
  });

  it("agrees with decimal half-away-from-zero rounding of every 3-decimal value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (milli) => {
        // milli/1000 as a double, rounded to cents: exactly the decimal rule, whatever the binary.
        const abs = Math.abs(milli);
        const centsAbs = Math.floor(abs / 10) + (abs % 10 >= 5 ? 1 : 0);
        const expected = (milli < 0 ? -centsAbs : centsAbs) / 100;
        expect(excelRound(milli / 1000, 2)).toBe(expected === 0 ? 0 : expected);
      })
    );
  });
});

describe("cents", () => {
  it("toCents rounds like ROUND(x, 2) and gives whole cents", () => {
    expect(toCents(3 * 1.255)).toBe(377);
    expect(toCents(12.345)).toBe(1235);
    expect(toCents(-0.005)).toBe(-1);
    expect(toCents(123.45)).toBe(12345);
    expect(() => toCents(1e20)).toThrow(RangeError);
  });

  it("fromCents gives the number a cell holds", () => {
    expect(fromCents(12345)).toBe(123.45);
    expect(fromCents(-5)).toBe(-0.05);
  });

  it("toCents(fromCents(c)) === c for every amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (c) => {
        expect(toCents(fromCents(c))).toBe(c);
      })
    );
  });

  it("multiplyCents computes VAT and discounts as ROUND(amount*factor, 2)", () => {
    expect(multiplyCents(1000, 0.21)).toBe(210);
    expect(multiplyCents(150, 0.21)).toBe(32); // 0.315 → 0.32
    expect(multiplyCents(-150, 0.21)).toBe(-32);
    expect(multiplyCents(28500, 0.21)).toBe(5985);
  });

  it("lineNetCents is ROUND(qty*price*(1-discount), 2)", () => {
    expect(lineNetCents(3, 125, 0)).toBe(375);
    expect(lineNetCents(1.255, 300, 0)).toBe(377); // ROUND(1.255*3, 2)
    expect(lineNetCents(2, 1999, 0.15)).toBe(3398); // 33.983
    expect(lineNetCents(-2, 1255, 0.1)).toBe(-2259); // -22.59
    expect(lineNetCents(3, 1005, 0.5)).toBe(1508); // 15.075 → 15.08
  });

  it("sumCents adds exactly and refuses fractions", () => {
    expect(sumCents([199, 1, -50])).toBe(150);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([1.5])).toThrow(RangeError);
  });

  it("sumCents is associative and order-free", () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(fc.array(amount), fc.array(amount), fc.array(amount), (a, b, c) => {
        const left = sumCents([sumCents([...a, ...b]), ...c]);
        const right = sumCents([...a, sumCents([...b, ...c])]);
        expect(left).toBe(right);
        expect(sumCents([...c, ...b, ...a])).toBe(left);
      })
    );
  });
});

describe("allocateCents", () => {
  it("keeps every cent, the larger remainders first", () => {
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateCents(1000, [3, 1])).toEqual([750, 250]);
    expect(allocateCents(5, [0.2, 0.3, 0.5])).toEqual([1, 2, 2]); // 1, 1.5, 2.5: tie → earlier
  });

  it("splits negative totals like positive ones", () => {
    expect(allocateCents(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateCents(-1000, [3, 1])).toEqual([-750, -250]);
  });

  it("gives zero weights nothing, and splits evenly when all weights are zero", () => {
    expect(allocateCents(100, [0, 1, 0])).toEqual([0, 100, 0]);
    expect(allocateCents(10, [0, 0, 0])).toEqual([4, 3, 3]);
    expect(allocateCents(0, [1, 2])).toEqual([0, 0]);
  });

  it("refuses empty, negative or non-finite weights", () => {
    expect(() => allocateCents(100, [])).toThrow(RangeError);
    expect(() => allocateCents(100, [1, -1])).toThrow(RangeError);
    expect(() => allocateCents(100, [Number.NaN])).toThrow(RangeError);
    expect(() => allocateCents(1.5, [1])).toThrow(RangeError);
  });

  it("sums to the total with each part within one cent of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.array(
          fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 1000 }),
            fc.double({ min: 0, max: 1e6, noNaN: true })
          ),
          {
            minLength: 1,
            maxLength: 20,
          }
        ),
        (total, weights) => {
          const parts = allocateCents(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(sumCents(parts)).toBe(total);
          const sum = weights.reduce((a, w) => a + w, 0);
          parts.forEach((p, i) => {
            const exact = sum > 0 ? (total * (weights[i] ?? 0)) / sum : total / weights.length;
            expect(Number.isInteger(p)).toBe(true);
            expect(Math.abs(p - exact)).toBeLessThan(1 + 1e-9 * Math.abs(total)); // float slack for `exact`
          });
        }
      )
    );
  });
});

describe("Money", () => {
  it("adds and subtracts amounts of one currency", () => {
    expect(addMoney(money(100), money(250))).toEqual({ amount: 350, currency: "EUR" });
    expect(subtractMoney(money(100, "USD"), money(250, "USD"))).toEqual({
      amount: -150,
      currency: "USD",
    });
  });

  it("throws on a currency mismatch or a bad value", () => {
    expect(() => addMoney(money(1), money(1, "USD"))).toThrow("different currencies");
    expect(() => money(1.5)).toThrow(RangeError);
    expect(() => money(1, "euro")).toThrow(RangeError);
  });

  it("is immutable", () => {
    expect(Object.isFrozen(money(1))).toBe(true);
  });
});

describe("formatMoney", () => {
  it("writes Latvian and English amounts", () => {
    expect(formatMoney(123456, "lv")).toBe("1 234,56 €");
    expect(formatMoney(123456, "en")).toBe("€1,234.56");
    expect(formatMoney(-123456, "lv")).toBe("-1 234,56 €");
    expect(formatMoney(-123456, "en")).toBe("-€1,234.56");
    expect(formatMoney(5, "lv")).toBe("0,05 €");
    expect(formatMoney(123456789012, "en")).toBe("€1,234,567,890.12");
    expect(formatMoney(100, "lv", "SEK")).toBe("1,00 SEK");
    expect(formatMoney(100, "en", "USD")).toBe("$1.00");
    expect(formatMoney(100, "en", "SEK")).toBe("SEK 1.00");
  });

  it("uses plain spaces, not NBSP", () => {
    expect(formatMoney(123456789, "lv")).not.toMatch(/\u00a0|\u202f/);
  });
});
