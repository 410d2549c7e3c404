import type { FigureSet } from "../../src/core/reports/figureSet";
import { createXlsx } from "../../src/host/xlsx/xlsxWorkbook";
import { generateReport } from "../../src/jobs/reports/generateReport";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { loadReportChoices, teamManagers } from "../../src/taskpane/reports/reportChoices";
import { reportSheetNames } from "../../src/taskpane/reports/reportSheetsOf";
import type { TeamMember } from "../../src/core/model";

const member = (name: string, role: TeamMember["role"], manager: string | null): TeamMember => ({
  row: 2,
  name,
  role,
  manager,
  region: null,
  email: null,
  active: true,
  weight: 1,
  awayUntil: null,
  maxDiscount: null,
});

describe("the managers the Reports view offers", () => {
  test("everyone's manager as their own row writes the name, then other Managers, each once", () => {
    expect(
      teamManagers([
        member("Rita Ozola", "Rep", " jānis OZOLS "),
        member("Jānis Ozols", "Manager", "Andris"),
        member("Pēteris", "Rep", "Ilze Kalniņa"),
        member("Zane", "Manager", null),
      ])
    ).toEqual(["Jānis Ozols", "Andris", "Ilze Kalniņa", "Zane"]);
  });

  test("on the sample: the managers the report job reports on, and the fiscal year", async () => {
    const wb = createXlsx();
    await writeSampleWorkbook(wb);
    const choices = await loadReportChoices(wb);
    const report = await generateReport(wb, { period: "2026-Q3", today: "2026-11-27" });
    // Every manager of the "all managers" report can be picked; each picked alone is accepted.
    for (const m of report.managers) expect(choices.managers).toContain(m.manager);
    for (const name of choices.managers) {
      const one = await generateReport(wb, {
        period: "2026-Q3",
        today: "2026-11-27",
        managers: [name],
      });
      expect(one.managers.map((m) => m.manager)).toEqual([name]);
    }
    expect(choices.fiscalStartMonth).toBe(1);
    expect(choices.teamSheet).toBe("Komanda");
  }, 120_000);
});

describe("which report sheet is which", () => {
  const f = (manager: string) => ({ manager }) as FigureSet;
  test("summary first, one per manager in order, issues last", () => {
    const names = reportSheetNames({
      sheets: [
        "Report 2026-Q3",
        "Report 2026-Q3 Ozols",
        "Report 2026-Q3 Kalniņa",
        "Issues 2026-Q3",
      ],
      managers: [f("Jānis Ozols"), f("Ilze Kalniņa")],
    });
    expect(names).toEqual({
      summary: "Report 2026-Q3",
      issues: "Issues 2026-Q3",
      managers: ["Report 2026-Q3 Ozols", "Report 2026-Q3 Kalniņa"],
    });
  });

  test("when the count does not add up, only the summary is known", () => {
    expect(reportSheetNames({ sheets: ["Report 2026"], managers: [f("A")] })).toEqual({
      summary: "Report 2026",
      issues: null,
      managers: [null],
    });
  });
});
