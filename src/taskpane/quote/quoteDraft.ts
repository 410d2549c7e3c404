import type { IsoDate, Product, TeamMember } from "../../core/model";
import { toCents } from "../../core/money";
import { parseNumber, type DecimalSeparator } from "../../core/parseNumber";
import { evaluateApproval, type ApprovalEvaluation } from "../../core/quotes/approval";
import { computeQuote, type QuoteLineInput, type QuoteTotals } from "../../core/quotes/quoteMath";
import type { QuoteLineRequest } from "../../jobs/quotes/buildQuote";
import {
  approvalRules,
  findProduct,
  quoteVatRate,
  standardVatRate,
} from "../../jobs/quotes/quoteContext";
import { departmentChecklist, type DepartmentState } from "../../sheets/quotes/departmentStatus";
import type { Settings } from "../../sheets/settings";
import type { StringKey } from "../i18n/en";

/**
 * One line of the quote being edited, as typed: a product (by SKU) or a free-text line. Numbers
 * stay text until they are read, so a half-typed "12," is kept as the user sees it.
 */
export interface DraftLine {
  /** Stable React key. */
  key: number;
  /** The product's SKU ("" while not chosen yet); null for a free-text line. */
  sku: string | null;
  /** Free-text line: its description. Product line: a description replacing the product name (blank = the name). */
  description: string;
  qty: string;
  /** Line discount in percent ("5" = 5 %); blank = none. */
  discount: string;
  /** Unit price overriding the list price; blank = the list price (required on a free-text line). */
  unitPrice: string;
  optional: boolean;
}

/** The quote being edited: its lines and the quote-level discount (percent text). */
export interface QuoteDraft {
  lines: DraftLine[];
  discount: string;
}

/** A field of a line that can be wrong. */
export type DraftField = "product" | "description" | "qty" | "discount" | "unitPrice";

/** The line number the user sees for a line's index among the figured lines. */
export type LineNumbering = (lineIndex: number) => number;

/**
 * What is wrong with a field, as a label key of the pane. `pending` marks a field not filled in
 * yet (shown as a hint, not an error): a new line's product, a free-text line's description and
 * price.
 */
export interface DraftProblem {
  field: DraftField;
  problem: StringKey;
  pending?: true;
}

/** What the pane knows about the workbook to price a draft. */
export interface DraftContext {
  products: readonly Product[];
  settings: Settings;
  /** The deal owner's Team row (their discount limit), when known. */
  owner: TeamMember | undefined;
  today: IsoDate;
  /** How decimals are typed: "," in Latvian, "." (or either, null) in English. */
  decimal: DecimalSeparator | null;
}

/**
 * The live figures of a draft. Lines with a problem are left out of the figures (their
 * problems say why); `counted[i]` is the position of draft line i among the figured lines, or
 * null when it was left out.
 */
export interface DraftEvaluation {
  problems: DraftProblem[][];
  discountProblem: StringKey | null;
  /** The engine's lines of the draft lines without problems, in draft order. */
  inputs: QuoteLineInput[];
  /** For each draft line, its index in `inputs`, or null when it has a problem. */
  counted: (number | null)[];
  /** Null until at least one counted line is in the figures. */
  totals: QuoteTotals | null;
  approval: ApprovalEvaluation | null;
  departments: DepartmentState[];
  /** True when the draft can be built: no problem anywhere and a counted line. */
  ready: boolean;
}

/**
 * A percentage typed by the user ("12,5" = 12.5 %) as a fraction, exact to the decimal digits
 * typed (12.5 → 0.125, not 0.12500000000000001). Blank = 0; null when not 0–100.
 *
 * @example percentText("12,5", ",") === 0.125
 */
export function percentText(text: string, decimal: DecimalSeparator | null): number | null {
  const clean = text.replace(/%/g, "").trim();
  if (clean === "") return 0;
  const parsed = parseNumber(clean, decimal);
  if (!parsed.ok || parsed.value < 0 || parsed.value > 100) return null;
  const [mantissa = "0", exponent = "0"] = String(parsed.value).split("e");
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/**
 * A quantity typed by the user: any number except 0 (negative = a credit line); null otherwise.
 *
 * @example qtyText("1,5", ",") === 1.5
 */
export function qtyText(text: string, decimal: DecimalSeparator | null): number | null {
  const parsed = parseNumber(text, decimal);
  return parsed.ok && parsed.value !== 0 ? parsed.value : null;
}

/**
 * A unit price typed by the user, in cents; blank = undefined (the list price); null when it is
 * not an amount.
 *
 * @example priceText("1 234,50", ",") === 123450
 */
export function priceText(
  text: string,
  decimal: DecimalSeparator | null
): number | undefined | null {
  if (text.trim() === "") return undefined;
  const parsed = parseNumber(text.replace(/€|EUR/gi, ""), decimal);
  return parsed.ok && Math.abs(parsed.value) < 1e13 ? toCents(parsed.value) : null;
}

function lineProblems(
  line: DraftLine,
  product: Product | undefined,
  decimal: DecimalSeparator | null
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (line.sku !== null && !product)
    problems.push(
      line.sku === ""
        ? { field: "product", problem: "lineNoProduct", pending: true }
        : { field: "product", problem: "lineNoProduct" }
    );
  if (line.sku === null && line.description.trim() === "")
    problems.push({ field: "description", problem: "lineNoDescription", pending: true });
  if (qtyText(line.qty, decimal) === null) problems.push({ field: "qty", problem: "lineBadQty" });
  if (percentText(line.discount, decimal) === null)
    problems.push({ field: "discount", problem: "badPercent" });
  const price = priceText(line.unitPrice, decimal);
  if (price === null) problems.push({ field: "unitPrice", problem: "lineBadPrice" });
  else if (price === undefined && line.sku === null)
    problems.push({ field: "unitPrice", problem: "lineNeedsPrice", pending: true });
  return problems;
}

/**
 * The line the engine computes for a draft line without problems — priced as the quote job
 * prices it: list price, unit, department, unit cost, max discount and VAT rate from Products;
 * a free-text line at the standard VAT rate on `today`, with no cost.
 */
function lineInput(
  line: DraftLine,
  product: Product | undefined,
  ctx: DraftContext
): QuoteLineInput {
  const qty = qtyText(line.qty, ctx.decimal) ?? 0;
  const discount = percentText(line.discount, ctx.decimal) ?? 0;
  const price = priceText(line.unitPrice, ctx.decimal) ?? undefined;
  const standard = standardVatRate(ctx.settings, ctx.today);
  if (!product) {
    return {
      sku: null,
      description: line.description.trim(),
      department: null,
      qty,
      unit: "pcs",
      unitPrice: price ?? 0,
      listPrice: null,
      discount,
      vatRate: standard,
      optional: line.optional,
      unitCost: null,
      maxDiscount: null,
    };
  }
  return {
    sku: product.sku,
    description: line.description.trim() || product.name,
    department: product.department,
    qty,
    unit: product.unit,
    unitPrice: price ?? product.listPrice,
    listPrice: product.listPrice,
    discount,
    vatRate: quoteVatRate(product.vatRate ?? standard),
    optional: line.optional,
    unitCost: product.unitCost,
    maxDiscount: product.maxDiscount,
  };
}

/**
 * The live figures of a draft: each line's problems, and for the lines without any the quote's
 * totals (core `computeQuote`, the Settings' VAT rounding), its approval (core
 * `evaluateApproval` with the owner's discount limit) and the departments that will confirm.
 * Throws AppError when Settings give no VAT rate for `today` (as the quote job would).
 *
 * @example evaluateDraft({ lines: [{ key: 1, sku: "HW-1004", description: "", qty: "2", discount: "", unitPrice: "", optional: false }], discount: "" }, ctx).totals?.net
 */
export function evaluateDraft(draft: QuoteDraft, ctx: DraftContext): DraftEvaluation {
  const problems: DraftProblem[][] = [];
  const inputs: QuoteLineInput[] = [];
  const counted: (number | null)[] = [];
  for (const line of draft.lines) {
    const product = line.sku ? findProduct(ctx.products, line.sku) : undefined;
    const own = lineProblems(line, product, ctx.decimal);
    problems.push(own);
    if (own.length > 0) {
      counted.push(null);
    } else {
      counted.push(inputs.length);
      inputs.push(lineInput(line, product, ctx));
    }
  }
  const quoteDiscount = percentText(draft.discount, ctx.decimal);
  const discountProblem: StringKey | null = quoteDiscount === null ? "badPercent" : null;
  const hasCounted = inputs.some((l) => !l.optional);
  const totals = hasCounted
    ? computeQuote({
        lines: inputs,
        quoteDiscount: quoteDiscount ?? 0,
        vatRounding: ctx.settings.vatRounding,
      })
    : null;
  const approval = totals
    ? evaluateApproval({
        totals,
        lines: inputs,
        quoteDiscount: quoteDiscount ?? 0,
        repMaxDiscount: ctx.owner?.maxDiscount ?? null,
        rules: approvalRules(ctx.settings),
      })
    : null;
  const departments = departmentChecklist(
    inputs.map((l, i) => ({
      line: counted.indexOf(i) + 1,
      department: l.department,
      status: "Pending",
      by: null,
      at: null,
    }))
  );
  return {
    problems,
    discountProblem,
    inputs,
    counted,
    totals,
    approval,
    departments,
    ready:
      draft.lines.length > 0 &&
      problems.every((p) => p.length === 0) &&
      discountProblem === null &&
      hasCounted,
  };
}

/**
 * The lines of a draft as the quote job takes them (`buildQuote` request lines). Call on a
 * draft whose evaluation is `ready`.
 *
 * @example draftRequestLines(draft, ",")[0] // { sku: "HW-1004", qty: 2, discount: 0.05, optional: false }
 */
export function draftRequestLines(
  draft: QuoteDraft,
  decimal: DecimalSeparator | null
): QuoteLineRequest[] {
  return draft.lines.map((line) => {
    const request: QuoteLineRequest = {
      qty: qtyText(line.qty, decimal) ?? 0,
      discount: percentText(line.discount, decimal) ?? 0,
      optional: line.optional,
    };
    if (line.sku !== null) request.sku = line.sku;
    if (line.description.trim() !== "") request.description = line.description.trim();
    const price = priceText(line.unitPrice, decimal);
    if (price !== undefined && price !== null) request.unitPrice = price;
    return request;
  });
}

/**
 * Text of a number as the user would type it in their language (for lines loaded from a quote):
 * `1.5` → "1,5" with the decimal comma.
 *
 * @example numberText(12.5, ",") === "12,5"
 */
export function numberText(value: number, decimal: DecimalSeparator | null): string {
  const text = String(Number(value.toPrecision(12)));
  return decimal === "," ? text.replace(".", ",") : text;
}

/**
 * Draft lines from an existing quote's lines (to revise it): quantities, discounts in percent,
 * unit prices only where they differ from the list price, optional flags, descriptions only
 * where they differ from the product's name.
 *
 * @example draftFromLines(doc.lines, nextKey, ",")[0].discount === "5"
 */
export function draftFromLines(
  lines: readonly QuoteLineInput[],
  products: readonly Product[],
  firstKey: number,
  decimal: DecimalSeparator | null
): DraftLine[] {
  return lines.map((line, i) => {
    const product = line.sku === null ? undefined : findProduct(products, line.sku);
    const overridden = product === undefined || line.unitPrice !== product.listPrice;
    return {
      key: firstKey + i,
      sku: product ? product.sku : null,
      description:
        product && line.description === product.name
          ? ""
          : line.sku !== null && !product
            ? `${line.sku} ${line.description}`
            : line.description,
      qty: numberText(line.qty, decimal),
      discount: line.discount === 0 ? "" : numberText(line.discount * 100, decimal),
      unitPrice: overridden ? numberText(line.unitPrice / 100, decimal) : "",
      optional: line.optional,
    };
  });
}
