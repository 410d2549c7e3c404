/**
 * The Latvian pack's check of the numbers printed on a quote (SPEC §4): the seller's and the
 * buyer's registration and PVN numbers, with their check digits. A wrong number is an issue
 * with a clear message; it never stops a draft.
 */
import type { Issue } from "../../core/issue";
import { checkLvRegNo, checkLvVatNo } from "../../core/latvia/registrationNumber";
import type { Account } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { QuoteContext } from "./quoteContext";

const LATVIA = new Set(["lv", "lva", "latvia", "latvija", "republicoflatvia", "latvijasrepublika"]);

/** Latvian registration numbers are checked for Latvian accounts (and those of no country). */
function isLatvian(account: Account): boolean {
  return account.country === null || LATVIA.has(normalizeKey(account.country));
}

/**
 * Issues for the seller's (Settings) and the customer's (Accounts) registration and VAT numbers
 * that fail their check: each names the sheet, row and column, and says the quote goes on.
 *
 * @example latvianIdIssues(ctx, account) // [{ sheet: "Klienti", row: 7, column: "PVN nr.", value: "LV40003521601", problem: "LV40003521601: the check digit should be 0 — check the digits (the quote shows it as written)" }]
 */
export function latvianIdIssues(ctx: QuoteContext, account: Account | undefined): Issue[] {
  const issues: Issue[] = [];
  const note = " (the quote shows it as written)";
  const settingsSheet =
    ctx.settingEntries.find((e) => e.layout !== null)?.layout?.sheet ?? "Settings";
  const setting = (key: string, text: string, check: typeof checkLvRegNo): void => {
    if (text.trim() === "") return;
    const result = check(text);
    if (result.ok) return;
    const entry = ctx.settingEntries.find((e) => e.key === key);
    issues.push({
      sheet: settingsSheet,
      row: entry?.row ?? null,
      column: entry?.layout?.valueHeader ?? null,
      value: text,
      problem: `${entry?.label ?? key}: ${result.problem}${note}`,
    });
  };
  setting("Company registration no", ctx.settings.companyRegNo, checkLvRegNo);
  setting("Company VAT no", ctx.settings.companyVatNo, checkLvVatNo);

  if (account && ctx.accounts) {
    const read = ctx.accounts.read;
    const field = (
      key: "regNo" | "vatNo",
      text: string | null,
      check: typeof checkLvRegNo
    ): void => {
      if (text === null || text.trim() === "") return;
      const result = check(text);
      if (result.ok) return;
      issues.push({
        sheet: read.sheet,
        row: account.row,
        column: read.columns[key]?.header ?? null,
        value: text,
        problem: `${account.account}: ${result.problem}${note}`,
      });
    };
    if (isLatvian(account)) field("regNo", account.regNo, checkLvRegNo);
    field("vatNo", account.vatNo, checkLvVatNo);
  }
  return issues;
}
