import type { Deal, TeamMember } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { WorkbookPort } from "../../host/port";
import { throwIfCancelled, type JobOptions } from "../../jobs/jobOptions";
import { meetingJson, type MeetingJson } from "../../jobs/meetings/meetingJson";
import { readSheetInSteps } from "../../jobs/readSheetInSteps";
import { findSheet } from "../../sheets/findSheet";
import type { ReadOptions } from "../../sheets/readRows";
import { readSettings } from "../../sheets/settings";
import type { SheetKind } from "../../sheets/sheetKinds";

/** Whom a meeting can be with: a lead's or an account's company, once each. */
export interface MeetingParty {
  name: string;
  from: "lead" | "account";
  city: string | null;
  /** The lead's or account's owner (the rep who would come along). */
  owner: string | null;
}

/** The company typed or chosen in the form, with the party when it was chosen from the list. */
export type PartyChange = (value: string, party: MeetingParty | null) => void;

/** What the Meetings view's form offers to pick from. */
export interface MeetingChoices {
  /** Accounts first, then leads that are no account, each company once (first spelling kept). */
  parties: MeetingParty[];
  /** Team members with the Manager or Director role, else everyone's Manager. */
  managers: string[];
  /** Active team members with the Rep role (anyone active when no role says Rep). */
  reps: string[];
  /** Open deals (neither Won nor Lost), for the meeting's Deal ID. */
  deals: Pick<Deal, "id" | "account" | "owner">[];
  /** Every meeting of the Meetings sheet, to describe the ones a new meeting clashes with. */
  meetings: MeetingJson[];
  /** Currency of the workbook (Settings). */
  currency: string;
}

/**
 * The people who can attend as the manager: Managers and Directors of Team, then anyone named as
 * someone's Manager without a row of their own; each once, in Team order.
 *
 * @example meetingManagers([{ name: "Jānis", role: "Manager" }, { name: "Rita", role: "Rep", manager: "Jānis" }]) // ["Jānis"]
 */
export function meetingManagers(team: readonly TeamMember[]): string[] {
  const names = new Map<string, string>();
  for (const m of team)
    if ((m.role === "Manager" || m.role === "Director") && m.active)
      names.set(normalizeKey(m.name), m.name);
  for (const m of team) {
    const manager = m.manager?.trim() ?? "";
    if (manager !== "" && !names.has(normalizeKey(manager)))
      names.set(normalizeKey(manager), manager);
  }
  return [...names.values()];
}

/**
 * The reps a meeting can be given: active Team members whose role is Rep, or every active member
 * when nobody's role says Rep.
 *
 * @example meetingReps([{ name: "Rita", role: "Rep", active: true }]) // ["Rita"]
 */
export function meetingReps(team: readonly TeamMember[]): string[] {
  const active = team.filter((m) => m.active);
  const reps = active.filter((m) => m.role === "Rep");
  return (reps.length > 0 ? reps : active).map((m) => m.name);
}

/**
 * The companies a meeting can be with: accounts first, then leads not already an account, each
 * company once (names compared without case, spacing or diacritics).
 *
 * @example meetingParties([{ account: "AS Piens" }], [{ company: "as piens" }, { company: "SIA Koks" }]).map((p) => p.name) // ["AS Piens", "SIA Koks"]
 */
export function meetingParties(
  accounts: readonly { account: string; city: string | null; owner: string | null }[],
  leads: readonly { company: string; city: string | null; owner: string | null }[]
): MeetingParty[] {
  const seen = new Set<string>();
  const parties: MeetingParty[] = [];
  const add = (party: MeetingParty) => {
    const key = normalizeKey(party.name);
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    parties.push(party);
  };
  for (const a of accounts) add({ name: a.account, from: "account", city: a.city, owner: a.owner });
  for (const l of leads) add({ name: l.company, from: "lead", city: l.city, owner: l.owner });
  return parties;
}

/**
 * Reads Settings, Team, Accounts, Leads, Deals and Meetings (whichever the workbook has) for the Meetings
 * form's pickers, pausing between steps of large sheets; a missing sheet gives an empty list.
 *
 * @example (await loadMeetingChoices(port)).managers // ["Jānis Ozols", "Ilze Kalniņa"]
 */
export async function loadMeetingChoices(
  port: WorkbookPort,
  options?: JobOptions
): Promise<MeetingChoices> {
  const sheets = await port.listSheets();
  const settingsInfo = findSheet("settings", sheets);
  const { settings } = readSettings(
    settingsInfo ? await port.readSheet(settingsInfo.name, options) : null
  );
  const readOptions: ReadOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };
  const rowsOf = async <K extends "team" | "accounts" | "leads" | "deals" | "meetings">(
    kind: K
  ) => {
    throwIfCancelled(options);
    const info = findSheet(kind satisfies SheetKind, sheets);
    if (!info) return null;
    const block = await port.readSheet(info.name, options);
    return (await readSheetInSteps(kind, block, readOptions, options)).rows;
  };
  const team = (await rowsOf("team")) ?? [];
  const accounts = (await rowsOf("accounts")) ?? [];
  const leads = (await rowsOf("leads")) ?? [];
  const deals = (await rowsOf("deals")) ?? [];
  const meetings = (await rowsOf("meetings")) ?? [];
  return {
    parties: meetingParties(accounts, leads),
    managers: meetingManagers(team),
    reps: meetingReps(team),
    deals: deals
      .filter((d) => d.stage !== "Won" && d.stage !== "Lost")
      .map((d) => ({ id: d.id, account: d.account, owner: d.owner })),
    meetings: meetings.map(meetingJson),
    currency: settings.currency,
  };
}
