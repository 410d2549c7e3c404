/**
 * The xlsx adapter on a 100 000-row × 10-column sheet: write a plan (values, a formula column,
 * formats by block, a table), save, open, read back, append 10 000 rows to the table, save again.
 * Prints time and heap growth per step. Measures only; asserts nothing.
 */
import type { PlanValue, SheetPlan } from "../src/host/port";
import { createXlsx, openXlsx } from "../src/host/xlsx/xlsxWorkbook";

const ROWS = 100_000;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function measure<T>(label: string, fn: () => Promise<T>, note: (r: T) => string): Promise<T> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - heap0;
  console.log(
    `${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms   heap +${mb(heap).padStart(7)}   ${note(result)}`
  );
  return result;
}

function row(i: number): PlanValue[] {
  return [
    `D-${String(i).padStart(6, "0")}`,
    `SIA Klients ${i % 900}`,
    `Rep ${i % 7}`,
    i % 3 ? "Proposal" : "Won",
    1000 + (i % 977) * 13.5,
    46000 + (i % 400),
    0.1 + (i % 50) / 100,
    { formula: `E${i + 2}*G${i + 2}`, result: (1000 + (i % 977) * 13.5) * (0.1 + (i % 50) / 100) },
    i % 11 === 0 ? "=looks like a formula" : "note",
    i % 2 === 0,
  ];
}

function plan(): SheetPlan {
  const values: PlanValue[][] = [
    [
      "Deal ID",
      "Account",
      "Owner",
      "Stage",
      "Amount",
      "Created",
      "Margin",
      "Profit",
      "Note",
      "Flag",
    ],
  ];
  for (let i = 0; i < ROWS; i++) values.push(row(i));
  return {
    name: "Deals",
    kind: "bench:deals",
    values,
    formats: [
      { range: { row: 1, column: 1, rows: 1, columns: 10 }, font: { bold: true }, fill: "DDEBF7" },
      { range: { row: 2, column: 5, rows: ROWS, columns: 1 }, numberFormat: '#,##0.00 "€"' },
      { range: { row: 2, column: 6, rows: ROWS, columns: 1 }, numberFormat: "dd.mm.yyyy" },
      { range: { row: 2, column: 7, rows: ROWS, columns: 1 }, numberFormat: "0.0%" },
      { range: { row: 2, column: 8, rows: ROWS, columns: 1 }, numberFormat: '#,##0.00 "€"' },
    ],
    columnWidths: [12, 24, 10, 12, 14, 12, 8, 14, 24, 6],
    freeze: { rows: 1, columns: 0 },
    tables: [{ name: "Deals", range: { row: 1, column: 1, rows: ROWS + 1, columns: 10 } }],
  };
}

/** Plan, write and save in a scope of their own, so their heap is free before the file is opened. */
async function writeBig(): Promise<Uint8Array> {
  const thePlan = await measure(
    "build a 100k × 10 plan",
    () => Promise.resolve(plan()),
    (p) => `${p.values.length} rows`
  );
  const wb = createXlsx();
  await measure(
    "writeSheet",
    () => wb.writeSheet(thePlan),
    (name) => name
  );
  return measure(
    "toBuffer",
    () => wb.toBuffer(),
    (b) => `${mb(b.byteLength)} on disk`
  );
}

async function main(): Promise<void> {
  const bytes = await writeBig();
  const opened = await measure(
    "openXlsx",
    () => openXlsx(bytes),
    () => ""
  );
  await measure(
    "readSheet",
    () => opened.readSheet("Deals"),
    (b) => `${b.values.length} × ${b.values[0]?.length ?? 0}`
  );
  await measure(
    "listSheets",
    () => opened.listSheets(),
    (s) => `${s.length} sheets`
  );
  await measure(
    "parts",
    () => opened.parts(),
    (p) => `${p.unsupported.length} unsupported`
  );
  const extra = Array.from({ length: 10_000 }, (_x, i) => row(ROWS + i).slice(0, 7));
  await measure(
    "appendRows 10k into the table",
    () => opened.appendRows({ sheet: "Deals", firstColumn: 1, rows: extra }),
    () => ""
  );
  await measure(
    "toBuffer again",
    () => opened.toBuffer(),
    (b) => `${mb(b.byteLength)} on disk`
  );
  global.gc?.();
  console.log(
    `heap in use at the end: ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`
  );
}

void main();
