/**
 * Building a quote for a deal, or a revision of one (SPEC §4): read the workbook, price the
 * lines, compute in cents, decide on approval, number it, and write the customer sheet, the
 * internal view and the register rows — through the WorkbookPort only.
 */
import { AppError } from "../../core/appError";
import type { Issue } from "../../core/issue";
import type { Cents, IsoDate } from "../../core/model";
import { approvalCovers, type ApprovalEvaluation } from "../../core/quotes/approval";
import { nextQuoteNumber, revisionId } from "../../core/quotes/numbering";
import { computeQuote, type QuoteLineInput } from "../../core/quotes/quoteMath";
import {
  editingStatus,
  QUOTE_STATUS_LABELS,
  transition,
  validUntil as validUntilOf,
  type QuoteStatus,
} from "../../core/quotes/status";
import type { SheetPlan, WorkbookPort } from "../../host/port";
import { customerQuotePlan } from "../../sheets/quotes/customerQuotePlan";
import { internalQuotePlan } from "../../sheets/quotes/internalQuotePlan";
import type { QuoteCustomer, QuoteDocument } from "../../sheets/quotes/quoteDocument";
import { revisionsOf, type RegisterQuote } from "../../sheets/quotes/readQuoteRegister";
import {
  quoteLineRecords,
  quoteRegisterRecord,
  type LineDepartmentState,
} from "../../sheets/quotes/registerRows";
import type { Locale } from "../../sheets/sheetKinds";
import type { ExistingSheet } from "../../sheets/sheetNames";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { latvianIdIssues } from "./latvianIds";
import {
  findAccount,
  findDeal,
  findProduct,
  quoteLocale,
  quoteVatRate,
  registerLocale,
  readQuoteContext,
  standardVatRate,
  type QuoteContext,
} from "./quoteContext";
import { quoteFigures, type QuoteFigures } from "./quoteFigures";
import { appendToRegister, fieldUpdates } from "./registerWriter";
import {
  carriedLineStates,
  checklist,
  evaluateDocument,
  recordedApproval,
  registerDocument,
  registerLineStates,
  revisionView,
} from "./quoteState";
import { writeQuoteSheet } from "./writeQuoteSheet";

/**
 * One line asked for: a product (by SKU or name) or a free-text line (a description and a unit
 * price). Discount as a fraction (0.1 = 10 %); the unit price (cents) overrides the list price.
 *
 * @example { sku: "HW-1004", qty: 2, discount: 0.05 }
 * @example { description: "Installation on site", qty: 3, unitPrice: 4500 }
 */
export interface QuoteLineRequest {
  sku?: string;
  description?: string;
  qty: number;
  discount?: number;
  unitPrice?: Cents;
  optional?: boolean;
}

/**
 * What to build. With `revise` (a quote number, any revision) the next revision of that quote
 * is built for its deal; without `lines` it takes the latest revision's lines.
 *
 * @example { dealId: "D-1042", lines: [{ sku: "HW-1004", qty: 2 }], discount: 0.05, today: "2026-07-03" }
 */
export interface BuildQuoteRequest {
  dealId?: string;
  lines: QuoteLineRequest[];
  /** Quote-level discount, fraction. */
  discount?: number;
  revise?: string;
  /** The quote's date; validity counts from it. */
  today: IsoDate;
  /** Who builds it (noted in the register). */
  by?: string;
  /** Language of the sheets; default Settings, else the job's locale, else en. */
  locale?: Locale;
}

/** What the job built, beyond the figures `quote --json` prints. */
export interface BuildQuoteDetail {
  document: QuoteDocument;
  evaluation: ApprovalEvaluation;
  customer: QuoteCustomer;
  locale: Locale;
  /** The customer sheet's plan (the CLI prints it to PDF on its own). */
  customerPlan: SheetPlan;
  internalPlan: SheetPlan;
}

/** The figures of SPEC §9 and the detail. */
export interface BuildQuoteResult extends QuoteFigures {
  detail: BuildQuoteDetail;
}

function usage(message: string): AppError {
  return new AppError("USAGE", message);
}

function lineInputs(
  ctx: QuoteContext,
  requests: readonly QuoteLineRequest[],
  date: IsoDate,
  issues: Issue[]
): QuoteLineInput[] {
  const products = ctx.products?.read.rows ?? [];
  return requests.map((req, i) => {
    const where = `Line ${i + 1}`;
    if (!Number.isFinite(req.qty) || req.qty === 0) {
      throw usage(`${where}: the quantity must be a number other than 0, not ${req.qty}.`);
    }
    const discount = req.discount ?? 0;
    if (!Number.isFinite(discount) || discount < 0 || discount > 1) {
      throw usage(`${where}: a discount lies between 0 % and 100 %, not ${discount * 100} %.`);
    }
    if (req.unitPrice !== undefined && !Number.isSafeInteger(req.unitPrice)) {
      throw usage(`${where}: the unit price ${req.unitPrice} is not a whole number of cents.`);
    }
    const key = req.sku?.trim() ?? "";
    if (key === "") {
      const description = req.description?.trim() ?? "";
      if (description === "" || req.unitPrice === undefined) {
        throw usage(`${where}: give a product (SKU or name), or a description and a unit price.`);
      }
      return {
        sku: null,
        description,
        department: null,
        qty: req.qty,
        unit: "pcs",
        unitPrice: req.unitPrice,
        listPrice: null,
        discount,
        vatRate: standardVatRate(ctx.settings, date),
        optional: req.optional === true,
        unitCost: null,
        maxDiscount: null,
      };
    }
    if (!ctx.products) {
      throw new AppError(
        "MISSING_SHEET",
        "No Products sheet: add a sheet named Products or Produkti (the price list)."
      );
    }
    const product = findProduct(products, key);
    if (!product) {
      throw new AppError(
        "BAD_INPUT",
        `${ctx.products.read.sheet}: no product "${key}" (by SKU or name).`
      );
    }
    if (!product.active) {
      issues.push({
        sheet: ctx.products.read.sheet,
        row: product.row,
        column: ctx.products.read.columns.active?.header ?? null,
        value: product.sku,
        problem: `${product.sku} is no longer active: quoted all the same — check it is still sold`,
      });
    }
    return {
      sku: product.sku,
      description: req.description?.trim() || product.name,
      department: product.department,
      qty: req.qty,
      unit: product.unit,
      unitPrice: req.unitPrice ?? product.listPrice,
      listPrice: product.listPrice,
      discount,
      vatRate: quoteVatRate(product.vatRate ?? standardVatRate(ctx.settings, date)),
      optional: req.optional === true,
      unitCost: product.unitCost,
      maxDiscount: product.maxDiscount,
    };
  });
}

/**
 * Builds a quote (or the next revision of one) and writes it:
 * 1. reads Settings, Deals, Products, Team, Accounts and the registers;
 * 2. prices each line from Products (SKU or name, trimmed, any case) or takes a free-text line,
 *    VAT from the product or the standard rate on the quote's date;
 * 3. computes the quote in cents (`computeQuote`, the Settings' VAT rounding) and evaluates its
 *    approval (the owner's discount limit from Team, else the default);
 * 4. numbers it: the next number of the Settings format for a new quote; for a revision the
 *    same number with `-R2`, `-R3`, the revision before marked Superseded (its status cell
 *    only). A revision whose changes stay within what was approved keeps the approval
 *    (`approvalCovers`), and its unchanged lines keep their departments' confirmations;
 * 5. writes the customer sheet (named by the number) and the internal view (free names; never
 *    over a user's sheet), and appends the rows to Quotes and Quote lines (created when missing).
 * The Latvian registration and PVN numbers of seller and customer are checked (issues, never a
 * stop). Throws AppError naming what is missing: the deal, a product, the customer account, the
 * quote to revise; USAGE for impossible lines.
 *
 * @example const r = await buildQuote(port, { dealId: "D-1042", lines: [{ sku: "HW-1004", qty: 2 }], today: "2026-07-03" });
 * r.quote // "Q-2026-0007"; r.sheets // ["Q-2026-0007", "Q-2026-0007 internal"]
 */
export async function buildQuote(
  port: WorkbookPort,
  request: BuildQuoteRequest,
  options?: JobOptions
): Promise<BuildQuoteResult> {
  const today = request.today;
  const progress = (done: number, label: string): void =>
    options?.onProgress?.({ done, total: 4, label });
  progress(0, "Reading the workbook");
  const ctx = await readQuoteContext(port, today, options);
  const issues: Issue[] = [...ctx.issues];
  const locale = quoteLocale(ctx, request.locale, options);
  const words = registerLocale(ctx, options);
  throwIfCancelled(options);

  // The revision before, when revising.
  let previous: RegisterQuote | null = null;
  if (request.revise !== undefined) {
    const revisions = revisionsOf(ctx.register.quotes, request.revise);
    previous = revisions[revisions.length - 1] ?? null;
    if (!previous) {
      throw new AppError(
        "BAD_INPUT",
        `${ctx.register.quotesRead?.sheet ?? "Quotes"}: no quote "${request.revise.trim()}" to revise.`
      );
    }
    const ok = transition(previous.status, "supersede", {
      approvalNeeded: false,
      approved: false,
      today,
      validUntil: previous.validUntil ?? today,
      quoteId: previous.id,
    });
    if (!ok.ok) throw new AppError("BAD_INPUT", `Cannot revise: ${ok.problem}.`);
  }
  const dealId = request.dealId?.trim() || previous?.dealId || "";
  if (dealId === "") throw usage("Which deal? Give the deal's ID (--deal).");
  if (
    previous?.dealId &&
    request.dealId &&
    findDeal(ctx, request.dealId).id !== findDeal(ctx, previous.dealId).id
  ) {
    throw usage(`${previous.id} is a quote for deal ${previous.dealId}, not ${request.dealId}.`);
  }
  const deal = findDeal(ctx, dealId);
  if (deal.stage === "Won" || deal.stage === "Lost") {
    throw new AppError(
      "BAD_INPUT",
      `Deal ${deal.id} is already ${deal.stageText || deal.stage}: it needs no quote.`
    );
  }
  if (deal.account === null) {
    throw new AppError(
      "BAD_INPUT",
      `${ctx.deals.read.sheet} row ${deal.row}: deal ${deal.id} has no Account — a quote needs a customer.`
    );
  }
  const account = findAccount(ctx, deal.account);
  if (!account) {
    issues.push({
      sheet: ctx.accounts?.read.sheet ?? "Accounts",
      row: null,
      column: null,
      value: deal.account,
      problem: `no account "${deal.account}" in ${ctx.accounts?.read.sheet ?? "Accounts"}: the quote shows the customer's name only`,
    });
  }
  const customer: QuoteCustomer = {
    name: account?.account ?? deal.account,
    regNo: account?.regNo ?? null,
    vatNo: account?.vatNo ?? null,
    address:
      [account?.address, account?.city]
        .filter((x): x is string => !!x && x.trim() !== "")
        .join(", ") || null,
  };

  // Lines and figures.
  const previousDoc = previous ? registerDocument(ctx, previous, today) : null;
  const requests = request.lines;
  let lines: QuoteLineInput[];
  if (requests.length === 0) {
    if (!previousDoc) throw usage("A quote needs at least one line (--line SKU:QTY).");
    lines = previousDoc.lines.map((l) => ({ ...l }));
  } else {
    lines = lineInputs(ctx, requests, today, issues);
  }
  if (lines.every((l) => l.optional)) {
    throw usage("A quote needs at least one line that is not optional.");
  }
  const quoteDiscount =
    request.discount ?? (requests.length === 0 && previous ? previous.discount : 0);
  if (!Number.isFinite(quoteDiscount) || quoteDiscount < 0 || quoteDiscount > 1) {
    throw usage(`A quote discount lies between 0 % and 100 %, not ${quoteDiscount * 100} %.`);
  }
  const vatRounding = ctx.settings.vatRounding;
  const totals = computeQuote({ lines, quoteDiscount, vatRounding });

  // Number.
  const id = previous
    ? revisionId(
        previous.base,
        Math.max(...revisionsOf(ctx.register.quotes, previous.id).map((q) => q.revision)) + 1
      )
    : nextQuoteNumber(
        ctx.settings.quoteNumberFormat,
        today,
        ctx.register.quotes.map((q) => q.id)
      );
  const doc: QuoteDocument = {
    id,
    dealId: deal.id,
    date: today,
    validUntil: validUntilOf(today, ctx.settings.quoteValidityDays),
    owner: deal.owner,
    status: "Draft",
    lines,
    quoteDiscount,
    vatRounding,
    totals,
    currency: ctx.settings.currency,
  };
  const evaluation = evaluateDocument(ctx, doc, issues);

  // Approval kept from the revision before, and department confirmations.
  let approvedBy: string | null = null;
  let approvedAt: string | null = null;
  let keptFrom: string | null = null;
  let lineStates: LineDepartmentState[] = lines.map(() => ({
    status: "Pending",
    by: null,
    at: null,
  }));
  if (previous && previousDoc) {
    const snapshot = recordedApproval(ctx, previous, previousDoc);
    if (
      evaluation.needed &&
      snapshot &&
      approvalCovers(snapshot, evaluation, ctx.settings.approvalLevels)
    ) {
      approvedBy = snapshot.by;
      approvedAt = previous.approvedAt;
      keptFrom = previous.id;
    }
    lineStates = carriedLineStates(lines, previousDoc.lines, registerLineStates(previous));
  }
  const status: QuoteStatus = editingStatus({
    approvalNeeded: evaluation.needed,
    approved: approvedBy !== null,
  });
  doc.status = status;
  const departments = checklist(lines, lineStates);
  issues.push(...latvianIdIssues(ctx, account));

  const customerPlan = customerQuotePlan(doc, ctx.settings, customer, locale, {
    date1904: ctx.date1904,
  });
  const internalPlan = internalQuotePlan(
    {
      quote: doc,
      customerName: customer.name,
      approval: evaluation,
      approvedBy,
      approvedAt,
      approvalKeptFrom: keptFrom,
      departments,
      previous:
        previous && previousDoc ? { id: previous.id, view: revisionView(previousDoc) } : null,
    },
    locale,
    { date1904: ctx.date1904 }
  );

  // Writes: the revision before superseded, the register rows, then our two sheets.
  progress(1, "Updating the registers");
  throwIfCancelled(options);
  const existing: ExistingSheet[] = ctx.sheets.map((s) => ({ name: s.name, ours: s.ours }));
  const created: string[] = [];
  if (previous && ctx.quotesBlock && ctx.register.quotesRead?.headerRow) {
    await port.updateCells(
      ctx.quotesBlock.name,
      fieldUpdates(
        ctx.quotesBlock,
        ctx.register.quotesRead.columns,
        ctx.register.quotesRead.headerRow,
        previous.row,
        { status: QUOTE_STATUS_LABELS[words].Superseded },
        ctx.date1904
      )
    );
  }
  const notes: string[] = [];
  if (request.by?.trim())
    notes.push(
      locale === "lv" ? `Sagatavoja ${request.by.trim()}` : `Prepared by ${request.by.trim()}`
    );
  if (previous) notes.push(locale === "lv" ? `Aizstāj ${previous.id}` : `Replaces ${previous.id}`);
  const quoteRecord = quoteRegisterRecord(doc, {
    account: customer.name,
    locale,
    words,
    approval: evaluation,
    approvedBy,
    approvedAt,
    notes: notes.length > 0 ? notes.join("; ") : null,
  });
  const quotesWrite = await appendToRegister(
    port,
    "quotes",
    ctx.quotesBlock,
    ctx.register.quotesRead,
    [quoteRecord],
    words,
    ctx.date1904,
    ctx.sheets
  );
  if (quotesWrite.created) {
    created.push(quotesWrite.sheet);
    existing.push({ name: quotesWrite.sheet, ours: null });
  }
  const linesWrite = await appendToRegister(
    port,
    "quoteLines",
    ctx.linesBlock,
    ctx.register.linesRead,
    quoteLineRecords(doc, lineStates, words),
    words,
    ctx.date1904,
    await port.listSheets()
  );
  if (linesWrite.created) {
    created.push(linesWrite.sheet);
    existing.push({ name: linesWrite.sheet, ours: null });
  }

  progress(2, `Writing ${doc.id}`);
  throwIfCancelled(options);
  const customerSheet = await writeQuoteSheet(port, customerPlan, existing, options);
  progress(3, `Writing ${internalPlan.name}`);
  const internalSheet = await writeQuoteSheet(port, internalPlan, existing, options);
  progress(4, "Done");

  const figures = quoteFigures(
    doc,
    evaluation,
    { approvedBy, approvedAt },
    departments,
    [customerSheet, internalSheet, ...created],
    ctx.counts,
    issues
  );
  return {
    ...figures,
    detail: {
      document: doc,
      evaluation,
      customer,
      locale,
      customerPlan: { ...customerPlan, name: customerSheet },
      internalPlan: { ...internalPlan, name: internalSheet },
    },
  };
}
