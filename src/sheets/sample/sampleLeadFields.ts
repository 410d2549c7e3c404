import {
  messyCompanyName,
  messyCountry,
  messyEmail,
  messyPhone,
  messyRegNo,
  messyVatNo,
  messyWebsite,
} from "./messyValues";
import type { SampleCompany } from "./sampleCompanies";
import { samplePerson, type SamplePerson } from "./samplePeople";
import { SampleRandom } from "./sampleRandom";
import { FREE_MAIL_DOMAINS, asciiFold, COMPANY_GROUPS } from "./sampleVocabulary";

/** How a company is reached, the same wherever it appears (so repeats share an address). */
export interface CompanyContact {
  person: SamplePerson;
  /** The address in canonical form (lower case), or null when the company gives none. */
  email: string | null;
  hasWebsite: boolean;
}

/** What one appearance of a company in a lead list says of it (each value as written). */
export interface LeadFields {
  company: string;
  regNo: string | null;
  vatNo: string | null;
  contact: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  country: string;
  city: string;
  industry: string;
  employees: number | null;
}

// A number unique to each pool company, for private addresses that never collide.
function companyNumber(company: SampleCompany): number {
  const [country = "LV", group = "trade", index = "0"] = company.key.split("-");
  return (
    ["LV", "EE", "LT"].indexOf(country) * 4000 +
    (COMPANY_GROUPS as readonly string[]).indexOf(group) * 1000 +
    Number(index)
  );
}

/**
 * The contact of a company for a given seed: a person, an address (personal at the company's
 * domain, generic like info@, private at a free-mail domain, or none) and whether the company
 * shows a website. Deterministic per company, so the Leads sheet and an exhibitor list of the
 * same seed agree.
 *
 * @example companyContact(2026, company).email // e.g. "ilze.kalnina@rigaspiens.lv"
 */
export function companyContact(seed: number, company: SampleCompany): CompanyContact {
  const rng = new SampleRandom(seed).fork(`contact:${company.key}`);
  const person = samplePerson(rng, company.country);
  const local = `${asciiFold(person.first)}.${asciiFold(person.last)}`;
  const kind = rng.weighted<"personal" | "generic" | "free" | "none">([
    ["personal", 50],
    ["generic", 25],
    ["free", 12],
    ["none", 13],
  ]);
  const email =
    kind === "personal"
      ? `${local}@${company.domain}`
      : kind === "generic"
        ? `${company.country === "LV" ? rng.pick(["info", "birojs", "pasts", "sales"]) : "info"}@${company.domain}`
        : kind === "free"
          ? `${local}${companyNumber(company)}@${rng.pick(FREE_MAIL_DOMAINS)}`
          : null;
  return { person, email, hasWebsite: rng.chance(0.8) };
}

/**
 * One appearance of a company in a lead list: its name in some written form, registration and
 * PVN numbers sometimes, the contact (sometimes missing), e-mail in mixed case or with spaces,
 * phone in any notation, website with scheme and path, country as name or code.
 *
 * @example leadFields(rng, company, contact).company // e.g. "Rīgas piens SIA"
 */
export function leadFields(
  rng: SampleRandom,
  company: SampleCompany,
  contact: CompanyContact
): LeadFields {
  const withContact = rng.chance(0.88);
  const regNo = company.regNo !== null && rng.chance(0.35) ? messyRegNo(rng, company.regNo) : null;
  const vatNo = company.regNo !== null && rng.chance(0.25) ? messyVatNo(rng, company.regNo) : null;
  return {
    company: messyCompanyName(rng, company),
    regNo,
    vatNo,
    contact: withContact ? contact.person.name : null,
    title: withContact && rng.chance(0.7) ? contact.person.title : null,
    email: contact.email !== null && rng.chance(0.92) ? messyEmail(rng, contact.email) : null,
    phone: rng.chance(0.85) ? messyPhone(rng, company.country) : null,
    website: contact.hasWebsite && rng.chance(0.9) ? messyWebsite(rng, company.domain) : null,
    country: messyCountry(rng, company.country),
    city: company.city,
    industry: company.industry,
    employees: rng.chance(0.7) ? company.employees : null,
  };
}
