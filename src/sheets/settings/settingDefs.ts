/**
 * Every setting of the Settings sheet (SPEC §2): its stable English label (column A), its
 * Latvian label (accepted on read too), its default, a one-line explanation per locale, and the
 * parser whose problem names the setting and the allowed values.
 */
import type { Locale } from "../sheetKinds";
import { cleanText, normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import {
  DEFAULT_APPROVAL_LEVELS,
  formatApprovalLevels,
  parseApprovalLevels,
} from "./approvalLevels";
import {
  formatWorkingDays,
  parseDateOrder,
  parseMonth,
  parseWorkingDays,
} from "./calendarSettings";
import { ibanText, parseBic, parseIban, parseVatNo } from "./companyIds";
import {
  formatContactScoring,
  formatEmployeeScoring,
  formatGradeBands,
  formatTextScoring,
  parseContactScoring,
  parseEmployeeScoring,
  parseGradeBands,
  parseTextScoring,
} from "./leadScoring";
import { DEFAULT_QUOTE_NUMBER_FORMAT, parseQuoteNumberFormat } from "./quoteNumberFormat";
import { percentText, quote, readPercent, readWholeNumber } from "./settingSyntax";
import type { Settings, VatRounding } from "./settingTypes";
import {
  DEFAULT_STAGE_PROBABILITIES,
  formatStageProbabilities,
  parseStageProbabilities,
} from "./stageProbabilities";
import { formatTerritories, parseTerritories } from "./territories";
import { formatVatRates, LATVIAN_VAT_RATES, parseVatRates } from "./vatRates";

/** The settings that have a row of their own (mappings have one row per mapping instead). */
export type SettingField = Exclude<keyof Settings, "mappings">;

/** What formatting a value may depend on besides the locale. */
export interface FormatContext {
  /** ISO code for amounts (`Approval levels`). */
  currency: string;
}

/**
 * One setting. `parse` reads the Value cell's text (never blank: a blank cell means the default)
 * and its problem starts with the English label, e.g.
 * `VAT rounding: "per-item" is not allowed — use per-rate or per-line`.
 * `format` writes text that `parse` reads back to the same value, in either locale.
 */
export interface SettingDef<K extends SettingField = SettingField> {
  field: K;
  /** The stable English label shown in column A, e.g. "VAT rounding". */
  key: string;
  /** The Latvian label, written by `init` with the lv locale and accepted on read. */
  lv: string;
  /** One line saying what the setting does and what to write, per locale. */
  explanation: Record<Locale, string>;
  /** A fresh copy of the default value. */
  defaultValue(): Settings[K];
  /** The default as the locale writes it. */
  defaultText(locale: Locale): string;
  parse(text: string): Parsed<Settings[K]>;
  format(value: Settings[K], locale: Locale, context?: FormatContext): string;
}

/** Standard payment terms printed on quotes when the setting is left at its default. */
export const DEFAULT_PAYMENT_TERMS: Readonly<Record<Locale, string>> = {
  en: "Payment within 14 days of receiving the invoice.",
  lv: "Apmaksa 14 dienu laikā pēc rēķina saņemšanas.",
};

const DEFAULT_CONTEXT: FormatContext = { currency: "EUR" };

interface DefSpec<K extends SettingField> {
  key: string;
  lv: string;
  en: string;
  lvExplanation: string;
  defaultValue: () => Settings[K];
  /** Problem without the label, e.g. `"x" is not allowed — use a or b`. */
  read: (text: string) => Parsed<Settings[K]>;
  write: (value: Settings[K], locale: Locale, context: FormatContext) => string;
}

function define<K extends SettingField>(field: K, spec: DefSpec<K>): SettingDef<K> {
  return {
    field,
    key: spec.key,
    lv: spec.lv,
    explanation: { en: spec.en, lv: spec.lvExplanation },
    defaultValue: spec.defaultValue,
    defaultText: (locale) => spec.write(spec.defaultValue(), locale, DEFAULT_CONTEXT),
    parse(text) {
      const read = spec.read(text);
      return read.ok ? read : fail(`${spec.key}: ${read.problem}`);
    },
    format: (value, locale, context) => spec.write(value, locale, context ?? DEFAULT_CONTEXT),
  };
}

/** Trims each line and collapses spaces inside it; line breaks stay (addresses, terms). */
function cleanLines(text: string): string {
  return text
    .split(/\r?\n/u)
    .map(cleanText)
    .filter((l) => l !== "")
    .join("\n");
}

/** A free-text setting: any text, cleaned; empty allowed. */
function freeText<K extends "companyName" | "companyRegNo" | "companyAddress">(
  key: string,
  lv: string,
  en: string,
  lvExplanation: string,
  multiLine = false
): DefSpec<K> {
  return {
    key,
    lv,
    en,
    lvExplanation,
    defaultValue: () => "",
    read: (text) => ok(multiLine ? cleanLines(text) : cleanText(text)),
    write: (value) => value,
  };
}

/** A choice among words: each value with the words that select it. */
function choice<T extends string>(
  words: Record<T, readonly string[]>
): { read: (text: string) => Parsed<T>; allowed: string } {
  const values = Object.keys(words) as T[];
  const allowed = values.join(" or ");
  return {
    allowed,
    read(text) {
      const key = normalizeKey(text);
      const value = values.find((v) => [v, ...words[v]].some((w) => normalizeKey(w) === key));
      return value === undefined
        ? fail(`${quote(cleanText(text))} is not allowed — use ${allowed}`)
        : ok(value);
    },
  };
}

const LOCALE_CHOICE = choice<"lv" | "en" | "auto">({
  lv: ["Latvian", "latviešu", "latviski", "lv-LV"],
  en: ["English", "angļu", "angliski", "en-GB", "en-US"],
  auto: ["automatic", "automātiski", "default", "Office"],
});

const ROUNDING_CHOICE = choice<VatRounding>({
  "per-rate": ["rate", "by rate", "pa likmēm", "likme"],
  "per-line": ["line", "by line", "pa rindām", "rinda"],
});

function currencyWithCents(text: string): Parsed<string> {
  const code = cleanText(text).toUpperCase();
  let digits = -1;
  if (/^[A-Z]{3}$/u.test(code)) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
          .maximumFractionDigits ?? -1;
    } catch {
      digits = -1;
    }
  }
  return digits === 2
    ? ok(code)
    : fail(
        `${quote(cleanText(text))} is not allowed — use the ISO code of a currency with cents, e.g. EUR`
      );
}

function percentSetting(text: string): Parsed<number> {
  return readPercent(text);
}

/**
 * Every setting with a row of its own, keyed by its `Settings` property, in the order `init`
 * writes them.
 *
 * @example SETTING_DEFS.vatRounding.parse("per-item") → problem `VAT rounding: "per-item" is not allowed — use per-rate or per-line`
 */
export const SETTING_DEFS: { readonly [K in SettingField]: SettingDef<K> } = {
  companyName: define(
    "companyName",
    freeText<"companyName">(
      "Company name",
      "Uzņēmuma nosaukums",
      "Your company's name as printed on quotes (seller block).",
      "Jūsu uzņēmuma nosaukums, kā to drukā piedāvājumos (pārdevēja dati)."
    )
  ),
  companyRegNo: define(
    "companyRegNo",
    freeText<"companyRegNo">(
      "Company registration no",
      "Uzņēmuma reģistrācijas nr.",
      "Your company's registration number, printed on quotes.",
      "Jūsu uzņēmuma reģistrācijas numurs, ko drukā piedāvājumos."
    )
  ),
  companyVatNo: define("companyVatNo", {
    key: "Company VAT no",
    lv: "Uzņēmuma PVN nr.",
    en: "Your VAT number with its country prefix, e.g. LV40003245752; printed on quotes.",
    lvExplanation: "Jūsu PVN numurs ar valsts prefiksu, piem., LV40003245752; drukā piedāvājumos.",
    defaultValue: () => "",
    read: parseVatNo,
    write: (v) => v,
  }),
  companyAddress: define(
    "companyAddress",
    freeText<"companyAddress">(
      "Company address",
      "Uzņēmuma adrese",
      "Your company's legal address, printed on quotes (line breaks are kept).",
      "Jūsu uzņēmuma juridiskā adrese, ko drukā piedāvājumos (rindu pārnesumi saglabājas).",
      true
    )
  ),
  bankIban: define("bankIban", {
    key: "Bank IBAN",
    lv: "Bankas IBAN",
    en: "The account customers pay to; its check digits are verified.",
    lvExplanation: "Konts, uz kuru klienti maksā; kontrolcipari tiek pārbaudīti.",
    defaultValue: () => "",
    read: parseIban,
    write: ibanText,
  }),
  bankBic: define("bankBic", {
    key: "Bank BIC",
    lv: "Bankas BIC",
    en: "Your bank's BIC (SWIFT) code, 8 or 11 characters, e.g. HABALV22.",
    lvExplanation: "Jūsu bankas BIC (SWIFT) kods, 8 vai 11 zīmes, piem., HABALV22.",
    defaultValue: () => "",
    read: parseBic,
    write: (v) => v,
  }),
  currency: define("currency", {
    key: "Currency",
    lv: "Valūta",
    en: "ISO code of the currency of every amount in the workbook, e.g. EUR.",
    lvExplanation: "Visu darbgrāmatas summu valūtas ISO kods, piem., EUR.",
    defaultValue: () => "EUR",
    read: currencyWithCents,
    write: (v) => v,
  }),
  locale: define("locale", {
    key: "Locale",
    lv: "Valoda",
    en: "Language and formats of generated sheets: lv, en, or auto (Office's language in Excel, en on the command line).",
    lvExplanation:
      "Izveidoto lapu valoda un formāti: lv, en vai auto (Excel — Office valoda, komandrindā — en).",
    defaultValue: () => null,
    read(text) {
      const c = LOCALE_CHOICE.read(text);
      if (!c.ok) return fail(`${quote(cleanText(text))} is not allowed — use lv, en or auto`);
      return ok(c.value === "auto" ? null : c.value);
    },
    write: (v) => v ?? "auto",
  }),
  vatRates: define("vatRates", {
    key: "VAT rates",
    lv: "PVN likmes",
    en: "Named VAT rates with the date each applies from, separated by ; (the latest one on or before a date applies).",
    lvExplanation:
      "PVN likmes ar nosaukumu un spēkā stāšanās datumu, atdalītas ar ; (piemēro jaunāko, kas ir spēkā datumā).",
    defaultValue: () => LATVIAN_VAT_RATES.map((r) => ({ ...r })),
    read: parseVatRates,
    write: (v, locale) => formatVatRates(v, locale),
  }),
  standardVatRate: define("standardVatRate", {
    key: "Standard VAT rate",
    lv: "PVN pamatlikme",
    en: "Which of the VAT rates applies when a product or quote line gives none.",
    lvExplanation:
      "Kuru no PVN likmēm piemēro, ja produktam vai piedāvājuma rindai tā nav norādīta.",
    defaultValue: () => "standard",
    read(text) {
      const name = cleanText(text);
      return name === "" ? fail("name one of the VAT rates, e.g. standard") : ok(name);
    },
    write: (v) => v,
  }),
  vatRounding: define("vatRounding", {
    key: "VAT rounding",
    lv: "PVN noapaļošana",
    en: "per-rate: VAT is rounded once on the net sum of each rate; per-line: on every line, then added.",
    lvExplanation:
      "per-rate: PVN noapaļo vienreiz katras likmes neto summai; per-line: katrai rindai, tad saskaita.",
    defaultValue: () => "per-rate",
    read: ROUNDING_CHOICE.read,
    write: (v) => v,
  }),
  quoteNumberFormat: define("quoteNumberFormat", {
    key: "Quote number format",
    lv: "Piedāvājuma numura formāts",
    en: "{YYYY} or {YY} is the year, {####} the counter (restarts each year; one # per digit).",
    lvExplanation:
      "{YYYY} vai {YY} ir gads, {####} — kārtas numurs (katru gadu no jauna; viens # uz ciparu).",
    defaultValue: () => DEFAULT_QUOTE_NUMBER_FORMAT,
    read: parseQuoteNumberFormat,
    write: (v) => v,
  }),
  quoteValidityDays: define("quoteValidityDays", {
    key: "Quote validity days",
    lv: "Piedāvājuma derīgums dienās",
    en: "Days a quote stays valid after its date (valid through the whole last day).",
    lvExplanation: "Cik dienas piedāvājums ir derīgs pēc tā datuma (ieskaitot visu pēdējo dienu).",
    defaultValue: () => 30,
    read: (text) => readWholeNumber(text, 1, 365),
    write: (v) => String(v),
  }),
  paymentTerms: define("paymentTerms", {
    key: "Payment terms",
    lv: "Apmaksas noteikumi",
    en: "Terms printed on quotes; the standard text follows the quote's language.",
    lvExplanation: "Noteikumi, ko drukā piedāvājumos; standarta teksts seko piedāvājuma valodai.",
    defaultValue: () => null,
    read(text) {
      const terms = cleanLines(text);
      const standard = Object.values(DEFAULT_PAYMENT_TERMS).some(
        (t) => normalizeKey(t) === normalizeKey(terms)
      );
      return ok(standard || terms === "" ? null : terms);
    },
    write: (v, locale) => v ?? DEFAULT_PAYMENT_TERMS[locale],
  }),
  marginFloor: define("marginFloor", {
    key: "Margin floor",
    lv: "Minimālā marža",
    en: "A quote whose margin falls below this percentage needs approval.",
    lvExplanation: "Piedāvājumam, kura marža ir zem šī procenta, vajag apstiprinājumu.",
    defaultValue: () => 0.15,
    read: percentSetting,
    write: (v, locale) => percentText(v, locale),
  }),
  defaultDiscountLimit: define("defaultDiscountLimit", {
    key: "Default discount limit",
    lv: "Atlaides limits pēc noklusējuma",
    en: "A rep's overall discount limit when the Team sheet gives none; above it a quote needs approval.",
    lvExplanation:
      "Pārdevēja kopējās atlaides limits, ja lapā Komanda tas nav norādīts; virs tā vajag apstiprinājumu.",
    defaultValue: () => 0.1,
    read: percentSetting,
    write: (v, locale) => percentText(v, locale),
  }),
  approvalLevels: define("approvalLevels", {
    key: "Approval levels",
    lv: "Apstiprināšanas līmeņi",
    en: "Who approves a quote up to which gross amount; the last level approves any amount.",
    lvExplanation:
      "Kurš apstiprina piedāvājumu līdz kādai bruto summai; pēdējais līmenis — jebkuru summu.",
    defaultValue: () => DEFAULT_APPROVAL_LEVELS.map((l) => ({ ...l })),
    read: parseApprovalLevels,
    write: (v, locale, context) => formatApprovalLevels(v, locale, context.currency),
  }),
  stageProbabilities: define("stageProbabilities", {
    key: "Stage probabilities",
    lv: "Posmu varbūtības",
    en: "Probability of a deal in each stage when its row gives none (weighted pipeline).",
    lvExplanation: "Darījuma varbūtība katrā posmā, ja rindā tā nav norādīta (svērtais portfelis).",
    defaultValue: () => ({ ...DEFAULT_STAGE_PROBABILITIES }),
    read: parseStageProbabilities,
    write: (v, locale) => formatStageProbabilities(v, locale),
  }),
  scoringIndustry: define("scoringIndustry", {
    key: "Scoring: industry",
    lv: "Vērtēšana: nozare",
    en: "Lead points by industry: Name=points; | joins synonyms; * = any other; the first match wins.",
    lvExplanation:
      "Punkti pēc nozares: Nosaukums=punkti; | apvieno sinonīmus; * = jebkura cita; der pirmā atbilstība.",
    defaultValue: () =>
      parseOrThrow(
        parseTextScoring(
          "Manufacturing|Ražošana=30; Food|Pārtika=25; Logistics|Loģistika=20; Construction|Būvniecība=15; *=5",
          "contains"
        )
      ),
    read: (text) => parseTextScoring(text, "contains"),
    write: formatTextScoring,
  }),
  scoringEmployees: define("scoringEmployees", {
    key: "Scoring: employees",
    lv: "Vērtēšana: darbinieki",
    en: "Lead points by number of employees: bands like 50-249=15 or 250+=20; * = unknown or no band.",
    lvExplanation:
      "Punkti pēc darbinieku skaita: intervāli, piem., 50-249=15 vai 250+=20; * = nezināms.",
    defaultValue: () => parseOrThrow(parseEmployeeScoring("250+=20; 50-249=15; 10-49=8; 1-9=3")),
    read: parseEmployeeScoring,
    write: formatEmployeeScoring,
  }),
  scoringCountry: define("scoringCountry", {
    key: "Scoring: country",
    lv: "Vērtēšana: valsts",
    en: "Lead points by country (ISO codes, | joins several); * = any other country.",
    lvExplanation: "Punkti pēc valsts (ISO kodi, | apvieno vairākas); * = jebkura cita valsts.",
    defaultValue: () =>
      parseOrThrow(parseTextScoring("LV=20; EE|LT=15; FI|SE|NO|DK|DE|PL=10; *=5", "equals")),
    read: (text) => parseTextScoring(text, "equals"),
    write: formatTextScoring,
  }),
  scoringContact: define("scoringContact", {
    key: "Scoring: contact",
    lv: "Vērtēšana: kontakti",
    en: "Lead points for each contact detail present: Email, Phone, Contact, Title, Website.",
    lvExplanation:
      "Punkti par katru aizpildīto kontaktinformāciju: E-pasts, Tālrunis, Kontaktpersona, Amats, Mājaslapa.",
    defaultValue: () => parseOrThrow(parseContactScoring("Email=8; Phone=6; Contact=4; Title=2")),
    read: parseContactScoring,
    write: (v, locale) => formatContactScoring(v, locale),
  }),
  scoringSource: define("scoringSource", {
    key: "Scoring: source",
    lv: "Vērtēšana: avots",
    en: "Lead points by source (e.g. the trade show): Name=points; * = any other source.",
    lvExplanation: "Punkti pēc avota (piem., izstādes): Nosaukums=punkti; * = jebkurš cits avots.",
    defaultValue: () =>
      parseOrThrow(
        parseTextScoring(
          "Referral|Ieteikums=10; Trade show|Izstāde=8; Website|Mājaslapa=6; *=4",
          "contains"
        )
      ),
    read: (text) => parseTextScoring(text, "contains"),
    write: formatTextScoring,
  }),
  gradeBands: define("gradeBands", {
    key: "Grade bands",
    lv: "Kategoriju robežas",
    en: "Lowest score (0–100) of lead grades A, B and C; below C is D.",
    lvExplanation: "Zemākais punktu skaits (0–100) kategorijām A, B un C; zem C ir D.",
    defaultValue: () => ({ A: 70, B: 50, C: 30 }),
    read: parseGradeBands,
    write: formatGradeBands,
  }),
  dateOrder: define("dateOrder", {
    key: "Date order",
    lv: "Datumu secība",
    en: "How ambiguous text dates like 03/04/2026 are read when a column does not tell: DMY or MDY.",
    lvExplanation:
      "Kā lasīt neviennozīmīgus datumus, piem., 03/04/2026, ja kolonna to nenosaka: DMY vai MDY.",
    defaultValue: () => "DMY",
    read: parseDateOrder,
    write: (v) => v,
  }),
  fiscalYearStartMonth: define("fiscalYearStartMonth", {
    key: "Fiscal year start month",
    lv: "Finanšu gada pirmais mēnesis",
    en: "First month of the fiscal year, 1 (January) to 12.",
    lvExplanation: "Finanšu gada pirmais mēnesis, no 1 (janvāris) līdz 12.",
    defaultValue: () => 1,
    read: parseMonth,
    write: (v) => String(v),
  }),
  travelBufferMinutes: define("travelBufferMinutes", {
    key: "Travel buffer minutes",
    lv: "Ceļa laika rezerve minūtēs",
    en: "Minutes one person needs between meetings in different cities; less is a clash.",
    lvExplanation:
      "Cik minūšu vajag starp vienas personas tikšanām dažādās pilsētās; mazāk ir pārklāšanās.",
    defaultValue: () => 90,
    read: (text) => readWholeNumber(text, 0, 1440),
    write: (v) => String(v),
  }),
  workingDays: define("workingDays", {
    key: "Working days",
    lv: "Darba dienas",
    en: "Days counted for follow-up due dates, e.g. Mon-Fri.",
    lvExplanation: "Dienas, ko skaita sekojošo darbību termiņiem, piem., P-Pk.",
    defaultValue: () => [1, 2, 3, 4, 5],
    read: parseWorkingDays,
    write: (v, locale) => formatWorkingDays(v, locale),
  }),
  territories: define("territories", {
    key: "Territories",
    lv: "Teritorijas",
    en: "Which countries or cities belong to a Team region: Region=LV|EE; empty: regions are compared directly.",
    lvExplanation:
      "Kuras valstis vai pilsētas pieder komandas reģionam: Reģions=LV|EE; tukšs: salīdzina tieši.",
    defaultValue: () => [],
    read: parseTerritories,
    write: formatTerritories,
  }),
  roundRobinPosition: define("roundRobinPosition", {
    key: "Round-robin position",
    lv: "Rotācijas pozīcija",
    en: "Kept by Deal Desk: the rep who got the last lead, so assignment continues from there.",
    lvExplanation:
      "Deal Desk to uztur: pārdevējs, kurš saņēma pēdējo potenciālo klientu, lai sadale turpinātos.",
    defaultValue: () => "",
    read: (text) => ok(cleanText(text)),
    write: (v) => v,
  }),
};

/** The defaults above are literals; a failure here is a programming error caught by the tests. */
function parseOrThrow<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`invalid default setting: ${parsed.problem}`);
  return parsed.value;
}

/** Every setting def in sheet order. */
export const SETTING_LIST: readonly SettingDef[] = Object.values(SETTING_DEFS);

const BY_LABEL = new Map<string, SettingDef>();
for (const def of SETTING_LIST) {
  BY_LABEL.set(normalizeKey(def.key), def);
  BY_LABEL.set(normalizeKey(def.lv), def);
  BY_LABEL.set(normalizeKey(def.field), def);
}

/**
 * The setting a label names: its English or Latvian label (or property name), compared without
 * case, spacing, punctuation or diacritics. @example findSettingDef("pvn NOAPAĻOŠANA")?.key → "VAT rounding"
 */
export function findSettingDef(label: string): SettingDef | null {
  return BY_LABEL.get(normalizeKey(label)) ?? null;
}

/**
 * Fresh default settings (a new object each call).
 * @example defaultSettings().vatRounding → "per-rate"
 */
export function defaultSettings(): Settings {
  const settings = { mappings: {} } as Settings;
  const target: Record<SettingField, unknown> = settings;
  for (const def of SETTING_LIST) target[def.field] = def.defaultValue();
  return settings;
}
