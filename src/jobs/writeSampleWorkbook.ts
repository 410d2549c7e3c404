import type { WorkbookPort } from "../host/port";
import { generateSampleWorkbook } from "../sheets/sample/generateSampleWorkbook";
import { settingsSheetPlan } from "../sheets/settings";
import { throwIfCancelled, type JobOptions } from "./jobOptions";

/**
 * Fills a workbook with the Latvian sample (Settings in Latvian, then the team's sheets),
 * as the demo and the workbench start from. The sheets belong to the user (not marked ours).
 *
 * @example await writeSampleWorkbook(createXlsx()) // { sheets: ["Iestatījumi", "Komanda", …] }
 */
export async function writeSampleWorkbook(
  port: WorkbookPort,
  options?: JobOptions & { seed?: number; today?: string }
): Promise<{ sheets: string[] }> {
  const sample = generateSampleWorkbook({ seed: options?.seed, today: options?.today });
  const plans = [settingsSheetPlan("lv"), ...sample.plans];
  const sheets: string[] = [];
  for (const [index, plan] of plans.entries()) {
    throwIfCancelled(options);
    options?.onProgress?.({ done: index, total: plans.length, label: `Writing ${plan.name}` });
    sheets.push(await port.writeSheet({ ...plan, owner: "user" }, options));
  }
  return { sheets };
}
