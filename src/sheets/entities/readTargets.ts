import type { Target } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { numberOf, requiredNumber, requiredText } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Targets sheet. Period is normalised to its key (`Q3 2026` → `2026-Q3`,
 * `07.2026` → `2026-07`, a date cell formatted as a month → that month).
 *
 * @example readTargets(block, { dateOrder: "DMY" }).rows[0] → { owner: "Ozols", period: "2026-Q3", revenueTarget: 15000000, … }
 */
export function readTargets(block: SheetBlock, options: ReadOptions): SheetRead<Target> {
  return drainReadSteps(readTargetsSteps(block, options));
}

/** `readTargets` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readTargetsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Target>, void> {
  return readRowsSteps(block, "targets", options, (r) => ({
    row: r.row,
    owner: requiredText(r, "owner"),
    period: requiredText(r, "period"),
    revenueTarget: requiredNumber(r, "revenueTarget"),
    profitTarget: numberOf(r, "profitTarget"),
    marginTarget: numberOf(r, "marginTarget"),
  }));
}
