import type { SampleDuplicateRule } from "./sampleFacts";
import { FREE_MAIL_DOMAINS } from "./sampleVocabulary";

/** The fields of a lead (or account) row that duplicates are recognised by. */
export interface LeadIdentityFields {
  company: string | null;
  email?: string | null;
  website?: string | null;
  regNo?: string | null;
  vatNo?: string | null;
}

/** Normalised keys of a lead row, one per deduplication rule of SPEC §3. */
export interface LeadMatchKeys {
  email: string | null;
  /** Company domains from the website and a non-free-mail address. */
  domains: string[];
  /** Registration numbers (11 digits) from Reg. no and VAT no. */
  regNos: string[];
  /** The company name without legal forms, quotes, case, punctuation and diacritics. */
  name: string | null;
}

const LEGAL_FORMS = new Set([
  "sia",
  "as",
  "ik",
  "ltd",
  "gmbh",
  "oy",
  "ou",
  "uab",
  "ab",
  "oo",
  "llc",
  "inc",
  "plc",
]);

/**
 * A company name reduced for comparison.
 * @example companyNameKey('SIA "Rīgas Piens"') === companyNameKey("RĪGAS PIENS Ltd") // "rigaspiens"
 */
export function companyNameKey(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      // After NFD every Baltic letter is a plain Latin one, so ASCII letters and digits remain.
      .replace(/[^a-z0-9]+/g, " ")
      .split(" ")
      .filter((w) => w !== "" && !LEGAL_FORMS.has(w))
      .join("")
  );
}

/**
 * The domain of a website as written. @example websiteDomain("HTTP://WWW.Koks.lv/lv/kontakti") === "koks.lv"
 */
export function websiteDomain(website: string): string | null {
  const host = website
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .split(/[/?#]/)[0];
  return host && host.includes(".") ? host : null;
}

/**
 * The comparison keys of a lead row, as the sample's facts compute them.
 * @example leadMatchKeys({ company: "Koks SIA", email: " Info@Koks.lv " }).domains // ["koks.lv"]
 */
export function leadMatchKeys(fields: LeadIdentityFields): LeadMatchKeys {
  const email = fields.email?.trim().toLowerCase() || null;
  const domains = new Set<string>();
  const site = fields.website ? websiteDomain(fields.website) : null;
  if (site) domains.add(site);
  const mailDomain = email?.split("@")[1];
  if (mailDomain && !FREE_MAIL_DOMAINS.includes(mailDomain)) domains.add(mailDomain);
  const regNos = new Set<string>();
  for (const text of [fields.regNo, fields.vatNo]) {
    const digits = text?.replace(/^\s*LV/i, "").replace(/\D/g, "");
    if (digits && digits.length === 11) regNos.add(digits);
  }
  const name = fields.company ? companyNameKey(fields.company) || null : null;
  return { email, domains: [...domains], regNos: [...regNos], name };
}

/**
 * Every rule by which two lead rows match (empty: not duplicates).
 * @example matchingRules(keysA, keysB) // ["domain", "name"]
 */
export function matchingRules(a: LeadMatchKeys, b: LeadMatchKeys): SampleDuplicateRule[] {
  const rules: SampleDuplicateRule[] = [];
  if (a.email !== null && a.email === b.email) rules.push("email");
  if (a.domains.some((d) => b.domains.includes(d))) rules.push("domain");
  if (a.regNos.some((r) => b.regNos.includes(r))) rules.push("regNo");
  if (a.name !== null && a.name === b.name) rules.push("name");
  return rules;
}
