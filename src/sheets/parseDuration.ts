import type { Parsed } from "../core/parsed";

const HOURS = "(?:h|hr|hrs|hour|hours|st|st\\.|stunda|stundas|stundu)";
const MINUTES = "(?:m|min|min\\.|mins|minute|minutes|minūte|minūtes|minūtēm)";
const CLOCK = /^(\d{1,3}):([0-5]\d)$/;
const HOURS_AND_MINUTES = new RegExp(
  `^(\\d+(?:[.,]\\d+)?)\\s*${HOURS}\\s*(?:(\\d+)\\s*${MINUTES}?)?$`,
  "i"
);
const MINUTES_ONLY = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*${MINUTES}?$`, "i");

/**
 * A duration in whole minutes, from a number of minutes, a clock length, or hours and minutes
 * in English or Latvian. A cell holding an Excel time (a fraction of a day) is passed as
 * `dayFraction: true`.
 *
 * @example parseDuration("90") → 90; parseDuration("1:30") → 90; parseDuration("1,5 h") → 90;
 * parseDuration("1 st 15 min") → 75; parseDuration(0.0625, true) → 90
 */
export function parseDuration(input: string | number, dayFraction = false): Parsed<number> {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0) return { ok: false, problem: "not a duration" };
    return { ok: true, value: Math.round(dayFraction ? input * 1440 : input) };
  }
  const text = input.trim().replace(/\s+/g, " ");
  const clock = CLOCK.exec(text);
  if (clock) return { ok: true, value: Number(clock[1]) * 60 + Number(clock[2]) };
  const hm = HOURS_AND_MINUTES.exec(text);
  if (hm) {
    const hours = Number((hm[1] ?? "0").replace(",", "."));
    const minutes = Number(hm[2] ?? "0");
    return { ok: true, value: Math.round(hours * 60 + minutes) };
  }
  const m = MINUTES_ONLY.exec(text);
  if (m) return { ok: true, value: Math.round(Number((m[1] ?? "0").replace(",", "."))) };
  return { ok: false, problem: "not a duration: write minutes (90), h:mm (1:30) or hours (1,5 h)" };
}
