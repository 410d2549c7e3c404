/**
 * The Retro sheet as another engine sees it: written through the xlsx adapter, recalculated by
 * LibreOffice (every formula must give the engine's figure), and printed to PDF (the title,
 * the section headings and money in the locale's format must be there).
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { formatMoney } from "../../../src/core/money";
import { buildRetro, type RetroInput } from "../../../src/core/retro/retroData";
import type { FormulaValue, SheetPlan } from "../../../src/host/port";
import { createXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { retroSheetPlan } from "../../../src/sheets/retro/retroSheetPlan";
import { recalcPdf, recalcXlsx, tempDir } from "../../support/recalc";
import { dealWithoutQuotes, lostDeal, wonDeal } from "../../core/retro/retroFixtures";
import { cellXml, sheetXml } from "../../host/xlsx/xlsxTestKit";

const run = promisify(execFile);
const OPTIONS = { generatedAt: "2026-07-05T14:30", sources: ["Deals", "Quotes", "Actuals"] };

/** The won deal again, before any Actuals rows: totals of unknown columns stay empty. */
function pendingDeal(): RetroInput {
  const input = wonDeal();
  return { ...input, deal: { ...input.deal, id: "D-1043", margin: null }, actuals: [] };
}

async function writeWorkbook(plans: SheetPlan[]): Promise<string> {
  const wb = createXlsx();
  for (const plan of plans) await wb.writeSheet(plan);
  const path = join(tempDir("retro-"), "retro.xlsx");
  writeFileSync(path, await wb.toBuffer());
  return path;
}

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  expected: FormulaValue["result"];
}

function formulasOf(plan: SheetPlan): FormulaCell[] {
  const out: FormulaCell[] = [];
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v === "object") {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        out.push({ sheet: plan.name, address, formula: v.formula, expected: v.result });
      }
    })
  );
  return out;
}

/**
 * The cached result LibreOffice stored for a formula cell, read from the sheet XML: exceljs
 * drops a cached 0 (it reads `{ formula }` without `result`), so it cannot tell 0 from none.
 */
function resultOf(sheet: string, address: string): number | string | null {
  const xml = cellXml(sheet, address);
  const v = /<v>([^<]*)<\/v>/.exec(xml)?.[1];
  if (v === undefined) return "";
  const type = /\st="([^"]+)"/.exec(xml)?.[1] ?? "n";
  if (type === "str" || type === "s") return v;
  if (type === "e") return `error ${v}`;
  return Number(v);
}

describe("Retro sheets recalculated by LibreOffice", () => {
  const plans = [
    retroSheetPlan(buildRetro(wonDeal()), "en", OPTIONS),
    retroSheetPlan(buildRetro(lostDeal()), "lv", OPTIONS),
    retroSheetPlan(buildRetro(dealWithoutQuotes()), "en", OPTIONS),
    retroSheetPlan(buildRetro(pendingDeal()), "lv", OPTIONS),
  ];
  const formulas = plans.flatMap(formulasOf);
  const sheets = new Map<string, string>();

  beforeAll(async () => {
    const path = await writeWorkbook(plans);
    const out = await recalcXlsx(path);
    const bytes = readFileSync(out);
    for (const plan of plans) sheets.set(plan.name, await sheetXml(bytes, plan.name));
  });

  it("has live formulas: totals, variances, margins and the final-profit block", () => {
    expect(formulas.length).toBeGreaterThan(80);
    expect(formulas.map((f) => f.formula)).toEqual(
      expect.arrayContaining(["SUM(E26:E29)", "F30-E30", "(E30-H30)/E30", "F30", "E35-F35"])
    );
    // Unknown totals (no Actuals yet) are formulas that stay empty until the figures are there.
    expect(formulas.some((f) => f.formula.startsWith("IF(COUNTBLANK(") && f.expected === "")).toBe(
      true
    );
  });

  it("every formula gives the engine's figure", () => {
    const mismatches: string[] = [];
    for (const f of formulas) {
      const got = resultOf(sheets.get(f.sheet) ?? "", f.address);
      const ok =
        typeof f.expected === "number"
          ? typeof got === "number" && Math.abs(got - f.expected) < 1e-9
          : (got ?? "") === f.expected;
      if (!ok) {
        mismatches.push(
          `${f.sheet}!${f.address} =${f.formula}: LibreOffice ${String(got)}, engine ${String(f.expected)}`
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("Retro sheet printed by LibreOffice", () => {
  let text: string;

  beforeAll(async () => {
    const path = await writeWorkbook([
      retroSheetPlan(buildRetro(wonDeal()), "lv", OPTIONS),
      retroSheetPlan(buildRetro(lostDeal()), "en", OPTIONS),
    ]);
    const pdf = await recalcPdf(path);
    const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
    text = stdout.replace(/\s+/gu, " ");
  });

  it("shows the Latvian title and section headings", () => {
    for (const heading of [
      "Retrospektīva D-1042",
      "Laika līnija",
      "Plānots pret faktu",
      "Gala peļņa pret piedāvāto",
      "Kas izdevās",
      "Ko uzlabot",
      "Darbības",
      "Atbildīgais",
      "Termiņš",
    ]) {
      expect(text).toContain(heading);
    }
  });

  it("shows money as Latvians write it, and as the English sheet writes it", () => {
    // The won deal's final revenue and the actual revenue total, lv: "12 000,00 €", "11 500,00 €".
    expect(text).toContain(formatMoney(1200000, "lv"));
    expect(text).toContain(formatMoney(1150000, "lv"));
    // The lost deal's quoted net on the English sheet: "€5,000.00".
    expect(text).toContain(formatMoney(500000, "en"));
    expect(text).toContain("Retrospective D-1050");
    expect(text).toContain("What went well");
  });

  it("shows dates and percentages in the locale's format", () => {
    expect(text).toContain("20.03.2026"); // closed on, lv
    expect(text).toContain("37,5%"); // planned margin total, lv
    expect(text).toContain("2026-04-10"); // closed on, en
  });
});
