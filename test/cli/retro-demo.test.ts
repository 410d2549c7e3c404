/**
 * `dealdesk demo` ends with a retrospective: the first deal the Retro view offers that has
 * Actuals, its Retro sheet and the Lessons sheet in the demo workbook.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

describe("dealdesk demo: the retrospective step", () => {
  it("writes a Retro sheet of a won deal with Actuals, whose actual figures are that deal's Fakts rows", async () => {
    const dir = tempDir();
    const run = await dealdesk(["demo", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const retro = json.retro;
    expect(retro.ok).toBe(true);
    expect(retro.sheets).toEqual([`Retro ${retro.deal.id}`, "Mācības"]);
    expect(json.sheets).toEqual(expect.arrayContaining(retro.sheets));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "deal-desk-demo.xlsx"));
    const ws = wb.getWorksheet(retro.sheet);
    expect(ws?.getCell("A1").value).toBe(`Retrospektīva ${retro.deal.id}`);
    const columnA: unknown[] = [];
    ws?.eachRow((row) => columnA.push(row.getCell(1).value));
    expect(columnA).toEqual(expect.arrayContaining(["Kas izdevās", "Ko uzlabot", "Darbības"]));
    expect(wb.getWorksheet("Mācības")).toBeDefined();

    // Independently: the chosen deal's rows in Fakts, summed in cents.
    const fakts = wb.getWorksheet("Fakts");
    let revenue = 0;
    let cost = 0;
    let lines = 0;
    fakts?.eachRow((row) => {
      if (row.getCell(1).value !== retro.deal.id) return;
      lines++;
      revenue += Math.round(Number(row.getCell(4).value) * 100);
      cost += Math.round(Number(row.getCell(5).value) * 100);
    });
    expect(lines).toBeGreaterThan(0);
    expect(retro.deal.stage).toBe("Won");
    expect(retro.figures.actual.revenue).toBe(revenue / 100);
    expect(retro.figures.actual.cost).toBe(cost / 100);
  });
});
