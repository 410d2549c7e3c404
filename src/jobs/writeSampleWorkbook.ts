import type { WorkbookPort } from "../host/port";
import { generateSampleWorkbook } from "../sheets/sample/generateSampleWorkbook";
import { defaultSettings, settingsSheetPlan, type Settings } from "../sheets/settings";
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
  const plans = [settingsSheetPlan("lv", sampleSettings()), ...sample.plans];
  const sheets: string[] = [];
  for (const [index, plan] of plans.entries()) {
    throwIfCancelled(options);
    options?.onProgress?.({ done: index, total: plans.length, label: `Writing ${plan.name}` });
    sheets.push(await port.writeSheet({ ...plan, owner: "user" }, options));
  }
  return { sheets };
}

/** The sample seller: a fictitious Latvian company with valid registration, PVN and IBAN numbers. */
export function sampleSettings(): Settings {
  return {
    ...defaultSettings(),
    companyName: "SIA Baltic Office Systems",
    companyRegNo: "40003123453",
    companyVatNo: "LV40003123453",
    companyAddress: "Brīvības iela 100, Rīga, LV-1010",
    bankIban: "LV80BANK0000435195001",
    bankBic: "HABALV22",
    locale: "lv",
  };
}
