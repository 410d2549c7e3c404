/**
 * Travel costs attributed to deals (SPEC §7): each meeting's Travel cost goes to its Deal ID,
 * the same rule `meetingTravelByDeal` applies when travel enters a deal's final profit (§5).
 */
import type { Cents, Meeting } from "../model";
import { nameKey } from "../reports/nameKey";

/** The travel cost of one deal's meetings (or of the meetings with no deal: `dealId` null). */
export interface DealTravel {
  /** The Deal ID as the first of its meetings writes it; null for meetings without a deal. */
  dealId: string | null;
  /** Σ Travel cost, in cents. */
  travelCost: Cents;
  /** How many meetings with a Travel cost it sums. */
  meetings: number;
}

/**
 * Σ Travel cost per deal over `meetings`, each meeting once: Cancelled meetings and meetings
 * without a Travel cost are left out; Deal IDs match trimmed and case-insensitively. Deals in
 * ID order (numbers in IDs compare as numbers), the meetings without a deal last.
 *
 * @example travelByDeal([{ dealId: "D-1", travelCost: 12000, … }, { dealId: "d-1", travelCost: 8550, … }])
 * // [{ dealId: "D-1", travelCost: 20550, meetings: 2 }]
 */
export function travelByDeal(meetings: readonly Meeting[]): DealTravel[] {
  const deals = new Map<string, DealTravel>();
  let none: DealTravel | null = null;
  for (const m of meetings) {
    if (m.status === "Cancelled" || m.travelCost === null) continue;
    const id = m.dealId?.trim() ?? "";
    if (id === "") {
      none ??= { dealId: null, travelCost: 0, meetings: 0 };
      none.travelCost += m.travelCost;
      none.meetings += 1;
      continue;
    }
    const key = nameKey(id);
    const entry = deals.get(key) ?? { dealId: id, travelCost: 0, meetings: 0 };
    entry.travelCost += m.travelCost;
    entry.meetings += 1;
    deals.set(key, entry);
  }
  const sorted = [...deals.values()].sort((a, b) =>
    (a.dealId ?? "").localeCompare(b.dealId ?? "", "en", { numeric: true, sensitivity: "base" })
  );
  return none ? [...sorted, none] : sorted;
}
