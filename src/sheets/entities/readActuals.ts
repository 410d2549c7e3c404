import type { Actual } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { numberOf, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Actuals sheet: what was delivered and billed for won deals, line by line.
 * @example readActuals(block, { dateOrder: "DMY" }).rows[0] → { dealId: "D-1042", sku: "P-100", qty: 3, … }
 */
export function readActuals(block: SheetBlock, options: ReadOptions): SheetRead<Actual> {
  return drainReadSteps(readActualsSteps(block, options));
}

/** `readActuals` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readActualsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Actual>, void> {
  return readRowsSteps(block, "actuals", options, (r) => ({
    row: r.row,
    dealId: requiredText(r, "dealId"),
    sku: textOf(r, "sku"),
    qty: numberOf(r, "qty"),
    revenue: numberOf(r, "revenue"),
    cost: numberOf(r, "cost"),
  }));
}
