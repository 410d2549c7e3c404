/**
 * What each won deal sold, line by line, for the report's per-product table: its Actuals lines
 * joined to Products (name, department), else the lines of its accepted quote in the Quotes
 * and Quote lines register.
 */
import type { Actual, Deal, Product } from "../../core/model";
import { lineNetCents, multiplyCents } from "../../core/money";
import { parseQuoteStatus } from "../../core/quotes/status";
import { nameKey } from "../../core/reports/nameKey";
import { booleanOf, numberOf, textOf, type FieldRow } from "../fieldRow";
import type { ItemLine } from "./productBreakdown";

/** A deal's lines and where they came from. */
export interface DealLines {
  source: "actuals" | "quote";
  lines: ItemLine[];
}

/**
 * The Actuals lines of each deal (keyed by {@link nameKey} of the Deal ID), with the product's
 * name and department from Products (matched by SKU, trimmed and case-insensitive). Lines
 * without Revenue are left out (they cannot be weighed).
 *
 * @example actualLinesByDeal(actuals, products).get("d-1003")?.lines[0] // { sku: "HW-1020", department: "Iekārtas", revenue: 1797600, … }
 */
export function actualLinesByDeal(
  actuals: readonly Actual[],
  products: readonly Product[]
): Map<string, DealLines> {
  const bySku = productsBySku(products);
  const out = new Map<string, DealLines>();
  for (const actual of actuals) {
    if (actual.revenue === null) continue;
    const product = actual.sku === null ? undefined : bySku.get(nameKey(actual.sku));
    const key = nameKey(actual.dealId);
    const entry = out.get(key) ?? { source: "actuals" as const, lines: [] };
    entry.lines.push({
      sku: product?.sku ?? actual.sku,
      name: product?.name ?? null,
      department: product?.department ?? null,
      revenue: actual.revenue,
      cost: actual.cost,
    });
    out.set(key, entry);
  }
  return out;
}

function productsBySku(products: readonly Product[]): Map<string, Product> {
  const bySku = new Map<string, Product>();
  for (const p of products) if (!bySku.has(nameKey(p.sku))) bySku.set(nameKey(p.sku), p);
  return bySku;
}

/** The revision of a register row: its Revision cell, else `-R2` in its number, else 1. */
function revisionOf(row: FieldRow): number {
  const written = numberOf(row, "revision");
  if (written !== null) return written;
  const m = /-R(\d+)\s*$/i.exec(textOf(row, "quote") ?? "");
  return m ? Number(m[1]) : 1;
}

/** The keys a quote's lines may carry: the number as written, and with `-R<n>` when revised. */
function quoteKeys(row: FieldRow): string[] {
  const quote = textOf(row, "quote") ?? "";
  const revision = revisionOf(row);
  const keys = [nameKey(quote)];
  if (revision > 1 && !/-R\d+\s*$/i.test(quote)) keys.push(nameKey(`${quote}-R${revision}`));
  return keys;
}

/**
 * The lines of each deal's accepted quote (keyed by {@link nameKey} of the Deal ID). A quote
 * belongs to a deal by its Deal ID, or by the deal's Quote ID; of several accepted quotes of a
 * deal the highest revision counts. Optional lines are left out; a line's amount is its Net,
 * else ROUND(Qty × Unit price × (1 − Discount %), 2); its cost is Cost, else Qty × Unit cost,
 * else unknown (department and name from the line, else from Products).
 *
 * @example acceptedQuoteLinesByDeal(quotes, quoteLines, deals, products).get("d-1042")?.lines.length // 3
 */
export function acceptedQuoteLinesByDeal(
  quotes: readonly FieldRow[],
  quoteLines: readonly FieldRow[],
  deals: readonly Deal[],
  products: readonly Product[]
): Map<string, DealLines> {
  const dealByQuote = new Map<string, string>();
  for (const deal of deals) {
    if (deal.quoteId !== null) dealByQuote.set(nameKey(deal.quoteId), nameKey(deal.id));
  }
  const accepted = new Map<string, { keys: string[]; revision: number }>();
  for (const row of quotes) {
    const status = parseQuoteStatus(textOf(row, "status") ?? "");
    if (!status.ok || status.value !== "Accepted") continue;
    const keys = quoteKeys(row);
    const dealId = textOf(row, "dealId");
    const dealKey =
      dealId !== null ? nameKey(dealId) : keys.map((k) => dealByQuote.get(k)).find(Boolean);
    if (dealKey === undefined) continue;
    const revision = revisionOf(row);
    const known = accepted.get(dealKey);
    if (!known || revision > known.revision) accepted.set(dealKey, { keys, revision });
  }
  const dealOfQuote = new Map<string, string>();
  for (const [dealKey, { keys }] of accepted) for (const k of keys) dealOfQuote.set(k, dealKey);

  const bySku = productsBySku(products);
  const out = new Map<string, DealLines>();
  for (const line of quoteLines) {
    const dealKey = dealOfQuote.get(nameKey(textOf(line, "quote") ?? ""));
    if (dealKey === undefined || booleanOf(line, "optional") === true) continue;
    const qty = numberOf(line, "qty");
    const unitPrice = numberOf(line, "unitPrice");
    const net =
      numberOf(line, "net") ??
      (qty !== null && unitPrice !== null
        ? lineNetCents(qty, unitPrice, numberOf(line, "discount") ?? 0)
        : null);
    if (net === null) continue;
    const unitCost = numberOf(line, "unitCost");
    const sku = textOf(line, "sku");
    const product = sku === null ? undefined : bySku.get(nameKey(sku));
    const entry = out.get(dealKey) ?? { source: "quote" as const, lines: [] };
    entry.lines.push({
      sku: product?.sku ?? sku,
      name: textOf(line, "description") ?? product?.name ?? null,
      department: textOf(line, "department") ?? product?.department ?? null,
      revenue: net,
      cost:
        numberOf(line, "cost") ??
        (unitCost !== null && qty !== null ? multiplyCents(unitCost, qty) : null),
    });
    out.set(dealKey, entry);
  }
  return out;
}
