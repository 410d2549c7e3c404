/**
 * The customer sheet checked by an independent engine: LibreOffice recalculates every formula
 * of the written workbook and must agree with the engine's figures to the cent, also after a
 * user-like edit; `--pdf` prints it; and nothing internal is anywhere in it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recalcXlsx, tempDir } from "../support/recalc";
import {
  copyFixture,
  MIXED_QUOTE_ARGS,
  quoteJson,
  quoteRun,
  readBook,
  sheetOf,
} from "../jobs/quotes/quoteKit";
import { dealdesk } from "./runCliForTest";

interface Figures {
  quote: string;
  net: number;
  vat: number;
  gross: number;
  cost: number | null;
  margin: number | null;
  sheets: string[];
  approval: { needed: boolean; reasons: { code: string; message: string }[] };
}

interface FormulaCell {
  address: string;
  formula: string;
  result: number;
}

function formulaCells(ws: ExcelJS.Worksheet): FormulaCell[] {
  const out: FormulaCell[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue | null;
      if (v && typeof v === "object" && "formula" in v) {
        out.push({ address: cell.address, formula: v.formula, result: Number(v.result) });
      }
    });
  });
  return out;
}

/** The value in column H of the row whose column D says `label`. */
function totalCell(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 4).value === label) {
      const v = ws.getCell(r, 8).value as ExcelJS.CellFormulaValue;
      return Number(v.result);
    }
  }
  throw new Error(`no row "${label}" on ${ws.name}`);
}

const cents = (x: number): number => Math.round(x * 100);

describe("LibreOffice agrees with the customer sheet", () => {
  for (const mode of ["per-rate", "per-line"] as const) {
    it(`${mode}: every formula cell recalculates to the engine's value, to the cent`, async () => {
      const wb = copyFixture(`quote-mixed-vat-${mode}.xlsx`);
      const json = await quoteJson<Figures>(["quote", wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS]);
      const ours = sheetOf(await readBook(wb), json.quote);
      const cells = formulaCells(ours);
      expect(cells.length).toBeGreaterThan(15);
      const recalculated = sheetOf(await readBook(await recalcXlsx(wb)), json.quote);
      const theirs = new Map(formulaCells(recalculated).map((c) => [c.address, c.result]));
      for (const c of cells) {
        expect({ cell: c.address, value: cents(theirs.get(c.address) ?? NaN) }).toEqual({
          cell: c.address,
          value: cents(c.result),
        });
      }
      expect(totalCell(recalculated, "Total with VAT")).toBe(json.gross);
      expect(totalCell(recalculated, "Total without VAT")).toBe(json.net);
      expect(totalCell(recalculated, "VAT")).toBe(json.vat);
    });
  }

  it("a quantity changed in the sheet: the totals follow, as the engine computes them", async () => {
    const wb = copyFixture("quote-mixed-vat-per-line.xlsx");
    const json = await quoteJson<Figures>(["quote", wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS]);
    const book = await readBook(wb);
    const ws = sheetOf(book, json.quote);
    // Row 14 is the first line (2 laptops): the rep makes it 3, as a user would in Excel.
    expect(ws.getCell("B14").value).toBe("LAP-14");
    ws.getCell("D14").value = 3;
    const edited = join(tempDir("quote-edit-"), "edited.xlsx");
    await book.xlsx.writeFile(edited);
    const recalculated = sheetOf(await readBook(await recalcXlsx(edited)), json.quote);

    const again = copyFixture("quote-mixed-vat-per-line.xlsx");
    const args = [...MIXED_QUOTE_ARGS];
    args[1] = "LAP-14:3:5";
    const expected = await quoteJson<Figures>(["quote", again, "--deal", "D-100", ...args]);
    expect(expected.gross).not.toBe(json.gross);
    expect(totalCell(recalculated, "Total without VAT")).toBe(expected.net);
    expect(totalCell(recalculated, "VAT")).toBe(expected.vat);
    expect(totalCell(recalculated, "Total with VAT")).toBe(expected.gross);
  });
});

describe("dealdesk quote --pdf", () => {
  it("saves the customer sheet as PDF: its number and the gross as 2 136,86 €", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const dir = tempDir("quote-pdf-");
    const run = await dealdesk([
      "quote",
      wb,
      "--deal",
      "D-100",
      ...MIXED_QUOTE_ARGS,
      "--locale",
      "lv",
      "--pdf",
      dir,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { pdf: string; quote: string };
    expect(json.pdf).toBe(join(dir, "Q-2026-0001.pdf"));
    const text = execFileSync("pdftotext", ["-layout", json.pdf, "-"], {
      encoding: "utf8",
    }).replace(/[\u00a0\u202f\u2009]/gu, " ");
    expect(text).toContain("Q-2026-0001");
    expect(text).toContain("2 136,86 €");
    expect(text).toContain(
      "Summa vārdiem: divi tūkstoši viens simts trīsdesmit seši eiro un 86 centi"
    );
  });

  it("says in one line that LibreOffice is missing", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const before = process.env.DEALDESK_SOFFICE;
    process.env.DEALDESK_SOFFICE = join(tempDir(), "no-soffice-here");
    try {
      const run = await dealdesk([
        "quote",
        wb,
        "--deal",
        "D-100",
        "--line",
        "BK-01:1",
        "--pdf",
        tempDir(),
      ]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n").pop()).toMatch(/^dealdesk: --pdf needs LibreOffice/);
    } finally {
      if (before === undefined) delete process.env.DEALDESK_SOFFICE;
      else process.env.DEALDESK_SOFFICE = before;
    }
  });
});

describe("the customer sheet holds nothing internal", () => {
  it("no cost, margin, department, status or approval data: in no cell, note, name, hidden row or column", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    // A quote that needs approval (LAP-14 at 15 % over its 10 % maximum), approved, departments
    // confirmed, then revised within the approval: R2 is written knowing all of that.
    const first = await quoteJson<Figures>([
      "quote",
      wb,
      "--deal",
      "D-101",
      "--line",
      "LAP-14:2:15",
      "--line",
      "BK-01:3",
      "--line",
      "CBL-M:1.255",
      "--optional",
      "SRV-H:2",
      "--date",
      "2026-03-02",
    ]);
    expect(first.approval.needed).toBe(true);
    await quoteJson([
      "quote",
      "approve",
      wb,
      "--quote",
      first.quote,
      "--by",
      "Mara Manager",
      "--date",
      "2026-03-03",
    ]);
    for (const d of ["Hardware", "Training", "Logistics", "Service"]) {
      await quoteJson([
        "quote",
        "confirm",
        wb,
        "--quote",
        first.quote,
        "--department",
        d,
        "--by",
        "Sam Support",
        "--date",
        "2026-03-03",
      ]);
    }
    for (const locale of ["en", "lv"]) {
      const rev = await quoteRun([
        "quote",
        wb,
        "--revise",
        first.quote,
        "--line",
        "LAP-14:2:15",
        "--line",
        "BK-01:3",
        "--line",
        "CBL-M:1.255",
        "--optional",
        "SRV-H:2",
        "--date",
        "2026-03-04",
        "--locale",
        locale,
      ]);
      expect(rev.code).toBe(0);
    }
    const book = await readBook(wb);
    const internal = sheetOf(book, `${first.quote} internal`);
    const reasons: string[] = [];
    internal.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "string" && /maximum|maksimālo/u.test(c.value))
          reasons.push(c.value);
      })
    );
    expect(reasons.length).toBeGreaterThan(0);

    const forbiddenText = [
      "Izmaksas",
      "Marža",
      "Pašizmaksa",
      "Cost",
      "Margin",
      "pašizmaksa",
      "Hardware",
      "Training",
      "Logistics",
      "Service",
      "Pending",
      "Confirmed",
      "Gaida",
      "Apstiprināts",
      "Apstiprināja",
      "Approved",
      "approval",
      "apstiprin",
      "Mara Manager",
      "Sam Support",
      "Dina Director",
      "internal",
      "iekšēj",
      ...reasons,
    ].map((t) => t.toLowerCase());
    // Unit costs, line costs, the total cost and the margin of these quotes.
    const forbiddenNumbers = [705, 11, 1.1, 2.4, 30, 1410, 33, 1.38, 60, 1444.38, first.cost ?? -1];
    const margin = first.margin ?? -1;

    const checked: string[] = [];
    for (const name of ["Q-2026-0001-R2", "Q-2026-0001-R3"]) {
      const ws = sheetOf(book, name);
      checked.push(name);
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        expect({ row: r, hidden: row.hidden }).toEqual({ row: r, hidden: false });
        row.eachCell({ includeEmpty: true }, (cell) => {
          const v = cell.value;
          const texts: string[] = [];
          const numbers: number[] = [];
          if (typeof v === "string") texts.push(v);
          else if (typeof v === "number") numbers.push(v);
          else if (v && typeof v === "object" && "formula" in v) {
            texts.push(v.formula ?? "");
            if (typeof v.result === "number") numbers.push(v.result);
            if (typeof v.result === "string") texts.push(v.result);
          }
          expect(cell.note).toBeUndefined();
          for (const t of texts) {
            for (const f of forbiddenText)
              expect({ cell: cell.address, text: t, has: t.toLowerCase().includes(f) }).toEqual({
                cell: cell.address,
                text: t,
                has: false,
              });
          }
          for (const n of numbers) {
            expect({
              cell: cell.address,
              n,
              leak:
                forbiddenNumbers.some((f) => Math.abs(f - n) < 1e-9) || Math.abs(n - margin) < 1e-9,
            }).toEqual({ cell: cell.address, n, leak: false });
          }
        });
      });
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).hidden).toBe(false);
    }
    expect(checked).toHaveLength(2);

    // The package itself: names scoped to or pointing at the sheet, and the sheet's XML.
    const zip = await JSZip.loadAsync(readFileSync(wb));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const sheetNames = [
      ...workbookXml.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/gu),
    ].map((m) => ({ name: m[1] ?? "", rid: m[2] ?? "" }));
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    for (const name of checked) {
      const index = sheetNames.findIndex((s) => s.name === name);
      expect(index).toBeGreaterThanOrEqual(0);
      const names = [
        ...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/gu),
      ].filter(
        (m) =>
          (m[1] ?? "").includes(`localSheetId="${index}"`) ||
          (m[2] ?? "").includes(`${name}!`) ||
          (m[2] ?? "").includes(`${name}'!`)
      );
      expect(names.map((m) => /name="([^"]+)"/u.exec(m[1] ?? "")?.[1]).sort()).toEqual([
        "_DealDesk",
        "_xlnm.Print_Area",
        "_xlnm.Print_Titles",
      ]);
      for (const m of names) {
        for (const f of forbiddenText) expect((m[2] ?? "").toLowerCase()).not.toContain(f);
      }
      const rid = sheetNames[index]?.rid ?? "";
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1] ?? "";
      const path = `xl/${target.replace(/^\/?xl\//u, "")}`;
      const xml = (await zip.file(path)?.async("string")) ?? "";
      expect(xml.length).toBeGreaterThan(0);
      expect(xml).not.toMatch(/hidden="(1|true)"/u);
      expect(xml).not.toMatch(/<legacyDrawing|<drawing\b/u);
      const sheetRels =
        (await zip
          .file(path.replace(/worksheets\//u, "worksheets/_rels/") + ".rels")
          ?.async("string")) ?? "";
      expect(sheetRels).not.toMatch(/comments|vmlDrawing/u);
      // Text the XML carries itself (inline strings, formulas), not its element names (pageMargins).
      const carried = xml.replace(/<[^>]*>/gu, " ").toLowerCase();
      for (const f of forbiddenText) expect(carried).not.toContain(f);
    }
  });
});
