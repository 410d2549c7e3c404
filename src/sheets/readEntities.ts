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
import { readAccountsSteps } from "./entities/readAccounts";
import { readActualsSteps } from "./entities/readActuals";
import { readDealsSteps } from "./entities/readDeals";
import { readLeadsSteps } from "./entities/readLeads";
import { readMeetingsSteps } from "./entities/readMeetings";
import { readProductsSteps } from "./entities/readProducts";
import { readTargetsSteps } from "./entities/readTargets";
import { readTeamSteps } from "./entities/readTeam";
import type { FieldRow } from "./fieldRow";
import { drainReadSteps, readRowsSteps } from "./readRows";
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

type StepReader<K extends SheetKind> = (
  block: SheetBlock,
  options: ReadOptions
) => Generator<number, SheetRead<KindRows[K]>, void>;

const READERS: { [K in SheetKind]: StepReader<K> } = {
  settings: (block, options) => readRowsSteps(block, "settings", options, (row) => row),
  team: readTeamSteps,
  leads: readLeadsSteps,
  accounts: readAccountsSteps,
  deals: readDealsSteps,
  products: readProductsSteps,
  targets: readTargetsSteps,
  meetings: readMeetingsSteps,
  quotes: (block, options) => readRowsSteps(block, "quotes", options, (row) => row),
  quoteLines: (block, options) => readRowsSteps(block, "quoteLines", options, (row) => row),
  actuals: readActualsSteps,
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
  return drainReadSteps(readKindSteps(kind, block, options));
}

/**
 * `readKind` in steps of rows: pauses after every `ROWS_PER_STEP` rows so a caller can yield
 * to the UI, report progress and cancel (see `jobs/readSheetInSteps`).
 */
export function readKindSteps<K extends SheetKind>(
  kind: K,
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<KindRows[K]>, void> {
  const reader: StepReader<K> = READERS[kind];
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
