/**
 * Where a meeting takes place, and whether getting there takes travel (SPEC §7).
 */
import type { Meeting, MeetingKind } from "../model";
import { normalizeKey } from "../normalizeText";

/** The home city trips start from and return to (no Settings entry changes it yet). */
export const HOME_CITY = "Rīga";

/**
 * True when a meeting of this kind needs the person to be there: Visit and Trade show, and a
 * meeting of no stated kind. Video and Call need no travel.
 *
 * @example needsTravel("Video") === false; needsTravel(null) === true
 */
export function needsTravel(kind: MeetingKind | null): boolean {
  return kind !== "Video" && kind !== "Call";
}

/**
 * True when two city names are the same place: case, spacing, punctuation and diacritics are
 * ignored (`Rīga` = `RIGA` = `riga`).
 *
 * @example sameCity("Rīga", " riga ") === true; sameCity("Rīga", "Jelgava") === false
 */
export function sameCity(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

/**
 * The city a person must travel to for this meeting, or null: a meeting that needs no travel
 * (Video, Call) or has no City.
 *
 * @example travelCity({ kind: "Visit", city: "Liepāja" }) === "Liepāja"; travelCity({ kind: "Call", city: "Liepāja" }) === null
 */
export function travelCity(meeting: Pick<Meeting, "kind" | "city">): string | null {
  if (!needsTravel(meeting.kind)) return null;
  const city = meeting.city?.trim() ?? "";
  return city === "" ? null : city;
}
