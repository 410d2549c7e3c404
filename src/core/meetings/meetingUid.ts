/**
 * The UID of a meeting's invitation (RFC 5545 §3.8.4.7): the same on every export, so calendar
 * programs update the event instead of adding a copy.
 */
import type { Meeting } from "../model";
import { cleanText } from "../normalizeText";

/** Lower-case ASCII letters and digits, runs of anything else as one `-`. */
function slug(text: string): string {
  return cleanText(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a, 32 bits, over the UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The UID of a meeting's invitation: `<meeting id>.<company>@dealdesk`, both reduced to
 * lower-case letters, digits and dashes (the workbook's company from Settings; `workbook` when
 * none is set), so `M-0007` and ` m-0007 ` give the same UID. A meeting without a Meeting ID is
 * known by its date, start, with whom, manager and rep instead (`row-<hash>`): stable until one
 * of those is edited.
 *
 * @example meetingUid({ id: "M-0007", … }, "SIA Baltic Office Systems") === "m-0007.sia-baltic-office-systems@dealdesk"
 */
export function meetingUid(
  meeting: Pick<Meeting, "id" | "date" | "start" | "with" | "manager" | "rep">,
  company: string
): string {
  const id = slug(meeting.id ?? "");
  const key =
    id !== ""
      ? id
      : `meeting-${fnv1a(
          [
            meeting.date,
            meeting.start ?? "",
            meeting.with,
            meeting.manager ?? "",
            meeting.rep ?? "",
          ]
            .map((part) => cleanText(String(part)).toLowerCase())
            .join("|")
        )}`;
  return `${key}.${slug(company) || "workbook"}@dealdesk`;
}
