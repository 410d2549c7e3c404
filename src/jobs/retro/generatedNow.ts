/**
 * The moment a sheet was generated, as its footer states it: Riga time, never the machine's.
 */

/**
 * `YYYY-MM-DDTHH:mm` of `now` in a time zone (default Europe/Riga).
 *
 * @example generatedNow(new Date("2026-07-05T11:30:00Z")) === "2026-07-05T14:30"
 */
export function generatedNow(now: Date = new Date(), timeZone = "Europe/Riga"): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
