import { monthPeriod, quarterPeriod, yearPeriod } from "../../../src/core/period";
import { indexTargets, resolveTarget } from "../../../src/core/reports/resolveTarget";
import { target } from "./reportFixtures";

const q3 = quarterPeriod(2026, 3);

function resolve(rows: Parameters<typeof indexTargets>[0], owner: string, period = q3, fiscal = 1) {
  return resolveTarget(indexTargets(rows, fiscal), owner, period);
}

describe("resolveTarget", () => {
  it("takes the row for exactly the period, names matched ignoring case", () => {
    const rows = [
      target("ozols ", "2026-Q3", 9000000),
      target("Ozols", "2026-07", 1),
      target("Ozols", "2026", 7),
    ];
    expect(resolve(rows, "Ozols")).toMatchObject({ cents: 9000000, how: "exact", issues: [] });
  });

  it("adds up several rows for the same owner and period, with an issue on each extra row", () => {
    const a = target("Ozols", "2026-Q3", 100);
    const b = target("OZOLS", "2026-Q3", 250);
    const r = resolve([a, b], "Ozols");
    expect(r).toMatchObject({ cents: 350, how: "exact", rows: [a.row, b.row] });
    expect(r.issues).toEqual([
      expect.objectContaining({
        sheet: "Targets",
        row: b.row,
        column: "Period",
        problem: expect.stringContaining(`(row ${a.row}): the targets are added up`),
      }),
    ]);
  });

  it("sums the months of a quarter", () => {
    const rows = [
      target("A", "2026-07", 100),
      target("A", "2026-08", 200),
      target("A", "2026-09", 300),
      target("A", "2026-10", 999),
    ];
    expect(resolve(rows, "A")).toMatchObject({ cents: 600, how: "finer", issues: [] });
  });

  it("sums a year's quarters, and months for a quarter without its row", () => {
    const rows = [
      target("A", "2026-Q1", 1000),
      target("A", "2026-01", 7), // ignored: Q1 has its own row
      target("A", "2026-Q2", 2000),
      target("A", "2026-07", 100),
      target("A", "2026-08", 100),
      target("A", "2026-09", 100),
      target("A", "2026-Q4", 4000),
    ];
    expect(resolve(rows, "A", yearPeriod(2026))).toMatchObject({
      cents: 7300,
      how: "finer",
      issues: [],
    });
  });

  it("sums finer rows that cover only part of the period, with an issue saying so", () => {
    const r = resolve(
      [target("A", "2026-07", 100), target("A", "2026-08", 200), target("A", "2026", 120000)],
      "A"
    );
    expect(r.cents).toBe(300);
    expect(r.issues).toEqual([
      expect.objectContaining({
        value: "2026-07, 2026-08",
        problem: "A: Targets rows cover only 2 of 3 months of 2026-Q3; the target is their sum",
      }),
    ]);
  });

  it("prorates a coarser row by months: a year / 4 for a quarter, / 12 for a month; a quarter / 3", () => {
    expect(resolve([target("A", "2026", 120000)], "A")).toMatchObject({
      cents: 30000,
      how: "coarser",
    });
    expect(resolve([target("A", "2026", 100)], "A", monthPeriod(2026, 7)).cents).toBe(8); // 8.33 → 8
    expect(resolve([target("A", "2026", 102)], "A", monthPeriod(2026, 7)).cents).toBe(9); // 8.5 → 9
    // The nearest coarser row wins: the quarter, not the year.
    expect(
      resolve([target("A", "2026", 120000), target("A", "2026-Q3", 900)], "A", monthPeriod(2026, 8))
        .cents
    ).toBe(300);
  });

  it("reads quarters in the fiscal year: with April as first month, 2026-Q1 holds May 2026", () => {
    expect(resolve([target("A", "2026-Q1", 300)], "A", monthPeriod(2026, 5), 4).cents).toBe(100);
    expect(resolve([target("A", "2026-Q1", 300)], "A", monthPeriod(2026, 2), 4).cents).toBeNull();
    expect(resolve([target("A", "2025", 1200)], "A", monthPeriod(2026, 2), 4).cents).toBe(100);
  });

  it("is null without any row, or for another owner's rows", () => {
    expect(resolve([target("B", "2026-Q3", 100)], "A")).toMatchObject({
      cents: null,
      how: null,
      rows: [],
    });
  });

  it("leaves out a row whose Period is not a period, with an issue", () => {
    const bad = target("A", "someday", 100);
    const index = indexTargets([bad], 1);
    expect(index.issues).toEqual([
      expect.objectContaining({
        row: bad.row,
        column: "Period",
        value: "someday",
        problem: expect.stringContaining("not a period"),
      }),
    ]);
    expect(resolveTarget(index, "A", q3).cents).toBeNull();
  });
});
