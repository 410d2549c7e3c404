import fc from "fast-check";
import { addDays } from "../../src/core/parseDate";
import {
  monthPeriod,
  monthsOf,
  parsePeriod,
  periodContains,
  periodOfDate,
  quarterPeriod,
  yearPeriod,
  type Period,
} from "../../src/core/period";

const span = (p: { ok: boolean; value?: Period; problem?: string }) =>
  p.ok && p.value ? `${p.value.key} ${p.value.start}..${p.value.end}` : `problem: ${p.problem}`;

describe("parsePeriod", () => {
  it.each<[string | number, string]>([
    ["2026", "2026 2026-01-01..2026-12-31"],
    [2026, "2026 2026-01-01..2026-12-31"],
    ["FY2026", "2026 2026-01-01..2026-12-31"],
    ["2026. gads", "2026 2026-01-01..2026-12-31"],
    ["2026-Q3", "2026-Q3 2026-07-01..2026-09-30"],
    ["2026-q3", "2026-Q3 2026-07-01..2026-09-30"],
    ["Q3 2026", "2026-Q3 2026-07-01..2026-09-30"],
    ["2026 Q3", "2026-Q3 2026-07-01..2026-09-30"],
    ["3Q 2026", "2026-Q3 2026-07-01..2026-09-30"],
    ["Q4/2026", "2026-Q4 2026-10-01..2026-12-31"],
    ["3. ceturksnis 2026", "2026-Q3 2026-07-01..2026-09-30"],
    ["2026. gada 3. ceturksnis", "2026-Q3 2026-07-01..2026-09-30"],
    ["2026 ceturksnis 3", "2026-Q3 2026-07-01..2026-09-30"],
    ["III ceturksnis 2026", "2026-Q3 2026-07-01..2026-09-30"],
    ["2026-07", "2026-07 2026-07-01..2026-07-31"],
    ["2026/7", "2026-07 2026-07-01..2026-07-31"],
    ["07.2026", "2026-07 2026-07-01..2026-07-31"],
    ["7/2026", "2026-07 2026-07-01..2026-07-31"],
    ["2026. gada jūlijs", "2026-07 2026-07-01..2026-07-31"],
    ["jūlijs 2026", "2026-07 2026-07-01..2026-07-31"],
    ["JŪLIJS 2026", "2026-07 2026-07-01..2026-07-31"],
    ["July 2026", "2026-07 2026-07-01..2026-07-31"],
    ["Jul 2026", "2026-07 2026-07-01..2026-07-31"],
    ["februāris 2028", "2028-02 2028-02-01..2028-02-29"],
    ["  2026 - Q1 ", "2026-Q1 2026-01-01..2026-03-31"],
  ])("%p → %s", (input, expected) => {
    expect(span(parsePeriod(input))).toBe(expected);
  });

  it.each<string | number>([
    "2026-13",
    "Q5 2026",
    "2026-Q0",
    "next year",
    "5. jūlijs 2026",
    "2026-07-05",
    "Q3",
    "July",
    "Q3 2026 July",
    2026.5,
    26,
    "2026 2027",
    "ceturksnis 2026",
  ])("%p is not a period", (input) => {
    expect(parsePeriod(input)).toEqual({
      ok: false,
      problem: "not a period (use 2026, 2026-Q3 or 2026-07)",
    });
  });

  it("says empty for blanks", () => {
    expect(parsePeriod("  ")).toEqual({ ok: false, problem: "empty" });
  });

  it("reads a date-formatted number as the month of that date (Excel turns 07.2026 into a date)", () => {
    expect(span(parsePeriod(46204, 1, { numberFormat: "mmm yyyy" }))).toBe(
      "2026-07 2026-07-01..2026-07-31"
    );
    expect(span(parsePeriod(44742, 1, { numberFormat: "mm.yyyy", date1904: true }))).toBe(
      "2026-07 2026-07-01..2026-07-31"
    );
    expect(span(parsePeriod(2026, 1, { numberFormat: "0" }))).toBe("2026 2026-01-01..2026-12-31");
  });

  it("gives a period its months", () => {
    const q = parsePeriod("2026-Q3");
    expect(q.ok && q.value).toEqual({
      key: "2026-Q3",
      kind: "quarter",
      year: 2026,
      quarter: 3,
      month: null,
      start: "2026-07-01",
      end: "2026-09-30",
      months: ["2026-07", "2026-08", "2026-09"],
    });
  });
});

describe("fiscal years (named by the calendar year they start in)", () => {
  it("runs year 2026 from April 2026 to March 2027 when the fiscal year starts in April", () => {
    expect(span(parsePeriod("2026", 4))).toBe("2026 2026-04-01..2027-03-31");
    expect(span(parsePeriod("2026-Q1", 4))).toBe("2026-Q1 2026-04-01..2026-06-30");
    expect(span(parsePeriod("Q4 2026", 4))).toBe("2026-Q4 2027-01-01..2027-03-31");
    expect(yearPeriod(2026, 4).months).toHaveLength(12);
    expect(yearPeriod(2026, 4).months[11]).toBe("2027-03");
  });

  it("keeps months calendar months", () => {
    expect(span(parsePeriod("2026-07", 4))).toBe("2026-07 2026-07-01..2026-07-31");
  });

  it("places dates in fiscal periods", () => {
    expect(periodOfDate("2027-02-10", "quarter", 4).key).toBe("2026-Q4");
    expect(periodOfDate("2027-02-10", "year", 4).key).toBe("2026");
    expect(periodOfDate("2026-04-01", "quarter", 4).key).toBe("2026-Q1");
    expect(periodOfDate("2026-03-31", "year", 4).key).toBe("2025");
    expect(periodOfDate("2026-12-31", "quarter", 10).key).toBe("2026-Q1");
    expect(periodOfDate("2026-09-30", "quarter", 10).key).toBe("2025-Q4");
  });

  it("refuses a fiscal start month outside 1–12", () => {
    expect(() => parsePeriod("2026", 13)).toThrow(RangeError);
    expect(() => yearPeriod(2026, 0)).toThrow(RangeError);
  });
});

describe("periodContains and monthsOf", () => {
  it("includes both ends", () => {
    const q = quarterPeriod(2026, 3);
    expect(periodContains(q, "2026-07-01")).toBe(true);
    expect(periodContains(q, "2026-09-30")).toBe(true);
    expect(periodContains(q, "2026-06-30")).toBe(false);
    expect(periodContains(q, "2026-10-01")).toBe(false);
  });

  it("lists the month periods inside", () => {
    expect(monthsOf(quarterPeriod(2026, 3)).map((m) => m.key)).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
    ]);
    expect(monthsOf(yearPeriod(2026, 10)).map((m) => m.key)).toEqual([
      "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03",
      "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09",
    ]); // prettier-ignore
    expect(monthsOf(monthPeriod(2026, 7))).toEqual([monthPeriod(2026, 7)]);
  });
});

describe("laws", () => {
  const date = fc.integer({ min: 0, max: 2_900_000 }).map((n) => addDays("1901-01-01", n)); // fiscal 1900 …
  const kind = fc.constantFrom<Period["kind"]>("year", "quarter", "month");
  const fiscalStart = fc.integer({ min: 1, max: 12 });

  it("parsePeriod(periodOfDate(d).key) is that period, and it contains d", () => {
    fc.assert(
      fc.property(date, kind, fiscalStart, (d, k, f) => {
        fc.pre(d < "9998-01-01");
        const p = periodOfDate(d, k, f);
        expect(parsePeriod(p.key, f)).toEqual({ ok: true, value: p });
        expect(periodContains(p, d)).toBe(true);
      })
    );
  });

  it("a period's months tile it without gaps", () => {
    fc.assert(
      fc.property(date, kind, fiscalStart, (d, k, f) => {
        fc.pre(d < "9998-01-01");
        const p = periodOfDate(d, k, f);
        const months = monthsOf(p);
        expect(months[0]?.start).toBe(p.start);
        expect(months[months.length - 1]?.end).toBe(p.end);
        months.slice(1).forEach((m, i) => expect(addDays(months[i]?.end ?? "", 1)).toBe(m.start));
      })
    );
  });
});
