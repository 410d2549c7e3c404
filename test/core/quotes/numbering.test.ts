import fc from "fast-check";
import {
  checkQuoteNumberFormat,
  formatQuoteId,
  nextQuoteNumber,
  parseQuoteId,
  revisionId,
} from "../../../src/core/quotes/numbering";

const FORMAT = "Q-{YYYY}-{####}";

describe("nextQuoteNumber", () => {
  it("counts up within the year, ignoring revisions and other years", () => {
    expect(
      nextQuoteNumber(FORMAT, "2026-07-03", [
        "Q-2026-0006",
        "Q-2026-0006-R2",
        "Q-2025-0040",
        "Q-2026-0002",
      ])
    ).toBe("Q-2026-0007");
    expect(nextQuoteNumber(FORMAT, "2026-07-03", ["Q-2026-0009-R3"])).toBe("Q-2026-0010");
  });

  it("restarts at 1 each year", () => {
    expect(nextQuoteNumber(FORMAT, "2027-01-02", ["Q-2026-0007", "Q-2026-0008"])).toBe(
      "Q-2027-0001"
    );
    expect(nextQuoteNumber(FORMAT, "2026-01-01", [])).toBe("Q-2026-0001");
  });

  it("does not fill gaps: a number once given never comes back", () => {
    expect(nextQuoteNumber(FORMAT, "2026-07-03", ["Q-2026-0001", "Q-2026-0005"])).toBe(
      "Q-2026-0006"
    );
  });

  it("ignores case, spaces and numbers in another format", () => {
    expect(nextQuoteNumber(FORMAT, "2026-07-03", [" q-2026-0011 ", "OFFER-17", "Q-2026-7"])).toBe(
      "Q-2026-0012"
    );
  });

  it("grows past the counter's width", () => {
    expect(nextQuoteNumber("Q{YY}-{##}", "2026-03-01", ["Q26-99"])).toBe("Q26-100");
    expect(nextQuoteNumber("Q{YY}-{##}", "2026-03-01", ["Q26-100"])).toBe("Q26-101");
  });

  it("{YY} and {MM}: the counter still runs over the whole year", () => {
    const f = "P{YY}{MM}-{###}";
    expect(nextQuoteNumber(f, "2026-07-03", ["P2603-004", "P2606-011", "P2512-020"])).toBe(
      "P2607-012"
    );
  });

  it("without a year token the counter never restarts", () => {
    expect(nextQuoteNumber("Q-{#####}", "2027-01-01", ["Q-00041"])).toBe("Q-00042");
  });

  it("refuses an invalid format or date", () => {
    expect(() => nextQuoteNumber("Q-{YYYY}", "2026-07-03", [])).toThrow(
      "needs exactly one counter"
    );
    expect(() => nextQuoteNumber(FORMAT, "03.07.2026", [])).toThrow('"03.07.2026" is not a date');
  });

  it("law: never returns an existing number, and the result is found again next time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(FORMAT, "Q{YY}-{##}", "P{YY}{MM}-{###}", "{YYYY}/{#}"),
        fc.integer({ min: 2024, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 300 })), {
          maxLength: 20,
        }),
        (format, year, month, taken) => {
          const date = `${year}-${String(month).padStart(2, "0")}-15`;
          const existing = taken.map(([y, n]) => formatQuoteId(format, `${y}-06-01`, n));
          const next = nextQuoteNumber(format, date, existing);
          expect(existing).not.toContain(next);
          const after = nextQuoteNumber(format, date, [...existing, next]);
          expect(after).not.toBe(next);
          expect([...existing, next]).not.toContain(after);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("formatQuoteId", () => {
  it("fills year, month and counter", () => {
    expect(formatQuoteId(FORMAT, "2026-07-03", 7)).toBe("Q-2026-0007");
    expect(formatQuoteId("{yy}{mm}/{###}", "2026-07-03", 12)).toBe("2607/012");
  });
});

describe("checkQuoteNumberFormat", () => {
  it.each([
    ["Q-{YYYY}-{####}", null],
    ["PIED-{YY}-{###}", null],
    ["Q-{YYYY}", 'quote number format "Q-{YYYY}" needs exactly one counter such as {####}'],
    ["Q-{YYYY}-{##}-{##}", "needs exactly one counter"],
    ["Q-{YEAR}-{####}", "{YEAR} is not a token"],
    ["Q-{YYYY-{####}", "unmatched { or }"],
    ["Q-}YYYY{-{####}", "unmatched { or }"],
  ])("%s", (format, problem) => {
    const r = checkQuoteNumberFormat(format);
    if (problem === null) expect(r).toEqual({ ok: true, value: format });
    else expect(r.ok ? "" : r.problem).toContain(problem);
  });
});

describe("parseQuoteId and revisionId", () => {
  it("splits the revision suffix; no suffix is revision 1", () => {
    expect(parseQuoteId("Q-2026-0007-R2")).toEqual({ base: "Q-2026-0007", revision: 2 });
    expect(parseQuoteId("Q-2026-0007")).toEqual({ base: "Q-2026-0007", revision: 1 });
    expect(parseQuoteId(" Q-2026-0007-r12 ")).toEqual({ base: "Q-2026-0007", revision: 12 });
    expect(parseQuoteId("Q-2026-0007-R1")).toEqual({ base: "Q-2026-0007", revision: 1 });
    expect(parseQuoteId("Q-2026-R007")).toEqual({ base: "Q-2026-R007", revision: 1 });
  });

  it("revision 1 is the number itself, then -R2, -R3", () => {
    expect(revisionId("Q-2026-0007", 1)).toBe("Q-2026-0007");
    expect(revisionId("Q-2026-0007", 2)).toBe("Q-2026-0007-R2");
    expect(revisionId("Q-2026-0007-R2", 3)).toBe("Q-2026-0007-R3");
    expect(() => revisionId("Q-2026-0007", 0)).toThrow("Revision 0 is not a whole number ≥ 1");
  });

  it("law: parseQuoteId(revisionId(base, n)) gives back base and n", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 999 }),
        (counter, n) => {
          const base = formatQuoteId(FORMAT, "2026-01-01", counter);
          expect(parseQuoteId(revisionId(base, n))).toEqual({ base, revision: n });
        }
      )
    );
  });
});
