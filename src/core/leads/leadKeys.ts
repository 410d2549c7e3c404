/**
 * What makes two leads (or a lead and an account) the same company (SPEC §3): the same e-mail,
 * the same company domain (free-mail domains excluded), the same registration or VAT number,
 * the same company-name key.
 */
import { companyKey } from "./companyKey";
import { isFreeMailDomain } from "./freeMailDomains";
import { emailDomain } from "./normalizeEmail";

/** A deduplication rule, strongest first in {@link DUPLICATE_RULES}. */
export type DuplicateRule = "regNo" | "email" | "domain" | "name";

/** The rules in the order a match is reported by: the strongest evidence first. */
export const DUPLICATE_RULES: readonly DuplicateRule[] = ["regNo", "email", "domain", "name"];

/** What a rule means, for people. */
export const DUPLICATE_RULE_TEXT: Readonly<Record<DuplicateRule, { en: string; lv: string }>> = {
  regNo: { en: "same registration or VAT number", lv: "tas pats reģistrācijas vai PVN numurs" },
  email: { en: "same e-mail", lv: "tas pats e-pasts" },
  domain: { en: "same company domain", lv: "tas pats uzņēmuma domēns" },
  name: { en: "same company name", lv: "tas pats uzņēmuma nosaukums" },
};

/** The identity fields of a lead or account, already normalized (null when absent or invalid). */
export interface LeadIdentity {
  company: string | null;
  /** Normalized e-mail (lower case). */
  email?: string | null;
  /** Website domain. */
  website?: string | null;
  /** A checked Latvian registration number (11 digits), or a foreign one as written, compact. */
  regNo?: string | null;
  /** A checked VAT number, compact (`LV40003521600`, `EE100931558`). */
  vatNo?: string | null;
  /** ISO country code, which tells a foreign registration number's country. */
  country?: string | null;
}

/** The keys of one lead, one set per rule. */
export interface LeadKeys {
  regNo: string[];
  email: string[];
  domain: string[];
  name: string[];
}

/**
 * The keys a lead is matched by. A Latvian VAT number counts as its registration number
 * (`LV40003521600` = `40003521600`); a foreign registration number is keyed with its country.
 * Domains come from the website and from an e-mail address at a company (not free-mail) domain.
 *
 * @example leadKeys({ company: "Koks SIA", email: "info@koks.lv" }) // { regNo: [], email: ["info@koks.lv"], domain: ["koks.lv"], name: ["koks"] }
 */
export function leadKeys(lead: LeadIdentity): LeadKeys {
  const numbers = new Set<string>();
  if (lead.regNo) {
    numbers.add(
      /^\d{11}$/u.test(lead.regNo) ? lead.regNo : `${lead.country ?? "??"}:${lead.regNo}`
    );
  }
  if (lead.vatNo) numbers.add(lead.vatNo.replace(/^LV(?=\d{11}$)/u, ""));
  const domains = new Set<string>();
  if (lead.website) domains.add(lead.website);
  if (lead.email) {
    const d = emailDomain(lead.email);
    if (!isFreeMailDomain(d)) domains.add(d);
  }
  const name = lead.company ? companyKey(lead.company) : "";
  return {
    regNo: [...numbers],
    email: lead.email ? [lead.email] : [],
    domain: [...domains],
    name: name === "" ? [] : [name],
  };
}

/**
 * Every rule by which two leads match, strongest first (empty: not the same company).
 * @example matchingRules(leadKeys(a), leadKeys(b)) // ["email", "domain"]
 */
export function matchingRules(a: LeadKeys, b: LeadKeys): DuplicateRule[] {
  return DUPLICATE_RULES.filter((rule) => a[rule].some((k) => b[rule].includes(k)));
}

/**
 * Known leads (or accounts) by their keys, for finding the one a new lead repeats. Each key
 * keeps the first entry added with it.
 *
 * @example
 * const index = new LeadIndex<number>(); index.add(leadKeys(existing), 57);
 * index.find(leadKeys(incoming)) // { ref: 57, rule: "email" }
 */
export class LeadIndex<T> {
  private readonly maps: Record<DuplicateRule, Map<string, T>> = {
    regNo: new Map(),
    email: new Map(),
    domain: new Map(),
    name: new Map(),
  };

  /** Adds an entry under each of its keys not already taken. */
  add(keys: LeadKeys, ref: T): void {
    for (const rule of DUPLICATE_RULES) {
      for (const k of keys[rule]) if (!this.maps[rule].has(k)) this.maps[rule].set(k, ref);
    }
  }

  /** The entry a lead with these keys repeats, by the strongest rule that matches; null when none. */
  find(keys: LeadKeys): { ref: T; rule: DuplicateRule } | null {
    for (const rule of DUPLICATE_RULES) {
      for (const k of keys[rule]) {
        const ref = this.maps[rule].get(k);
        if (ref !== undefined) return { ref, rule };
      }
    }
    return null;
  }
}
