import fc from "fast-check";
import { sameName } from "../../../src/core/normalizeText";
import { nameKey } from "../../../src/core/reports/nameKey";

describe("nameKey", () => {
  it("matches names trimmed and ignoring case, diacritics kept", () => {
    expect(nameKey(" anna  BĒRZIŅA")).toBe(nameKey("Anna Bērziņa"));
    expect(nameKey("Ozols")).not.toBe(nameKey("Ozōls"));
  });

  it("agrees with sameName", () => {
    const letter = fc.constantFrom(
      "a",
      "A",
      "ā",
      "Ā",
      "a\u0304",
      "ß",
      "SS",
      "s",
      " ",
      "\u00A0",
      "z"
    );
    const name = fc.array(letter, { maxLength: 6 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(nameKey(a) === nameKey(b)).toBe(sameName(a, b));
      })
    );
  });
});
