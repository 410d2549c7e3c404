import type {
  Account,
  Actual,
  Deal,
  Lead,
  Meeting,
  Product,
  Target,
  TeamMember,
} from "../core/model";
import type { SheetBlock } from "../host/port";
import { readAccounts } from "./entities/readAccounts";
import { readActuals } from "./entities/readActuals";
import { readDeals } from "./entities/readDeals";
import { readLeads } from "./entities/readLeads";
import { readMeetings } from "./entities/readMeetings";
import { readProducts } from "./entities/readProducts";
import { readTargets } from "./entities/readTargets";
import { readTeam } from "./entities/readTeam";
import type { FieldRow } from "./fieldRow";
import { readFieldRows } from "./readRows";
import type { ReadOptions, SheetRead } from "./readRows";
import type { SheetKind } from "./sheetKinds";

/**
 * The row type each sheet kind reads into. The registers the add-in keeps (Quotes, Quote lines)
 * and Settings read as generic `FieldRow`s; their jobs give them meaning.
 */
export interface KindRows {
  settings: FieldRow;
  team: TeamMember;
  leads: Lead;
  accounts: Account;
  deals: Deal;
  products: Product;
  targets: Target;
  meetings: Meeting;
  quotes: FieldRow;
  quoteLines: FieldRow;
  actuals: Actual;
}

type Reader<K extends SheetKind> = (
  block: SheetBlock,
  options: ReadOptions
) => SheetRead<KindRows[K]>;

const READERS: { [K in SheetKind]: Reader<K> } = {
  settings: (block, options) => readFieldRows(block, "settings", options),
  team: readTeam,
  leads: readLeads,
  accounts: readAccounts,
  deals: readDeals,
  products: readProducts,
  targets: readTargets,
  meetings: readMeetings,
  quotes: (block, options) => readFieldRows(block, "quotes", options),
  quoteLines: (block, options) => readFieldRows(block, "quoteLines", options),
  actuals: readActuals,
};

/**
 * Reads a sheet of any kind into its typed rows (see `KindRows`).
 * Throws AppError("MISSING_COLUMN") when a required column is absent.
 *
 * @example readKind("deals", block, { dateOrder: "DMY" }).rows[0].stage → "Won"
 */
export function readKind<K extends SheetKind>(
  kind: K,
  block: SheetBlock,
  options: ReadOptions
): SheetRead<KindRows[K]> {
  const reader: Reader<K> = READERS[kind];
  return reader(block, options);
}

/**
 * The sheets `dealdesk check` reads and reports on, in this order. Settings is not among them:
 * it is read and validated by the settings reader, before the others (it holds the mappings and
 * the date order they are read with).
 */
export const CHECK_KINDS: readonly Exclude<SheetKind, "settings">[] = [
  "team",
  "leads",
  "accounts",
  "deals",
  "products",
  "targets",
  "meetings",
  "quotes",
  "quoteLines",
  "actuals",
];
