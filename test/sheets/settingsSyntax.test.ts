import {
  parseApprovalLevels,
  formatApprovalLevels,
} from "../../src/sheets/settings/approvalLevels";
import {
  formatWorkingDays,
  parseMonth,
  parseWorkingDays,
} from "../../src/sheets/settings/calendarSettings";
import { parseBic, parseIban, parseVatNo } from "../../src/sheets/settings/companyIds";
import {
  contactPoints,
  employeePoints,
  formatContactScoring,
  formatEmployeeScoring,
  formatTextScoring,
  gradeFor,
  parseContactScoring,
  parseEmployeeScoring,
  parseGradeBands,
  parseTextScoring,
  textPoints,
} from "../../src/sheets/settings/leadScoring";
import {
  formatQuoteNumber,
  parseQuoteNumberFormat,
} from "../../src/sheets/settings/quoteNumberFormat";
import { parseStageProbabilities } from "../../src/sheets/settings/stageProbabilities";
import { parseTerritories } from "../../src/sheets/settings/territories";
import {
  formatVatRates,
  LATVIAN_VAT_RATES,
  parseVatRates,
  vatRateOn,
} from "../../src/sheets/settings/vatRates";
import { defaultSettings, SETTING_DEFS } from "../../src/sheets/settings";
import type { Parsed } from "../../src/core/parsed";

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
}
function problem<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected a problem, got ${JSON.stringify(parsed.value)}`);
  return parsed.problem;
}

describe("lead scoring rules", () => {
  it("reads an industry family with synonyms and a catch-all", () => {
    const industry = value(
      parseTextScoring("Manufacturing | Ražošana = 20; Food=15; Logistics=10; *=5", "contains")
    );
    expect(industry.rules.map((r) => [r.names, r.points])).toEqual([
      [["Manufacturing", "Ražošana"], 20],
      [["Food"], 15],
      [["Logistics"], 10],
    ]);
    expect(industry.otherwise).toBe(5);
    expect(formatTextScoring(industry)).toBe(
      "Manufacturing|Ražošana=20; Food=15; Logistics=10; *=5"
    );
  });

  it("scores a value by the first rule whose words start the value's words", () => {
    const industry = value(
      parseTextScoring("Food|Pārtika=15; Wood processing=12; *=5", "contains")
    );
    expect(textPoints(industry, "Food & beverages")).toEqual({ points: 15, rule: "Food|Pārtika" });
    expect(textPoints(industry, "Pārtikas ražošana")).toEqual({ points: 15, rule: "Food|Pārtika" });
    expect(textPoints(industry, "PARTIKA")).toEqual({ points: 15, rule: "Food|Pārtika" });
    expect(textPoints(industry, "Wood processing and furniture")).toEqual({
      points: 12,
      rule: "Wood processing",
    });
    expect(textPoints(industry, "Processing of wood")).toEqual({ points: 5, rule: "*" });
    expect(textPoints(industry, "Seafood")).toEqual({ points: 5, rule: "*" });
    expect(textPoints(industry, "  ")).toEqual({ points: 0, rule: null });
    expect(textPoints(value(parseTextScoring("Food=15", "contains")), "IT")).toEqual({
      points: 0,
      rule: null,
    });
  });

  it("scores countries by whole ISO code", () => {
    const country = value(parseTextScoring("lv=20; EE|LT=15; *=5", "equals"));
    expect(country.rules[0]?.names).toEqual(["LV"]);
    expect(textPoints(country, "LV")).toEqual({ points: 20, rule: "LV" });
    expect(textPoints(country, "lt")).toEqual({ points: 15, rule: "EE|LT" });
    expect(textPoints(country, "DE")).toEqual({ points: 5, rule: "*" });
    expect(problem(parseTextScoring("Latvia=20", "equals"))).toBe(
      'item 1 "Latvia=20": "Latvia" is not a two-letter country code — use ISO codes such as LV, EE, LT'
    );
  });

  it("locates syntax errors by item", () => {
    expect(problem(parseTextScoring("Food=15; Logistics 10; *=5", "contains"))).toBe(
      'item 2 "Logistics 10" is not name=points — e.g. Manufacturing|Ražošana=20; Food=15; *=5'
    );
    expect(problem(parseTextScoring("Food=15; Wood=lots", "contains"))).toBe(
      'item 2 "Wood=lots": "lots" is not whole points from -100 to 100'
    );
    expect(problem(parseTextScoring("Food=15; food=10", "contains"))).toBe(
      'item 2 "food=10": "food" is listed twice'
    );
    expect(problem(parseTextScoring("*=1; *=2", "contains"))).toBe(
      'item 2 "*=2": * is given twice'
    );
    expect(problem(parseTextScoring("Food=150", "contains"))).toMatch(/"150" is not whole points/);
    expect(problem(SETTING_DEFS.scoringIndustry.parse("Food=15; Logistics 10"))).toMatch(
      /^Scoring: industry: item 2 "Logistics 10" is not name=points/
    );
  });

  it("reads employee bands and refuses overlaps", () => {
    const employees = value(parseEmployeeScoring("250+=20; 50 - 249=15; 10–49=8; *=2"));
    expect(employees.bands).toEqual([
      { min: 250, max: null, points: 20 },
      { min: 50, max: 249, points: 15 },
      { min: 10, max: 49, points: 8 },
    ]);
    expect(formatEmployeeScoring(employees)).toBe("250+=20; 50-249=15; 10-49=8; *=2");
    expect(employeePoints(employees, 120)).toEqual({ points: 15, rule: "50-249" });
    expect(employeePoints(employees, 5000)).toEqual({ points: 20, rule: "250+" });
    expect(employeePoints(employees, 3)).toEqual({ points: 2, rule: "*" });
    expect(employeePoints(employees, null)).toEqual({ points: 2, rule: "*" });
    expect(problem(parseEmployeeScoring("50-249=15; 200+=20"))).toBe(
      'item 2 "200+=20": the band "200+" overlaps 50-249'
    );
    expect(problem(parseEmployeeScoring("big=20"))).toMatch(
      /^item 1 "big=20": "big" is not a band like 50-249 or 250\+/
    );
    expect(problem(parseEmployeeScoring("49-10=3"))).toBe(
      'item 1 "49-10=3": the band "49-10" ends before it starts'
    );
  });

  it("reads contact points in English or Latvian and sums a lead's filled fields", () => {
    const contact = value(parseContactScoring("E-pasts=8; Tālrunis=6; contact person=4"));
    expect(contact).toEqual({ email: 8, phone: 6, contact: 4, title: 0, website: 0 });
    expect(formatContactScoring(contact, "lv")).toBe("E-pasts=8; Tālrunis=6; Kontaktpersona=4");
    expect(formatContactScoring(contact, "en")).toBe("Email=8; Phone=6; Contact=4");
    expect(contactPoints(contact, { email: "a@b.lv", phone: " ", contact: "Anna" })).toEqual({
      points: 12,
      fields: ["email", "contact"],
    });
    expect(problem(parseContactScoring("Email=8; Fax=2"))).toBe(
      'item 2 "Fax=2": "Fax" is not a contact field — use Email, Phone, Contact, Title or Website, e.g. Email=8; Phone=6'
    );
  });

  it("reads grade bands and grades a score", () => {
    const bands = value(parseGradeBands("a=70; B=50; C=30"));
    expect(bands).toEqual({ A: 70, B: 50, C: 30 });
    expect([95, 70, 69, 50, 30, 29, 0].map((s) => gradeFor(s, bands))).toEqual([
      "A",
      "A",
      "B",
      "B",
      "C",
      "D",
      "D",
    ]);
    expect(problem(parseGradeBands("A=50; B=70; C=30"))).toBe(
      "A must be above B and B above C — e.g. A=70; B=50; C=30"
    );
    expect(problem(parseGradeBands("A=70; B=50"))).toBe(
      "give the lowest score of A, B and C — e.g. A=70; B=50; C=30"
    );
    expect(problem(parseGradeBands("A=70; B=50; C=30; D=10"))).toMatch(
      /^item 4 "D=10": "D" is not a grade/
    );
  });

  it("scores the default rules to at most 100 points", () => {
    const s = defaultSettings();
    const best =
      Math.max(...s.scoringIndustry.rules.map((r) => r.points)) +
      Math.max(...s.scoringEmployees.bands.map((b) => b.points)) +
      Math.max(...s.scoringCountry.rules.map((r) => r.points)) +
      Object.values(s.scoringContact).reduce((a, b) => a + b, 0) +
      Math.max(...s.scoringSource.rules.map((r) => r.points));
    expect(best).toBe(100);
  });
});

describe("VAT rates", () => {
  it("reads named rates with from-dates in English or Latvian form", () => {
    expect(
      value(parseVatRates("standard 21% from 2012-07-01; reduced=12,5 % no 1.1.2011"))
    ).toEqual([
      { name: "standard", rate: 0.21, validFrom: "2012-07-01" },
      { name: "reduced", rate: 0.125, validFrom: "2011-01-01" },
    ]);
    expect(formatVatRates(LATVIAN_VAT_RATES, "en")).toBe(
      "standard 21% from 2012-07-01; reduced 12% from 2011-01-01; second reduced 5% from 2018-01-01; zero 0% from 2004-05-01"
    );
  });

  it("gives the rate in force on a date", () => {
    const rates = value(
      parseVatRates("standard 22% from 2011-01-01; standard 21% from 2012-07-01")
    );
    expect(vatRateOn(rates, "Standard", "2012-06-30")).toBe(0.22);
    expect(vatRateOn(rates, "standard", "2012-07-01")).toBe(0.21);
    expect(vatRateOn(rates, "standard", "2010-12-31")).toBeNull();
    expect(vatRateOn(rates, "reduced", "2026-01-01")).toBeNull();
  });

  it("names what is wrong", () => {
    expect(problem(parseVatRates(""))).toMatch(/^no rate given/);
    expect(problem(parseVatRates("standard 21 from 2012-07-01"))).toMatch(
      /^item 1 "standard 21 from 2012-07-01" is not "name rate % from date"/
    );
    expect(problem(parseVatRates("standard 21% from 07/01/2012"))).toBe(
      'item 1 "standard 21% from 07/01/2012": "07/01/2012" is not a date: write 2012-07-01 or 01.07.2012'
    );
    expect(problem(parseVatRates("standard 121% from 2012-07-01"))).toMatch(
      /"121%" is not a percentage from 0 % to 100 %/
    );
    expect(
      problem(parseVatRates("standard 21% from 2012-07-01; Standard 22% from 2012-07-01"))
    ).toMatch(/is already given from that date/);
    expect(problem(parseVatRates("standard 21% from 31.02.2012"))).toMatch(
      /"31.02.2012" is not a date/
    );
  });
});

describe("approval levels", () => {
  it("reads roles and amounts in English or Latvian", () => {
    expect(value(parseApprovalLevels("Vadītājs līdz 10 000,00 €; Direktors virs"))).toEqual([
      { role: "Manager", upTo: 1_000_000 },
      { role: "Director", upTo: null },
    ]);
    expect(value(parseApprovalLevels("Director"))).toEqual([{ role: "Director", upTo: null }]);
    expect(
      formatApprovalLevels(
        value(parseApprovalLevels("Manager up to 10000; Director above")),
        "en",
        "EUR"
      )
    ).toBe("Manager up to €10,000.00; Director above");
  });

  it("names what is wrong", () => {
    expect(problem(parseApprovalLevels("Rep up to 1000; Director above"))).toBe(
      'item 1 "Rep up to 1000": a Rep cannot approve quotes — use Manager or Director'
    );
    expect(problem(parseApprovalLevels("Manager up to 10 000"))).toMatch(
      /^the last level must approve any amount/
    );
    expect(problem(parseApprovalLevels("Director above; Manager up to 5000"))).toMatch(
      /only the last level may be unlimited/
    );
    expect(problem(parseApprovalLevels("Manager up to lots; Director"))).toMatch(
      /^item 1 .*"lots" is not an amount/
    );
    expect(problem(parseApprovalLevels("Boss above"))).toMatch(
      /"Boss" is not a role — use Manager or Director/
    );
  });
});

describe("quote number format", () => {
  it("formats numbers with the year and a padded counter", () => {
    expect(formatQuoteNumber("Q-{YYYY}-{####}", 2026, 7)).toBe("Q-2026-0007");
    expect(formatQuoteNumber("PIED-{yy}-{###}", 2026, 12345)).toBe("PIED-26-12345");
  });

  it("accepts only formats that give valid, yearly, sheet-name-safe numbers", () => {
    expect(value(parseQuoteNumberFormat(" Q-{YYYY}-{####} "))).toBe("Q-{YYYY}-{####}");
    expect(problem(parseQuoteNumberFormat("Q-{####}"))).toMatch(/needs the year/);
    expect(problem(parseQuoteNumberFormat("Q-{YYYY}"))).toMatch(/needs exactly one counter/);
    expect(problem(parseQuoteNumberFormat("Q-{YYYY}-{MM}-{###}"))).toMatch(
      /"\{MM\}" is not a token/
    );
    expect(problem(parseQuoteNumberFormat("Q/{YYYY}/{###}"))).toMatch(
      /"\/" cannot be in a sheet name/
    );
    expect(problem(parseQuoteNumberFormat("Piedāvājums-Nr-{YYYY}-{####}"))).toMatch(
      /longer than 18 characters/
    );
  });
});

describe("other setting syntaxes", () => {
  it("reads working days as ranges or lists, English or Latvian", () => {
    expect(value(parseWorkingDays("Mon-Fri"))).toEqual([1, 2, 3, 4, 5]);
    expect(value(parseWorkingDays("P-Pk"))).toEqual([1, 2, 3, 4, 5]);
    expect(value(parseWorkingDays("Sun-Thu"))).toEqual([1, 2, 3, 4, 7]);
    expect(value(parseWorkingDays("monday, Wednesday; piektdiena"))).toEqual([1, 3, 5]);
    expect(formatWorkingDays([1, 2, 3, 4, 5, 7], "en")).toBe("Mon-Fri, Sun");
    expect(formatWorkingDays([1, 2, 4, 5], "lv")).toBe("P, O, C, Pk");
    expect(problem(parseWorkingDays("Mon-Funday"))).toMatch(
      /^"Mon-Funday" is not a day or a range of days/
    );
  });

  it("reads months by number or name", () => {
    expect(value(parseMonth("7"))).toBe(7);
    expect(value(parseMonth("Jūlijs"))).toBe(7);
    expect(value(parseMonth("October"))).toBe(10);
    expect(problem(SETTING_DEFS.fiscalYearStartMonth.parse("13"))).toBe(
      'Fiscal year start month: "13" is not a month — use 1 to 12 or a month\'s name'
    );
  });

  it("reads stage probabilities, keeping the defaults of stages not listed", () => {
    expect(value(parseStageProbabilities("Piedāvājums=40 %; closed won=100%"))).toEqual({
      Prospecting: 0.1,
      Qualification: 0.2,
      Proposal: 0.4,
      Negotiation: 0.75,
      Won: 1,
      Lost: 0,
    });
    expect(problem(parseStageProbabilities("Proposal=40%; proposal=50%"))).toBe(
      'item 2 "proposal=50%": Proposal is given twice'
    );
  });

  it("reads territories", () => {
    expect(value(parseTerritories("Baltics=LV|EE|LT; Rīga=Rīga | Jūrmala"))).toEqual([
      { region: "Baltics", places: ["LV", "EE", "LT"] },
      { region: "Rīga", places: ["Rīga", "Jūrmala"] },
    ]);
    expect(value(parseTerritories(""))).toEqual([]);
    expect(problem(parseTerritories("Baltics"))).toMatch(/is not Region=place\|place/);
  });

  it("checks the seller's identifiers", () => {
    expect(value(parseIban("lv80 bank 0000 4351 9500 1"))).toBe("LV80BANK0000435195001");
    expect(problem(parseIban("LV81BANK0000435195001"))).toMatch(/not a valid IBAN/);
    expect(value(parseIban(""))).toBe("");
    expect(value(parseBic("habalv22"))).toBe("HABALV22");
    expect(problem(parseBic("HABA"))).toMatch(/not a BIC/);
    expect(value(parseVatNo("LV 4000 3245 752"))).toBe("LV40003245752");
    expect(problem(parseVatNo("40003245752"))).toMatch(/not a VAT number/);
    expect(SETTING_DEFS.bankIban.format("LV80BANK0000435195001", "en")).toBe(
      "LV80 BANK 0000 4351 9500 1"
    );
  });

  it("treats the standard payment terms of either language as the default", () => {
    expect(
      value(SETTING_DEFS.paymentTerms.parse("Payment within 14 days of receiving the invoice."))
    ).toBeNull();
    expect(
      value(SETTING_DEFS.paymentTerms.parse("Apmaksa 14 dienu laikā pēc rēķina saņemšanas."))
    ).toBeNull();
    expect(value(SETTING_DEFS.paymentTerms.parse("Priekšapmaksa"))).toBe("Priekšapmaksa");
  });
});
