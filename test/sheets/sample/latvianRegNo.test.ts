import fc from "fast-check";
import {
  isValidLatvianRegNo,
  legalEntityCheckDigit,
} from "../../../src/sheets/sample/latvianRegNo";

describe("Latvian registration numbers of legal entities", () => {
  it("accepts real numbers and rejects a wrong check digit", () => {
    // 40003521600 is python-stdnum's documented example; 40003032949 is Latvenergo AS.
    expect(isValidLatvianRegNo("40003521600")).toBe(true);
    expect(isValidLatvianRegNo("40003032949")).toBe(true);
    expect(isValidLatvianRegNo("40003521601")).toBe(false);
    expect(isValidLatvianRegNo("30003521600")).toBe(false);
    expect(isValidLatvianRegNo("4000352160")).toBe(false);
    expect(legalEntityCheckDigit("4000352160")).toBe(0);
    expect(legalEntityCheckDigit("4000303294")).toBe(9);
  });

  it("makes every prefix valid with its check digit, and any one changed digit invalid", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("4", "5"),
        fc.stringMatching(/^\d{9}$/),
        fc.nat(10),
        fc.integer({ min: 1, max: 9 }),
        (first, rest, position, delta) => {
          const check = legalEntityCheckDigit(first + rest);
          fc.pre(check !== null);
          const regNo = `${first}${rest}${check}`;
          expect(isValidLatvianRegNo(regNo)).toBe(true);
          if (position === 0) return;
          const digits = [...regNo];
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(isValidLatvianRegNo(digits.join(""))).toBe(false);
        }
      )
    );
  });
});
