import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

describe("dealdesk demo", () => {
  it("writes DIR/deal-desk-demo.xlsx from the Latvian sample and summarises on stderr", async () => {
    const dir = tempDir();
    const run = await dealdesk(["demo", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const file = join(dir, "deal-desk-demo.xlsx");
    expect(existsSync(file)).toBe(true);
    const json = JSON.parse(run.stdout);
    expect(json.ok).toBe(true);
    expect(json.rows.read).toBe(json.rows.used + json.rows.skipped);
    expect(json.rows.used).toBeGreaterThan(2500);
    expect(run.stderr).toContain("deal-desk-demo.xlsx");
    // the sample's deliberate #N/A cell is reported, not read as zero
    expect(json.issues).toContainEqual(
      expect.objectContaining({ sheet: "Darījumi", value: "#N/A" })
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(["Iestatījumi", "Komanda", "Darījumi", "Produkti", "Mērķi"])
    );
    expect(wb.getWorksheet("Darījumi")?.rowCount).toBeGreaterThan(600);
  });
});
