/**
 * A quote's figures as `dealdesk quote --json` prints them (SPEC §9): money in currency units
 * rounded to cents, ratios as fractions, null where undefined.
 */
import type { Issue, RowCounts } from "../../core/issue";
import { fromCents } from "../../core/money";
import type { ApprovalEvaluation, ApprovalReasonCode } from "../../core/quotes/approval";
import type { QuoteStatus } from "../../core/quotes/status";
import type { DepartmentState } from "../../sheets/quotes/departmentStatus";
import type { QuoteDocument } from "../../sheets/quotes/quoteDocument";

/** One reason a quote needs approval: its code and an English sentence. */
export interface ApprovalReasonFigure {
  code: ApprovalReasonCode;
  message: string;
}

/** The approval part of the figures. */
export interface ApprovalFigure {
  needed: boolean;
  /** The role that must approve, or null. */
  level: string | null;
  reasons: ApprovalReasonFigure[];
  approvedBy: string | null;
  /** ISO date or date-time. */
  approvedAt: string | null;
}

/**
 * A quote's figures (SPEC §9 `quote --json`).
 *
 * @example
 * { ok: true, quote: "Q-2026-0001", status: "Draft", deal: "D-1", net: 12.45, vat: 2.61,
 *   vatByRate: [{ rate: 0.21, net: 12.45, vat: 2.61 }], gross: 15.06, cost: 8, margin: 0.3574,
 *   approval: { needed: false, level: null, reasons: [], approvedBy: null, approvedAt: null },
 *   departments: [], sheets: ["Q-2026-0001", "Q-2026-0001 internal"], rows, issues }
 */
export interface QuoteFigures {
  ok: true;
  quote: string;
  status: QuoteStatus;
  deal: string;
  validUntil: string;
  net: number;
  vat: number;
  vatByRate: { rate: number; net: number; vat: number }[];
  gross: number;
  /** Σ line costs; null when a counted line's cost is unknown. */
  cost: number | null;
  margin: number | null;
  approval: ApprovalFigure;
  departments: DepartmentState[];
  /** Sheets written, the customer sheet first. */
  sheets: string[];
  rows: RowCounts;
  issues: Issue[];
}

/**
 * The figures of a document with its approval and departments.
 *
 * @example quoteFigures(doc, evaluation, { approvedBy: null, approvedAt: null }, [], sheets, counts, issues).gross
 */
export function quoteFigures(
  doc: QuoteDocument,
  evaluation: ApprovalEvaluation,
  approved: { approvedBy: string | null; approvedAt: string | null },
  departments: DepartmentState[],
  sheets: string[],
  rows: RowCounts,
  issues: Issue[]
): QuoteFigures {
  const t = doc.totals;
  return {
    ok: true,
    quote: doc.id,
    status: doc.status,
    deal: doc.dealId,
    validUntil: doc.validUntil,
    net: fromCents(t.net),
    vat: fromCents(t.vat),
    vatByRate: t.groups.map((g) => ({
      rate: g.rate,
      net: fromCents(g.net),
      vat: fromCents(g.vat),
    })),
    gross: fromCents(t.gross),
    cost: t.costKnown ? fromCents(t.cost) : null,
    margin: t.margin,
    approval: {
      needed: evaluation.needed,
      level: evaluation.level,
      reasons: evaluation.reasons.map((r) => ({ code: r.code, message: r.en })),
      approvedBy: approved.approvedBy,
      approvedAt: approved.approvedAt,
    },
    departments,
    sheets,
    rows,
    issues,
  };
}
