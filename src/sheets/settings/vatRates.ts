/**
 * The `VAT rates` setting: named rates, each valid from a date, in one cell.
 * Syntax (items separated by `;`): `<name> <rate %> from <date>` — lv writes `no` for `from`.
 *
 * @example "standard 21% from 2012-07-01; reduced 12% from 2011-01-01"
 */
import type { IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import type { Locale } from "../sheetKinds";
import { dateText, listItems, percentText, quote, readDate, readPercent } from "./settingSyntax";
import type { VatRate } from "./settingTypes";

/**
 * Latvia's VAT rates in force (Pievienotās vērtības nodokļa likums): standard 21 % since
 * 1 July 2012 (22 % in 2011–June 2012), reduced 12 % since 1 January 2011, the second reduced
 * rate of 5 % since 1 January 2018 (its scope — fresh produce, later books and press — changed
 * over the years, the rate did not), and 0 % for exports and intra-EU supplies since
 * EU accession (1 May 2004).
 */
export const LATVIAN_VAT_RATES: readonly VatRate[] = [
  { name: "standard", rate: 0.21, validFrom: "2012-07-01" },
  { name: "reduced", rate: 0.12, validFrom: "2011-01-01" },
  { name: "second reduced", rate: 0.05, validFrom: "2018-01-01" },
  { name: "zero", rate: 0, validFrom: "2004-05-01" },
];

const EXAMPLE = "e.g. standard 21 % from 2012-07-01; reduced 12 % from 2011-01-01";

/** `<name> [=] <rate>% <from|no|since|kopš> <date>`; the rate needs its `%` sign. */
const ITEM = /^(.+?)\s*=?\s*(\d+(?:[.,]\d+)?\s*%)\s+(?:from|since|no|kopš)\s+(.+)$/iu;

/**
 * Reads the VAT rates setting. Each item needs a name, a rate with `%` and a from-date; a name
 * may appear several times with different dates (a rate that changed).
 *
 * @example parseVatRates("standard 21 % no 01.07.2012") → ok [{ name: "standard", rate: 0.21, validFrom: "2012-07-01" }]
 */
export function parseVatRates(text: string): Parsed<VatRate[]> {
  const items = listItems(text);
  if (items.length === 0) return fail(`no rate given — ${EXAMPLE}`);
  const rates: VatRate[] = [];
  for (const [index, item] of items.entries()) {
    const where = `item ${index + 1} ${quote(item)}`;
    const m = ITEM.exec(item);
    if (!m) return fail(`${where} is not "name rate % from date" — ${EXAMPLE}`);
    const [, name = "", rateText = "", dateTextRead = ""] = m;
    const rate = readPercent(rateText);
    if (!rate.ok) return fail(`${where}: ${rate.problem}`);
    const validFrom = readDate(dateTextRead);
    if (!validFrom.ok) return fail(`${where}: ${validFrom.problem}`);
    const clash = rates.find(
      (r) => normalizeKey(r.name) === normalizeKey(name) && r.validFrom === validFrom.value
    );
    if (clash) return fail(`${where}: ${quote(name)} is already given from that date`);
    rates.push({ name, rate: rate.value, validFrom: validFrom.value });
  }
  return ok(rates);
}

/**
 * The VAT rates setting as text in a locale; `parseVatRates` reads it back.
 * @example formatVatRates([{ name: "standard", rate: 0.21, validFrom: "2012-07-01" }], "lv") → "standard 21 % no 01.07.2012"
 */
export function formatVatRates(rates: readonly VatRate[], locale: Locale): string {
  const from = locale === "lv" ? "no" : "from";
  return rates
    .map((r) => `${r.name} ${percentText(r.rate, locale)} ${from} ${dateText(r.validFrom, locale)}`)
    .join("; ");
}

/**
 * The rate (fraction) of the named VAT rate in force on `date`: the entry of that name with the
 * latest `validFrom` on or before the date; null when the name is unknown or not yet valid then.
 * Names compare without case, spacing or punctuation.
 *
 * @example vatRateOn(LATVIAN_VAT_RATES, "Standard", "2026-03-01") → 0.21
 */
export function vatRateOn(rates: readonly VatRate[], name: string, date: IsoDate): number | null {
  const key = normalizeKey(name);
  let best: VatRate | null = null;
  for (const r of rates) {
    if (normalizeKey(r.name) !== key || r.validFrom > date) continue;
    if (best === null || r.validFrom > best.validFrom) best = r;
  }
  return best === null ? null : best.rate;
}

/**
 * The distinct rate names, as first written. @example vatRateNames(LATVIAN_VAT_RATES) → ["standard", "reduced", "second reduced", "zero"]
 */
export function vatRateNames(rates: readonly VatRate[]): string[] {
  const names: string[] = [];
  for (const r of rates) {
    if (!names.some((n) => normalizeKey(n) === normalizeKey(r.name))) names.push(r.name);
  }
  return names;
}
