import fc from "fast-check";
import { formatMoney } from "../../src/core/money";
import {
  inferDecimalSeparator,
  parseMoney,
  parseNumber,
  parseNumberParts,
  parsePercent,
} from "../../src/core/parseNumber";

const value = <T>(v: T) => ({ ok: true, value: v });
const problem = (p: string) => ({ ok: false, problem: p });

describe("parseNumber", () => {
  it.each([
    ["1 234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["€ 1 234,56", 1234.56],
    ["1234.56 EUR", 1234.56],
    ["EUR 12", 12],
    ["12 %", 12],
    ["12%", 12],
    ["(123.45)", -123.45],
    ["(€ 123,45)", -123.45],
    ["-5", -5],
    ["−5", -5],
    ["+5", 5],
    ["-€1,234.56", -1234.56],
    ["€-1,234.56", -1234.56],
    ["-1 234,56 €", -1234.56],
    ["1\u00A0234,56", 1234.56],
    ["1\u202F234,56", 1234.56],
    ["1\u2009234,56", 1234.56],
    ["1'234.56", 1234.56],
    ["1’234.56", 1234.56],
    ["1.234.567,8", 1234567.8],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["12,5", 12.5],
    ["12.50", 12.5],
    ["0,125", 0.125],
    ["1234,567", 1234.567],
    ["1 234,567", 1234.567],
    [",5", 0.5],
    ["007", 7],
    ["1.5E+3", 1500],
    ["  42  ", 42],
    ["12 eur", 12],
    ["12 euro", 12],
    ["$12.00", 12],
  ])("%p → %p", (text, expected) => {
    expect(parseNumber(text)).toEqual(value(expected));
  });

  it("passes numbers through", () => {
    expect(parseNumber(1234.56)).toEqual(value(1234.56));
    expect(parseNumber(-0)).toEqual(value(0));
    expect(parseNumber(Number.NaN)).toEqual(problem("not a number"));
  });

  it("reads a lone separator with 3 digits as thousands unless the column says decimal", () => {
    expect(parseNumber("1,234")).toEqual(value(1234));
    expect(parseNumber("1.234")).toEqual(value(1234));
    expect(parseNumber("1,234", ",")).toEqual(value(1.234));
    expect(parseNumber("1.234", ".")).toEqual(value(1.234));
    expect(parseNumber("1,234", ".")).toEqual(value(1234));
    expect(parseNumber("1.234", ",")).toEqual(value(1234));
  });

  it("lets an unambiguous value speak for itself whatever the column says", () => {
    expect(parseNumber("1,234.56", ",")).toEqual(value(1234.56));
    expect(parseNumber("12.5", ",")).toEqual(value(12.5));
    expect(parseNumber("1 234,5", ".")).toEqual(value(1234.5));
  });

  it.each([
    "abc",
    "12 34",
    "1,23.45",
    "1.2.3,4,5",
    "12-5",
    "+371 2612 3456",
    "#N/A",
    "1 2345",
    "€",
    "--5",
    "5 USD EUR",
    "(5",
  ])("%p is not a number", (text) => {
    expect(parseNumber(text)).toEqual(problem("not a number"));
  });

  it("says empty for blank text", () => {
    expect(parseNumber("")).toEqual(problem("empty"));
    expect(parseNumber(" \u00A0 ")).toEqual(problem("empty"));
  });

  it("reports the unit written with the number", () => {
    expect(parseNumberParts("€ 1 234,56")).toEqual(
      value({ value: 1234.56, percent: false, currency: "EUR" })
    );
    expect(parseNumberParts("12 USD")).toEqual(
      value({ value: 12, percent: false, currency: "USD" })
    );
    expect(parseNumberParts("12,5 %")).toEqual(
      value({ value: 12.5, percent: true, currency: null })
    );
  });

  it("reads back what formatMoney writes, in both locales", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const lv = formatMoney(cents, "lv");
        const en = formatMoney(cents, "en");
        expect(parseNumber(lv, ",")).toEqual(value(cents / 100));
        expect(parseNumber(en, ".")).toEqual(value(cents / 100));
        // Two decimals always make the text unambiguous on its own.
        expect(parseNumber(lv)).toEqual(value(cents / 100));
        expect(parseNumber(en)).toEqual(value(cents / 100));
        expect(parseMoney(lv)).toEqual(value(cents));
      })
    );
  });
});

describe("inferDecimalSeparator", () => {
  it("decides from unambiguous values", () => {
    expect(inferDecimalSeparator(["1 234,56", "12,5"])).toBe(",");
    expect(inferDecimalSeparator(["1,234.56", "12.50"])).toBe(".");
    expect(inferDecimalSeparator(["1.234.567"])).toBe(",");
    expect(inferDecimalSeparator(["1,234", "1,234", "12,50"])).toBe(",");
  });

  it("is null when nothing is unambiguous, or on a tie", () => {
    expect(inferDecimalSeparator(["1,234"])).toBeNull();
    expect(inferDecimalSeparator(["1 234", "17", ""])).toBeNull();
    expect(inferDecimalSeparator(["12,5", "12.5"])).toBeNull();
    expect(inferDecimalSeparator([])).toBeNull();
  });

  it("lets the majority win", () => {
    expect(inferDecimalSeparator(["12,5", "3,25", "1,234.50"])).toBe(",");
  });
});

describe("parsePercent", () => {
  it.each<[string | number, number]>([
    ["12 %", 0.12],
    ["12%", 0.12],
    ["12,5%", 0.125],
    ["12.3 %", 0.123],
    [0.12, 0.12],
    [12, 0.12],
    ["12", 0.12],
    ["0,15", 0.15],
    ["0.15", 0.15],
    [1, 1],
    [100, 1],
    ["100 %", 1],
    [0, 0],
    ["0 %", 0],
    ["0.5 %", 0.005],
  ])("%p → %p", (input, expected) => {
    expect(parsePercent(input)).toEqual(value(expected));
  });

  it("refuses negative and over-100 % values, and amounts", () => {
    const range = problem("not a percentage from 0 % to 100 %");
    expect(parsePercent("150 %")).toEqual(range);
    expect(parsePercent(101)).toEqual(range);
    expect(parsePercent("-5 %")).toEqual(range);
    expect(parsePercent(-0.1)).toEqual(range);
    expect(parsePercent("12 EUR")).toEqual(problem("an amount, not a percentage"));
    expect(parsePercent("")).toEqual(problem("empty"));
    expect(parsePercent("lots")).toEqual(problem("not a number"));
  });
});

describe("parseMoney", () => {
  it.each<[string | number, number]>([
    ["€ 1 234,56", 123456],
    ["1234.56 EUR", 123456],
    ["(123.45)", -12345],
    ["12,345", 1234500], // a lone comma and 3 digits: thousands
    [12.345, 1235],
    [3 * 1.255, 377],
    ["-0,005", -1],
    [0, 0],
  ])("%p → %p cents", (input, cents) => {
    expect(parseMoney(input)).toEqual(value(cents));
  });

  it("follows the column's separator", () => {
    expect(parseMoney("12,345", ",")).toEqual(value(1235));
  });

  it("refuses percentages, huge amounts and text", () => {
    expect(parseMoney("12 %")).toEqual(problem("a percentage, not an amount"));
    expect(parseMoney(1e15)).toEqual(problem("amount too large"));
    expect(parseMoney("n/a")).toEqual(problem("not a number"));
    expect(parseMoney("")).toEqual(problem("empty"));
  });
});
