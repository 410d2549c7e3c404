import type { Cents, IsoDate } from "../../core/model";
import { formatMoney, toCents } from "../../core/money";
import type { Locale } from "../../sheets/sheetKinds";

/** What the pane shows for a figure that is undefined (no target, cost unknown). */
export const NO_FIGURE = "—";

/**
 * Cents as the Quote, Reports and Retro views show money: `1 234,56 €` in Latvian, `€1,234.56`
 * in English.
 *
 * @example centsText(123456, "lv") === "1 234,56 €"
 */
export function centsText(cents: Cents, locale: Locale, currency = "EUR"): string {
  return formatMoney(cents, locale, currency);
}

/**
 * An amount in currency units (as `report --json` carries it) shown as money; "—" for null.
 *
 * @example amountText(1234.5, "en") === "€1,234.50"; amountText(null, "en") === "—"
 */
export function amountText(amount: number | null, locale: Locale, currency = "EUR"): string {
  return amount === null ? NO_FIGURE : formatMoney(toCents(amount), locale, currency);
}

/**
 * A fraction as a percentage with up to `digits` decimals: `12,5 %` in Latvian (a space before
 * the sign, as Latvian writes it), `12.5%` in English; "—" for null.
 *
 * @example ratioText(0.125, "lv") === "12,5 %"; ratioText(0.125, "en") === "12.5%"
 */
export function ratioText(fraction: number | null, locale: Locale, digits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return NO_FIGURE;
  const factor = 10 ** digits;
  const value = Math.round(fraction * 100 * factor) / factor;
  const fixed = value.toFixed(digits);
  const text = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return locale === "lv" ? `${text.replace(".", ",")} %` : `${text}%`;
}

/**
 * An ISO date (or date-time) as the pane shows it: `27.11.2026` in Latvian, `2026-11-27` in
 * English; a time, when given, follows.
 *
 * @example dateText("2026-11-27T14:05", "lv") === "27.11.2026 14:05"
 */
export function dateText(iso: IsoDate | string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const date = locale === "lv" ? `${m[3]}.${m[2]}.${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return m[4] ? `${date} ${m[4]}` : date;
}
