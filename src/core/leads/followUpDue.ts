/**
 * Hand-off due dates (SPEC §3): a lead's first call is due within 1 working day for grade A,
 * 2 for B and 5 for C; D leads get none.
 */
import type { IsoDate } from "../model";
import { addDays, isoWeekday } from "../parseDate";

/** A lead grade. */
export type LeadGrade = "A" | "B" | "C" | "D";

/** Working days until the first call, per grade (null: no due date). */
export const FOLLOW_UP_WORKING_DAYS: Readonly<Record<LeadGrade, number | null>> = {
  A: 1,
  B: 2,
  C: 5,
  D: null,
};

/**
 * The date `n` working days after `from` (working days as ISO weekdays, 1 = Monday … 7 = Sunday);
 * `from` itself is not counted. With `n` = 0, `from` when it is a working day, else the next one.
 *
 * @example addWorkingDays("2026-11-27", 1, [1, 2, 3, 4, 5]) === "2026-11-30" // Friday → Monday
 * @example addWorkingDays("2026-11-28", 1, [1, 2, 3, 4, 5]) === "2026-11-30" // Saturday → Monday
 */
export function addWorkingDays(from: IsoDate, n: number, workingDays: readonly number[]): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: ${n} is not a count`);
  const working = new Set(workingDays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  if (working.size === 0) throw new RangeError("addWorkingDays: no working day in the week");
  let day = from;
  if (n === 0) {
    while (!working.has(isoWeekday(day))) day = addDays(day, 1);
    return day;
  }
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (working.has(isoWeekday(day))) left--;
  }
  return day;
}

/**
 * When the first call on a lead of `grade` is due, counting from `today`; null for D.
 *
 * @example followUpDue("A", "2026-11-27", [1, 2, 3, 4, 5]) === "2026-11-30"
 * @example followUpDue("C", "2026-11-27", [1, 2, 3, 4, 5]) === "2026-12-04"
 * @example followUpDue("D", "2026-11-27", [1, 2, 3, 4, 5]) === null
 */
export function followUpDue(
  grade: LeadGrade,
  today: IsoDate,
  workingDays: readonly number[]
): IsoDate | null {
  const n = FOLLOW_UP_WORKING_DAYS[grade];
  return n === null ? null : addWorkingDays(today, n, workingDays);
}
