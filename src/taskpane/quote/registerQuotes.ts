import type { Deal, IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { ApprovalEvaluation } from "../../core/quotes/approval";
import type { QuoteContext } from "../../jobs/quotes/quoteContext";
import {
  checklist,
  evaluateDocument,
  registerDocument,
  registerLineStates,
} from "../../jobs/quotes/quoteState";
import type { DepartmentState } from "../../sheets/quotes/departmentStatus";
import type { QuoteDocument } from "../../sheets/quotes/quoteDocument";
import type { RegisterQuote } from "../../sheets/quotes/readQuoteRegister";
import type { SheetInfo } from "../../host/port";
import { customerQuoteKind } from "../../sheets/quotes/customerQuotePlan";

/** An open deal: any stage but Won and Lost. */
export function isOpenDeal(deal: Deal): boolean {
  return deal.stage !== "Won" && deal.stage !== "Lost";
}

/**
 * The quotes (every revision) of a deal in the register, latest first: by number, then revision.
 *
 * @example dealQuotes(ctx, "D-1042").map((q) => q.id) // ["Q-2026-0007-R2", "Q-2026-0007", "Q-2026-0003"]
 */
export function dealQuotes(ctx: QuoteContext, dealId: string): RegisterQuote[] {
  const key = normalizeKey(dealId);
  return ctx.register.quotes
    .filter((q) => q.dealId !== null && normalizeKey(q.dealId) === key)
    .sort((a, b) => b.base.localeCompare(a.base) || b.revision - a.revision);
}

/** A register quote as the Quote view shows it: recomputed, its approval and its departments. */
export interface QuoteState {
  quote: RegisterQuote;
  document: QuoteDocument;
  evaluation: ApprovalEvaluation;
  departments: DepartmentState[];
  /** True when a later revision of the same number exists (this one is superseded or will be). */
  superseded: boolean;
}

/**
 * The state of a register quote as the quote jobs see it: its lines recomputed with the
 * workbook's rounding, the approval evaluated with the owner's limit, the department checklist
 * from the Quote lines register.
 *
 * @example quoteState(ctx, quote, "2026-11-27").evaluation.needed
 */
export function quoteState(ctx: QuoteContext, quote: RegisterQuote, today: IsoDate): QuoteState {
  const document = registerDocument(ctx, quote, today);
  return {
    quote,
    document,
    evaluation: evaluateDocument(ctx, document, []),
    departments: checklist(document.lines, registerLineStates(quote)),
    superseded: ctx.register.quotes.some(
      (q) => normalizeKey(q.base) === normalizeKey(quote.base) && q.revision > quote.revision
    ),
  };
}

/**
 * The sheet showing a quote to the customer: the one Deal Desk marked as that quote's customer
 * sheet, else a sheet named by the quote number; null when neither exists.
 *
 * @example customerSheetOf(await port.listSheets(), "Q-2026-0007") === "Q-2026-0007"
 */
export function customerSheetOf(sheets: readonly SheetInfo[], quoteId: string): string | null {
  const kind = customerQuoteKind(quoteId);
  const ours = sheets.find((s) => s.ours === kind);
  if (ours) return ours.name;
  const named = sheets.find((s) => normalizeKey(s.name) === normalizeKey(quoteId));
  return named?.name ?? null;
}
