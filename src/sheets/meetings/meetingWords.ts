/**
 * The words Deal Desk writes for a meeting's Kind and Status, in English and Latvian (both are
 * read back by `choiceValues`).
 */
import type { MeetingKind, MeetingStatus } from "../../core/model";
import type { Locale } from "../sheetKinds";

/**
 * Kind words per locale.
 * @example MEETING_KIND_WORDS.lv.Visit === "Vizīte"
 */
export const MEETING_KIND_WORDS: Readonly<Record<Locale, Readonly<Record<MeetingKind, string>>>> = {
  en: { Visit: "Visit", Video: "Video", Call: "Call", "Trade show": "Trade show" },
  lv: { Visit: "Vizīte", Video: "Videozvans", Call: "Zvans", "Trade show": "Izstāde" },
};

/**
 * Status words per locale.
 * @example MEETING_STATUS_WORDS.lv.Planned === "Plānota"
 */
export const MEETING_STATUS_WORDS: Readonly<
  Record<Locale, Readonly<Record<MeetingStatus, string>>>
> = {
  en: { Planned: "Planned", Done: "Done", Cancelled: "Cancelled" },
  lv: { Planned: "Plānota", Done: "Notika", Cancelled: "Atcelta" },
};
