import type { QuoteLineInput } from "../../../src/core/quotes/quoteMath";

/** A quote line with defaults for what a test does not care about. */
export function line(over: Partial<QuoteLineInput> = {}): QuoteLineInput {
  return {
    sku: "SKU",
    description: "Item",
    department: null,
    qty: 1,
    unit: "pcs",
    unitPrice: 10000,
    listPrice: 10000,
    discount: 0,
    vatRate: 0.21,
    optional: false,
    unitCost: null,
    maxDiscount: null,
    ...over,
  };
}

/**
 * The hand-computed quote of quoteMath.test.ts: rates 21 %, 12 % and 0 %, a rounding trap,
 * a free-text line and an optional line.
 */
export const MIXED_QUOTE_LINES: readonly QuoteLineInput[] = [
  // 2 × 899.00 × 0.90 = 1618.20
  line({
    sku: "LAP-14",
    description: 'Laptop 14"',
    qty: 2,
    unitPrice: 89900,
    listPrice: 89900,
    discount: 0.1,
    unitCost: 65000,
    maxDiscount: 0.15,
  }),
  // The trap: 3 × 2.51 × 0.5 is the double 3.7649999999999997; Excel reads 3.765 → 3.77, not 3.76.
  line({
    sku: "CAB-2",
    description: "Cable 2 m",
    qty: 3,
    unitPrice: 251,
    listPrice: 251,
    discount: 0.5,
    unitCost: 100,
    maxDiscount: 0.5,
  }),
  // 4 × 12.45 = 49.80 at 12 %
  line({
    sku: "BOOK-1",
    description: "Handbook",
    qty: 4,
    unitPrice: 1245,
    listPrice: 1245,
    vatRate: 0.12,
    unitCost: 800,
  }),
  // 1 × 7.35 = 7.35 at 12 %
  line({
    sku: "MAP-1",
    description: "Map",
    qty: 1,
    unitPrice: 735,
    listPrice: 735,
    vatRate: 0.12,
    unitCost: 400,
  }),
  // free text, 0 %: 250.00
  line({
    sku: null,
    description: "On-site training",
    qty: 1,
    unitPrice: 25000,
    listPrice: null,
    vatRate: 0,
    unitCost: 10000,
  }),
  // optional, 21 %: 2 × 49.99 = 99.98, never counted
  line({
    sku: "WAR-3",
    description: "Extended warranty",
    qty: 2,
    unitPrice: 4999,
    listPrice: 4999,
    optional: true,
    unitCost: 2000,
  }),
];
