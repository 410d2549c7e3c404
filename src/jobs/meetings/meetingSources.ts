/**
 * Everything a meetings job reads, in one pass through the port (SPEC §7): Settings, Meetings,
 * Team, and — when asked — Leads (contacts' e-mails) and Deals (Deal IDs), every row accounted for.
 */
import { addCounts, type Issue, type RowCounts } from "../../core/issue";
import type { Deal, Lead, Meeting, TeamMember } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { SHEET_FIELDS } from "../../sheets/fields";
import { findSheet } from "../../sheets/findSheet";
import { readKind, type KindRows } from "../../sheets/readEntities";
import type { ReadOptions, SheetRead } from "../../sheets/readRows";
import { readSettings, type Settings } from "../../sheets/settings";
import type { Locale, SheetKind } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";

/** A sheet read for a meetings job: its block (cell formats, tables) and its rows. */
export interface ReadMeetingSheet<T> {
  block: SheetBlock;
  read: SheetRead<T>;
}

/** What a meetings job knows of the workbook. */
export interface MeetingSources {
  /** The workbook's sheets as listed before anything was written. */
  sheets: SheetInfo[];
  settings: Settings;
  readOptions: ReadOptions;
  /** The locale of the sheets written: Settings, else the job's locale, else English. */
  locale: Locale;
  /** Null when the workbook has no Meetings sheet. */
  meetings: ReadMeetingSheet<Meeting> | null;
  team: ReadMeetingSheet<TeamMember> | null;
  leads: ReadMeetingSheet<Lead> | null;
  deals: ReadMeetingSheet<Deal> | null;
  /** True when the workbook counts dates from 1904. */
  date1904: boolean;
  /** The input sheets read, in reading order (the footer's "from"). */
  sourceNames: string[];
  /** Issues of every sheet read, Settings first. */
  issues: Issue[];
  /** Rows of the sheets read (Settings aside): read = used + skipped. */
  counts: RowCounts;
}

/** Which sheets to read besides Settings, Meetings and Team. */
export interface MeetingSourceSelection {
  leads: boolean;
  deals: boolean;
}

/**
 * Reads what meetings jobs need. Every sheet may be missing (null); the job decides what it
 * cannot do without. `locale` is the Settings locale, else `options.locale`, else en.
 *
 * @example const src = await readMeetingSources(port, { leads: true, deals: false }); src.meetings?.read.rows.length
 */
export async function readMeetingSources(
  port: WorkbookPort,
  select: MeetingSourceSelection,
  options?: JobOptions
): Promise<MeetingSources> {
  const sheets = await port.listSheets();
  const issues: Issue[] = [];
  let counts: RowCounts = { read: 0, used: 0, skipped: 0 };
  const sourceNames: string[] = [];
  const kinds: SheetKind[] = ["settings", "meetings", "team"];
  if (select.leads) kinds.push("leads");
  if (select.deals) kinds.push("deals");
  let done = 0;

  const block = async (kind: SheetKind): Promise<SheetBlock | null> => {
    throwIfCancelled(options);
    const info = findSheet(kind, sheets);
    if (!info) return null;
    options?.onProgress?.({ done: done++, total: kinds.length + 1, label: `Reading ${info.name}` });
    const read = await port.readSheet(info.name, options);
    if (kind !== "settings") sourceNames.push(info.name);
    return read;
  };

  const settingsBlock = await block("settings");
  const settingsRead = readSettings(settingsBlock);
  issues.push(...settingsRead.issues);
  const settings = settingsRead.settings;
  const readOptions: ReadOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };
  const sheet = async <K extends "meetings" | "team" | "leads" | "deals">(
    kind: K
  ): Promise<ReadMeetingSheet<KindRows[K]> | null> => {
    const b = await block(kind);
    if (!b) return null;
    const read = readKind(kind, b, readOptions);
    issues.push(...read.issues);
    counts = addCounts(counts, read.counts);
    return { block: b, read };
  };

  const meetings = await sheet("meetings");
  const team = await sheet("team");
  const leads = select.leads ? await sheet("leads") : null;
  const deals = select.deals ? await sheet("deals") : null;
  return {
    sheets,
    settings,
    readOptions,
    locale: settings.locale ?? options?.locale ?? "en",
    meetings,
    team,
    leads,
    deals,
    date1904: (meetings ?? team)?.block.date1904 ?? settingsBlock?.date1904 ?? false,
    sourceNames,
    issues,
    counts,
  };
}

/**
 * The language a Meetings sheet is written in, judged by its headers: Latvian when more of its
 * columns carry the Latvian header than the English one; null when it cannot tell.
 *
 * @example headerLocale(read) === "lv" // headers Datums, Sākums, Ar, …
 */
export function headerLocale(read: SheetRead<unknown>): Locale | null {
  let lv = 0;
  let en = 0;
  for (const def of SHEET_FIELDS.meetings) {
    const header = read.columns[def.key]?.header;
    if (header === undefined) continue;
    if (normalizeKey(header) === normalizeKey(def.lv)) lv++;
    else if (normalizeKey(header) === normalizeKey(def.header)) en++;
  }
  return lv > en ? "lv" : en > lv ? "en" : null;
}
