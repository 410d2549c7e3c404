import fc from "fast-check";
import {
  checkLvRegNo,
  checkLvVatNo,
  legalEntityCheckDigit,
  lvNumberKind,
  personalCodeCheckDigit,
} from "../../../src/core/latvia/registrationNumber";

const problem = (r: { ok: boolean; problem?: string; value?: string }) =>
  r.ok ? `ok ${r.value}` : r.problem;

describe("checkLvRegNo", () => {
  it.each([
    ["40003521600", "40003521600"], // python-stdnum's example company
    ["4000 3521 600", "40003521600"],
    ["4000-3521-600", "40003521600"],
    ["lv40003521600", "40003521600"],
    ["90000011588", "90000011588"], // a public body, 9…
    ["161175-19997", "16117519997"], // personal code with check digit 7
    ["010190-10001", "01019010001"],
    ["320000-00001", "32000000001"], // since 2017: no date, no check digit
  ])("accepts %s", (text, digits) => {
    expect(checkLvRegNo(text)).toEqual({ ok: true, value: digits });
  });

  it.each([
    ["40003521601", "40003521601: the check digit should be 0 — check the digits"],
    ["LV 4000 3521 601", "LV40003521601: the check digit should be 0 — check the digits"],
    ["161175-19998", "16117519998: the check digit should be 7 — check the digits"],
    ["4000352160", '"4000352160" has 10 digits — a Latvian registration number has 11'],
    ["400035216000", '"400035216000" has 12 digits — a Latvian registration number has 11'],
    [
      "4000352160X",
      '"4000352160X" is not a Latvian registration number: 11 digits, with spaces or dashes if you like',
    ],
    ["161375-19997", "16137519997: starts like a personal code, but 16.13.1975 is not a date"],
    ["290201-10000", "29020110000: starts like a personal code, but 29.02.1901 is not a date"],
    [
      "010190-30001",
      "01019030001: a personal code DDMMYY-CNNNN has 0, 1 or 2 (the century) after the date, not 3",
    ],
    ["  ", "empty"],
  ])("refuses %s, saying what is wrong", (text, message) => {
    expect(problem(checkLvRegNo(text))).toBe(message);
  });

  it("says when no check digit can fit the first ten digits", () => {
    const first10 = "4000352162"; // weighted sum 158 ≡ 4 (mod 11): the check would be (3 − 4) mod 11 = 10
    expect(legalEntityCheckDigit(first10)).toBeNull();
    expect(problem(checkLvRegNo(`${first10}0`))).toBe(
      "40003521620: no valid number starts with 4000352162 — check the digits"
    );
  });

  it("accepts 29 February of a leap year in a personal code", () => {
    const first10 = "2902001000"; // 290200-1…: century digit 1 → 29.02.1900, not a leap year
    expect(problem(checkLvRegNo(`${first10}${personalCodeCheckDigit(first10)}`))).toContain(
      "29.02.1900 is not a date"
    );
    const y2000 = "2902002000"; // century digit 2 → 29.02.2000, a leap year
    expect(checkLvRegNo(`${y2000}${personalCodeCheckDigit(y2000)}`).ok).toBe(true);
  });

  it("kinds", () => {
    expect(lvNumberKind("40003521600")).toBe("legal-entity");
    expect(lvNumberKind("50003521600")).toBe("legal-entity");
    expect(lvNumberKind("16117519997")).toBe("personal-code");
    expect(lvNumberKind("32000000001")).toBe("personal-code-2017");
  });

  it("law: a legal entity number is valid with exactly one last digit, or none", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4_000_000_000, max: 9_999_999_999 }), (n) => {
        const first10 = String(n);
        const valid = [..."0123456789"].filter((d) => checkLvRegNo(first10 + d).ok);
        const d = legalEntityCheckDigit(first10);
        expect(valid).toEqual(d === null ? [] : [String(d)]);
      }),
      { numRuns: 300 }
    );
  });

  it("law: changing any one digit of a valid company number is caught", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4_000_000_000, max: 5_999_999_999 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (n, position, delta) => {
          const d = legalEntityCheckDigit(String(n));
          fc.pre(d !== null);
          const valid = `${n}${d}`;
          const digit = (Number(valid[position]) + delta) % 10;
          const typo = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
          expect(checkLvRegNo(typo).ok).toBe(false);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("checkLvVatNo", () => {
  it.each([
    ["LV40003521600", "LV40003521600"],
    ["lv 4000 3521 600", "LV40003521600"],
    ["40003521600", "LV40003521600"],
    ["LV16117519997", "LV16117519997"], // a natural person: LV + personal code
    ["EE 100 931 558", "EE100931558"],
    ["LT100001919017", "LT100001919017"],
    ["de123456789", "DE123456789"],
    ["ATU12345678", "ATU12345678"],
    ["NL123456789B01", "NL123456789B01"],
    ["CHE-123.456.789 MWST", "CHE123456789MWST"],
  ])("accepts %s as %s", (text, value) => {
    expect(checkLvVatNo(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["LV40003521601", "LV40003521601: the check digit should be 0 — check the digits"],
    ["LV4000352160", '"LV4000352160" has 10 digits — a Latvian VAT number is LV + 11 digits'],
    ["LV4000352160A", '"LV4000352160A" is not a Latvian VAT number: LV + 11 digits'],
    ["EE12345678", '"EE12345678" does not look like a VAT number of EE: EE + 9 digits'],
    [
      "XX123456789",
      '"XX123456789" is not a VAT number: start with the country code (LV, EE, LT, …)',
    ],
    ["VAT 123", '"VAT 123" is not a VAT number: start with the country code (LV, EE, LT, …)'],
    ["", "empty"],
  ])("refuses %s", (text, message) => {
    expect(problem(checkLvVatNo(text))).toBe(message);
  });
});
