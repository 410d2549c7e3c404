/**
 * Matching keys for names and IDs in reports (SPEC §2: names match after trimming and ignoring
 * case). Two texts get the same key exactly when `sameName` (normalizeText) says they are equal,
 * so a key can index a Map where `sameName` would need a scan.
 */
import { cleanText } from "../normalizeText";

/**
 * The matching key of a name or ID: whitespace trimmed and collapsed, NFC, case folded without
 * locale rules (upper- then lower-casing, so `ß` and `SS` agree). Diacritics still count.
 *
 * @example nameKey(" anna  BĒRZIŅA") === nameKey("Anna Bērziņa"); nameKey("d-1042") === nameKey("D-1042 ")
 */
export function nameKey(text: string): string {
  return cleanText(text).normalize("NFC").toUpperCase().toLowerCase();
}
