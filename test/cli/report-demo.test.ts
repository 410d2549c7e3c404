import ExcelJS from "exceljs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

describe("dealdesk demo writes the last closed quarter's report", () => {
  it("2026-Q3 (the sample's today is 2026-11-27) for every manager, the sheets showing the JSON's figures", async () => {
    const dir = tempDir();
    const run = await dealdesk(["demo", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.report.period).toBe("2026-Q3");
    expect(json.report.managers.map((m: { manager: string }) => m.manager)).toEqual([
      "Jānis Ozols",
      "Ilze Kalniņa",
    ]);
    const reportSheets = [
      "Pārskats 2026-Q3",
      "Pārskats 2026-Q3 Ozols",
      "Pārskats 2026-Q3 Kalniņa",
      "Problēmas 2026-Q3",
    ];
    expect(json.report.sheets).toEqual(reportSheets);
    expect(json.sheets).toEqual(expect.arrayContaining(reportSheets));
    expect(json.report.rows.read).toBe(json.report.rows.used + json.report.rows.skipped);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "deal-desk-demo.xlsx"));
    const summary = wb.getWorksheet("Pārskats 2026-Q3");
    if (!summary) throw new Error("no summary sheet");
    const rowOf = (ws: ExcelJS.Worksheet, text: string, from = 1): number => {
      for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
      throw new Error(`${ws.name}: no ${text}`);
    };
    expect(summary.getCell(rowOf(summary, "Ieņēmumi"), 2).value).toBe(json.report.totals.revenue);
    const byRep = rowOf(summary, "Pa pārdevējiem");
    for (const owner of json.report.owners as Array<{
      owner: string;
      revenue: number;
      target: number | null;
    }>) {
      const r = rowOf(summary, owner.owner, byRep);
      expect([summary.getCell(r, 2).value, summary.getCell(r, 3).value ?? null]).toEqual([
        owner.revenue,
        owner.target,
      ]);
    }
    const ozols = wb.getWorksheet("Pārskats 2026-Q3 Ozols");
    if (!ozols) throw new Error("no Ozols sheet");
    const team = rowOf(ozols, "Komandā kopā", rowOf(ozols, "Pa pārdevējiem"));
    expect(ozols.getCell(team, 2).value).toBe(json.report.managers[0].revenue);
  });
});
