/**
 * The typed settings of a workbook (SPEC §2 Settings), as read from its Settings sheet.
 * Units: ratios as fractions (0.21 = 21 %), money in integer cents, dates as ISO `YYYY-MM-DD`.
 */
import type { Cents, DealStage, IsoDate } from "../../core/model";
import type { DateOrder } from "../../core/parseDate";
import type { Locale, SheetKind } from "../sheetKinds";

/**
 * One VAT rate valid from a date. Several entries may share a name: the one with the latest
 * `validFrom` on or before a date applies then (see `vatRateOn`).
 *
 * @example { name: "standard", rate: 0.21, validFrom: "2012-07-01" }
 */
export interface VatRate {
  /** The rate's name, e.g. "standard", "reduced"; compared without case or punctuation. */
  name: string;
  /** Fraction, 0.21 = 21 %. */
  rate: number;
  validFrom: IsoDate;
}

/**
 * How VAT is rounded on a quote (SPEC §4): `per-rate` = ROUND(net of each rate × rate, 2);
 * `per-line` = Σ ROUND(line net × rate, 2).
 */
export type VatRounding = "per-rate" | "per-line";

/** The roles that can approve a quote. */
export type ApproverRole = "Manager" | "Director";

/**
 * One approval level (SPEC §4), in ascending order of `upTo`. A quote needing approval is
 * approved by the first level whose `upTo` is at least its gross; a quote whose gross exceeds
 * the first level's `upTo` needs approval for that reason alone.
 *
 * @example [{ role: "Manager", upTo: 1_000_000 }, { role: "Director", upTo: null }] // 10 000 €, then any amount
 */
export interface ApprovalLevel {
  role: ApproverRole;
  /** Highest gross this level approves, in cents; null = any amount (only the last level). */
  upTo: Cents | null;
}

/** Default probability (fraction) of a deal in each stage, used when its row gives none. */
export type StageProbabilities = Record<DealStage, number>;

/**
 * Points for a word found in a text field (industry, source, country).
 * `names` as written; `keys` are their words normalized (lower-case, no diacritics or punctuation).
 */
export interface TextScoreRule {
  names: string[];
  keys: string[][];
  points: number;
}

/**
 * A text rule family. `contains` (industry, source): a rule matches when its words start the
 * value's consecutive words (`Food` matches "Food processing", `Pārtika` matches
 * "Pārtikas ražošana"); `equals` (country codes): the whole value. The first rule that matches
 * wins; `otherwise` (written `*`) applies to any other non-empty value; an empty value scores 0.
 */
export interface TextScoring {
  match: "contains" | "equals";
  rules: TextScoreRule[];
  /** Points for a non-empty value no rule matches (`*=5`), or null (0 points, `*` not written). */
  otherwise: number | null;
}

/** Points for a company size band: `min`–`max` employees inclusive, `max` null = no upper bound. */
export interface EmployeeBand {
  min: number;
  max: number | null;
  points: number;
}

/**
 * Points by employee count: the band containing the count; `otherwise` (`*`) when the count is
 * unknown or in no band (null: 0 points).
 */
export interface EmployeeScoring {
  bands: EmployeeBand[];
  otherwise: number | null;
}

/** The lead fields whose presence earns contact-completeness points. */
export type ContactField = "contact" | "title" | "email" | "phone" | "website";

/** Points for each contact field a lead has filled in (0 for a field not listed). */
export type ContactScoring = Record<ContactField, number>;

/** Lowest score of grades A, B and C (A > B > C); below C is D. */
export interface GradeBands {
  A: number;
  B: number;
  C: number;
}

/**
 * A territory rule for assigning leads (SPEC §3): leads whose country (ISO code) or city is one
 * of `places` belong to the team members whose Region is `region`.
 *
 * @example { region: "Baltics", places: ["LV", "EE", "LT"] }
 */
export interface Territory {
  region: string;
  places: string[];
}

/**
 * Column mappings chosen by the user: for a sheet kind, field key → the user's header text.
 * They win over the synonyms when columns are matched.
 *
 * @example { deals: { amount: "Līguma summa" } }
 */
export type ColumnMappings = Partial<Record<SheetKind, Record<string, string>>>;

/** Every setting of the workbook (SPEC §2), typed. Defaults: `DEFAULT_SETTINGS`. */
export interface Settings {
  companyName: string;
  companyRegNo: string;
  /** Compact, upper-case, e.g. "LV40003000000"; empty when not set. */
  companyVatNo: string;
  companyAddress: string;
  /** Compact, upper-case, check digits verified; empty when not set. */
  bankIban: string;
  bankBic: string;
  /** ISO 4217 code of a currency with cents, default "EUR". */
  currency: string;
  /** Labels, sheet names and formats of generated sheets; null = the host decides (Office display language in Excel, en on the command line). */
  locale: Locale | null;
  vatRates: VatRate[];
  /** Name of the rate in `vatRates` used when a product or line gives none. */
  standardVatRate: string;
  vatRounding: VatRounding;
  /** Tokens `{YYYY}` or `{YY}` and one counter `{####}` (its width); e.g. "Q-{YYYY}-{####}". */
  quoteNumberFormat: string;
  quoteValidityDays: number;
  /** Terms printed on quotes; null = the standard text in the quote's language (`DEFAULT_PAYMENT_TERMS`). */
  paymentTerms: string | null;
  /** A quote whose margin is below this fraction needs approval. */
  marginFloor: number;
  /** A rep's discount limit (fraction) when their Team row gives none. */
  defaultDiscountLimit: number;
  approvalLevels: ApprovalLevel[];
  stageProbabilities: StageProbabilities;
  scoringIndustry: TextScoring;
  scoringEmployees: EmployeeScoring;
  scoringCountry: TextScoring;
  scoringContact: ContactScoring;
  scoringSource: TextScoring;
  gradeBands: GradeBands;
  /** Day/month order of ambiguous text dates (`03/04/2026`). */
  dateOrder: DateOrder;
  /** 1 = January … 12 = December. */
  fiscalYearStartMonth: number;
  /** Minimum minutes between two meetings of one person in different cities. */
  travelBufferMinutes: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, ascending. */
  workingDays: number[];
  territories: Territory[];
  /** Internal: the name of the rep who got the last round-robin lead ("" = none yet). */
  roundRobinPosition: string;
  mappings: ColumnMappings;
}
