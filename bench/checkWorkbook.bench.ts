/**
 * How long `check` takes and how much memory it needs on the sample workbook and on a
 * 100 000-row Deals sheet, through the xlsx adapter (open → check).
 */
import { createXlsx, openXlsx } from "../src/host/xlsx/xlsxWorkbook";
import { checkWorkbook } from "../src/jobs/checkWorkbook";
import { writeSampleWorkbook } from "../src/jobs/writeSampleWorkbook";
import type { PlanValue } from "../src/host/port";

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function measure(label: string, fn: () => Promise<string>): Promise<void> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const note = await fn();
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - heap0;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms   heap +${mb(heap)}   ${note}`);
}

async function main(): Promise<void> {
  const sample = createXlsx();
  await measure("sample: generate + write", async () => {
    const r = await writeSampleWorkbook(sample);
    return `${r.sheets.length} sheets`;
  });
  const sampleBytes = await sample.toBuffer();
  await measure("sample: open + check", async () => {
    const wb = await openXlsx(sampleBytes);
    const r = await checkWorkbook(wb);
    return `rows read ${r.rows.read}, issues ${r.issues.length}`;
  });

  const rows = 100_000;
  const big = createXlsx();
  const values: PlanValue[][] = [
    ["Deal ID", "Account", "Owner", "Stage", "Amount", "Created", "Expected close"],
  ];
  for (let i = 0; i < rows; i++) {
    values.push([
      `D-${i}`,
      `SIA Klients ${i % 900}`,
      `Rep ${i % 7}`,
      i % 3 ? "Proposal" : "Won",
      1000 + (i % 977) * 13.5,
      46000 + (i % 400),
      46100 + (i % 400),
    ]);
  }
  await big.writeSheet({ name: "Deals", kind: "input:deals", owner: "user", values });
  const bigBytes = await big.toBuffer();
  console.log(`100k-row workbook: ${mb(bigBytes.byteLength)} on disk`);
  await measure(`${rows} deals: open + check`, async () => {
    const wb = await openXlsx(bigBytes);
    const r = await checkWorkbook(wb);
    return `rows used ${r.rows.used}`;
  });
}

void main();
