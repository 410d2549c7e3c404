/**
 * When a quote needs approval, why, by whom, and whether an earlier approval still covers a
 * revision (SPEC §4 Approval).
 */
import type { Cents } from "../model";
import { excelRound, formatMoney } from "../money";
import type { QuoteLineInput, QuoteTotals } from "./quoteMath";

/**
 * One approval level: the role approves quotes up to `upTo` gross (cents); null = any amount.
 *
 * @example { role: "Manager", upTo: 1_000_000 } // up to 10 000,00 €
 */
export interface ApprovalLevelRule {
  role: string;
  upTo: Cents | null;
}

/**
 * The approval rules of Settings. Levels in ascending order; the last one normally unlimited.
 *
 * @example { marginFloor: 0.15, defaultRepDiscount: 0.1, levels: [{ role: "Manager", upTo: 1_000_000 }, { role: "Director", upTo: null }] }
 */
export interface ApprovalRules {
  /** A quote whose margin (fraction) is below this needs approval. */
  marginFloor: number;
  /** A rep's discount limit (fraction) when their Team row gives none. */
  defaultRepDiscount: number;
  levels: readonly ApprovalLevelRule[];
}

/** Why a quote needs approval. */
export type ApprovalReasonCode =
  | "line-discount-over-max"
  | "quote-discount-over-limit"
  | "margin-under-floor"
  | "gross-over-limit";

/**
 * One reason a quote needs approval, with its figures and the text in English and Latvian.
 * `value` and `limit` are fractions (discounts, margin) or cents (gross).
 *
 * @example { code: "margin-under-floor", value: 0.08, limit: 0.15, lineIndex: null, sku: null,
 *   en: "Margin 8% is under the floor 15%", lv: "Marža 8 % ir zem minimālās 15 %" }
 */
export interface ApprovalReason {
  code: ApprovalReasonCode;
  /** 0-based index of the quote line, for line reasons; else null. */
  lineIndex: number | null;
  sku: string | null;
  value: number;
  limit: number;
  en: string;
  lv: string;
}

/**
 * The figures an approval is given for; a revision keeps the approval while it stays within them
 * (see {@link approvalCovers}). Fractions rounded to 6 decimals.
 *
 * @example { maxLineDiscountBySku: { "LAP-14": 0.25 }, quoteDiscount: 0.12, margin: 0.11, gross: 1_210_000 }
 */
export interface ApprovalFigures {
  /** Highest effective line discount per SKU (free-text lines have no SKU and are left out). */
  maxLineDiscountBySku: Record<string, number>;
  /** The overall discount the rep's limit is checked against (see {@link evaluateApproval}). */
  quoteDiscount: number;
  /** The quote's margin, null when its cost is not fully known. */
  margin: number | null;
  gross: Cents;
}

/**
 * An approval as recorded: who, in which role, when, and the figures approved.
 *
 * @example { by: "Anna Bērziņa", role: "Manager", at: "2026-07-03T10:15", ...figures }
 */
export interface ApprovalSnapshot extends ApprovalFigures {
  by: string;
  role: string;
  /** When it was approved: ISO date or date-time, as the register records it. */
  at: string;
}

/**
 * The result of {@link evaluateApproval}.
 *
 * @example { needed: true, level: "Director", reasons: [{ code: "gross-over-limit", … }], figures }
 */
export interface ApprovalEvaluation {
  needed: boolean;
  reasons: ApprovalReason[];
  /** The role whose approval is needed; null when none is. */
  level: string | null;
  figures: ApprovalFigures;
}

/** What {@link evaluateApproval} needs. */
export interface ApprovalInput {
  totals: QuoteTotals;
  lines: readonly QuoteLineInput[];
  /** The quote-level discount, fraction. */
  quoteDiscount: number;
  /** The rep's own limit (fraction); null = `rules.defaultRepDiscount`. */
  repMaxDiscount: number | null;
  rules: ApprovalRules;
}

/** Discounts entered as "15 %" can carry float noise; a limit is exceeded only beyond this. */
const EPSILON = 1e-9;

const ROLE_LV: Readonly<Record<string, { genitive: string; dative: string }>> = {
  manager: { genitive: "vadītāja", dative: "vadītājam" },
  director: { genitive: "direktora", dative: "direktoram" },
};

function roleLv(role: string): { genitive: string; dative: string } {
  return ROLE_LV[role.toLowerCase()] ?? { genitive: role, dative: role };
}

function percent(fraction: number, locale: "lv" | "en"): string {
  const value = excelRound(fraction * 100, 2);
  return locale === "lv" ? `${String(value).replace(".", ",")} %` : `${value}%`;
}

function fraction6(x: number): number {
  return excelRound(x, 6);
}

/**
 * A line's discount against its list price: 1 − (unit price / list price) × (1 − discount), so a
 * unit price overridden below the list price counts as discount too. Lines without a list
 * price (free text, or a list price of 0) use their discount as entered. Fraction, 6 decimals.
 *
 * @example effectiveLineDiscount({ ...line, listPrice: 10000, unitPrice: 9000, discount: 0.1 }) === 0.19
 */
export function effectiveLineDiscount(line: QuoteLineInput): number {
  if (line.listPrice === null || line.listPrice <= 0) return fraction6(line.discount);
  return fraction6(1 - (line.unitPrice / line.listPrice) * (1 - line.discount));
}

function rank(role: string, levels: readonly ApprovalLevelRule[]): number {
  const r = role.trim().toLowerCase();
  return levels.findIndex((l) => l.role.trim().toLowerCase() === r);
}

/**
 * The figures of a quote that approval rules look at: effective line discounts by SKU, the
 * overall discount, margin and gross (see {@link evaluateApproval}).
 *
 * @example approvalFigures(totals, lines, 0.05).gross === totals.gross
 */
export function approvalFigures(
  totals: QuoteTotals,
  lines: readonly QuoteLineInput[],
  quoteDiscount: number
): ApprovalFigures {
  const maxLineDiscountBySku: Record<string, number> = {};
  for (const line of lines) {
    if (line.sku === null) continue;
    const d = effectiveLineDiscount(line);
    const seen = maxLineDiscountBySku[line.sku];
    if (seen === undefined || d > seen) maxLineDiscountBySku[line.sku] = d;
  }
  // Σ list-price value of the counted lines (unit price where there is no list price).
  let listValue = 0;
  for (const line of lines) {
    if (!line.optional) listValue += line.qty * (line.listPrice ?? line.unitPrice);
  }
  const overall = listValue > 0 ? 1 - totals.net / listValue : quoteDiscount;
  return {
    maxLineDiscountBySku,
    quoteDiscount: fraction6(Math.max(quoteDiscount, overall)),
    margin: totals.costKnown && totals.margin !== null ? fraction6(totals.margin) : null,
    gross: totals.gross,
  };
}

/**
 * Decides whether a quote needs approval and by whom (SPEC §4). Reasons:
 * - `line-discount-over-max`, per line (optional lines too, they are offered): the line's
 *   {@link effectiveLineDiscount} exceeds the product's max discount;
 * - `quote-discount-over-limit`: the overall discount exceeds the rep's limit (`repMaxDiscount`,
 *   else `rules.defaultRepDiscount`). The overall discount is the larger of the quote-level
 *   discount and the effective one, 1 − net / Σ(qty × list price) over counted lines, so line
 *   discounts and lowered unit prices count too;
 * - `margin-under-floor`: margin below `rules.marginFloor`, only when every counted line's cost
 *   is known;
 * - `gross-over-limit`: gross above the first level's limit; the level that covers the gross
 *   must approve (e.g. above 10 000 € a Director).
 * `level` is the lowest level whose limit covers the gross — at least the first level (e.g.
 * Manager) whenever any reason exists; null when no approval is needed. Throws RangeError when
 * `rules.levels` is empty.
 *
 * @example evaluateApproval({ totals, lines, quoteDiscount: 0.12, repMaxDiscount: 0.1, rules })
 * // { needed: true, level: "Manager", reasons: [{ code: "quote-discount-over-limit", value: 0.12, limit: 0.1, … }], … }
 */
export function evaluateApproval(input: ApprovalInput): ApprovalEvaluation {
  const { totals, lines, rules } = input;
  const levels = rules.levels;
  const first = levels[0];
  if (first === undefined) throw new RangeError("Approval rules: no approval level is set");
  const figures = approvalFigures(totals, lines, input.quoteDiscount);
  const reasons: ApprovalReason[] = [];

  lines.forEach((line, i) => {
    if (line.maxDiscount === null) return;
    const d = effectiveLineDiscount(line);
    if (d <= line.maxDiscount + EPSILON) return;
    const what = line.sku ?? line.description;
    reasons.push({
      code: "line-discount-over-max",
      lineIndex: i,
      sku: line.sku,
      value: d,
      limit: line.maxDiscount,
      en: `Line ${i + 1} (${what}): discount ${percent(d, "en")} is over the product's maximum ${percent(line.maxDiscount, "en")}`,
      lv: `Rinda ${i + 1} (${what}): atlaide ${percent(d, "lv")} pārsniedz produkta maksimālo atlaidi ${percent(line.maxDiscount, "lv")}`,
    });
  });

  const repLimit = input.repMaxDiscount ?? rules.defaultRepDiscount;
  if (figures.quoteDiscount > repLimit + EPSILON) {
    const d = figures.quoteDiscount;
    reasons.push({
      code: "quote-discount-over-limit",
      lineIndex: null,
      sku: null,
      value: d,
      limit: repLimit,
      en: `Overall discount ${percent(d, "en")} is over the rep's limit ${percent(repLimit, "en")}`,
      lv: `Kopējā atlaide ${percent(d, "lv")} pārsniedz pārdevēja limitu ${percent(repLimit, "lv")}`,
    });
  }

  if (figures.margin !== null && figures.margin < rules.marginFloor - EPSILON) {
    const m = figures.margin;
    reasons.push({
      code: "margin-under-floor",
      lineIndex: null,
      sku: null,
      value: m,
      limit: rules.marginFloor,
      en: `Margin ${percent(m, "en")} is under the floor ${percent(rules.marginFloor, "en")}`,
      lv: `Marža ${percent(m, "lv")} ir zem minimālās ${percent(rules.marginFloor, "lv")}`,
    });
  }

  let covering = levels.findIndex((l) => l.upTo === null || totals.gross <= l.upTo);
  if (covering < 0) covering = levels.length - 1;
  if (covering > 0) {
    const below = levels[covering - 1] ?? first;
    const limit = below.upTo ?? 0;
    const approver = levels[covering] ?? first;
    reasons.push({
      code: "gross-over-limit",
      lineIndex: null,
      sku: null,
      value: totals.gross,
      limit,
      en: `Gross ${formatMoney(totals.gross, "en")} is over the ${below.role}'s limit ${formatMoney(limit, "en")}: a ${approver.role} must approve`,
      lv: `Summa ar PVN ${formatMoney(totals.gross, "lv")} pārsniedz ${roleLv(below.role).genitive} limitu ${formatMoney(limit, "lv")}: jāapstiprina ${roleLv(approver.role).dative}`,
    });
  }

  const needed = reasons.length > 0;
  return {
    needed,
    reasons,
    level: needed ? (levels[covering] ?? first).role : null,
    figures,
  };
}

/**
 * True when someone in `role` may approve at `level`: the same level or a higher one (a
 * Director may approve what needs a Manager). Order from `levels` when given, else
 * Manager < Director. Roles compare without case; a role not among the levels (Rep, Support)
 * approves nothing.
 *
 * @example canApprove("Director", "Manager") === true; canApprove("Manager", "Director") === false
 */
export function canApprove(
  role: string,
  level: string,
  levels: readonly ApprovalLevelRule[] = [
    { role: "Manager", upTo: null },
    { role: "Director", upTo: null },
  ]
): boolean {
  const r = rank(role, levels);
  const l = rank(level, levels);
  return r >= 0 && l >= 0 && r >= l;
}

/**
 * An approval from its figures and who gave it.
 *
 * @example approvalSnapshot({ by: "Anna", role: "Manager", at: "2026-07-03" }, evaluation.figures)
 */
export function approvalSnapshot(
  who: { by: string; role: string; at: string },
  figures: ApprovalFigures
): ApprovalSnapshot {
  return {
    by: who.by,
    role: who.role,
    at: who.at,
    maxLineDiscountBySku: { ...figures.maxLineDiscountBySku },
    quoteDiscount: figures.quoteDiscount,
    margin: figures.margin,
    gross: figures.gross,
  };
}

/**
 * True when an earlier approval still covers a revision (SPEC §4: a revision whose changes stay
 * within limits keeps the approval). Every reason the revision has must stay within what was
 * approved: a line discount over its max no higher than the approved discount of that SKU
 * (a free-text line has nothing to compare with), the overall discount no higher, the margin
 * no lower, the gross not above the approver's level limit; and the approver's role must be
 * able to approve the revision's level. Anything within the rules' own limits needs no cover:
 * a revision that needs no approval is covered.
 *
 * @example approvalCovers(snapshot, evaluateApproval({ ...revision }), rules.levels) // false when a discount grew
 */
export function approvalCovers(
  approved: ApprovalSnapshot,
  next: ApprovalEvaluation,
  levels: readonly ApprovalLevelRule[]
): boolean {
  if (!next.needed || next.level === null) return true;
  if (!canApprove(approved.role, next.level, levels)) return false;
  return next.reasons.every((reason) => {
    switch (reason.code) {
      case "line-discount-over-max": {
        const was = reason.sku === null ? undefined : approved.maxLineDiscountBySku[reason.sku];
        return was !== undefined && reason.value <= was + EPSILON;
      }
      case "quote-discount-over-limit":
        return reason.value <= approved.quoteDiscount + EPSILON;
      case "margin-under-floor":
        return approved.margin !== null && reason.value >= approved.margin - EPSILON;
      case "gross-over-limit": {
        const own = levels[rank(approved.role, levels)];
        return own !== undefined && (own.upTo === null || next.figures.gross <= own.upTo);
      }
    }
  });
}
