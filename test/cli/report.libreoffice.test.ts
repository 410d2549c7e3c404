/**
 * Readable without the add-in: the report sheets printed by LibreOffice (an independent engine,
 * as a manager without Deal Desk would open them) show the figures as the locale writes them,
 * the table headings fit the page width, and every formula recalculates to the engine's value.
 */
import ExcelJS from "exceljs";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { openXlsxFile, saveXlsxFile } from "../../src/host/xlsx/xlsxFile";
import { generateReport } from "../../src/jobs/reports/generateReport";
import { recalcPdf, recalcXlsx, tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const run = promisify(execFile);
const fixture = join(__dirname, "../fixtures/report-latvian-messy.xlsx");

/** The workbook's report sheets only (the input sheets would print too). */
async function reportOnly(path: string, keep: RegExp): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const ws of [...wb.worksheets]) if (!keep.test(ws.name)) wb.removeWorksheet(ws.id);
  const out = path.replace(/\.xlsx$/, "-report.xlsx");
  await wb.xlsx.writeFile(out);
  return out;
}

async function pdfLines(xlsx: string): Promise<string[]> {
  const pdf = await recalcPdf(xlsx);
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
  return stdout.split("\n").map((l) => l.replace(/\s+/gu, " ").trim());
}

describe("report sheets printed by LibreOffice", () => {
  let out: string;
  let lv: string[];
  let en: string[];

  beforeAll(async () => {
    const dir = tempDir();
    out = join(dir, "report-lv.xlsx");
    const cli = await dealdesk([
      "report",
      fixture,
      "--period",
      "2026-Q3",
      "--date",
      "2026-10-15",
      "--out",
      out,
      "-q",
    ]);
    expect(cli.code).toBe(0);
    lv = await pdfLines(await reportOnly(out, /^(Pārskats|Problēmas)/));

    const wb = await openXlsxFile(fixture);
    await generateReport(wb, { period: "2026-Q3", today: "2026-10-15", locale: "en" });
    const enFile = join(dir, "report-en.xlsx");
    await saveXlsxFile(wb, enFile);
    en = await pdfLines(await reportOnly(enFile, /^(Report|Issues)/));
  }, 300_000);

  it("shows the headline figures in Latvian formats", () => {
    expect(lv).toContain("Pārdošanas pārskats 2026-Q3: visi vadītāji");
    expect(lv).toContain("01.07.2026 – 30.09.2026 · summas EUR");
    expect(lv).toContain("Ieņēmumi 67 700,50 €");
    expect(lv).toContain("Mērķis 103 000,00 €");
    expect(lv).toContain("Izpilde 65,7% Sarkans · ieņēmumi / mērķis");
    expect(lv).toContain("Novirze -35 299,50 €");
    expect(lv).toContain("Peļņa 16 945,50 €");
    expect(lv).toContain("Svērtā piltuve 9 300,30 € Σ summa × varbūtība");
  });

  it("shows the tables' headings whole on the page width, and each rep's row", () => {
    expect(lv).toContain(
      "Pārdevējs Ieņēmumi Mērķis Izpilde Statuss Novirze Izmaksas Peļņa Marža Peļņas pārkl. Uzvarēti Zaudēti Uzvaru īpatsvars Vid. darījums Cikls, d. Piltuve Svērtā piltuve Pārklājums"
    );
    expect(lv).toContain(
      "Anna Bērziņa 28 700,50 € 33 000,00 € 87,0% Dzeltens -4 299,50 € 21 467,00 € 7 233,50 € 25,2% 100,0% 3 1 75,0% 9 566,83 € 34,67 10 000,00 € 4 000,00 € 93,0%"
    );
    expect(lv).toContain(
      "Jānis Ozols 45 700,50 € 70 000,00 € 65,3% Sarkans -24 299,50 € 30 605,00 € 10 095,50 € 24,8% 89,1% 5 2 71,4% 9 140,10 € 57,40 14 000,00 € 4 800,00 € 19,8%"
    );
    for (const heading of [
      "Pa vadītājiem",
      "Pa pārdevējiem",
      "Pa mēnešiem",
      "Pa nodaļām",
      "Pa produktiem",
      "Lielākie uzvarētie darījumi",
      "Atvērtie darījumi ar nokavētu plānoto slēgšanu",
      "No kurienes ir šie skaitļi",
    ]) {
      expect(lv).toContain(heading);
    }
    expect(lv).toContain("Pārdošanas pārskats 2026-Q3: komanda — Jānis Ozols");
    expect(lv).toContain("Kopā 8 67 700,50 € 100,0% 33 799,27 € 12 125,40 € 26,4%");
  });

  it("prints the Issues sheet with sheet, row, column, value and problem", () => {
    expect(lv).toContain("Problēmas: Pārskats 2026-Q3");
    expect(lv).toContain("Lapa Rinda Kolonna Vērtība Problēma");
    expect(lv.some((l) => l.startsWith("Darījumi 13 Izmaksas #N/A"))).toBe(true);
    expect(lv.some((l) => l.startsWith("Mērķi 11 Periods Q5 2026"))).toBe(true);
  });

  it("shows English formats with the en locale", () => {
    expect(en).toContain("Sales report 2026-Q3: all managers");
    expect(en).toContain("Revenue €67,700.50");
    expect(en).toContain("Attainment 65.7% Red · revenue / target");
    expect(
      en.some((l) => l.startsWith("Anna Bērziņa €28,700.50 €33,000.00 87.0% Amber -€4,299.50"))
    ).toBe(true);
  });

  it("every formula recalculates to the value the engine wrote", async () => {
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(await recalcXlsx(out));
    let formulas = 0;
    for (const ws of written.worksheets.filter((w) => /^Pārskats/.test(w.name))) {
      const again = recalculated.getWorksheet(ws.name);
      if (!again) throw new Error(`${ws.name} lost`);
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (!v || typeof v !== "object" || !("formula" in v)) return;
          formulas++;
          const engine = v.result;
          const other = again.getCell(cell.address).value;
          const recalc =
            other && typeof other === "object" && "result" in other ? other.result : other;
          expect(typeof engine).toBe("number");
          expect({
            at: `${ws.name}!${cell.address}`,
            cents: Math.round((recalc as number) * 100),
          }).toEqual({
            at: `${ws.name}!${cell.address}`,
            cents: Math.round((engine as number) * 100),
          });
        })
      );
    }
    // summary, Ozols and Kalniņa: revenue, cost and profit totals of two tables each
    expect(formulas).toBeGreaterThanOrEqual(3 * 4);
  }, 300_000);
});
