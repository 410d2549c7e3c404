import type { Cents, IsoDate, MeetingKind } from "../../core/model";
import { isIsoDate, parseTimeOfDay } from "../../core/parseDate";
import { parseMoney, type DecimalSeparator } from "../../core/parseNumber";
import { parseDuration } from "../../sheets/parseDuration";
import type { StringKey } from "../i18n/en";

/** The Meetings form as typed: every field text, as the inputs hold it. */
export interface MeetingFormState {
  /** `YYYY-MM-DD` (a date input's value). */
  date: string;
  /** `HH:MM` (a time input's value). */
  start: string;
  /** Whether the meeting's end is given as a time or as a duration. */
  until: "end" | "duration";
  end: string;
  duration: string;
  with: string;
  manager: string | null;
  rep: string | null;
  city: string;
  kind: MeetingKind;
  dealId: string | null;
  travelCost: string;
  agenda: string;
}

/** A form field that can carry a problem. */
export type MeetingFormField =
  "date" | "start" | "end" | "duration" | "with" | "manager" | "travelCost";

/** The meeting the form describes, in the engine's units; null fields were left empty. */
export interface MeetingFormValue {
  date: IsoDate;
  /** Minutes after midnight. */
  start: number;
  /** Minutes after midnight, when the end was given as a time. */
  end: number | null;
  /** Minutes, when the end was given as a duration. */
  duration: number | null;
  with: string;
  manager: string;
  rep: string | null;
  city: string | null;
  kind: MeetingKind;
  dealId: string | null;
  travelCost: Cents | null;
  agenda: string | null;
}

/** The form read: the meeting when every field is valid, else the problem of each field. */
export type MeetingFormReading =
  | { ok: true; value: MeetingFormValue }
  | { ok: false; problems: Partial<Record<MeetingFormField, StringKey>> };

/** A blank form on `date`, 10:00 for an hour, a visit. */
export function emptyMeetingForm(date: IsoDate): MeetingFormState {
  return {
    date,
    start: "10:00",
    until: "duration",
    end: "",
    duration: "60",
    with: "",
    manager: null,
    rep: null,
    city: "",
    kind: "Visit",
    dealId: null,
    travelCost: "",
    agenda: "",
  };
}

const blankToNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/**
 * Checks the form and turns it into the meeting to schedule: a date, a start, an end after the
 * start or a positive duration (empty: the engine's default length), whom it is with, the
 * manager, and a travel cost that is an amount when given.
 *
 * @example readMeetingForm({ ...emptyMeetingForm("2026-07-14"), with: "SIA Koks", manager: "Jānis" }, ".").ok === true
 */
export function readMeetingForm(
  form: MeetingFormState,
  decimal: DecimalSeparator
): MeetingFormReading {
  const problems: Partial<Record<MeetingFormField, StringKey>> = {};
  if (!isIsoDate(form.date.trim())) problems.date = "needDate";
  const start = form.start.trim() === "" ? null : parseTimeOfDay(form.start.trim());
  if (start === null || !start.ok) problems.start = "needStart";
  let end: number | null = null;
  let duration: number | null = null;
  if (form.until === "end") {
    const parsed = form.end.trim() === "" ? null : parseTimeOfDay(form.end.trim());
    if (parsed !== null && !parsed.ok) problems.end = "badEnd";
    else if (parsed !== null && start?.ok && parsed.value <= start.value) problems.end = "badEnd";
    else if (parsed !== null && parsed.ok) end = parsed.value;
  } else if (form.duration.trim() !== "") {
    const parsed = parseDuration(form.duration);
    if (!parsed.ok || parsed.value <= 0 || parsed.value >= 1440) problems.duration = "badDuration";
    else duration = parsed.value;
  }
  if (form.with.trim() === "") problems.with = "needWith";
  if (form.manager === null || form.manager.trim() === "") problems.manager = "needManager";
  let travelCost: Cents | null = null;
  if (form.travelCost.trim() !== "") {
    const parsed = parseMoney(form.travelCost, decimal);
    if (!parsed.ok || parsed.value < 0) problems.travelCost = "badAmount";
    else travelCost = parsed.value;
  }
  if (Object.keys(problems).length > 0 || start === null || !start.ok)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      date: form.date.trim(),
      start: start.value,
      end,
      duration,
      with: form.with.trim(),
      manager: (form.manager ?? "").trim(),
      rep: form.rep === null ? null : blankToNull(form.rep),
      city: blankToNull(form.city),
      kind: form.kind,
      dealId: form.dealId === null ? null : blankToNull(form.dealId),
      travelCost,
      agenda: blankToNull(form.agenda),
    },
  };
}
