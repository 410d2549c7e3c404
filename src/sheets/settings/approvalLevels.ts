/**
 * The `Approval levels` setting (SPEC §4): who approves a quote up to which gross amount.
 * Syntax: `Manager up to €10,000.00; Director above` — lv `Vadītājs līdz 10 000,00 €; Direktors virs`.
 */
import { cleanText } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import { parseRole } from "../choiceValues";
import type { Locale } from "../sheetKinds";
import { amountText, listItems, quote, readAmount } from "./settingSyntax";
import type { ApprovalLevel, ApproverRole } from "./settingTypes";

/** Manager up to 10 000 €, Director above. */
export const DEFAULT_APPROVAL_LEVELS: readonly ApprovalLevel[] = [
  { role: "Manager", upTo: 1_000_000 },
  { role: "Director", upTo: null },
];

const EXAMPLE = "e.g. Manager up to 10 000 €; Director above";
const ROLE_WORDS: Record<Locale, Record<ApproverRole, string>> = {
  en: { Manager: "Manager", Director: "Director" },
  lv: { Manager: "Vadītājs", Director: "Direktors" },
};
const LIMITED = /^(.+?)\s+(?:up\s+to|until|līdz|<=|≤)\s+(.+)$/iu;
const UNLIMITED =
  /^(.+?)(?:\s+(?:and\s+above|above|over|any\s+amount|virs\s+tā|virs|vairāk|\*))?$/iu;

function approverRole(text: string, where: string): Parsed<ApproverRole> {
  const role = parseRole(text);
  if (!role.ok) return fail(`${where}: ${quote(text)} is not a role — use Manager or Director`);
  if (role.value !== "Manager" && role.value !== "Director") {
    return fail(`${where}: a ${role.value} cannot approve quotes — use Manager or Director`);
  }
  return ok(role.value);
}

/**
 * Reads the approval levels: one or more `Role up to amount` in ascending amounts, then the last
 * level without a limit (`Role above`). Roles: Manager or Director (Latvian words accepted).
 *
 * @example parseApprovalLevels("Manager up to 10 000 €; Director above") → ok DEFAULT_APPROVAL_LEVELS
 */
export function parseApprovalLevels(text: string): Parsed<ApprovalLevel[]> {
  const items = listItems(text);
  if (items.length === 0) return fail(`no level given — ${EXAMPLE}`);
  const levels: ApprovalLevel[] = [];
  for (const [index, item] of items.entries()) {
    const where = `item ${index + 1} ${quote(item)}`;
    const limited = LIMITED.exec(item);
    const unlimited = limited ? null : UNLIMITED.exec(item);
    const roleText = cleanText((limited ?? unlimited)?.[1] ?? item);
    const role = approverRole(roleText, where);
    if (!role.ok) return role;
    let upTo: number | null = null;
    if (limited) {
      const amount = readAmount(limited[2] ?? "");
      if (!amount.ok) return fail(`${where}: ${amount.problem}`);
      upTo = amount.value;
    }
    const previous = levels[levels.length - 1];
    if (previous && previous.upTo === null) {
      return fail(`${where}: only the last level may be unlimited — ${EXAMPLE}`);
    }
    if (previous && upTo !== null && previous.upTo !== null && upTo <= previous.upTo) {
      return fail(`${where}: the amounts must grow from level to level — ${EXAMPLE}`);
    }
    if (levels.some((l) => l.role === role.value)) {
      return fail(`${where}: ${role.value} is listed twice — ${EXAMPLE}`);
    }
    levels.push({ role: role.value, upTo });
  }
  if (levels[levels.length - 1]?.upTo !== null) {
    return fail(`the last level must approve any amount (write "Director above") — ${EXAMPLE}`);
  }
  return ok(levels);
}

/**
 * The approval levels as text in a locale; `parseApprovalLevels` reads it back.
 * @example formatApprovalLevels(DEFAULT_APPROVAL_LEVELS, "lv", "EUR") → "Vadītājs līdz 10 000,00 €; Direktors virs"
 */
export function formatApprovalLevels(
  levels: readonly ApprovalLevel[],
  locale: Locale,
  currency: string
): string {
  return levels
    .map((l) => {
      const role = ROLE_WORDS[locale][l.role];
      if (l.upTo === null) return `${role} ${locale === "lv" ? "virs" : "above"}`;
      return `${role} ${locale === "lv" ? "līdz" : "up to"} ${amountText(l.upTo, locale, currency)}`;
    })
    .join("; ");
}
