/**
 * The arithmetic of a quote (SPEC §4) in integer cents, rounded exactly as Excel's ROUND so the
 * quote sheet's live formulas give the same figures to the cent.
 */
import type { Cents } from "../model";
import { excelRound, fromCents, lineNetCents, multiplyCents, sumCents, toCents } from "../money";
import { runningShares } from "./runningShares";

/**
 * One line of a quote as the rep entered it. Money in cents, ratios as fractions (0.15 = 15 %).
 *
 * @example
 * { sku: "SRV-01", description: "Server", department: "Hardware", qty: 2, unit: "pcs",
 *   unitPrice: 129900, listPrice: 129900, discount: 0.05, vatRate: 0.21, optional: false,
 *   unitCost: 90000, maxDiscount: 0.1 }
 */
export interface QuoteLineInput {
  /** Product code; null for a free-text line. */
  sku: string | null;
  description: string;
  /** Who confirms the line (from Products); null when none. */
  department: string | null;
  /** Quantity in `unit`s; may be fractional (hours, metres) or negative (a credit line). */
  qty: number;
  unit: string;
  /** Price per unit before the line discount: the list price unless overridden. */
  unitPrice: Cents;
  /** The product's list price, null for a free-text line. */
  listPrice: Cents | null;
  /** Line discount, fraction. */
  discount: number;
  /** VAT rate, fraction (0.21 = 21 %). */
  vatRate: number;
  /** Shown on the quote, not counted in its totals. */
  optional: boolean;
  unitCost: Cents | null;
  /** The product's maximum discount (fraction) before approval is needed; null = no limit. */
  maxDiscount: number | null;
}

/** How VAT is rounded (Settings `VAT rounding`). */
export type VatRoundingMode = "per-rate" | "per-line";

/** What {@link computeQuote} needs. */
export interface QuoteMathInput {
  lines: readonly QuoteLineInput[];
  /** Quote-level discount, fraction of the subtotal. */
  quoteDiscount: number;
  vatRounding: VatRoundingMode;
}

/**
 * One computed line. For optional lines `discountShare` is 0 and nothing is counted in totals.
 *
 * @example { index: 0, net: 377, discountShare: 19, netAfterDiscount: 358, vat: 75, cost: null, margin: null, counted: true, vatRate: 0.21 }
 */
export interface QuoteLineResult {
  /** Position in the input, 0-based. */
  index: number;
  counted: boolean;
  vatRate: number;
  /** ROUND(qty × unit price × (1 − discount), 2). */
  net: Cents;
  /** The line's part of the quote discount (see {@link computeQuote}). */
  discountShare: Cents;
  /** `net − discountShare`: the line nets after the quote discount add up to the quote's net. */
  netAfterDiscount: Cents;
  /**
   * `per-line` mode: ROUND(netAfterDiscount × rate, 2), which adds up to the group's VAT.
   * `per-rate` mode: null — VAT exists only per rate group.
   */
  vat: Cents | null;
  /** ROUND(qty × unit cost, 2); null when the unit cost is unknown. */
  cost: Cents | null;
  /** (netAfterDiscount − cost) / netAfterDiscount; null when cost is unknown or the net is 0. */
  margin: number | null;
}

/**
 * The counted lines of one VAT rate. Groups are listed by rate, highest first.
 *
 * @example { rate: 0.21, netBeforeDiscount: 10000, discountShare: 500, net: 9500, vat: 1995, gross: 11495 }
 */
export interface VatGroup {
  rate: number;
  /** Σ nets of the counted lines at this rate. */
  netBeforeDiscount: Cents;
  /** This group's part of the quote discount. */
  discountShare: Cents;
  /** netBeforeDiscount − discountShare. */
  net: Cents;
  vat: Cents;
  /** net + vat. */
  gross: Cents;
}

/**
 * The figures of a quote. Invariants (tested): Σ group nets = net; Σ group VAT = vat;
 * gross = net + vat; Σ discount shares = quoteDiscount; subtotal − quoteDiscount = net.
 */
export interface QuoteTotals {
  lines: QuoteLineResult[];
  groups: VatGroup[];
  /** Σ nets of counted lines. */
  subtotal: Cents;
  /** ROUND(subtotal × quote discount, 2). */
  quoteDiscount: Cents;
  net: Cents;
  vat: Cents;
  gross: Cents;
  /** Σ nets of optional lines (shown, not counted). */
  optionalNet: Cents;
  /** Σ known costs of counted lines. */
  cost: Cents;
  /** True when every counted line has a unit cost. */
  costKnown: boolean;
  /** (net − cost) / net when the cost is known and net ≠ 0, else null. */
  margin: number | null;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

function checkLine(line: QuoteLineInput, index: number): void {
  const where = `Quote line ${index + 1}`;
  check(Number.isFinite(line.qty), `${where}: quantity ${line.qty} is not a number`);
  check(
    Number.isSafeInteger(line.unitPrice),
    `${where}: unit price ${line.unitPrice} is not cents`
  );
  check(Number.isFinite(line.discount), `${where}: discount ${line.discount} is not a number`);
  check(
    Number.isFinite(line.vatRate) && line.vatRate >= 0,
    `${where}: VAT rate ${line.vatRate} is not a rate ≥ 0`
  );
  check(
    line.unitCost === null || Number.isSafeInteger(line.unitCost),
    `${where}: unit cost ${line.unitCost} is not cents`
  );
}

/** Rates as read from "21 %" may differ in the last bits; group them on 8 decimals. */
function rateKey(rate: number): number {
  return excelRound(rate, 8);
}

/**
 * Computes a quote's lines, VAT groups and totals (SPEC §4), in cents:
 * - line net = ROUND(qty × unit price × (1 − discount), 2) — same doubles, same order as the
 *   sheet's `ROUND(qty*price*(1-disc),2)`; line cost = ROUND(qty × unit cost, 2);
 * - subtotal = Σ nets of counted (non-optional) lines; quote discount = ROUND(subtotal × %, 2);
 * - the quote discount is taken from the VAT-rate groups (highest rate first) in proportion to
 *   their nets by {@link runningShares}, and each group's share from its lines (in quote order)
 *   the same way, so line nets after discount add up to their group's net and the groups to the
 *   quote's net — no cent lost, and the sheet can compute every share with a formula;
 * - VAT: `per-rate` = ROUND(group net × rate, 2) per group; `per-line` = Σ over the group's lines
 *   of ROUND(line net after its share of the quote discount × rate, 2) (with no quote discount,
 *   that is exactly Σ ROUND(line net × rate, 2));
 * - net = Σ group nets, vat = Σ group VAT, gross = net + vat; cost = Σ known costs of counted
 *   lines; margin = (net − cost) / net, only when every counted line's cost is known.
 * Optional lines are computed (net, cost, margin; per-line VAT) but count in no total.
 * Throws RangeError on a non-finite quantity, discount or rate, or amounts that are not cents.
 *
 * @example
 * computeQuote({ lines: [{ ...line, qty: 3, unitPrice: 126, discount: 0, vatRate: 0.21 }],
 *   quoteDiscount: 0, vatRounding: "per-rate" }).net // 378
 */
export function computeQuote(input: QuoteMathInput): QuoteTotals {
  check(
    Number.isFinite(input.quoteDiscount),
    `Quote discount ${input.quoteDiscount} is not a number`
  );
  input.lines.forEach(checkLine);

  const nets = input.lines.map((l) => lineNetCents(l.qty, l.unitPrice, l.discount));
  const costs = input.lines.map((l) =>
    l.unitCost === null ? null : toCents(l.qty * fromCents(l.unitCost))
  );
  const counted = input.lines.map((l) => !l.optional);
  const countedIndexes = input.lines.map((_l, i) => i).filter((i) => counted[i]);

  const subtotal = sumCents(countedIndexes.map((i) => nets[i] ?? 0));
  const quoteDiscount = multiplyCents(subtotal, input.quoteDiscount);

  // Counted lines by rate, highest rate first; lines keep their quote order.
  const byRate = new Map<number, number[]>();
  for (const i of countedIndexes) {
    const key = rateKey(input.lines[i]?.vatRate ?? 0);
    const list = byRate.get(key) ?? [];
    list.push(i);
    byRate.set(key, list);
  }
  const rates = [...byRate.keys()].sort((a, b) => b - a);
  const groupNets = rates.map((r) => sumCents((byRate.get(r) ?? []).map((i) => nets[i] ?? 0)));
  const groupShares = runningShares(quoteDiscount, groupNets);

  const lineShares = new Map<number, Cents>();
  rates.forEach((r, g) => {
    const members = byRate.get(r) ?? [];
    const shares = runningShares(
      groupShares[g] ?? 0,
      members.map((i) => nets[i] ?? 0)
    );
    members.forEach((i, k) => lineShares.set(i, shares[k] ?? 0));
  });

  const lines: QuoteLineResult[] = input.lines.map((l, i) => {
    const net = nets[i] ?? 0;
    const discountShare = lineShares.get(i) ?? 0;
    const netAfterDiscount = net - discountShare;
    const cost = costs[i] ?? null;
    return {
      index: i,
      counted: counted[i] ?? false,
      vatRate: l.vatRate,
      net,
      discountShare,
      netAfterDiscount,
      vat: input.vatRounding === "per-line" ? multiplyCents(netAfterDiscount, l.vatRate) : null,
      cost,
      margin:
        cost === null || netAfterDiscount === 0
          ? null
          : (netAfterDiscount - cost) / netAfterDiscount,
    };
  });

  const groups: VatGroup[] = rates.map((r, g) => {
    const members = byRate.get(r) ?? [];
    const rate = input.lines[members[0] ?? 0]?.vatRate ?? r;
    const netBeforeDiscount = groupNets[g] ?? 0;
    const discountShare = groupShares[g] ?? 0;
    const net = netBeforeDiscount - discountShare;
    const vat =
      input.vatRounding === "per-rate"
        ? multiplyCents(net, rate)
        : sumCents(members.map((i) => lines[i]?.vat ?? 0));
    return { rate, netBeforeDiscount, discountShare, net, vat, gross: net + vat };
  });

  const net = sumCents(groups.map((g) => g.net));
  const vat = sumCents(groups.map((g) => g.vat));
  const countedCosts = countedIndexes.map((i) => costs[i] ?? null);
  const costKnown = countedCosts.every((c) => c !== null);
  const cost = sumCents(countedCosts.filter((c): c is Cents => c !== null));
  return {
    lines,
    groups,
    subtotal,
    quoteDiscount,
    net,
    vat,
    gross: net + vat,
    optionalNet: sumCents(input.lines.map((_l, i) => (counted[i] ? 0 : (nets[i] ?? 0)))),
    cost,
    costKnown,
    margin: costKnown && net !== 0 ? (net - cost) / net : null,
  };
}
