/**
 * `dealdesk demo` ends with a retrospective: the first deal the Retro view offers that has
 * Actuals and an accepted quote, its Retro sheet comparing the quote's lines (planned) with the
 * deal's Fakts rows (actual), and the Lessons sheet in the demo workbook.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

interface Figures {
  qty: number;
  revenue: number;
  cost: number;
}

/** A cell's number in cents (a formula's cached result too); null when it holds none. */
function cents(cell: ExcelJS.Cell): number | null {
  const v = cell.value;
  const n =
    typeof v === "number"
      ? v
      : v !== null && typeof v === "object" && "result" in v && typeof v.result === "number"
        ? v.result
        : null;
  return n === null ? null : Math.round(n * 100);
}

function num(cell: ExcelJS.Cell): number | null {
  return typeof cell.value === "number" ? cell.value : null;
}

/** Rows of a register sheet by header, from row 2. */
function rowsOf(ws: ExcelJS.Worksheet | undefined): Array<Record<string, ExcelJS.Cell>> {
  if (!ws) throw new Error("no sheet");
  const headers: string[] = [];
  ws.getRow(1).eachCell((c, i) => (headers[i] = String(c.value)));
  const out: Array<Record<string, ExcelJS.Cell>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row: Record<string, ExcelJS.Cell> = {};
    headers.forEach((h, i) => (row[h] = ws.getCell(r, i)));
    out.push(row);
  }
  return out;
}

function add(map: Map<string, Figures>, sku: string, f: Figures): void {
  const known = map.get(sku) ?? { qty: 0, revenue: 0, cost: 0 };
  map.set(sku, {
    qty: known.qty + f.qty,
    revenue: known.revenue + f.revenue,
    cost: known.cost + f.cost,
  });
}

describe("dealdesk demo: the retrospective step", () => {
  it("writes a Retro sheet of a won deal whose planned figures are its accepted quote's lines and whose actual figures are its Fakts rows", async () => {
    const dir = tempDir();
    const run = await dealdesk(["demo", "--out", dir, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const retro = json.retro;
    expect(retro.ok).toBe(true);
    expect(retro.sheets).toEqual([`Retro ${retro.deal.id}`, "Mācības"]);
    expect(json.sheets).toEqual(expect.arrayContaining(retro.sheets));
    expect(retro.deal.stage).toBe("Won");
    expect(retro.compared).toEqual({ quote: expect.any(String), accepted: true });
    expect(retro.notes.map((n: { code: string }) => n.code)).not.toContain("noQuote");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "deal-desk-demo.xlsx"));
    const ws = wb.getWorksheet(retro.sheet);
    if (!ws) throw new Error(`no ${retro.sheet}`);
    expect(ws.getCell("A1").value).toBe(`Retrospektīva ${retro.deal.id}`);
    const columnA: unknown[] = [];
    ws.eachRow((row) => columnA.push(row.getCell(1).value));
    expect(columnA).toEqual(expect.arrayContaining(["Kas izdevās", "Ko uzlabot", "Darbības"]));
    expect(wb.getWorksheet("Mācības")).toBeDefined();

    // Independently: the deal's accepted quote in the register, and its lines.
    const quote = rowsOf(wb.getWorksheet("Piedāvājumi")).find(
      (r) => r["Piedāvājums"]?.value === retro.compared.quote
    );
    expect(quote?.["Statuss"]?.value).toBe("Pieņemts");
    expect(quote?.["Darījuma ID"]?.value).toBe(retro.deal.id);
    const planned = new Map<string, Figures>();
    for (const line of rowsOf(wb.getWorksheet("Piedāvājumu rindas"))) {
      if (line["Piedāvājums"]?.value !== retro.compared.quote) continue;
      expect(line["Izvēles"]?.value).toBe("nē");
      add(planned, String(line["Kods"]?.value), {
        qty: Number(line["Daudzums"]?.value),
        revenue: cents(line["Neto"] as ExcelJS.Cell) ?? NaN,
        cost: cents(line["Izmaksas"] as ExcelJS.Cell) ?? NaN,
      });
    }
    expect(planned.size).toBeGreaterThanOrEqual(2);

    // Independently: the deal's rows in Fakts, summed per code in cents.
    const fakts = wb.getWorksheet("Fakts");
    const actual = new Map<string, Figures>();
    fakts?.eachRow((row) => {
      if (row.getCell(1).value !== retro.deal.id) return;
      add(actual, String(row.getCell(2).value), {
        qty: Number(row.getCell(3).value),
        revenue: Math.round(Number(row.getCell(4).value) * 100),
        cost: Math.round(Number(row.getCell(5).value) * 100),
      });
    });
    expect(actual.size).toBeGreaterThan(0);

    // The Retro sheet's line table: heading, the accepted quote, two header rows, lines, Kopā.
    let heading = 0;
    for (let r = 1; r <= ws.rowCount && heading === 0; r++) {
      if (ws.getCell(r, 1).value === "Plānots pret faktu") heading = r;
    }
    expect(heading).toBeGreaterThan(0);
    expect(ws.getCell(heading + 1, 1).value).toBe(`Pieņemtais piedāvājums ${retro.compared.quote}`);
    expect(ws.getCell(heading + 2, 1).value).toBe("Kods");
    const sheetPlanned = new Map<string, Figures>();
    const sheetActual = new Map<string, Figures>();
    let r = heading + 4;
    for (; ws.getCell(r, 1).value !== "Kopā"; r++) {
      expect(r).toBeLessThan(heading + 40);
      const sku = String(ws.getCell(r, 1).value);
      sheetPlanned.set(sku, {
        qty: num(ws.getCell(r, 3)) ?? NaN,
        revenue: cents(ws.getCell(r, 5)) ?? NaN,
        cost: cents(ws.getCell(r, 8)) ?? NaN,
      });
      sheetActual.set(sku, {
        qty: num(ws.getCell(r, 4)) ?? NaN,
        revenue: cents(ws.getCell(r, 6)) ?? NaN,
        cost: cents(ws.getCell(r, 9)) ?? NaN,
      });
    }
    const none: Figures = { qty: 0, revenue: 0, cost: 0 };
    const skus = [...new Set([...planned.keys(), ...actual.keys()])].sort();
    expect([...sheetPlanned.keys()].sort()).toEqual(skus);
    for (const sku of skus) {
      expect([sku, sheetPlanned.get(sku)]).toEqual([sku, planned.get(sku) ?? none]);
      expect([sku, sheetActual.get(sku)]).toEqual([sku, actual.get(sku) ?? none]);
    }
    const sum = (m: Map<string, Figures>, k: "revenue" | "cost"): number =>
      [...m.values()].reduce((s, f) => s + f[k], 0);
    expect(cents(ws.getCell(r, 5))).toBe(cents(quote?.["Neto"] as ExcelJS.Cell));
    expect(cents(ws.getCell(r, 5))).toBe(sum(planned, "revenue"));
    expect(cents(ws.getCell(r, 6))).toBe(sum(actual, "revenue"));
    expect(cents(ws.getCell(r, 9))).toBe(sum(actual, "cost"));
    expect(retro.figures.actual.revenue).toBe(sum(actual, "revenue") / 100);
    expect(retro.figures.actual.cost).toBe(sum(actual, "cost") / 100);

    // What the sample's history shows on this deal: a quantity changed, a line not quoted,
    // a cost over the quoted one.
    const matched = skus.filter((s) => planned.has(s) && actual.has(s));
    expect(skus.some((s) => !planned.has(s))).toBe(true);
    expect(matched.some((s) => planned.get(s)?.qty !== actual.get(s)?.qty)).toBe(true);
    const perUnit = (f: Figures | undefined): number => (f ? f.cost / f.qty : 0);
    expect(matched.some((s) => perUnit(actual.get(s)) > perUnit(planned.get(s)))).toBe(true);
  });
});
