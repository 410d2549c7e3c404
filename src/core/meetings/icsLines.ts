/**
 * Content lines of iCalendar text (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets.
 */

const ENCODER = new TextEncoder();

/** The most octets a content line may hold before its line break (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/**
 * Splits iCalendar text into its unfolded content lines: a line break followed by a space or
 * tab continues the line before (RFC 5545 §3.1). Accepts CRLF or LF; drops the final empty line.
 *
 * @example unfoldIcs("SUMMARY:Vizī\r\n te\r\nEND:VEVENT\r\n") → ["SUMMARY:Vizīte", "END:VEVENT"]
 */
export function unfoldIcs(text: string): string[] {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8 (without its CRLF):
 * the first part up to 75 octets, each continuation a space and up to 74 more. A character is
 * never split, so `ā` (2 octets) or `€` (3) stay whole. Returns the parts joined by CRLF + space.
 *
 * @example foldIcsLine("X:" + "a".repeat(80)) === "X:" + "a".repeat(73) + "\r\n " + "a".repeat(7)
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  let limit = ICS_LINE_OCTETS;
  for (const ch of line) {
    const size = ENCODER.encode(ch).length;
    if (octets + size > limit) {
      parts.push(part);
      part = "";
      octets = 0;
      limit = ICS_LINE_OCTETS - 1; // the leading space of a continuation counts
    }
    part += ch;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n ");
}

/**
 * Content lines as iCalendar text: each folded ({@link foldIcsLine}) and ended by CRLF.
 *
 * @example icsText(["BEGIN:VCALENDAR", "END:VCALENDAR"]) === "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
 */
export function icsText(lines: readonly string[]): string {
  return lines.map((l) => `${foldIcsLine(l)}\r\n`).join("");
}
