/**
 * `dealdesk retro` on a Latvian workbook of our own (test/fixtures/build-retro-fixtures.ts):
 * the figures against a hand computation, the Retro and Lessons sheets as a user opens them,
 * what the team filled in surviving a second run, and the user's own sheet never replaced.
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { editLikeExcel } from "../jobs/retro/editLikeExcel";
import { dealdesk } from "./runCliForTest";

const fixture = join(__dirname, "../fixtures/retro-deal-latvian.xlsx");

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws)
    throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** The row whose column A holds exactly `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
  throw new Error(`no "${text}" in column A of ${ws.name}`);
}

/** A cell's value as a user sees it: a formula's cached result, else the value. */
function shown(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  if (v !== null && typeof v === "object" && "formula" in v) return v.result;
  return v;
}

/** The texts of column `column` from row `from` to `to`. */
function column(ws: ExcelJS.Worksheet, col: string, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) out.push(ws.getCell(`${col}${r}`).value);
  return out;
}

// The hand computation, in cents, from the fixture's cells (see build-retro-fixtures.ts).
const quotedRevenue = 800000 + 10 * 25000 * 0.9 + 150000; // 11 750,00 (LIC-5's net computed)
const quotedCost = 560000 + 10 * 12000 + 90000; // 7 700,00 (LIC-5's cost from unit cost)
const actualRevenue = 800000 + 270000 + 60000; // SRV-1 + LIC-5 + TRN-1 (not quoted); INST missing
const actualCost = 590000 + 144000 + 35000;
const travel = 12000 + 8550; // the cancelled meeting's 40,00 does not count
const finalRevenue = 1130000;
const finalCost = 769000 + travel;
const euros = (cents: number): number => cents / 100;

describe("dealdesk retro on a Latvian workbook", () => {
  const dir = tempDir();
  const first = join(dir, "first.xlsx");
  let json: {
    ok: boolean;
    deal: { id: string; stage: string };
    sheet: string;
    sheets: string[];
    timeline: number;
    cycleDays: number;
    compared: { quote: string; accepted: boolean };
    figures: Record<string, Record<string, number | string | null> | null>;
    lines: Array<{ sku: string; status: string; plannedQty: number; actualQty: number }>;
    totals: Record<string, Record<string, number | null>>;
    carried: number;
    lessons: number;
    rows: { read: number; used: number; skipped: number };
    issues: Array<{ sheet: string; row: number }>;
  };
  let stderr: string;
  const before = readFileSync(fixture);

  beforeAll(async () => {
    const run = await dealdesk([
      "retro",
      fixture,
      "--deal",
      " d-1042 ",
      "--out",
      first,
      "--date",
      "2026-07-05",
      "--json",
    ]);
    expect(run.stderr).not.toMatch(/^dealdesk: /m);
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout);
    stderr = run.stderr;
  });

  it("prints figures equal to the hand computation: quoted, final (with travel), actual", () => {
    expect(json.ok).toBe(true);
    expect(json.deal).toMatchObject({ id: "D-1042", stage: "Won" });
    expect(json.compared).toEqual({ quote: "Q-2026-0007-R2", accepted: true });
    expect(json.figures.quoted).toEqual({
      quote: "Q-2026-0007-R2",
      revenue: euros(quotedRevenue),
      cost: euros(quotedCost),
      profit: euros(quotedRevenue - quotedCost),
      margin: (quotedRevenue - quotedCost) / quotedRevenue,
    });
    expect(json.figures.final).toEqual({
      revenue: euros(finalRevenue),
      cost: euros(finalCost),
      profit: euros(finalRevenue - finalCost),
      margin: (finalRevenue - finalCost) / finalRevenue,
      travel: euros(travel),
    });
    expect(json.figures.actual).toEqual({
      revenue: euros(actualRevenue),
      cost: euros(actualCost),
      profit: euros(actualRevenue - actualCost),
      margin: (actualRevenue - actualCost) / actualRevenue,
    });
    expect(json.figures.finalVsQuoted).toMatchObject({
      revenue: euros(finalRevenue - quotedRevenue),
      cost: euros(finalCost - quotedCost),
      profit: euros(finalRevenue - finalCost - (quotedRevenue - quotedCost)),
    });
    expect(json.figures.actualVsQuoted).toMatchObject({
      revenue: -450,
      cost: -10,
      profit: -440,
    });
  });

  it("compares line by line: the extra line is not quoted, the missing one not delivered, the optional one left out", () => {
    expect(json.lines.map((l) => [l.sku, l.status, l.plannedQty, l.actualQty])).toEqual([
      ["SRV-1", "matched", 2, 2],
      ["LIC-5", "matched", 10, 12],
      ["INST", "notDelivered", 1, 0],
      ["TRN-1", "notQuoted", 0, 1],
    ]);
    expect(json.totals.variance).toMatchObject({ revenue: -450, cost: -10, profit: -440 });
    // created, 2 quotes, 3 meetings (the cancelled one too), closed; 12.02 → 30.04 is 77 days
    expect(json.timeline).toBe(7);
    expect(json.cycleDays).toBe(77);
  });

  it("accounts for every row, the total rows skipped and reported", () => {
    expect(json.rows.read).toBe(json.rows.used + json.rows.skipped);
    // Darījumi 5, Piedāvājumi 4, Piedāvājumu rindas 9, Tikšanās 4, Fakts 5
    expect(json.rows).toEqual({ read: 27, used: 25, skipped: 2 });
    expect(json.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: "Darījumi", row: 8 }),
        expect.objectContaining({ sheet: "Fakts", row: 6 }),
      ])
    );
  });

  it("writes the Retro and Lessons sheets into --out, in Latvian, leaving WB untouched", async () => {
    expect(json.sheets).toEqual(["Retro D-1042", "Mācības"]);
    expect(readFileSync(fixture).equals(before)).toBe(true);
    const wb = await load(first);
    const ws = sheet(wb, "Retro D-1042");
    for (const heading of ["Laika līnija", "Kas izdevās", "Ko uzlabot", "Darbības"]) {
      expect(() => rowOf(ws, heading)).not.toThrow();
    }
    const total = rowOf(ws, "Kopā");
    expect(shown(ws, `E${total}`)).toBe(euros(quotedRevenue));
    expect(shown(ws, `F${total}`)).toBe(euros(actualRevenue));
    expect(shown(ws, `M${total}`)).toBe(-440);
    expect(sheet(wb, "Mācības").getCell("A1").value).toBe("Retrospektīvu mācības");
    expect(stderr).toContain("Retro D-1042");
    expect(stderr).toMatch(/Final\s+revenue €11,300\.00, cost €7,895\.50, profit €3,404\.50/);
  });

  it("keeps what the team filled in when run again, and lists it on the Lessons sheet", async () => {
    // The team fills in the sheet in Excel (exceljs here, cell by cell) and saves it.
    const filled = join(dir, "filled.xlsx");
    copyFileSync(first, filled);
    await editLikeExcel(filled, (wb) => {
      const ws = sheet(wb, "Retro D-1042");
      const well = rowOf(ws, "Kas izdevās");
      const improve = rowOf(ws, "Ko uzlabot");
      const actions = rowOf(ws, "Darbības");
      ws.getCell(`B${well + 1}`).value = "Ātra apstiprināšana vadībā";
      ws.getCell(`B${well + 3}`).value = "+371 klients zvanīja pats";
      ws.getCell(`B${improve + 1}`).value = "Uzstādīšanu plānot līdz ar piegādi";
      ws.getCell(`B${actions + 2}`).value = "Saskaņot licenču skaitu pirms pasūtījuma";
      ws.getCell(`I${actions + 2}`).value = "Anna Bērziņa";
      ws.getCell(`K${actions + 2}`).value = new Date(Date.UTC(2026, 8, 15));
      ws.getCell(`M${actions + 2}`).value = "x";
      ws.getCell(`B${actions + 3}`).value = "Pārrunāt apmācību";
      ws.getCell(`K${actions + 3}`).value = "pēc piegādes";
    });

    const run = await dealdesk(["retro", filled, "--deal", "D-1042", "--json"]);
    expect(run.code).toBe(0);
    const again = JSON.parse(run.stdout);
    expect(again.sheets).toEqual(["Retro D-1042", "Mācības"]);
    expect(again.carried).toBe(5);
    expect(again.lessons).toBe(5);

    const out = await load(filled);
    const retro = sheet(out, "Retro D-1042");
    const w = rowOf(retro, "Kas izdevās");
    const i = rowOf(retro, "Ko uzlabot");
    const a = rowOf(retro, "Darbības");
    expect(column(retro, "B", w + 1, w + 2)).toEqual([
      "Ātra apstiprināšana vadībā",
      "+371 klients zvanīja pats",
    ]);
    expect(retro.getCell(`B${i + 1}`).value).toBe("Uzstādīšanu plānot līdz ar piegādi");
    expect(column(retro, "B", a + 2, a + 3)).toEqual([
      "Saskaņot licenču skaitu pirms pasūtījuma",
      "Pārrunāt apmācību",
    ]);
    expect(retro.getCell(`I${a + 2}`).value).toBe("Anna Bērziņa");
    expect(retro.getCell(`K${a + 3}`).value).toBe("pēc piegādes");
    expect(out.worksheets.filter((s) => s.name.startsWith("Retro"))).toHaveLength(1);

    const lessons = sheet(out, "Mācības");
    const texts = column(lessons, "D", 5, 9);
    expect(texts).toEqual([
      "Ātra apstiprināšana vadībā",
      "+371 klients zvanīja pats",
      "Uzstādīšanu plānot līdz ar piegādi",
      "Saskaņot licenču skaitu pirms pasūtījuma",
      "Pārrunāt apmācību",
    ]);
    expect(column(lessons, "A", 5, 9)).toEqual(Array(5).fill("D-1042"));
    expect(lessons.getCell("E8").value).toBe("Anna Bērziņa");
    expect(lessons.getCell("G8").value).toBe("jā");
    expect(lessons.getCell("F9").value).toBe("pēc piegādes");
  });

  it("never replaces a sheet of the user's called Retro D-1042: the retrospective takes a free name", async () => {
    const own = join(dir, "own.xlsx");
    copyFileSync(fixture, own);
    const wb = await load(own);
    wb.addWorksheet("Retro D-1042").getCell("A1").value = "Mūsu pašu piezīmes";
    await wb.xlsx.writeFile(own);

    const run1 = await dealdesk(["retro", own, "--deal", "D-1042", "--json"]);
    expect(run1.code).toBe(0);
    expect(JSON.parse(run1.stdout).sheets).toEqual(["Retro D-1042 (2)", "Mācības"]);
    const run2 = await dealdesk(["retro", own, "--deal", "D-1042", "--json"]);
    expect(run2.code).toBe(0);
    expect(JSON.parse(run2.stdout).sheets).toEqual(["Retro D-1042 (2)", "Mācības"]);

    const out = await load(own);
    expect(sheet(out, "Retro D-1042").getCell("A1").value).toBe("Mūsu pašu piezīmes");
    expect(sheet(out, "Retro D-1042").actualRowCount).toBe(1);
    expect(out.worksheets.map((s) => s.name).filter((n) => n.startsWith("Retro"))).toEqual([
      "Retro D-1042",
      "Retro D-1042 (2)",
    ]);
  });
});

describe("dealdesk retro: what it refuses", () => {
  it("exits 1 with one line naming an unknown deal, writing nothing", async () => {
    const wb = join(tempDir(), "wb.xlsx");
    copyFileSync(fixture, wb);
    const before = readFileSync(wb);
    const run = await dealdesk(["retro", wb, "--deal", "D-9999"]);
    expect(run.code).toBe(1);
    // progress lines (indented, ending in …) aside, one line says why
    const said = run.stderr.split("\n").filter((l) => l !== "" && !/^ {2}.*…$/.test(l));
    expect(said).toEqual(['dealdesk: Darījumi: no deal "D-9999".']);
    expect(readFileSync(wb).equals(before)).toBe(true);
  });

  it("exits 2 on wrong usage: no --deal, a date that is not one, no workbook", async () => {
    expect((await dealdesk(["retro", fixture])).code).toBe(2);
    expect(
      (await dealdesk(["retro", fixture, "--deal", "D-1042", "--date", "31.02.2026"])).code
    ).toBe(2);
    expect((await dealdesk(["retro", "--deal", "D-1042"])).code).toBe(2);
  });
});
