import type { Account } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Accounts sheet (existing customers).
 * @example readAccounts(block, { dateOrder: "DMY" }).rows[0].account → "AS Latvijas Piens"
 */
export function readAccounts(block: SheetBlock, options: ReadOptions): SheetRead<Account> {
  return drainReadSteps(readAccountsSteps(block, options));
}

/** `readAccounts` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readAccountsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Account>, void> {
  return readRowsSteps(block, "accounts", options, (r) => ({
    row: r.row,
    account: requiredText(r, "account"),
    regNo: textOf(r, "regNo"),
    vatNo: textOf(r, "vatNo"),
    address: textOf(r, "address"),
    country: textOf(r, "country"),
    city: textOf(r, "city"),
    industry: textOf(r, "industry"),
    owner: textOf(r, "owner"),
    lastPurchase: textOf(r, "lastPurchase"),
  }));
}
