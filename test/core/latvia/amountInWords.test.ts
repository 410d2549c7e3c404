import fc from "fast-check";
import {
  amountInWordsEn,
  amountInWordsLv,
  numberInWordsEn,
  numberInWordsLv,
} from "../../../src/core/latvia/amountInWords";

describe("amountInWordsLv", () => {
  it.each([
    [123456, "viens tūkstotis divi simti trīsdesmit četri eiro un 56 centi"],
    [0, "nulle eiro un 00 centi"],
    [1, "nulle eiro un 01 cents"],
    [21, "nulle eiro un 21 cents"],
    [11, "nulle eiro un 11 centi"],
    [100, "viens eiro un 00 centi"],
    [2101, "divdesmit viens eiro un 01 cents"],
    [1100, "vienpadsmit eiro un 00 centi"],
    [10000, "viens simts eiro un 00 centi"],
    [10100, "viens simts viens eiro un 00 centi"],
    [31700, "trīs simti septiņpadsmit eiro un 00 centi"],
    [100000, "viens tūkstotis eiro un 00 centi"],
    [200000, "divi tūkstoši eiro un 00 centi"],
    [1100000, "vienpadsmit tūkstoši eiro un 00 centi"],
    [2100000, "divdesmit viens tūkstotis eiro un 00 centi"],
    [10100000, "viens simts viens tūkstotis eiro un 00 centi"],
    [
      99999999,
      "deviņi simti deviņdesmit deviņi tūkstoši deviņi simti deviņdesmit deviņi eiro un 99 centi",
    ],
    [100000000, "viens miljons eiro un 00 centi"],
    [500200300, "pieci miljoni divi tūkstoši trīs eiro un 00 centi"],
    [2100000000, "divdesmit viens miljons eiro un 00 centi"],
    [
      99999999999,
      "deviņi simti deviņdesmit deviņi miljoni deviņi simti deviņdesmit deviņi tūkstoši deviņi simti deviņdesmit deviņi eiro un 99 centi",
    ],
    [
      4578654321,
      "četrdesmit pieci miljoni septiņi simti astoņdesmit seši tūkstoši pieci simti četrdesmit trīs eiro un 21 cents",
    ],
    [-123456, "mīnus viens tūkstotis divi simti trīsdesmit četri eiro un 56 centi"],
    [1600060000, "sešpadsmit miljoni seši simti eiro un 00 centi"],
  ])("%p cents → %s", (cents, words) => {
    expect(amountInWordsLv(cents)).toBe(words);
  });

  it("billions too: every safe amount of cents can be written", () => {
    expect(amountInWordsLv(100000000000)).toBe("viens miljards eiro un 00 centi");
    expect(amountInWordsLv(Number.MAX_SAFE_INTEGER)).toContain("deviņdesmit triljoni");
  });

  it("refuses amounts that are not whole cents", () => {
    expect(() => amountInWordsLv(12.5)).toThrow("12.5 is not a whole number of cents");
  });

  it("law: never throws for 0 … 999 999 999.99 €, always says eiro and the two-digit cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const words = amountInWordsLv(cents);
        const c = String(cents % 100).padStart(2, "0");
        expect(words).toMatch(new RegExp(` eiro un ${c} centi?s?$`, "u"));
        expect(words).toMatch(/^[a-zāčēģīķļņšūž ]+ eiro un \d\d (cents|centi)$/u);
        expect(words).not.toMatch(/ {2}/u);
      }),
      { numRuns: 2000 }
    );
  });

  it("law: one cent more is a different text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_998 }), (cents) => {
        expect(amountInWordsLv(cents + 1)).not.toBe(amountInWordsLv(cents));
      })
    );
  });
});

describe("numberInWordsLv", () => {
  it.each([
    [7, "septiņi"],
    [13, "trīspadsmit"],
    [40, "četrdesmit"],
    [68, "sešdesmit astoņi"],
    [111, "viens simts vienpadsmit"],
    [1001, "viens tūkstotis viens"],
    [1000000, "viens miljons"],
    [1001000, "viens miljons viens tūkstotis"],
  ])("%p → %s", (n, words) => {
    expect(numberInWordsLv(n)).toBe(words);
  });
});

describe("amountInWordsEn", () => {
  it.each([
    [123456, "one thousand two hundred thirty-four euro and 56 cents"],
    [0, "zero euro and 00 cents"],
    [1, "zero euro and 01 cent"],
    [100, "one euro and 00 cents"],
    [2101, "twenty-one euro and 01 cent"],
    [1100000, "eleven thousand euro and 00 cents"],
    [100000000, "one million euro and 00 cents"],
    [-5050, "minus fifty euro and 50 cents"],
  ])("%p cents → %s", (cents, words) => {
    expect(amountInWordsEn(cents)).toBe(words);
  });

  it("numbers", () => {
    expect(numberInWordsEn(90)).toBe("ninety");
    expect(numberInWordsEn(1_002_003)).toBe("one million two thousand three");
  });

  it("law: never throws for 0 … 999 999 999.99 €, always says euro", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(amountInWordsEn(cents)).toMatch(/^[a-z -]+ euro and \d\d cents?$/u);
      }),
      { numRuns: 1000 }
    );
  });
});
