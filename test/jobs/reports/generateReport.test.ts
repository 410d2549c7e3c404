import { join } from "node:path";
import { isAppError } from "../../../src/core/appError";
import { openXlsxFile } from "../../../src/host/xlsx/xlsxFile";
import { createXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { generateReport } from "../../../src/jobs/reports/generateReport";
import { lastClosedQuarter } from "../../../src/jobs/reports/lastClosedQuarter";

const fixture = join(__dirname, "../../fixtures/report-latvian-messy.xlsx");
const request = { period: "2026-Q3", today: "2026-10-15", now: new Date("2026-10-15T08:15:00Z") };

async function names(wb: XlsxWorkbook): Promise<Array<[string, string | null]>> {
  return (await wb.listSheets()).map((s) => [s.name, s.ours]);
}

describe("generateReport: regenerating replaces only the report's own sheets", () => {
  it("a second run keeps the sheet count and names; the footer says when", async () => {
    const wb = await openXlsxFile(fixture);
    const before = (await wb.listSheets()).length;
    const first = await generateReport(wb, request);
    const afterFirst = await names(wb);
    expect(afterFirst).toHaveLength(before + 4);
    expect(afterFirst.slice(before)).toEqual([
      ["Pārskats 2026-Q3", "report:2026-Q3:summary"],
      ["Pārskats 2026-Q3 Ozols", "report:2026-Q3:manager:Jānis Ozols"],
      ["Pārskats 2026-Q3 Kalniņa", "report:2026-Q3:manager:Ilze Kalniņa"],
      ["Problēmas 2026-Q3", "report:2026-Q3:issues"],
    ]);
    const second = await generateReport(wb, { ...request, now: new Date("2026-10-16T08:15:00Z") });
    expect(second.sheets).toEqual(first.sheets);
    expect(await names(wb)).toEqual(afterFirst);
    const summary = await wb.readSheet("Pārskats 2026-Q3");
    const generated = summary.values.find((r) => r[0] === "Sagatavots");
    expect(generated?.[1]).toBeCloseTo(46311 + 11.25 / 24, 6); // 16.10.2026 11:15 in Riga
  });

  it("another period's report and our other sheets stay; a user's sheet of the name is never replaced", async () => {
    const wb = await openXlsxFile(fixture);
    await wb.writeSheet({
      name: "Pārskats 2026-Q3 Ozols",
      kind: "x",
      owner: "user",
      values: [["mine"]],
    });
    await wb.writeSheet({
      name: "Pārskats 2026-Q3 Kalniņa",
      kind: "quote:Q-1",
      values: [["ours, not a report"]],
    });
    const q2 = await generateReport(wb, { ...request, period: "2026-Q2" });
    const q3 = await generateReport(wb, request);
    expect(q3.sheets).toEqual([
      "Pārskats 2026-Q3",
      "Pārskats 2026-Q3 Ozols (2)",
      "Pārskats 2026-Q3 Kalniņa (2)",
      "Problēmas 2026-Q3",
    ]);
    const all = (await wb.listSheets()).map((s) => s.name);
    for (const name of [...q2.sheets, "Pārskats 2026-Q3 Ozols", "Pārskats 2026-Q3 Kalniņa"]) {
      expect(all).toContain(name);
    }
    expect((await wb.readSheet("Pārskats 2026-Q3 Ozols")).values).toEqual([["mine"]]);
    expect((await wb.readSheet("Pārskats 2026-Q3 Kalniņa")).values).toEqual([
      ["ours, not a report"],
    ]);
    // and again: the (2) sheets are ours now, and are replaced in place
    const again = await generateReport(wb, request);
    expect(again.sheets).toEqual(q3.sheets);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(all);
  });

  it("a run in the other language replaces the earlier sheets instead of adding more", async () => {
    const wb = await openXlsxFile(fixture);
    await generateReport(wb, request);
    const count = (await wb.listSheets()).length;
    const en = await generateReport(wb, { ...request, locale: "en" });
    expect(en.sheets).toEqual([
      "Report 2026-Q3",
      "Report 2026-Q3 Ozols",
      "Report 2026-Q3 Kalniņa",
      "Issues 2026-Q3",
    ]);
    const all = (await wb.listSheets()).map((s) => s.name);
    expect(all).toHaveLength(count);
    expect(all).not.toContain("Pārskats 2026-Q3");
  });

  it("one manager's report keeps the other manager's earlier sheet", async () => {
    const wb = await openXlsxFile(fixture);
    await generateReport(wb, request);
    const ozols = await generateReport(wb, { ...request, managers: ["Jānis Ozols"] });
    expect(ozols.sheets).toEqual([
      "Pārskats 2026-Q3",
      "Pārskats 2026-Q3 Ozols",
      "Problēmas 2026-Q3",
    ]);
    expect((await wb.listSheets()).map((s) => s.name)).toContain("Pārskats 2026-Q3 Kalniņa");
    const title = (await wb.readSheet("Pārskats 2026-Q3")).values[0]?.[0];
    expect(title).toBe("Pārdošanas pārskats 2026-Q3: Jānis Ozols");
  });
});

describe("generateReport: what it refuses", () => {
  it("a workbook without Deals cannot be reported on", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Team",
      kind: "x",
      owner: "user",
      values: [
        ["Name", "Role"],
        ["A", "Rep"],
      ],
    });
    await expect(generateReport(wb, request)).rejects.toThrow(
      /No Deals sheet: add a sheet named Deals or Opportunities or Darījumi/
    );
  });

  it("a name that is no manager is refused, naming the managers", async () => {
    const wb = await openXlsxFile(fixture);
    const error = await generateReport(wb, { ...request, managers: ["Kalniņa", "Nobody"] }).catch(
      (e: unknown) => e
    );
    expect(isAppError(error, "BAD_INPUT")).toBe(true);
    expect((error as Error).message).toBe(
      "no manager named Nobody in Team; the managers are: Jānis Ozols, Ilze Kalniņa."
    );
  });
});

describe("lastClosedQuarter", () => {
  it("is the quarter before today's, across the year end and with a fiscal year from April", () => {
    expect(lastClosedQuarter("2026-11-27").key).toBe("2026-Q3");
    expect(lastClosedQuarter("2026-10-01").key).toBe("2026-Q3");
    expect(lastClosedQuarter("2026-02-10").key).toBe("2025-Q4");
    expect(lastClosedQuarter("2026-05-10", 4).key).toBe("2025-Q4"); // Jan–Mar 2026
  });
});
