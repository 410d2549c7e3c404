/**
 * The quote discount's split over VAT groups and lines, checked against an independent engine:
 * LibreOffice recalculates the one-ROUND-per-row formula documented on runningShares, and every
 * share must equal the engine's to the cent.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { fromCents } from "../../../src/core/money";
import { computeQuote } from "../../../src/core/quotes/quoteMath";
import { runningShares } from "../../../src/core/quotes/runningShares";
import { recalcXlsx, tempDir } from "../../support/recalc";
import { MIXED_QUOTE_LINES } from "./quoteLines";

const MAX_WEIGHTS = 10;

/** mulberry32: seeded, so the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SplitCase {
  total: number;
  weights: number[];
}

function cases(): SplitCase[] {
  const mixed = computeQuote({
    lines: MIXED_QUOTE_LINES,
    quoteDiscount: 0.05,
    vatRounding: "per-line",
  });
  const list: SplitCase[] = [
    { total: 100, weights: [100, 100, 100] },
    { total: mixed.quoteDiscount, weights: mixed.groups.map((g) => g.netBeforeDiscount) },
    { total: 8110, weights: [161820, 377] },
    { total: 286, weights: [4980, 735] },
    { total: 1, weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
    { total: 5, weights: [1, 0, 1, 0, 1] },
    { total: -999, weights: [123456, 1, 2, 987654] },
    { total: 4321, weights: [50000, -2000, 30000] },
  ];
  const next = random(20260703);
  const int = (max: number) => Math.floor(next() * (max + 1));
  for (let i = 0; i < 400; i++) {
    const n = 1 + int(MAX_WEIGHTS - 1);
    const weights = Array.from({ length: n }, () =>
      int(3) === 0 ? int(999) : int(int(1) === 0 ? 99_999 : 9_999_999)
    );
    const sum = weights.reduce((a, b) => a + b, 0);
    if (sum === 0) continue;
    // Like ROUND(subtotal × d, 2) for d up to 50 %, and sometimes any amount.
    const total = int(1) === 0 ? Math.round((sum * int(50)) / 100) : int(sum);
    list.push({ total, weights });
  }
  return list;
}

const col = (i: number) => String.fromCharCode(65 + i); // 0 → A

describe("runningShares = the sheet formula, recalculated by LibreOffice", () => {
  it("every share agrees to the cent", async () => {
    const all = cases();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Shares");
    // Row r: A = amount to split, B.. = weights (zeros pad), L = SUM of weights, M.. = shares.
    const firstW = 1;
    const sumCol = col(firstW + MAX_WEIGHTS);
    all.forEach((c, k) => {
      const r = k + 1;
      ws.getCell(`A${r}`).value = fromCents(c.total);
      for (let j = 0; j < MAX_WEIGHTS; j++) {
        ws.getCell(`${col(firstW + j)}${r}`).value = fromCents(c.weights[j] ?? 0);
      }
      ws.getCell(`${sumCol}${r}`).value = {
        formula: `SUM(${col(firstW)}${r}:${col(firstW + MAX_WEIGHTS - 1)}${r})`,
      };
      for (let j = 0; j < MAX_WEIGHTS; j++) {
        const upTo = (to: number) =>
          `ROUND($A${r}*SUM($${col(firstW)}${r}:${col(firstW + to)}${r})/$${sumCol}${r},2)`;
        const formula = j === 0 ? upTo(0) : `${upTo(j)}-${upTo(j - 1)}`;
        ws.getCell(`${col(firstW + MAX_WEIGHTS + 1 + j)}${r}`).value = { formula };
      }
    });
    const dir = tempDir("shares-");
    const file = join(dir, "shares.xlsx");
    await wb.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(await recalcXlsx(file, dir));
    const sheet = back.getWorksheet("Shares");
    const mismatches: string[] = [];
    all.forEach((c, k) => {
      const padded = [...c.weights, ...Array<number>(MAX_WEIGHTS - c.weights.length).fill(0)];
      const engine = runningShares(c.total, padded);
      const excel = padded.map((_w, j) => {
        // exceljs leaves a 0 result out of `value`; `cell.result` reads it.
        const result: unknown = sheet?.getCell(
          `${col(firstW + MAX_WEIGHTS + 1 + j)}${k + 1}`
        ).result;
        return typeof result === "number" ? Math.round(result * 100) : Number.NaN;
      });
      if (engine.join() !== excel.join()) {
        mismatches.push(
          `${c.total} over [${c.weights.join()}]: engine ${engine.join()} sheet ${excel.join()}`
        );
      }
    });
    expect(mismatches).toEqual([]);
    expect(all.length).toBeGreaterThan(300);
  });
});
