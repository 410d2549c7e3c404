/**
 * Excel's ROUND, checked against an independent engine: LibreOffice recalculates the same
 * formulas the quote sheet uses, and the engine's cents must agree for every case.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { excelRound, fromCents, lineNetCents, multiplyCents } from "../../src/core/money";
import { recalcXlsx, tempDir } from "../support/recalc";

/** mulberry32: a small seeded generator, so the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RoundCase {
  x: number;
  y: number;
  digits: number;
}
interface LineCase {
  qty: number;
  unitCents: number;
  discount: number;
}
interface VatCase {
  netCents: number;
  rate: number;
}

// The classic traps: binary doubles just below a half cent that Excel still rounds up.
const ROUND_TRAPS: RoundCase[] = [
  { x: 3, y: 1.255, digits: 2 },
  { x: 1.255, y: 3, digits: 2 },
  { x: 1.005, y: 1, digits: 2 },
  { x: 0.285, y: 1, digits: 2 },
  { x: 2.675, y: 1, digits: 2 },
  { x: 8.345, y: 1, digits: 2 },
  { x: 0.125, y: 0.1, digits: 2 },
  { x: 0.125, y: 0.1, digits: 3 },
  { x: 1.045, y: 1, digits: 2 },
  { x: 4.015, y: 1, digits: 2 },
  { x: 1.15, y: 3, digits: 1 },
  { x: 10.235, y: 1, digits: 2 },
  { x: -2.5, y: 1, digits: 0 },
  { x: -1.005, y: 1, digits: 2 },
  { x: -3, y: 1.255, digits: 2 },
  { x: 0.1, y: 0.2, digits: 2 },
  { x: 1234.5, y: 1, digits: -1 },
  { x: 1250, y: 1, digits: -2 },
  { x: -0.004, y: 1, digits: 2 },
  { x: 0.49999999999999, y: 1, digits: 0 },
];
const LINE_TRAPS: LineCase[] = [
  { qty: 3, unitCents: 125, discount: 0 },
  { qty: 1.255, unitCents: 300, discount: 0 },
  { qty: 2, unitCents: 1999, discount: 0.15 },
  { qty: 7, unitCents: 333, discount: 0.1 },
  { qty: 0.5, unitCents: 1, discount: 0 },
  { qty: 3, unitCents: 1005, discount: 0.5 },
  { qty: 1, unitCents: 2675, discount: 0.5 },
  { qty: -2, unitCents: 1255, discount: 0.1 },
  { qty: 1, unitCents: -8345, discount: 0.5 },
  { qty: 12, unitCents: 1255, discount: 0.125 },
  { qty: 1.5, unitCents: 4999, discount: 0.333 },
];
const VAT_TRAPS: VatCase[] = [
  { netCents: 5, rate: 0.1 },
  { netCents: 1255, rate: 0.21 },
  { netCents: 150, rate: 0.21 },
  { netCents: 28500, rate: 0.21 },
  { netCents: 1, rate: 0.5 },
  { netCents: -150, rate: 0.21 },
  { netCents: -2550, rate: 0.05 },
  { netCents: 12345, rate: 0.12 },
];

const next = random(20260705);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const DISCOUNTS = [0, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.333, 0.5, 0.07, 0.035];
const RATES = [0.21, 0.12, 0.05, 0.1, 0.09, 0.2, 0.19, 0.24, 0.255];
const QTYS = [1, 2, 3, 5, 7, 10, 12, 25, 0.5, 1.5, 2.25, 0.333, 1.255, 0.75, 100, 1000];
const cents = (max: number): number => Math.floor(next() * max) + 1;
const sign = (): number => (next() < 0.15 ? -1 : 1);

const roundCases: RoundCase[] = [
  ...ROUND_TRAPS,
  ...Array.from({ length: 150 }, (): RoundCase => {
    // x.xx5-style values times small factors: the half-cent neighbourhood where drift shows.
    const x = (sign() * (Math.floor(next() * 100000) * 10 + 5)) / 1000;
    return { x, y: pick([1, 3, 7, 0.1, 1.1, 0.21, 12, 0.5]), digits: pick([2, 2, 2, 1, 0, 3]) };
  }),
];
const lineCases: LineCase[] = [
  ...LINE_TRAPS,
  ...Array.from({ length: 200 }, (): LineCase => ({
    qty: sign() * pick(QTYS),
    unitCents: cents(pick([1000, 100000, 10000000])),
    discount: pick(DISCOUNTS),
  })),
];
const vatCases: VatCase[] = [
  ...VAT_TRAPS,
  ...Array.from({ length: 150 }, (): VatCase => ({
    netCents: sign() * cents(pick([1000, 100000, 100000000])),
    rate: pick([...RATES, ...DISCOUNTS]),
  })),
];

/** Reads a recalculated formula result (exceljs `cell.result`), failing loudly when there is none. */
function resultOf(sheet: ExcelJS.Worksheet, row: number, column: number): number {
  const cell = sheet.findCell(row, column);
  const result: unknown = cell?.result;
  if (cell?.formula === undefined || typeof result !== "number") {
    throw new Error(`${sheet.name}!R${row}C${column}: no numeric result (${String(result)})`);
  }
  return result;
}

describe("excelRound, lineNetCents and multiplyCents agree with LibreOffice's ROUND", () => {
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const round = wb.addWorksheet("Round");
    roundCases.forEach((c, i) => {
      round.getRow(i + 1).values = [
        c.x,
        c.y,
        c.digits,
        { formula: `ROUND(A${i + 1}*B${i + 1},C${i + 1})` },
      ];
    });
    const lines = wb.addWorksheet("Lines");
    lineCases.forEach((c, i) => {
      const r = i + 1;
      lines.getRow(r).values = [
        c.qty,
        fromCents(c.unitCents),
        c.discount,
        { formula: `ROUND(A${r}*B${r}*(1-C${r}),2)` },
        { formula: `ROUND(A${r}*B${r},2)` },
      ];
    });
    const vat = wb.addWorksheet("Vat");
    vatCases.forEach((c, i) => {
      vat.getRow(i + 1).values = [
        fromCents(c.netCents),
        c.rate,
        { formula: `ROUND(A${i + 1}*B${i + 1},2)` },
      ];
    });
    const dir = tempDir("excel-round-");
    const input = join(dir, "round-cases.xlsx");
    await wb.xlsx.writeFile(input);
    const output = await recalcXlsx(input, join(dir, "out"));
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
  });

  it("ROUND(x*y, n) for the half-cent traps and random values", () => {
    const sheet = book.getWorksheet("Round") as ExcelJS.Worksheet;
    const mismatches = roundCases
      .map((c, i) => ({
        ...c,
        libreoffice: resultOf(sheet, i + 1, 4),
        ours: excelRound(c.x * c.y, c.digits),
      }))
      .filter((m) => m.libreoffice !== m.ours);
    expect(mismatches).toEqual([]);
    expect(excelRound(3 * 1.255, 2)).toBe(resultOf(sheet, 1, 4));
    expect(resultOf(sheet, 1, 4)).toBe(3.77);
  });

  it("line net ROUND(qty*price*(1-discount), 2) to the cent", () => {
    const sheet = book.getWorksheet("Lines") as ExcelJS.Worksheet;
    const mismatches = lineCases
      .map((c, i) => ({
        ...c,
        libreoffice: resultOf(sheet, i + 1, 4),
        libreofficeGross: resultOf(sheet, i + 1, 5),
        ours: fromCents(lineNetCents(c.qty, c.unitCents, c.discount)),
        oursGross: fromCents(lineNetCents(c.qty, c.unitCents, 0)),
      }))
      .filter((m) => m.libreoffice !== m.ours || m.libreofficeGross !== m.oursGross);
    expect(mismatches).toEqual([]);
  });

  it("VAT ROUND(net*rate, 2) to the cent", () => {
    const sheet = book.getWorksheet("Vat") as ExcelJS.Worksheet;
    const mismatches = vatCases
      .map((c, i) => ({
        ...c,
        libreoffice: resultOf(sheet, i + 1, 3),
        ours: fromCents(multiplyCents(c.netCents, c.rate)),
      }))
      .filter((m) => m.libreoffice !== m.ours);
    expect(mismatches).toEqual([]);
  });
});
