/**
 * Splitting an amount of cents in proportion to weights by rounding running totals, the
 * allocation a spreadsheet can reproduce with one formula per row.
 */
import type { Cents } from "../model";
import { fromCents, toCents } from "../money";

/**
 * Splits `total` cents over `weights` (amounts in cents, any sign) in proportion, by rounding the
 * running total: with S = Σ weights and C_k = weights[0] + … + weights[k],
 * share_k = ROUND(total × C_k / S, 2) − ROUND(total × C_(k−1) / S, 2) (C_(−1) = 0, amounts in
 * currency units as cells hold them, Excel's ROUND).
 *
 * Why not largest remainder ({@link allocateCents}): the quote sheet computes these shares with
 * live formulas, and this rule is one ROUND per row, e.g. for a share in G12 with weights in F:
 * `=ROUND($D$20*SUM($F$10:F12)/$F$19,2)-ROUND($D$20*SUM($F$10:F11)/$F$19,2)`
 * (D20 the amount to split, F19 = SUM of the weights). The shares telescope, so they always add
 * up exactly to `total`; each is within one cent of its exact share; with non-negative weights
 * and total, no share is negative and a zero weight gets 0.
 *
 * Throws RangeError when the weights sum to 0 but `total` is not 0 (no proportion exists).
 *
 * @example runningShares(100, [100, 100, 100]) // [33, 34, 33]: ROUND(0.333…)=0.33, ROUND(0.666…)=0.67 − 0.33, 1.00 − 0.67
 * @example runningShares(0, [0, 0]) // [0, 0]
 */
export function runningShares(total: Cents, weights: readonly Cents[]): Cents[] {
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`runningShares: ${total} is not a whole number of cents`);
  }
  let sum = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w)) {
      throw new RangeError(`runningShares: weight ${w} is not a whole number of cents`);
    }
    sum += w;
  }
  if (total === 0) return weights.map(() => 0);
  if (sum === 0) {
    throw new RangeError(`runningShares: cannot split ${total} cents over weights that sum to 0`);
  }
  const t = fromCents(total);
  const s = fromCents(sum);
  const shares: Cents[] = [];
  let running = 0;
  let previous = 0;
  for (const w of weights) {
    running += w;
    // Same double operations as the sheet formula: total × running ÷ sum, then ROUND.
    const upTo = running === sum ? total : toCents((t * fromCents(running)) / s);
    shares.push(upTo - previous);
    previous = upTo;
  }
  return shares;
}
