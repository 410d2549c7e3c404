/**
 * The Excel number-format codes of the sheets Deal Desk writes, per Settings locale.
 *
 * Every numeric code starts with a locale tag — `[$-426]` Latvian, `[$-1809]` English (Ireland,
 * a euro country) — because LibreOffice (the CLI's PDF printer) takes the decimal and group
 * separators from that tag, and otherwise from its own UI locale: checked by printing through
 * tools/xlsx-recalc with LibreOffice set to en-US and to lv-LV, where
 *   `[$-426]#,##0.00 "€"`   → `1 234,50 €`,  `-1 234 567,89 €` (both UIs)
 *   `[$-1809]"€"#,##0.00`   → `€1,234.50`,   `-€1,234,567.89`  (both UIs)
 *   `[$-426]0.0%`           → `12,5%`;  `[$-1809]0.0%` → `12.5%`
 * whereas `#,##0.00 [$€-426]` and `[$€-1809]#,##0.00` follow the UI locale (`1,234.50 €` under
 * en-US, `€1 234,50` under lv-LV): the currency tag sets only the symbol. Excel always uses the
 * reader's system separators and accepts these codes unchanged. The currency is a quoted
 * literal, which both Excel and LibreOffice show as written. The texts match formatMoney.
 */

/** Locale of generated sheets (Settings `locale`). */
export type FormatLocale = "lv" | "en";

const TAG: Readonly<Record<FormatLocale, string>> = { lv: "[$-426]", en: "[$-1809]" };
const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£" };

/**
 * Money with two decimals and the currency: lv `1 234,56 €`, en `€1,234.56`; negatives
 * `-1 234,56 €` / `-€1,234.56`. Other currencies show their code: `1 234,56 SEK` / `SEK 1,234.56`.
 *
 * @example moneyFormat("lv") === '[$-426]#,##0.00 "€"'; moneyFormat("en") === '[$-1809]"€"#,##0.00'
 */
export function moneyFormat(locale: FormatLocale, currency = "EUR"): string {
  const symbol = SYMBOLS[currency];
  if (locale === "lv") return `${TAG.lv}#,##0.00 "${symbol ?? currency}"`;
  return `${TAG.en}"${symbol ?? `${currency} `}"#,##0.00`;
}

/**
 * Calendar dates. lv `dd.mm.yyyy` (05.07.2026, as Latvians write it); en `yyyy-mm-dd`
 * (2026-07-05): ISO reads the same to US and UK readers, who disagree about 05/07/2026.
 * `.` and `-` are literal in format codes, so no locale tag is needed.
 *
 * @example dateFormat("lv") === "dd.mm.yyyy"
 */
export function dateFormat(locale: FormatLocale): string {
  return locale === "lv" ? "dd.mm.yyyy" : "yyyy-mm-dd";
}

/**
 * Date and time of day (24-hour clock), e.g. report footers: `05.07.2026 14:30` / `2026-07-05 14:30`.
 *
 * @example dateTimeFormat("en") === "yyyy-mm-dd hh:mm"
 */
export function dateTimeFormat(locale: FormatLocale): string {
  return `${dateFormat(locale)} hh:mm`;
}

/**
 * Time of day, 24-hour clock: `09:30`.
 *
 * @example timeFormat() === "hh:mm"
 */
export function timeFormat(): string {
  return "hh:mm";
}

/**
 * Percentages with one decimal, for fractions (0.125 → lv `12,5%`, en `12.5%`).
 *
 * @example percentFormat("lv") === "[$-426]0.0%"
 */
export function percentFormat(locale: FormatLocale): string {
  return `${TAG[locale]}0.0%`;
}

/**
 * Whole numbers with thousands grouping: lv `1 235`, en `1,235`.
 *
 * @example integerFormat("en") === "[$-1809]#,##0"
 */
export function integerFormat(locale: FormatLocale): string {
  return `${TAG[locale]}#,##0`;
}

/**
 * Numbers with two decimals and grouping, no currency: lv `1 234,50`, en `1,234.50`.
 *
 * @example decimalFormat("lv") === "[$-426]#,##0.00"
 */
export function decimalFormat(locale: FormatLocale): string {
  return `${TAG[locale]}#,##0.00`;
}
