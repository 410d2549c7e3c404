import {
  leadKeys,
  LeadIndex,
  matchingRules,
  type LeadIdentity,
} from "../../../src/core/leads/leadKeys";
import { normalizeLead, type RawLead } from "../../../src/core/leads/normalizeLead";

function raw(fields: Partial<RawLead> & { company: string }): RawLead {
  return {
    regNo: null,
    vatNo: null,
    contact: null,
    title: null,
    email: null,
    phone: null,
    website: null,
    country: null,
    city: null,
    industry: null,
    employees: null,
    source: null,
    booth: null,
    ...fields,
  };
}

const keysOf = (fields: Partial<RawLead> & { company: string }) =>
  leadKeys(normalizeLead(raw(fields)).identity);

describe("deduplication rules", () => {
  it("same e-mail, whatever its case and spaces", () => {
    const a = keysOf({ company: "Koks", email: "janis.ozols@inbox.lv" });
    const b = keysOf({ company: "Meža Koks", email: " Janis.Ozols@INBOX.lv " });
    expect(matchingRules(a, b)).toEqual(["email"]);
  });

  it("same company domain, from the website or a company address", () => {
    const a = keysOf({ company: "Koks", website: "https://www.koks.lv/lv" });
    const b = keysOf({ company: "Kokapstrāde", email: "info@koks.lv" });
    expect(matchingRules(a, b)).toEqual(["domain"]);
  });

  it("free-mail domains are no company domain", () => {
    const a = keysOf({ company: "Alfa", email: "anna@gmail.com" });
    const b = keysOf({ company: "Beta", email: "peteris@gmail.com" });
    expect(matchingRules(a, b)).toEqual([]);
    const c = keysOf({ company: "Gamma", email: "ilze@inbox.lv" });
    const d = keysOf({ company: "Delta", website: "inbox.lv" });
    // A website is the company's own even at a free-mail provider's domain; an address there is not.
    expect(matchingRules(c, d)).toEqual([]);
  });

  it("same registration number, written with spaces or as the PVN number", () => {
    const a = keysOf({ company: "Alfa", regNo: "4000 352 1600" });
    const b = keysOf({ company: "Beta", vatNo: "LV 40003521600" });
    expect(matchingRules(a, b)).toEqual(["regNo"]);
  });

  it("a registration number failing its check digit matches nothing", () => {
    const a = keysOf({ company: "Alfa", regNo: "40003521601" });
    const b = keysOf({ company: "Beta", regNo: "40003521601" });
    expect(matchingRules(a, b)).toEqual([]);
  });

  it("same company name once legal forms, quotes, case and diacritics are gone", () => {
    const a = keysOf({ company: 'SIA "Rīgas Piens"' });
    const b = keysOf({ company: "RIGAS PIENS, SIA" });
    expect(matchingRules(a, b)).toEqual(["name"]);
  });

  it("lists every rule that matches, strongest first", () => {
    const a = keysOf({ company: "SIA Koks", email: "info@koks.lv", regNo: "40003521600" });
    const b = keysOf({ company: "Koks SIA", email: "INFO@koks.lv", vatNo: "LV40003521600" });
    expect(matchingRules(a, b)).toEqual(["regNo", "email", "domain", "name"]);
  });

  it("foreign registration numbers are keyed with their country", () => {
    const ee: LeadIdentity = { company: "A", regNo: "10093155", country: "EE" };
    const lt: LeadIdentity = { company: "B", regNo: "10093155", country: "LT" };
    expect(matchingRules(leadKeys(ee), leadKeys(lt))).toEqual([]);
    expect(matchingRules(leadKeys(ee), leadKeys({ ...ee, company: "C" }))).toEqual(["regNo"]);
  });
});

describe("LeadIndex", () => {
  it("finds the first entry by the strongest rule", () => {
    const index = new LeadIndex<string>();
    index.add(keysOf({ company: "Koks", email: "info@koks.lv" }), "row 2");
    index.add(keysOf({ company: "Koks Two", regNo: "40003521600" }), "row 3");
    expect(index.find(keysOf({ company: "Koks", regNo: "40003521600" }))).toEqual({
      ref: "row 3",
      rule: "regNo",
    });
    expect(index.find(keysOf({ company: "KOKS" }))).toEqual({ ref: "row 2", rule: "name" });
    expect(index.find(keysOf({ company: "Cits" }))).toBeNull();
  });

  it("keeps the first entry of a key", () => {
    const index = new LeadIndex<number>();
    index.add(keysOf({ company: "Koks" }), 1);
    index.add(keysOf({ company: "koks" }), 2);
    expect(index.find(keysOf({ company: "KOKS" }))?.ref).toBe(1);
  });
});

describe("normalizeLead", () => {
  it("normalizes every value of a messy row", () => {
    const n = normalizeLead(
      raw({
        company: '  SIA  "Koks" ',
        regNo: "4000 352 1600",
        vatNo: "lv 40003521600",
        contact: " Jānis   Ozols ",
        email: " Info@Koks.LV",
        phone: "2912 3456",
        website: "https://www.koks.lv/lv",
        country: "latvija ",
        city: " Rīga ",
        employees: 120,
      })
    );
    expect(n.fields).toMatchObject({
      company: 'SIA "Koks"',
      regNo: "40003521600",
      vatNo: "LV40003521600",
      contact: "Jānis Ozols",
      email: "info@koks.lv",
      phone: "+371 29123456",
      website: "koks.lv",
      country: "LV",
      city: "Rīga",
      employees: 120,
    });
    expect(n.problems).toEqual([]);
    expect(n.key).toBe("koks");
  });

  it("keeps a value failing its check as written, with the problem, out of the identity", () => {
    const n = normalizeLead(
      raw({ company: "Koks", regNo: "40003521601", email: "info(at)koks.lv", country: "Narnia" })
    );
    expect(n.fields.regNo).toBe("40003521601");
    expect(n.fields.email).toBe("info(at)koks.lv");
    expect(n.identity.regNo).toBeUndefined();
    expect(n.identity.email).toBeUndefined();
    expect(n.problems.map((p) => `${p.field}: ${p.problem}`)).toEqual([
      'country: "Narnia" is not a country we know — write its ISO code (LV, EE, LT, …)',
      'email: "info(at)koks.lv" is not an e-mail address',
      "regNo: 40003521601: the check digit should be 0 — check the digits",
    ]);
  });

  it("reports a company's PVN number that is not LV + its registration number", () => {
    const n = normalizeLead(raw({ company: "Koks", regNo: "40003521600", vatNo: "LV90000011588" }));
    expect(n.problems.map((p) => p.problem)).toEqual([
      "LV90000011588 is not LV + the registration number 40003521600 — check both",
    ]);
  });

  it("does not check a foreign registration number as a Latvian one", () => {
    const n = normalizeLead(
      raw({
        company: "Tallinna Pagar OÜ",
        regNo: "1009 3155",
        country: "Igaunija",
        phone: "5123 4567",
      })
    );
    expect(n.problems).toEqual([]);
    expect(n.fields).toMatchObject({ regNo: "10093155", country: "EE", phone: "+372 51234567" });
  });
});
