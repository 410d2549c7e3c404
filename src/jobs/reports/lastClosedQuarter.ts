import type { IsoDate } from "../../core/model";
import { periodOfDate, quarterPeriod, type Period } from "../../core/period";

/**
 * The last quarter that has ended before `today` (fiscal quarters with the Settings' fiscal
 * year start): the report a support rep makes after a quarter closes, and the Reports view's
 * and the demo's default.
 *
 * @example lastClosedQuarter("2026-11-27").key === "2026-Q3"
 * @example lastClosedQuarter("2026-02-10").key === "2025-Q4"
 */
export function lastClosedQuarter(today: IsoDate, fiscalStartMonth = 1): Period {
  const current = periodOfDate(today, "quarter", fiscalStartMonth);
  const quarter = current.quarter ?? 1;
  return quarter === 1
    ? quarterPeriod(current.year - 1, 4, fiscalStartMonth)
    : quarterPeriod(current.year, quarter - 1, fiscalStartMonth);
}
