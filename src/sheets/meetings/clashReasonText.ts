/**
 * A clash's reason in the words of a sheet's locale (the JSON keeps the English of `findClashes`).
 */
import type { Clash } from "../../core/meetings/findClashes";
import { clockText, meetingEnd, timeRange } from "../../core/meetings/meetingTimes";
import type { Meeting } from "../../core/model";
import type { Locale } from "../sheetKinds";
import { MEETING_KIND_WORDS } from "./meetingWords";

function where(meeting: Meeting, locale: Locale): string {
  const city = meeting.city?.trim() ?? "";
  if (city !== "") return city;
  return meeting.kind === null ? "" : MEETING_KIND_WORDS[locale][meeting.kind];
}

/**
 * The reason of a clash: English as `findClashes` wrote it; Latvian
 * `11:30–13:00 Ventspils pārklājas ar 10:00–12:00 Liepāja` or
 * `tikai 45 min starp Rīga 12:00 un Liepāja 12:45; ceļa laika rezerve 90 min`.
 *
 * @example clashReasonText(clash, 90, "lv")
 */
export function clashReasonText(clash: Clash, bufferMinutes: number, locale: Locale): string {
  if (locale === "en") return clash.reason;
  const { a, b } = clash;
  if (clash.kind === "overlap") {
    return `${timeRange(b)} ${where(b, locale)} pārklājas ar ${timeRange(a)} ${where(a, locale)}`
      .replace(/\s+/g, " ")
      .trim();
  }
  const nextDay = a.date !== b.date ? ` (${b.date})` : "";
  return (
    `tikai ${clash.gap} min starp ${where(a, locale)} ${clockText(meetingEnd(a) ?? 0)} un ` +
    `${where(b, locale)} ${clockText(b.start ?? 0)}${nextDay}; ceļa laika rezerve ${bufferMinutes} min`
  );
}
