import type { Deal, DealStage } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { numberOf, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Deals sheet. Stage is canonical (Prospecting … Lost; `Closed Won`, `Uzvarēts`,
 * `zaudēts` …) or "Open" for any other text, which `stageText` keeps as written. Probability
 * and Split % are fractions (`30 %`, `30` and `0.3` are the same); a probability outside
 * 0–100 % is reported and left empty (the stage's default applies), a Split % without a Split
 * owner is reported and ignored.
 *
 * @example readDeals(block, { dateOrder: "DMY" }).rows[0] → { id: "D-1042", stage: "Won", amount: 1250000, … }
 */
export function readDeals(block: SheetBlock, options: ReadOptions): SheetRead<Deal> {
  return drainReadSteps(readDealsSteps(block, options));
}

/** `readDeals` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readDealsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Deal>, void> {
  return readRowsSteps(block, "deals", options, (r, context) => {
    let probability = numberOf(r, "probability");
    if (probability !== null && (probability < 0 || probability > 1)) {
      context.issue("probability", "a probability lies between 0 % and 100 % — left empty");
      probability = null;
    }
    const splitOwner = textOf(r, "splitOwner");
    let splitPercent = numberOf(r, "splitPercent");
    if (splitPercent !== null && splitOwner === null) {
      context.issue("splitPercent", "Split % without a Split owner — ignored");
      splitPercent = null;
    } else if (splitPercent !== null && (splitPercent < 0 || splitPercent > 1)) {
      context.issue("splitPercent", "a split share lies between 0 % and 100 % — left empty");
      splitPercent = null;
    }
    return {
      row: r.row,
      id: requiredText(r, "id"),
      account: textOf(r, "account"),
      owner: requiredText(r, "owner"),
      // readRows gives a canonical stage or "Open" for a stage column.
      stage: requiredText(r, "stage") as DealStage | "Open",
      stageText: r.texts.stage ?? "",
      probability,
      amount: numberOf(r, "amount"),
      revenue: numberOf(r, "revenue"),
      cost: numberOf(r, "cost"),
      profit: numberOf(r, "profit"),
      margin: numberOf(r, "margin"),
      created: textOf(r, "created"),
      expectedClose: textOf(r, "expectedClose"),
      closedOn: textOf(r, "closedOn"),
      lostReason: textOf(r, "lostReason"),
      splitOwner,
      splitPercent,
      quoteId: textOf(r, "quoteId"),
      travelCost: numberOf(r, "travelCost"),
    };
  });
}
