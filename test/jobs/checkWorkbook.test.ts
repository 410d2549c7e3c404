import type { PlanValue } from "../../src/host/port";
import { createXlsx } from "../../src/host/xlsx/xlsxWorkbook";
import { checkWorkbook } from "../../src/jobs/checkWorkbook";
import type { JobProgress } from "../../src/jobs/jobOptions";
import { readKindSteps } from "../../src/sheets/readEntities";
import { ROWS_PER_STEP } from "../../src/sheets/readRows";

async function bigDealsWorkbook(rows: number) {
  const values: PlanValue[][] = [["Deal ID", "Owner", "Stage", "Amount"]];
  for (let i = 0; i < rows; i++) values.push([`D-${i}`, "Anna", "Proposal", 100 + i]);
  const wb = createXlsx();
  await wb.writeSheet({ name: "Deals", kind: "input:deals", owner: "user", values });
  return wb;
}

describe("check on a large sheet", () => {
  it("reads in steps: a pause every ROWS_PER_STEP rows, and the same result as reading at once", async () => {
    const wb = await bigDealsWorkbook(ROWS_PER_STEP * 3 + 5);
    const block = await wb.readSheet("Deals");
    const steps = readKindSteps("deals", block, { dateOrder: "DMY" });
    const pauses: number[] = [];
    for (;;) {
      const s = steps.next();
      if (s.done) {
        expect(s.value.counts).toEqual({
          read: ROWS_PER_STEP * 3 + 5,
          used: ROWS_PER_STEP * 3 + 5,
          skipped: 0,
        });
        break;
      }
      pauses.push(s.value);
    }
    expect(pauses).toEqual([ROWS_PER_STEP, ROWS_PER_STEP * 2, ROWS_PER_STEP * 3]);
  });

  it("reports progress within the sheet and stops when cancelled part-way", async () => {
    const wb = await bigDealsWorkbook(ROWS_PER_STEP * 5);
    const controller = new AbortController();
    const seen: JobProgress[] = [];
    const run = checkWorkbook(wb, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        // the user presses Cancel while the Deals sheet is being read
        if (p.label === "Reading Deals" && !Number.isInteger(p.done)) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AppError", code: "CANCELLED" });
    const within = seen.filter((p) => p.label === "Reading Deals" && !Number.isInteger(p.done));
    expect(within).toHaveLength(1);
    expect(within[0]?.done).toBeGreaterThan(0);
    expect(within[0]?.done).toBeLessThan(within[0]?.total ?? 0);
  });
});
