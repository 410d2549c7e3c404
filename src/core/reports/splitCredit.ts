/**
 * Split deals (SPEC §5): the split owner is credited Split % of a deal's money, the owner the
 * rest. Each amount is split on its own, the split owner's part rounded like Excel's
 * ROUND(amount × Split %, 2) and the owner's part the remainder, so no cent is lost or made.
 */
import type { Cents, Deal } from "../model";
import { multiplyCents } from "../money";
import { nameKey } from "./nameKey";

/** How a deal's credit is shared. */
export interface DealSplit {
  /** The split owner as written, or null when the owner gets everything. */
  splitOwner: string | null;
  /** The split owner's share, a fraction 0–1 (0 when there is no split). */
  share: number;
  /** True when a Split owner is given without a Split % (credited to the owner alone). */
  missingPercent: boolean;
}

/**
 * The split of a deal. There is none when Split owner is empty, names the owner, or has no
 * Split % (then `missingPercent` is set: the owner keeps all, never a guessed 50 %).
 *
 * @example dealSplit({ …deal, owner: "Ozols", splitOwner: "Kalna", splitPercent: 0.4 }) // { splitOwner: "Kalna", share: 0.4, missingPercent: false }
 */
export function dealSplit(deal: Deal): DealSplit {
  const other = deal.splitOwner;
  if (other === null || nameKey(other) === "" || nameKey(other) === nameKey(deal.owner)) {
    return { splitOwner: null, share: 0, missingPercent: false };
  }
  if (deal.splitPercent === null) return { splitOwner: null, share: 0, missingPercent: true };
  return { splitOwner: other, share: deal.splitPercent, missingPercent: false };
}

/**
 * An amount split into [owner's part, split owner's part]: the split part is
 * ROUND(amount × share, 2), the owner's the rest; the parts always add up to `amount`.
 *
 * @example splitCents(10001, 0.5) // [5000, 5001]: ROUND(50.005, 2) = 50.01 to the split owner
 */
export function splitCents(amount: Cents, share: number): [Cents, Cents] {
  if (share === 0) return [amount, 0];
  const split = multiplyCents(amount, share);
  return [amount - split, split];
}
