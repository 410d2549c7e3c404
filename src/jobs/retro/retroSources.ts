/**
 * Everything a retrospective reads, in one pass through the port (SPEC §6): Settings, Deals,
 * Meetings, Actuals and the Quotes / Quote lines registers, with every row accounted for.
 */
import { AppError } from "../../core/appError";
import { addCounts, type Issue, type RowCounts } from "../../core/issue";
import type { Actual, Deal, IsoDate, Meeting } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { findSheet } from "../../sheets/findSheet";
import { readQuoteRegister, type RegisterQuote } from "../../sheets/quotes/readQuoteRegister";
import { readKind } from "../../sheets/readEntities";
import type { ReadOptions, SheetRead } from "../../sheets/readRows";
import { readSettings, type Settings } from "../../sheets/settings";
import { sheetKindDef, type Locale, type SheetKind } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";

/** What a retrospective knows of the workbook. Money in cents, dates ISO. */
export interface RetroSources {
  /** The workbook's sheets as listed before anything was written. */
  sheets: SheetInfo[];
  settings: Settings;
  readOptions: ReadOptions;
  /** The locale of the sheets written: Settings, else the job's locale, else English. */
  locale: Locale;
  deals: SheetRead<Deal>;
  /** Empty when the workbook has no Meetings sheet. */
  meetings: Meeting[];
  /** Empty when the workbook has no Actuals sheet. */
  actuals: Actual[];
  /** Every quote and revision of the registers, with its lines (empty without registers). */
  quotes: RegisterQuote[];
  /** The input sheets read, in reading order (the footer's "from"). */
  sourceNames: string[];
  /** Issues of every sheet read, Settings first. */
  issues: Issue[];
  /** Rows of every sheet read: read = used + skipped. */
  counts: RowCounts;
}

/** Which sheets to read besides Settings and Deals. */
export interface RetroSourceSelection {
  meetings: boolean;
  actuals: boolean;
  quotes: boolean;
}

const ALL: RetroSourceSelection = { meetings: true, actuals: true, quotes: true };

/**
 * Reads what a retrospective needs. Deals must exist (AppError MISSING_SHEET naming the sheet
 * names it is found by); Meetings, Actuals and the registers may be missing (read as empty).
 * `today` decides which open quotes count as Expired.
 *
 * @example const src = await readRetroSources(port, "2026-07-05"); src.deals.rows.length
 */
export async function readRetroSources(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions,
  select: RetroSourceSelection = ALL
): Promise<RetroSources> {
  const sheets = await port.listSheets();
  const issues: Issue[] = [];
  let counts: RowCounts = { read: 0, used: 0, skipped: 0 };
  const sourceNames: string[] = [];
  const total = 2 + Number(select.meetings) + Number(select.actuals) + 2 * Number(select.quotes);
  let done = 0;

  const block = async (kind: SheetKind): Promise<SheetBlock | null> => {
    throwIfCancelled(options);
    const info = findSheet(kind, sheets);
    if (!info) return null;
    options?.onProgress?.({ done: done++, total, label: `Reading ${info.name}` });
    const read = await port.readSheet(info.name, options);
    if (kind !== "settings") sourceNames.push(info.name);
    return read;
  };

  const settingsRead = readSettings(await block("settings"));
  issues.push(...settingsRead.issues);
  const settings = settingsRead.settings;
  const readOptions: ReadOptions = {
    mappings: settings.mappings,
    dateOrder: settings.dateOrder,
    fiscalStartMonth: settings.fiscalYearStartMonth,
  };
  const take = <T>(read: SheetRead<T>): SheetRead<T> => {
    issues.push(...read.issues);
    counts = addCounts(counts, read.counts);
    return read;
  };

  const dealsBlock = await block("deals");
  if (!dealsBlock) {
    const def = sheetKindDef("deals");
    throw new AppError(
      "MISSING_SHEET",
      `No ${def.title.en} sheet: add a sheet named ${def.names.join(" or ")}.`
    );
  }
  const deals = take(readKind("deals", dealsBlock, readOptions));

  let meetings: Meeting[] = [];
  if (select.meetings) {
    const b = await block("meetings");
    if (b) meetings = take(readKind("meetings", b, readOptions)).rows;
  }
  let actuals: Actual[] = [];
  if (select.actuals) {
    const b = await block("actuals");
    if (b) actuals = take(readKind("actuals", b, readOptions)).rows;
  }
  let quotes: RegisterQuote[] = [];
  if (select.quotes) {
    const quotesBlock = await block("quotes");
    const linesBlock = await block("quoteLines");
    const register = readQuoteRegister(quotesBlock, linesBlock, readOptions, today);
    issues.push(...register.issues);
    counts = addCounts(counts, register.counts);
    quotes = register.quotes;
  }
  options?.onProgress?.({ done: total, total, label: "Read" });

  return {
    sheets,
    settings,
    readOptions,
    locale: settings.locale ?? options?.locale ?? "en",
    deals,
    meetings,
    actuals,
    quotes,
    sourceNames,
    issues,
    counts,
  };
}

/**
 * The deal with this ID (trimmed; case, spacing and punctuation ignored). Throws
 * AppError("BAD_INPUT") naming the deal and the sheet when there is none.
 *
 * @example findRetroDeal(src.deals, " d-1042 ").id === "D-1042"
 */
export function findRetroDeal(deals: SheetRead<Deal>, id: string): Deal {
  const key = normalizeKey(id);
  const deal = key === "" ? undefined : deals.rows.find((d) => normalizeKey(d.id) === key);
  if (!deal) throw new AppError("BAD_INPUT", `${deals.sheet}: no deal "${id.trim()}".`);
  return deal;
}
