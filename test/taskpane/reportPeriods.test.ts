import { lastClosedQuarter } from "../../src/jobs/reports/lastClosedQuarter";
import {
  PERIODS_OFFERED,
  lastClosedPeriod,
  recentPeriods,
} from "../../src/taskpane/reports/reportPeriods";

describe("the Reports view's period picker", () => {
  test("offers the current period first, then those before it, of each kind", () => {
    expect(
      recentPeriods("quarter", "2026-11-27")
        .map((p) => p.key)
        .slice(0, 5)
    ).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(
      recentPeriods("month", "2026-02-03")
        .map((p) => p.key)
        .slice(0, 3)
    ).toEqual(["2026-02", "2026-01", "2025-12"]);
    expect(recentPeriods("year", "2026-02-03").map((p) => p.key)).toEqual([
      "2026",
      "2025",
      "2024",
      "2023",
      "2022",
    ]);
    for (const kind of ["month", "quarter", "year"] as const)
      expect(recentPeriods(kind, "2026-11-27")).toHaveLength(PERIODS_OFFERED[kind]);
  });

  test("selects the period that has just ended: the last closed quarter by default", () => {
    expect(lastClosedPeriod("quarter", "2026-11-27").key).toBe("2026-Q3");
    expect(lastClosedPeriod("quarter", "2026-01-01").key).toBe("2025-Q4");
    expect(lastClosedPeriod("month", "2026-01-15").key).toBe("2025-12");
    expect(lastClosedPeriod("year", "2026-11-27").key).toBe("2025");
    // The same as the report job's own default (the ribbon's Refresh report).
    for (const day of ["2026-11-27", "2026-01-01", "2026-04-01", "2026-03-31"])
      expect(lastClosedPeriod("quarter", day).key).toBe(lastClosedQuarter(day).key);
  });

  test("follows a fiscal year starting in April", () => {
    // Fiscal 2026 runs April 2026 – March 2027; November is in its Q3.
    expect(recentPeriods("quarter", "2026-11-27", 4)[0]?.key).toBe("2026-Q3");
    expect(lastClosedPeriod("quarter", "2026-11-27", 4).key).toBe("2026-Q2");
    expect(lastClosedPeriod("quarter", "2026-05-10", 4).key).toBe("2025-Q4");
    expect(recentPeriods("year", "2026-02-10", 4)[0]?.key).toBe("2025");
    expect(lastClosedPeriod("quarter", "2026-05-10", 4).key).toBe(
      lastClosedQuarter("2026-05-10", 4).key
    );
  });
});
