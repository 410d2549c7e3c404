/**
 * Who attends a meeting for the team: its manager and its rep (SPEC §2 Meetings).
 */
import type { Meeting } from "../model";
import { cleanText } from "../normalizeText";
import { nameKey } from "../reports/nameKey";

/**
 * The team members of a meeting, manager first then rep, each once (names compared trimmed and
 * case-insensitively), as written.
 *
 * @example meetingPeople({ manager: "Jānis Ozols", rep: "anna bērziņa", … }) → ["Jānis Ozols", "anna bērziņa"]
 */
export function meetingPeople(meeting: Pick<Meeting, "manager" | "rep">): string[] {
  const people: string[] = [];
  for (const name of [meeting.manager, meeting.rep]) {
    if (name === null) continue;
    const clean = cleanText(name);
    if (clean !== "" && !people.some((p) => nameKey(p) === nameKey(clean))) people.push(clean);
  }
  return people;
}

/**
 * A short handle for a meeting in messages: its Meeting ID, else `row N` of its sheet.
 *
 * @example meetingLabel({ id: "M-0007", row: 9 }) === "M-0007"; meetingLabel({ id: null, row: 9 }) === "row 9"
 */
export function meetingLabel(meeting: Pick<Meeting, "id" | "row">): string {
  return meeting.id ?? `row ${meeting.row}`;
}
