/**
 * What the leads jobs read, in one pass through the port: Settings, Team, Leads and Accounts,
 * with every row accounted for, and the keys deduplication and assignment work with.
 */
import { addCounts, type Issue, type RowCounts } from "../../core/issue";
import type { AssignableMember } from "../../core/leads/assignOwner";
import { leadKeys, LeadIndex, type LeadKeys } from "../../core/leads/leadKeys";
import { normalizeLead } from "../../core/leads/normalizeLead";
import type { Account, Lead, LeadStatus, TeamMember } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { readAccounts } from "../../sheets/entities/readAccounts";
import { readLeads } from "../../sheets/entities/readLeads";
import { readTeam } from "../../sheets/entities/readTeam";
import { findSheet } from "../../sheets/findSheet";
import { sheetLocale } from "../../sheets/leads/leadWords";
import type { ReadOptions, SheetRead } from "../../sheets/readRows";
import { readSettings, type SettingEntry, type Settings } from "../../sheets/settings";
import { sheetKindDef, type Locale, type SheetKind } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";

/** A sheet read by a leads job: its block (formats, tables) and its rows. */
export interface LeadsSheet<T> {
  block: SheetBlock;
  read: SheetRead<T>;
}

/** What the leads jobs know of the workbook. */
export interface LeadsWorkbook {
  sheets: SheetInfo[];
  settings: Settings;
  /** The Settings sheet's name, or null (defaults apply). */
  settingsSheet: string | null;
  settingEntries: SettingEntry[];
  readOptions: ReadOptions;
  team: LeadsSheet<TeamMember> | null;
  leads: LeadsSheet<Lead> | null;
  accounts: LeadsSheet<Account> | null;
  /** The language of the Leads sheet's words (its headers; else Settings; else the job's). */
  words: Locale;
  /** The language of the sheets the jobs generate (Settings; else the Leads sheet's; else the job's). */
  locale: Locale;
  /** Issues of Settings, Team, Leads and Accounts. */
  issues: Issue[];
  counts: RowCounts;
}

/**
 * Reads Settings, Team, Leads and Accounts; each may be missing (null). A sheet whose required
 * column is missing stops the job with AppError("MISSING_COLUMN") naming it.
 *
 * @example const wb = await readLeadsWorkbook(port); wb.leads?.read.rows.length // 1580
 */
export async function readLeadsWorkbook(
  port: WorkbookPort,
  options?: JobOptions
): Promise<LeadsWorkbook> {
  const sheets = await port.listSheets();
  const issues: Issue[] = [];
  let counts: RowCounts = { read: 0, used: 0, skipped: 0 };
  const settingsInfo = findSheet("settings", sheets);
  const settingsRead = readSettings(
    settingsInfo ? await port.readSheet(settingsInfo.name, options) : null
  );
  issues.push(...settingsRead.issues);
  const settings = settingsRead.settings;
  const readOptions: ReadOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };
  const sheet = async <T>(
    kind: SheetKind,
    reader: (b: SheetBlock, o: ReadOptions) => SheetRead<T>
  ): Promise<LeadsSheet<T> | null> => {
    throwIfCancelled(options);
    const info = findSheet(kind, sheets);
    if (!info) return null;
    options?.onProgress?.({ done: 0, total: 1, label: `Reading ${info.name}` });
    const block = await port.readSheet(info.name, options);
    const read = reader(block, readOptions);
    issues.push(...read.issues);
    counts = addCounts(counts, read.counts);
    return { block, read };
  };
  const team = await sheet("team", readTeam);
  const leads = await sheet("leads", readLeads);
  const accounts = await sheet("accounts", readAccounts);

  const lvLeads = leads !== null && isLatvianName("leads", leads.read.sheet);
  const fallback = settings.locale ?? (lvLeads ? "lv" : (options?.locale ?? "en"));
  const words =
    leads && leads.read.headerRow !== null ? sheetLocale(leads.read, fallback) : fallback;
  return {
    sheets,
    settings,
    settingsSheet: settingsInfo?.name ?? null,
    settingEntries: settingsRead.entries,
    readOptions,
    team,
    leads,
    accounts,
    words,
    locale: settings.locale ?? words,
    issues,
    counts,
  };
}

function isLatvianName(kind: SheetKind, name: string): boolean {
  const def = sheetKindDef(kind);
  const key = normalizeKey(name);
  return def.names.some((n) => normalizeKey(n) === key) && normalizeKey(def.title.en) !== key;
}

/** Statuses of leads that are closed: never assigned, called or overdue. */
export const CLOSED_STATUSES: ReadonlySet<LeadStatus> = new Set(["Not interested", "Disqualified"]);

/** True when a lead is still open (not Not interested or Disqualified). */
export function isOpenLead(lead: Pick<Lead, "status">): boolean {
  return lead.status === null || !CLOSED_STATUSES.has(lead.status);
}

/** The Team as assignment sees it. */
export function assignableTeam(wb: LeadsWorkbook): AssignableMember[] {
  return (wb.team?.read.rows ?? []).map((m) => ({
    name: m.name,
    role: m.role,
    active: m.active,
    weight: m.weight,
    awayUntil: m.awayUntil,
    region: m.region,
  }));
}

/** Open leads per owner (as written), which territory assignment balances against. */
export function openLoads(leads: readonly Lead[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const lead of leads) {
    if (lead.owner === null || !isOpenLead(lead)) continue;
    const key = lead.owner.trim();
    loads.set(key, (loads.get(key) ?? 0) + 1);
  }
  return loads;
}

/** The keys of an existing lead (its values normalized the way an import's are). */
export function existingLeadKeys(lead: Lead): LeadKeys {
  return leadKeys(
    normalizeLead({
      company: lead.company,
      regNo: lead.regNo,
      vatNo: lead.vatNo,
      contact: lead.contact,
      title: lead.title,
      email: lead.email,
      phone: null,
      website: lead.website,
      country: lead.country,
      city: lead.city,
      industry: lead.industry,
      employees: null,
      source: null,
      booth: null,
    }).identity
  );
}

/** An account an incoming lead may be: its row, name and owner. */
export interface AccountRef {
  row: number;
  account: string;
  owner: string | null;
}

/** Every Account by its keys (name, registration and VAT numbers). */
export function accountIndex(accounts: readonly Account[]): LeadIndex<AccountRef> {
  const index = new LeadIndex<AccountRef>();
  for (const a of accounts) {
    const normalized = normalizeLead({
      company: a.account,
      regNo: a.regNo,
      vatNo: a.vatNo,
      contact: null,
      title: null,
      email: null,
      phone: null,
      website: null,
      country: a.country,
      city: a.city,
      industry: a.industry,
      employees: null,
      source: null,
      booth: null,
    });
    index.add(leadKeys(normalized.identity), { row: a.row, account: a.account, owner: a.owner });
  }
  return index;
}

/**
 * The number after `L-` of the highest Lead ID in the sheet (0 when none).
 * @example highestLeadNumber([{ id: "L-00041" }, { id: "x" }]) === 41
 */
export function highestLeadNumber(leads: readonly Pick<Lead, "id">[]): number {
  let max = 0;
  for (const l of leads) {
    const m = /^L-?(\d+)$/iu.exec(l.id?.trim() ?? "");
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** A Lead ID from its number. @example leadId(42) === "L-00042" */
export function leadId(n: number): string {
  return `L-${String(n).padStart(5, "0")}`;
}
