import type { TeamMember } from "../../core/model";
import { nameKey } from "../../core/reports/nameKey";
import type { WorkbookPort } from "../../host/port";
import { throwIfCancelled, type JobOptions } from "../../jobs/jobOptions";
import { readTeam } from "../../sheets/entities/readTeam";
import { findSheet } from "../../sheets/findSheet";
import { readSettings } from "../../sheets/settings";

/** What the Reports view offers: the managers to pick from, and how the fiscal year runs. */
export interface ReportChoices {
  /** The managers Team names, in Team order (as the report job accepts them). */
  managers: string[];
  /** 1–12 (Settings): quarters and years of the period picker follow it. */
  fiscalStartMonth: number;
  /** The Team sheet's name, or null when the workbook has none. */
  teamSheet: string | null;
}

/**
 * The managers a report can be made for, as the report job knows them: everyone's Manager (as
 * the manager's own Team row writes the name, when there is one), then people whose Role is
 * Manager, each once (names compared trimmed and without case), in Team order.
 *
 * @example teamManagers([{ name: "Rita", manager: "Jānis Ozols" }, { name: "Jānis Ozols", role: "Manager" }]) // ["Jānis Ozols"]
 */
export function teamManagers(team: readonly TeamMember[]): string[] {
  const names = new Map<string, string>();
  for (const m of team) {
    const key = m.manager === null ? "" : nameKey(m.manager);
    if (key === "" || names.has(key)) continue;
    const own = team.find((t) => nameKey(t.name) === key);
    names.set(key, own?.name ?? (m.manager ?? "").trim());
  }
  for (const m of team) {
    if (m.role === "Manager" && !names.has(nameKey(m.name))) names.set(nameKey(m.name), m.name);
  }
  return [...names.values()];
}

/**
 * Reads Settings and Team (only those) for the Reports view's pickers.
 *
 * @example (await loadReportChoices(port)).managers // ["Jānis Ozols", "Ilze Kalniņa"]
 */
export async function loadReportChoices(
  port: WorkbookPort,
  options?: JobOptions
): Promise<ReportChoices> {
  const sheets = await port.listSheets();
  const settingsInfo = findSheet("settings", sheets);
  const { settings } = readSettings(
    settingsInfo ? await port.readSheet(settingsInfo.name, options) : null
  );
  throwIfCancelled(options);
  const teamInfo = findSheet("team", sheets);
  if (!teamInfo)
    return { managers: [], fiscalStartMonth: settings.fiscalYearStartMonth, teamSheet: null };
  const team = readTeam(await port.readSheet(teamInfo.name, options), {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  });
  return {
    managers: teamManagers(team.rows),
    fiscalStartMonth: settings.fiscalYearStartMonth,
    teamSheet: team.sheet,
  };
}
