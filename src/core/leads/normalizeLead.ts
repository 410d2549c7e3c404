/**
 * One lead as an exhibitor or contact list gives it, normalized (SPEC §3): text trimmed and its
 * spaces collapsed, e-mail lower-case and checked, website reduced to its domain, phone in
 * international form, Latvian registration and VAT numbers checked with their check digit,
 * the country as its ISO code. A value that fails a check is kept as written, with a problem.
 */
import { checkLvRegNo, checkLvVatNo } from "../latvia/registrationNumber";
import { cleanText } from "../normalizeText";
import { companyKey } from "./companyKey";
import { countryCode } from "./countryCode";
import type { LeadIdentity } from "./leadKeys";
import { normalizeEmail } from "./normalizeEmail";
import { normalizePhone } from "./normalizePhone";
import { websiteDomain } from "./websiteDomain";

/** The fields of a lead a list may give, as read (text trimmed, employees a number). */
export interface RawLead {
  company: string;
  regNo: string | null;
  vatNo: string | null;
  contact: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  country: string | null;
  city: string | null;
  industry: string | null;
  employees: number | null;
  source: string | null;
  booth: string | null;
}

/** A field of {@link RawLead}. */
export type LeadField = keyof RawLead;

/** A value that failed its check: kept as written, reported. */
export interface FieldProblem {
  field: LeadField;
  value: string;
  problem: string;
}

/** A normalized lead: the values to write, which of them passed their check, and the problems. */
export interface NormalizedLead {
  fields: RawLead;
  /** The identity fields that passed their checks (the ones deduplication may trust). */
  identity: LeadIdentity;
  /** The company-name key; "" when the name has no letters or digits. */
  key: string;
  problems: FieldProblem[];
}

function clean(text: string | null): string | null {
  if (text === null) return null;
  const t = cleanText(text);
  return t === "" ? null : t;
}

/**
 * Normalizes a lead. Values that fail a check stay as written (cleaned) and are reported; the
 * identity keeps only checked values. A Latvian VAT number of a company that is not LV + its
 * registration number is reported.
 *
 * @example normalizeLead({ company: ' SIA  "Koks" ', email: " Info@Koks.LV", website: "https://www.koks.lv/lv", phone: "2912 3456", country: "Latvija", … }).fields
 * // { company: 'SIA "Koks"', email: "info@koks.lv", website: "koks.lv", phone: "+371 29123456", country: "LV", … }
 */
export function normalizeLead(raw: RawLead): NormalizedLead {
  const problems: FieldProblem[] = [];
  const fields: RawLead = {
    company: cleanText(raw.company),
    regNo: clean(raw.regNo),
    vatNo: clean(raw.vatNo),
    contact: clean(raw.contact),
    title: clean(raw.title),
    email: clean(raw.email),
    phone: clean(raw.phone),
    website: clean(raw.website),
    country: clean(raw.country),
    city: clean(raw.city),
    industry: clean(raw.industry),
    employees: raw.employees,
    source: clean(raw.source),
    booth: clean(raw.booth),
  };
  const identity: LeadIdentity = { company: fields.company };
  const report = (field: LeadField, value: string, problem: string): void => {
    problems.push({ field, value, problem });
  };

  if (fields.country !== null) {
    const c = countryCode(fields.country);
    if (c.ok) fields.country = identity.country = c.value;
    else report("country", fields.country, c.problem);
  }
  const lv = identity.country === undefined || identity.country === "LV";

  if (fields.email !== null) {
    const e = normalizeEmail(fields.email);
    if (e.ok) fields.email = identity.email = e.value;
    else report("email", fields.email, e.problem);
  }
  if (fields.website !== null) {
    const w = websiteDomain(fields.website);
    if (w.ok) fields.website = identity.website = w.value;
    else report("website", fields.website, w.problem);
  }
  if (fields.phone !== null) {
    const p = normalizePhone(fields.phone, identity.country ?? null);
    if (p.ok) fields.phone = p.value;
    else report("phone", fields.phone, p.problem);
  }
  if (fields.regNo !== null) {
    const compact = fields.regNo.replace(/[\s\-.]/gu, "").toUpperCase();
    if (lv || /^(?:LV)?\d{11}$/u.test(compact)) {
      const r = checkLvRegNo(fields.regNo);
      if (r.ok) fields.regNo = identity.regNo = r.value;
      else report("regNo", fields.regNo, r.problem);
    } else {
      fields.regNo = identity.regNo = compact;
    }
  }
  if (fields.vatNo !== null) {
    const v = checkLvVatNo(fields.vatNo);
    const regNo = identity.regNo ?? "";
    if (!v.ok) {
      report("vatNo", fields.vatNo, v.problem);
    } else if (
      v.value.startsWith("LV") &&
      /^[4-9]\d{10}$/u.test(regNo) &&
      v.value !== `LV${regNo}`
    ) {
      report(
        "vatNo",
        fields.vatNo,
        `${v.value} is not LV + the registration number ${regNo} — check both`
      );
      fields.vatNo = v.value;
    } else {
      fields.vatNo = identity.vatNo = v.value;
    }
  }
  if (fields.employees !== null && fields.employees < 0) {
    report("employees", String(fields.employees), "a number of employees cannot be negative");
    fields.employees = null;
  }
  return { fields, identity, key: companyKey(fields.company), problems };
}
