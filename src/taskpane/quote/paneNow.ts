import type { IsoDate } from "../../core/model";
import { nowIsoMinute, todayIso } from "../../core/parseDate";

/**
 * Today in Riga (the team's time zone), as jobs take it: quote dates and validity, report
 * periods, retrospective timelines.
 *
 * @example paneToday(new Date("2026-07-04T22:30:00Z")) === "2026-07-05"
 */
export function paneToday(now: Date = new Date()): IsoDate {
  return todayIso("Europe/Riga", now);
}

/**
 * The current time in Riga as `YYYY-MM-DDTHH:MM`: when an approval or confirmation was given.
 *
 * @example paneNow(new Date("2026-07-03T07:15:00Z")) === "2026-07-03T10:15"
 */
export function paneNow(now: Date = new Date()): string {
  return nowIsoMinute("Europe/Riga", now);
}
