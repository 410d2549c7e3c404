/**
 * Everything a quote job reads, in one pass through the port: Settings, Deals, Products, Team,
 * Accounts and the Quotes / Quote lines registers, with every row accounted for.
 */
import { AppError } from "../../core/appError";
import { addCounts, type Issue, type RowCounts } from "../../core/issue";
import type { Account, Deal, IsoDate, Product, TeamMember } from "../../core/model";
import { excelRound } from "../../core/money";
import { normalizeKey, sameName } from "../../core/normalizeText";
import type { ApprovalRules } from "../../core/quotes/approval";
import type { SheetBlock, SheetInfo, WorkbookPort } from "../../host/port";
import { readAccounts } from "../../sheets/entities/readAccounts";
import { readDeals } from "../../sheets/entities/readDeals";
import { readProducts } from "../../sheets/entities/readProducts";
import { readTeam } from "../../sheets/entities/readTeam";
import { findSheet } from "../../sheets/findSheet";
import { readQuoteRegister, type QuoteRegister } from "../../sheets/quotes/readQuoteRegister";
import type { ReadOptions, SheetRead } from "../../sheets/readRows";
import { readSettings, vatRateOn, type SettingEntry, type Settings } from "../../sheets/settings";
import { sheetKindDef, type Locale, type SheetKind } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";

/** A sheet read for a quote job: its block (for cell formats and tables) and its rows. */
export interface ReadSheet<T> {
  block: SheetBlock;
  read: SheetRead<T>;
}

/** What a quote job knows of the workbook. */
export interface QuoteContext {
  sheets: SheetInfo[];
  settings: Settings;
  /** Each setting as the Settings sheet states it (for issues naming its row). */
  settingEntries: SettingEntry[];
  readOptions: ReadOptions;
  /** True when the workbook counts dates from 1904. */
  date1904: boolean;
  deals: ReadSheet<Deal>;
  products: ReadSheet<Product> | null;
  team: ReadSheet<TeamMember> | null;
  accounts: ReadSheet<Account> | null;
  register: QuoteRegister;
  quotesBlock: SheetBlock | null;
  linesBlock: SheetBlock | null;
  /** Issues of every sheet read (Settings first). */
  issues: Issue[];
  /** Rows of every sheet read: read = used + skipped. */
  counts: RowCounts;
}

function missingSheet(kind: SheetKind): AppError {
  const def = sheetKindDef(kind);
  return new AppError(
    "MISSING_SHEET",
    `No ${def.title.en} sheet: add a sheet named ${def.names.join(" or ")}.`
  );
}

/**
 * Reads what quote jobs need. Deals must exist (AppError MISSING_SHEET); Products, Team,
 * Accounts and the registers may be missing (null; the registers then read as empty).
 *
 * @example const ctx = await readQuoteContext(port, "2026-07-03"); ctx.deals.read.rows.length
 */
export async function readQuoteContext(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions
): Promise<QuoteContext> {
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

  const block = async (kind: SheetKind): Promise<SheetBlock | null> => {
    throwIfCancelled(options);
    const info = findSheet(kind, sheets);
    return info ? port.readSheet(info.name, options) : null;
  };
  const take = <T>(read: SheetRead<T>): SheetRead<T> => {
    issues.push(...read.issues);
    counts = addCounts(counts, read.counts);
    return read;
  };
  const sheet = async <T>(
    kind: SheetKind,
    reader: (b: SheetBlock, o: ReadOptions) => SheetRead<T>
  ): Promise<ReadSheet<T> | null> => {
    const b = await block(kind);
    return b ? { block: b, read: take(reader(b, readOptions)) } : null;
  };

  const deals = await sheet("deals", readDeals);
  if (!deals) throw missingSheet("deals");
  const products = await sheet("products", readProducts);
  const team = await sheet("team", readTeam);
  const accounts = await sheet("accounts", readAccounts);
  const quotesBlock = await block("quotes");
  const linesBlock = await block("quoteLines");
  const register = readQuoteRegister(quotesBlock, linesBlock, readOptions, today);
  issues.push(...register.issues);
  counts = addCounts(counts, register.counts);

  return {
    sheets,
    settings,
    settingEntries: settingsRead.entries,
    readOptions,
    date1904: deals.block.date1904,
    deals,
    products,
    team,
    accounts,
    register,
    quotesBlock,
    linesBlock,
    issues,
    counts,
  };
}

/**
 * The deal with this ID (trimmed, case-insensitive). Throws AppError naming the deal when the
 * Deals sheet has no such row.
 *
 * @example findDeal(ctx, "d-1042").id === "D-1042"
 */
export function findDeal(ctx: QuoteContext, id: string): Deal {
  const key = normalizeKey(id);
  const deal = ctx.deals.read.rows.find((d) => normalizeKey(d.id) === key);
  if (!deal) {
    throw new AppError("BAD_INPUT", `${ctx.deals.read.sheet}: no deal "${id.trim()}".`);
  }
  return deal;
}

/**
 * A product by SKU, else by name (trimmed, case-insensitive); undefined when none matches.
 *
 * @example findProduct(ctx.products.read.rows, " hw-1004 ")?.sku === "HW-1004"
 */
export function findProduct(products: readonly Product[], key: string): Product | undefined {
  const wanted = key.trim();
  return (
    products.find((p) => sameName(p.sku, wanted)) ?? products.find((p) => sameName(p.name, wanted))
  );
}

/** The Team row of a person (trimmed, case-insensitive), or undefined. */
export function findMember(ctx: QuoteContext, name: string): TeamMember | undefined {
  return ctx.team?.read.rows.find((m) => sameName(m.name, name));
}

/** The Accounts row of a customer (trimmed, case-insensitive), or undefined. */
export function findAccount(ctx: QuoteContext, name: string): Account | undefined {
  return ctx.accounts?.read.rows.find((a) => sameName(a.account, name));
}

/**
 * The approval rules of Settings as the quote engine takes them.
 *
 * @example approvalRules(settings).levels[0].role === "Manager"
 */
export function approvalRules(settings: Settings): ApprovalRules {
  return {
    marginFloor: settings.marginFloor,
    defaultRepDiscount: settings.defaultDiscountLimit,
    levels: settings.approvalLevels,
  };
}

/**
 * A VAT rate as quotes use it: rounded to 6 decimals, so `21 %` read from text and 0.21 are one
 * rate and the sheet's SUMIF groups exactly what the engine groups.
 *
 * @example quoteVatRate(0.21000000000000002) === 0.21
 */
export function quoteVatRate(rate: number): number {
  return excelRound(rate, 6);
}

/**
 * The standard VAT rate on a date. Throws AppError("INVALID_SETTING") when Settings give none
 * for that date.
 *
 * @example standardVatRate(settings, "2026-07-03") === 0.21
 */
export function standardVatRate(settings: Settings, date: IsoDate): number {
  const rate = vatRateOn(settings.vatRates, settings.standardVatRate, date);
  if (rate === null) {
    throw new AppError(
      "INVALID_SETTING",
      `Settings: no VAT rate "${settings.standardVatRate}" is valid on ${date} — add one to VAT rates with a from-date on or before it.`
    );
  }
  return quoteVatRate(rate);
}

/**
 * The locale of generated quote sheets: an explicit choice, else Settings, else the job's
 * option, else English.
 *
 * @example quoteLocale(ctx, undefined, { locale: "lv" }) === "lv" // Settings say "host decides"
 */
export function quoteLocale(
  ctx: QuoteContext,
  wanted: Locale | undefined,
  options?: JobOptions
): Locale {
  return wanted ?? ctx.settings.locale ?? options?.locale ?? "en";
}

const LATVIAN_QUOTE_HEADERS = new Set(
  ["Piedāvājums", "Piedāvājuma nr.", "Piedāvājuma ID"].map((h) => normalizeKey(h))
);

/**
 * The language of the registers' words (statuses, yes/no, department statuses): that of an
 * existing register's Quote header, else Settings, else the Deals sheet's name (Darījumi → lv),
 * else the job's locale, else English. A quote's own sheets may speak another language.
 *
 * @example registerLocale(ctx) === "lv" // the Quotes sheet says "Piedāvājums"
 */
export function registerLocale(ctx: QuoteContext, options?: JobOptions): Locale {
  const header =
    ctx.register.quotesRead?.columns.quote?.header ?? ctx.register.linesRead?.columns.quote?.header;
  if (header !== undefined) return LATVIAN_QUOTE_HEADERS.has(normalizeKey(header)) ? "lv" : "en";
  if (ctx.settings.locale !== null) return ctx.settings.locale;
  const lvDeals = normalizeKey(sheetKindDef("deals").title.lv);
  if (normalizeKey(ctx.deals.read.sheet) === lvDeals) return "lv";
  return options?.locale ?? "en";
}
