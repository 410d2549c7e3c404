import type { IsoDate } from "../../core/model";
import {
  monthPeriod,
  periodOfDate,
  quarterPeriod,
  yearPeriod,
  type Period,
} from "../../core/period";

/** The kinds of period a report is made for. */
export type PeriodKind = Period["kind"];

/** How many periods of each kind the picker offers, the current one first. */
export const PERIODS_OFFERED: Readonly<Record<PeriodKind, number>> = {
  month: 24,
  quarter: 12,
  year: 5,
};

/** The period of the same kind just before `p` (fiscal years and quarters as `p` counts them). */
function previous(p: Period, fiscalStartMonth: number): Period {
  if (p.kind === "month") {
    const month = p.month ?? 1;
    return month === 1 ? monthPeriod(p.year - 1, 12) : monthPeriod(p.year, month - 1);
  }
  if (p.kind === "quarter") {
    const quarter = p.quarter ?? 1;
    return quarter === 1
      ? quarterPeriod(p.year - 1, 4, fiscalStartMonth)
      : quarterPeriod(p.year, quarter - 1, fiscalStartMonth);
  }
  return yearPeriod(p.year - 1, fiscalStartMonth);
}

/**
 * The periods of a kind the picker offers: the current one (still running on `today`) and
 * those before it, latest first ({@link PERIODS_OFFERED} of them).
 *
 * @example recentPeriods("quarter", "2026-11-27").slice(0, 2).map((p) => p.key) // ["2026-Q4", "2026-Q3"]
 */
export function recentPeriods(kind: PeriodKind, today: IsoDate, fiscalStartMonth = 1): Period[] {
  const periods = [periodOfDate(today, kind, fiscalStartMonth)];
  while (periods.length < PERIODS_OFFERED[kind]) {
    const last = periods[periods.length - 1] as Period;
    periods.push(previous(last, fiscalStartMonth));
  }
  return periods;
}

/**
 * The period that has just ended on `today` for a kind (the month, quarter or year before the
 * current one): what the picker selects when the user switches kind.
 *
 * @example lastClosedPeriod("month", "2026-11-27").key === "2026-10"
 */
export function lastClosedPeriod(kind: PeriodKind, today: IsoDate, fiscalStartMonth = 1): Period {
  return previous(periodOfDate(today, kind, fiscalStartMonth), fiscalStartMonth);
}
