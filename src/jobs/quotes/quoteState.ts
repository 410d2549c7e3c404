/**
 * A quote as the register holds it, brought back to life: its lines as the engine takes them,
 * its totals, its approval evaluation and its department checklist — what approve, send and
 * the other actions decide on, and what a revision compares with.
 */
import type { Issue } from "../../core/issue";
import type { IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import {
  approvalFigures,
  approvalSnapshot,
  evaluateApproval,
  type ApprovalEvaluation,
  type ApprovalSnapshot,
} from "../../core/quotes/approval";
import { computeQuote, type QuoteLineInput } from "../../core/quotes/quoteMath";
import type { QuoteRevisionView } from "../../core/quotes/revisionDiff";
import { validUntil as validUntilOf } from "../../core/quotes/status";
import {
  departmentChecklist,
  type DepartmentLine,
  type DepartmentState,
} from "../../sheets/quotes/departmentStatus";
import type { QuoteDocument } from "../../sheets/quotes/quoteDocument";
import type { RegisterQuote } from "../../sheets/quotes/readQuoteRegister";
import type { LineDepartmentState } from "../../sheets/quotes/registerRows";
import {
  approvalRules,
  findMember,
  findProduct,
  quoteVatRate,
  standardVatRate,
  type QuoteContext,
} from "./quoteContext";

/**
 * The engine's lines of a register quote: quantities, prices, discounts, VAT rates and unit
 * costs as the register recorded them; list price and max discount from Products (by SKU).
 *
 * @example registerLines(ctx, quote, "2026-07-03")[0].listPrice // the product's list price
 */
export function registerLines(
  ctx: QuoteContext,
  quote: RegisterQuote,
  today: IsoDate
): QuoteLineInput[] {
  const products = ctx.products?.read.rows ?? [];
  return quote.lines.map((line) => {
    const product = line.sku === null ? undefined : findProduct(products, line.sku);
    return {
      sku: line.sku,
      description: line.description,
      department: line.department,
      qty: line.qty,
      unit: line.unit,
      unitPrice: line.unitPrice,
      listPrice: product?.listPrice ?? null,
      discount: line.discount,
      vatRate: quoteVatRate(line.vatRate ?? standardVatRate(ctx.settings, quote.date ?? today)),
      optional: line.optional,
      unitCost: line.unitCost ?? product?.unitCost ?? null,
      maxDiscount: product?.maxDiscount ?? null,
    };
  });
}

/**
 * The document of a register quote: its lines recomputed with the workbook's VAT rounding.
 *
 * @example registerDocument(ctx, quote, "2026-07-03").totals.gross
 */
export function registerDocument(
  ctx: QuoteContext,
  quote: RegisterQuote,
  today: IsoDate
): QuoteDocument {
  const lines = registerLines(ctx, quote, today);
  const vatRounding = ctx.settings.vatRounding;
  const date = quote.date ?? today;
  return {
    id: quote.id,
    dealId: quote.dealId ?? "",
    date,
    validUntil: quote.validUntil ?? validUntilOf(date, ctx.settings.quoteValidityDays),
    owner: quote.owner ?? "",
    status: quote.status,
    lines,
    quoteDiscount: quote.discount,
    vatRounding,
    totals: computeQuote({ lines, quoteDiscount: quote.discount, vatRounding }),
    currency: ctx.settings.currency,
  };
}

/**
 * The approval evaluation of a document: the rules of Settings, the owner's own discount limit
 * from Team (else the default). An owner missing from Team is reported.
 *
 * @example evaluateDocument(ctx, doc, issues).needed
 */
export function evaluateDocument(
  ctx: QuoteContext,
  doc: QuoteDocument,
  issues: Issue[]
): ApprovalEvaluation {
  const owner = doc.owner === "" ? undefined : findMember(ctx, doc.owner);
  if (doc.owner !== "" && !owner && ctx.team) {
    issues.push({
      sheet: ctx.team.read.sheet,
      row: null,
      column: null,
      value: doc.owner,
      problem: `${doc.owner} (the deal's owner) is not in ${ctx.team.read.sheet}: the default discount limit applies`,
    });
  }
  return evaluateApproval({
    totals: doc.totals,
    lines: doc.lines,
    quoteDiscount: doc.quoteDiscount,
    repMaxDiscount: owner?.maxDiscount ?? null,
    rules: approvalRules(ctx.settings),
  });
}

/**
 * The approval a register quote carries, as a snapshot of what was approved, or null when none
 * was recorded or the approver's role is unknown (not in Team).
 *
 * @example recordedApproval(ctx, previous, doc)?.role === "Manager"
 */
export function recordedApproval(
  ctx: QuoteContext,
  quote: RegisterQuote,
  doc: QuoteDocument
): ApprovalSnapshot | null {
  if (quote.approvedBy === null) return null;
  const approver = findMember(ctx, quote.approvedBy);
  if (!approver) return null;
  return approvalSnapshot(
    { by: approver.name, role: approver.role, at: quote.approvedAt ?? quote.date ?? "" },
    approvalFigures(doc.totals, doc.lines, doc.quoteDiscount)
  );
}

/**
 * Each line's department state as the register holds it.
 *
 * @example registerLineStates(quote)[0] // { status: "Confirmed", by: "Līga Siliņa", at: "2026-07-03" }
 */
export function registerLineStates(quote: RegisterQuote): LineDepartmentState[] {
  return quote.lines.map((l) => ({
    status: l.departmentStatus,
    by: l.confirmedBy,
    at: l.confirmedAt,
  }));
}

/**
 * The department checklist of lines and their states.
 *
 * @example checklist(doc.lines, states)[0].status === "Pending"
 */
export function checklist(
  lines: readonly QuoteLineInput[],
  states: readonly LineDepartmentState[]
): DepartmentState[] {
  const departmentLines: DepartmentLine[] = lines.map((l, i) => ({
    line: i + 1,
    department: l.department,
    status: states[i]?.status ?? "Pending",
    by: states[i]?.by ?? null,
    at: states[i]?.at ?? null,
  }));
  return departmentChecklist(departmentLines);
}

function lineKey(line: QuoteLineInput): string {
  return line.sku !== null
    ? `sku:${normalizeKey(line.sku)}`
    : `text:${normalizeKey(line.description)}`;
}

function sameTerms(a: QuoteLineInput, b: QuoteLineInput): boolean {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9;
  return (
    near(a.qty, b.qty) &&
    a.unitPrice === b.unitPrice &&
    near(a.discount, b.discount) &&
    near(a.vatRate, b.vatRate) &&
    a.optional === b.optional
  );
}

/**
 * The department states of a revision's lines: a line the previous revision had on the same
 * terms (SKU or description, qty, price, discount, VAT, optional) keeps its confirmation; a new
 * or changed line waits for its department again.
 *
 * @example carriedLineStates(next.lines, prev.lines, prevStates)[2].status === "Pending" // a changed line
 */
export function carriedLineStates(
  lines: readonly QuoteLineInput[],
  previous: readonly QuoteLineInput[],
  previousStates: readonly LineDepartmentState[]
): LineDepartmentState[] {
  const waiting = new Map<string, number[]>();
  previous.forEach((l, i) => waiting.set(lineKey(l), [...(waiting.get(lineKey(l)) ?? []), i]));
  return lines.map((line) => {
    const i = waiting.get(lineKey(line))?.shift();
    const old = i === undefined ? undefined : previous[i];
    const state = i === undefined ? undefined : previousStates[i];
    if (old && state && sameTerms(old, line)) return { ...state };
    return { status: "Pending", by: null, at: null };
  });
}

/**
 * A document as the what-changed table compares it.
 *
 * @example revisionView(doc).totals.gross === doc.totals.gross
 */
export function revisionView(doc: QuoteDocument): QuoteRevisionView {
  return {
    lines: doc.lines,
    totals: { net: doc.totals.net, vat: doc.totals.vat, gross: doc.totals.gross },
  };
}
