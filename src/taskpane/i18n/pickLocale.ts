import type { Locale } from "../../sheets/sheetKinds";

/**
 * The task pane's language from Office's display language (a BCP 47 tag): Latvian for `lv` and
 * `lv-*`, English otherwise.
 *
 * @example pickLocale("lv-LV") // "lv"
 * @example pickLocale("en-GB") // "en"
 */
export function pickLocale(displayLanguage: string | null | undefined): Locale {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  return tag === "lv" || tag.startsWith("lv-") || tag.startsWith("lv_") ? "lv" : "en";
}
