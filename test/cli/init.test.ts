import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const messy = join(__dirname, "../fixtures/messy-latvian-workbook.xlsx");

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("dealdesk init", () => {
  it("creates a workbook with every sheet, which check then reads without issues", async () => {
    const file = join(tempDir(), "team.xlsx");
    const run = await dealdesk(["init", file, "--json"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.created).toBe(true);
    expect(await sheetNames(file)).toEqual([
      "Settings",
      "Team",
      "Leads",
      "Accounts",
      "Deals",
      "Products",
      "Targets",
      "Meetings",
      "Quotes",
      "Quote lines",
      "Actuals",
    ]);
    const check = JSON.parse((await dealdesk(["check", file, "--json"])).stdout);
    expect(check.missingSheets).toEqual([]);
    expect(check.issues).toEqual([]);
  });

  it("writes Latvian sheet names and headers with --locale lv", async () => {
    const file = join(tempDir(), "komanda.xlsx");
    expect((await dealdesk(["init", file, "--locale", "lv"])).code).toBe(0);
    const names = await sheetNames(file);
    expect(names).toEqual(
      expect.arrayContaining(["Iestatījumi", "Komanda", "Darījumi", "Produkti", "Mērķi"])
    );
  });

  it("adds only the missing sheets of an existing workbook, into --out, leaving the original untouched", async () => {
    const dir = tempDir();
    const original = join(dir, "messy.xlsx");
    copyFileSync(messy, original);
    const before = readFileSync(original);
    const out = join(dir, "completed.xlsx");
    const run = await dealdesk(["init", original, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    expect(readFileSync(original).equals(before)).toBe(true);
    const names = await sheetNames(out);
    expect(names.slice(0, 3)).toEqual(["Darījumi", "Komanda", "Mērķi"]);
    expect(names).toContain("Settings");
    expect(names).toContain("Products");
    expect(names).not.toContain("Deals");
    // the user's rows are still there, untouched
    const check = JSON.parse((await dealdesk(["check", out, "--json"])).stdout);
    expect(check.found.find((s: { kind: string }) => s.kind === "deals").counts).toEqual({
      read: 11,
      used: 6,
      skipped: 5,
    });
  });

  it("running init twice adds nothing the second time", async () => {
    const file = join(tempDir(), "twice.xlsx");
    await dealdesk(["init", file]);
    const second = JSON.parse((await dealdesk(["init", file, "--json"])).stdout);
    expect(second.added).toEqual([]);
  });
});
