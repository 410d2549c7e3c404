import type { FigureSet } from "../../../src/core/reports/figureSet";
import { moneyFormat, percentFormat } from "../../../src/core/numberFormats";
import type { PlanValue, SheetPlan } from "../../../src/host/port";
import { productBreakdown } from "../../../src/sheets/reports/productBreakdown";
import {
  reportSheetPlan,
  type ReportSheetContext,
  type ReportSheetScope,
} from "../../../src/sheets/reports/reportSheetPlan";
import { issuesSheetPlan } from "../../../src/sheets/reports/issuesSheetPlan";

function figures(revenue: number, target: number | null): FigureSet {
  return {
    revenue,
    cost: null,
    profit: null,
    profitCoverage: 0,
    margin: null,
    target,
    attainment: target === null ? null : revenue / target,
    variance: target === null ? null : revenue - target,
    won: 1,
    lost: 0,
    winRate: 1,
    avgDeal: revenue,
    cycleDays: null,
    pipeline: 0,
    weightedPipeline: 0,
    coverage: null,
  };
}

const context: ReportSheetContext = {
  locale: "lv",
  currency: "EUR",
  period: "2026-Q3",
  start: "2026-07-01",
  end: "2026-09-30",
  generatedAt: "2026-10-15T11:15",
  sources: [{ sheet: "Darījumi", found: true, counts: { read: 3, used: 2, skipped: 1 } }],
  dealsUsed: { read: 3, used: 2, noPeriod: 0, otherPeriods: 0, otherScope: 0 },
  issueCount: 1,
  issuesSheet: "Problēmas 2026-Q3",
};

const scope: ReportSheetScope = {
  manager: "Jānis Ozols",
  managersAsked: null,
  headline: figures(1500, 2000),
  managers: [],
  owners: [
    { name: "Anna Bērziņa", figures: figures(1000, 1000) },
    { name: "Guntis Ozoliņš", figures: figures(500, null) },
  ],
  trend: [{ name: "2026-07", figures: figures(1500, 2000) }],
  topWon: [],
  overdue: [],
  products: productBreakdown([{ id: "D-1", credited: 150000, lines: [], source: null }]),
};

function rowOf(plan: SheetPlan, first: string, after = 0): number {
  const index = plan.values.findIndex((r, i) => i >= after && r[0] === first);
  if (index < 0) throw new Error(`no row ${first}`);
  return index + 1;
}

describe("reportSheetPlan", () => {
  const plan = reportSheetPlan(
    scope,
    context,
    "Pārskats 2026-Q3 Ozols",
    "report:2026-Q3:manager:Jānis Ozols"
  );

  it("writes plain numbers, formatted by explicit number formats of the locale", () => {
    const byRep = rowOf(plan, "Pa pārdevējiem");
    const anna = rowOf(plan, "Anna Bērziņa", byRep);
    const cells = plan.values[anna - 1] as PlanValue[];
    expect(cells.slice(0, 5)).toEqual(["Anna Bērziņa", 1000, 1000, 1, "Zaļš"]);
    const formatOf = (row: number, column: number): string | undefined =>
      plan.formats
        ?.filter(
          (f) =>
            f.numberFormat !== undefined &&
            row >= f.range.row &&
            row < f.range.row + f.range.rows &&
            column >= f.range.column &&
            column < f.range.column + f.range.columns
        )
        .pop()?.numberFormat;
    expect(formatOf(anna, 2)).toBe(moneyFormat("lv", "EUR"));
    expect(formatOf(anna, 4)).toBe(percentFormat("lv"));
    expect(plan.font?.name).toBe("Calibri");
    expect(plan.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
    });
    expect(plan.freeze).toEqual({ rows: 2, columns: 1 });
    expect(plan.columnWidths).toHaveLength(18);
  });

  it("colours attainment only where there is one (a blank cell would read as 0 %: red)", () => {
    const byRep = rowOf(plan, "Pa pārdevējiem");
    const anna = rowOf(plan, "Anna Bērziņa", byRep);
    const guntis = rowOf(plan, "Guntis Ozoliņš", byRep);
    const attainmentRules = (plan.conditionalFormats ?? []).filter(
      (cf) => cf.type === "cellValue" && cf.range.column === 4
    );
    expect(attainmentRules.length).toBeGreaterThan(0);
    for (const cf of attainmentRules) {
      expect(guntis >= cf.range.row && guntis < cf.range.row + cf.range.rows).toBe(false);
    }
    expect(attainmentRules.some((cf) => cf.range.row === anna)).toBe(true);
    expect(plan.values[guntis - 1]?.[4] ?? null).toBeNull(); // no status without a target
  });

  it("draws revenue against target from the rep table and puts data bars on its revenue", () => {
    const byRep = rowOf(plan, "Pa pārdevējiem");
    const header = byRep + 1;
    expect(plan.charts).toEqual([
      expect.objectContaining({
        type: "columnClustered",
        data: { row: header, column: 1, rows: 3, columns: 3 },
      }),
    ]);
    expect(plan.values[header - 1]?.slice(0, 3)).toEqual(["Pārdevējs", "Ieņēmumi", "Mērķis"]);
    expect(plan.conditionalFormats).toContainEqual(
      expect.objectContaining({
        type: "dataBar",
        range: { row: header + 1, column: 2, rows: 2, columns: 1 },
      })
    );
  });

  it("sums the product table with live formulas carrying the engine's value", () => {
    const total = rowOf(plan, "Kopā", rowOf(plan, "Pa nodaļām"));
    expect(plan.values[total - 1]?.[2]).toEqual({
      formula: expect.stringMatching(/^SUM\(C\d+:C\d+\)$/),
      result: 1500,
    });
  });
});

describe("issuesSheetPlan", () => {
  it("lists every issue as text, headed, frozen below the header", () => {
    const plan = issuesSheetPlan(
      [{ sheet: "Darījumi", row: 13, column: "Izmaksas", value: "=1+1", problem: "cell error" }],
      "lv",
      "Pārskats 2026-Q3",
      "Problēmas 2026-Q3",
      "report:2026-Q3:issues"
    );
    const header = plan.values.findIndex((r) => r[0] === "Lapa");
    expect(plan.values[header]).toEqual(["Lapa", "Rinda", "Kolonna", "Vērtība", "Problēma"]);
    expect(plan.values[header + 1]).toEqual(["Darījumi", 13, "Izmaksas", "=1+1", "cell error"]);
    expect(plan.freeze).toEqual({ rows: header + 1, columns: 0 });
  });
});
