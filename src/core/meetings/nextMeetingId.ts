/**
 * Meeting IDs Deal Desk generates (SPEC §7): `M-0001`, `M-0002`, … continuing the sheet's own.
 */

const MEETING_ID = /^M-(\d+)$/i;

/**
 * The Meeting ID after the highest `M-<number>` among `existing` (trimmed, any case), with at
 * least four digits (`M-0001` in an empty sheet); other IDs are ignored.
 *
 * @example nextMeetingId(["M-0009", "m-0012", "X-99", null]) === "M-0013"
 * @example nextMeetingId([]) === "M-0001"
 */
export function nextMeetingId(existing: readonly (string | null)[]): string {
  let highest = 0;
  let width = 4;
  for (const id of existing) {
    const m = MEETING_ID.exec(id?.trim() ?? "");
    if (!m || !m[1]) continue;
    const n = Number(m[1]);
    if (n > highest) highest = n;
    width = Math.max(width, m[1].length);
  }
  return `M-${String(highest + 1).padStart(width, "0")}`;
}
