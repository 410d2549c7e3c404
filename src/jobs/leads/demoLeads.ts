/**
 * The demo's leads step: a new trade show's exhibitor list into the sample's Leads sheet, owners
 * for every open lead without one, and a call sheet per owner.
 */
import type { IsoDate } from "../../core/model";
import type { WorkbookPort } from "../../host/port";
import { exhibitorListCsv, generateExhibitorList } from "../../sheets/sample/generateExhibitorList";
import type { JobOptions } from "../jobOptions";
import { assignLeads, type AssignLeadsResult } from "./assignLeads";
import { importLeads, type ImportLeadsResult } from "./importLeads";

/** The show whose exhibitor list the demo imports (the sample's Riga Food, a year on). */
export const DEMO_SHOW = "Riga Food 2027";

/** What the demo's leads step did. */
export interface DemoLeads {
  show: string;
  import: ImportLeadsResult;
  assign: AssignLeadsResult;
  /** Sheets written: Leads, Settings, the call sheets. */
  sheets: string[];
}

/**
 * Imports the generated exhibitor list of {@link DEMO_SHOW} (150 exhibitors as CSV with a title
 * block, `;` and a BOM — some already leads, some existing accounts, some listed twice), then
 * assigns owners to the open leads without one and writes the call sheets, as of `today`.
 *
 * @example const demo = await demoLeads(port, "2026-11-27"); demo.import.added.length // 131
 */
export async function demoLeads(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions
): Promise<DemoLeads> {
  const list = generateExhibitorList(DEMO_SHOW, { today });
  const imported = await importLeads(
    port,
    {
      from: { kind: "csv", text: exhibitorListCsv(list), name: `${DEMO_SHOW}.csv` },
      source: DEMO_SHOW,
      today,
    },
    options
  );
  const assign = await assignLeads(port, { today, calls: true }, options);
  const sheets = [...new Set([...imported.sheets, ...assign.sheets])];
  return { show: DEMO_SHOW, import: imported, assign, sheets };
}
