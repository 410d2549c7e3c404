import type { ClashJson, MeetingJson } from "../../jobs/meetings/meetingJson";
import type { Strings } from "../i18n/en";
import { fill } from "../i18n/fill";
import type { Locale } from "../../sheets/sheetKinds";
import { dateText } from "../quote/figureText";

/**
 * A meeting's time as the pane shows it: `10:00–11:30`, the start alone without an end, "" without
 * a start.
 *
 * @example meetingTime({ start: "10:00", end: "11:30" }) === "10:00–11:30"
 */
export function meetingTime(m: Pick<MeetingJson, "start" | "end">): string {
  if (m.start === null) return "";
  return m.end === null ? m.start : `${m.start}–${m.end}`;
}

/** The label the engine gives a meeting: its Meeting ID, else `row N`. */
export function meetingKey(m: Pick<MeetingJson, "id" | "row">): string {
  return m.id ?? `row ${m.row}`;
}

/**
 * A meeting named for a clash line: its ID (or `name`) with its date, time and city when known
 * (`M-0012 (2026-07-14 10:00–11:30, Liepāja)`), else the name alone.
 *
 * @example describeMeeting("M-0012", undefined, "en") === "M-0012"
 */
export function describeMeeting(
  label: string,
  meeting: MeetingJson | undefined,
  locale: Locale,
  name: string = label
): string {
  if (!meeting) return name;
  const when = [dateText(meeting.date, locale), meetingTime(meeting)]
    .filter((x) => x !== "")
    .join(" ");
  const where = meeting.city?.trim() ?? "";
  return `${name} (${where === "" ? when : `${when}, ${where}`})`;
}

/**
 * A clash in the pane's words: who is booked twice, and the two meetings with their times —
 * overlapping, or with too little time to travel between them. The meeting labelled `unsaved`
 * (one being scheduled, whose ID is not in the sheet yet) is called "the new meeting".
 *
 * @example clashText(clash, byLabel, t, "en") === "Jānis Ozols: M-0313 (2026-12-03 10:00–11:00, Liepāja) overlaps M-0012 (…)"
 */
export function clashText(
  clash: ClashJson,
  byLabel: ReadonlyMap<string, MeetingJson>,
  t: Pick<Strings, "clashOverlap" | "clashBuffer" | "thisMeeting">,
  locale: Locale,
  unsaved: string | null = null
): string {
  const name = (label: string) => (label === unsaved ? t.thisMeeting : label);
  return fill(clash.kind === "overlap" ? t.clashOverlap : t.clashBuffer, {
    person: clash.person,
    a: describeMeeting(clash.a, byLabel.get(clash.a), locale, name(clash.a)),
    b: describeMeeting(clash.b, byLabel.get(clash.b), locale, name(clash.b)),
  });
}
