import type { Product } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { booleanOf, numberOf, requiredNumber, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Products sheet (price list). Defaults: Unit `pcs`, Active yes; VAT rate stays null
 * (the standard rate from Settings applies). A negative list price skips the row.
 *
 * @example readProducts(block, { dateOrder: "DMY" }).rows[0] → { sku: "P-100", listPrice: 12500, unit: "pcs", … }
 */
export function readProducts(block: SheetBlock, options: ReadOptions): SheetRead<Product> {
  return drainReadSteps(readProductsSteps(block, options));
}

/** `readProducts` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readProductsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Product>, void> {
  return readRowsSteps(block, "products", options, (r, context) => {
    const listPrice = requiredNumber(r, "listPrice");
    if (listPrice < 0) return context.skip("listPrice", "a list price cannot be negative");
    return {
      row: r.row,
      sku: requiredText(r, "sku"),
      name: requiredText(r, "name"),
      department: textOf(r, "department"),
      unit: textOf(r, "unit") ?? "pcs",
      listPrice,
      unitCost: numberOf(r, "unitCost"),
      vatRate: numberOf(r, "vatRate"),
      maxDiscount: numberOf(r, "maxDiscount"),
      active: booleanOf(r, "active") ?? true,
    };
  });
}
