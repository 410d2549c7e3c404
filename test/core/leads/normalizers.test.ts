import { countryCode } from "../../../src/core/leads/countryCode";
import { isFreeMailDomain } from "../../../src/core/leads/freeMailDomains";
import { emailDomain, normalizeEmail } from "../../../src/core/leads/normalizeEmail";
import { normalizePhone } from "../../../src/core/leads/normalizePhone";
import { websiteDomain } from "../../../src/core/leads/websiteDomain";

const shown = (r: { ok: boolean; value?: string; problem?: string }): string =>
  r.ok ? `ok ${r.value ?? ""}` : `problem ${r.problem ?? ""}`;

describe("normalizeEmail", () => {
  it.each([
    [" Janis.Ozols@RigasPiens.LV ", "janis.ozols@rigaspiens.lv"],
    ["INFO@KOKS.LV", "info@koks.lv"],
    ["mailto:birojs@koks.lv", "birojs@koks.lv"],
    ["<sales@koks.lv>", "sales@koks.lv"],
    ["ilze+izstade@inbox.lv", "ilze+izstade@inbox.lv"],
    ["pasts@rīgas-piens.lv", "pasts@rīgas-piens.lv"],
  ])("%s → %s", (text, email) => {
    expect(normalizeEmail(text)).toEqual({ ok: true, value: email });
  });

  it.each([
    ["janis(at)koks.lv", 'problem "janis(at)koks.lv" is not an e-mail address'],
    ["janis@koks", 'problem "janis@koks" is not an e-mail address'],
    ["@koks.lv", 'problem "@koks.lv" is not an e-mail address'],
    ["janis..ozols@koks.lv", 'problem "janis..ozols@koks.lv" is not an e-mail address'],
    ["janis ozols@koks.lv", 'problem "janis ozols@koks.lv" is not an e-mail address'],
    [
      "a@koks.lv; b@koks.lv",
      'problem "a@koks.lv; b@koks.lv" holds 2 addresses — keep one (e.g. a@koks.lv)',
    ],
    ["  ", "problem empty"],
  ])("%s is refused", (text, problem) => {
    expect(shown(normalizeEmail(text))).toBe(problem);
  });

  it("gives the domain of an address", () => {
    expect(emailDomain("ilze@inbox.lv")).toBe("inbox.lv");
  });
});

describe("websiteDomain", () => {
  it.each([
    ["https://www.rigaspiens.lv/", "rigaspiens.lv"],
    ["www.rigaspiens.lv", "rigaspiens.lv"],
    ["rigaspiens.lv", "rigaspiens.lv"],
    ["http://rigaspiens.lv", "rigaspiens.lv"],
    ["https://rigaspiens.lv/lv/kontakti", "rigaspiens.lv"],
    ["https://www.rigaspiens.lv/en/about-us?lang=en", "rigaspiens.lv"],
    ["HTTP://WWW.RIGASPIENS.LV", "rigaspiens.lv"],
    [" www.rigaspiens.lv ", "rigaspiens.lv"],
    ["https://shop.koks.lv:8443/#top", "shop.koks.lv"],
    ["www2.koks.lv", "koks.lv"],
  ])("%s → %s", (text, domain) => {
    expect(websiteDomain(text)).toEqual({ ok: true, value: domain });
  });

  it.each([
    ["info@koks.lv", 'problem "info@koks.lv" is an e-mail address, not a website'],
    ["koks", 'problem "koks" is not a website address'],
    ["n/a", 'problem "n/a" is not a website address'],
  ])("%s is refused", (text, problem) => {
    expect(shown(websiteDomain(text))).toBe(problem);
  });
});

describe("normalizePhone", () => {
  it.each([
    ["+371 2912 3456", null, "+371 29123456"],
    ["29123456", null, "+371 29123456"],
    ["29123456", "LV", "+371 29123456"],
    ["+37129123456", "LV", "+371 29123456"],
    ["+371-2912-3456", "LV", "+371 29123456"],
    ["00371 29123456", "LV", "+371 29123456"],
    ["371 29123456", "LV", "+371 29123456"],
    ["2912 3456", "LV", "+371 29123456"],
    ["(+371) 29 123 456", "LV", "+371 29123456"],
    ["(+371) 67 123 456", null, "+371 67123456"],
    ["67 123 456", "LV", "+371 67123456"],
    ["Tel.: 67123456", "LV", "+371 67123456"],
    ["Mobile: 2912 3456", "LV", "+371 29123456"],
    ["67123456 ext. 12", "LV", "+371 67123456"],
    ["+372 5123 4567", "EE", "+372 51234567"],
    ["5123 4567", "EE", "+372 51234567"],
    ["+370 612 34567", "LT", "+370 61234567"],
    ["8 612 34567", "LT", "+370 61234567"],
    ["+37061234567", "LT", "+370 61234567"],
    ["040 1234567", "FI", "+358 401234567"],
    ["+49 30 1234567", "LV", "+49 301234567"],
  ])("%s (%s) → %s", (text, country, phone) => {
    expect(normalizePhone(text, country)).toEqual({ ok: true, value: phone });
  });

  it.each([
    ["2912 345", "LV", 'problem "2912 345" has 7 digits after +371 — a number there has 8'],
    [
      "zvanīt Jānim",
      "LV",
      'problem "zvanīt Jānim" is not a phone number: digits, with +, spaces or dashes',
    ],
    ["123", "LV", 'problem "123" is too short for a phone number'],
    [
      "06 12 34 56 78",
      "MA",
      'problem "06 12 34 56 78" has no country code — write it as +… (the lead\'s country is MA)',
    ],
  ])("%s (%s) is refused", (text, country, problem) => {
    expect(shown(normalizePhone(text, country))).toBe(problem);
  });
});

describe("countryCode", () => {
  it.each([
    ["Latvija", "LV"],
    ["latvija ", "LV"],
    ["LATVIJA", "LV"],
    ["Latvia", "LV"],
    ["LV", "LV"],
    ["lv", "LV"],
    ["Igaunija", "EE"],
    ["Estonia", "EE"],
    ["Eesti", "EE"],
    ["EE", "EE"],
    ["Lietuva", "LT"],
    ["Lithuania", "LT"],
    ["Somija", "FI"],
    ["Vācija", "DE"],
    ["Deutschland", "DE"],
    ["UK", "GB"],
    ["Lielbritānija", "GB"],
    ["ASV", "US"],
    ["FR", "FR"],
  ])("%s → %s", (text, code) => {
    expect(countryCode(text)).toEqual({ ok: true, value: code });
  });

  it.each([
    [
      "Atlantis",
      'problem "Atlantis" is not a country we know — write its ISO code (LV, EE, LT, …)',
    ],
    ["XX", 'problem "XX" is not a country we know — write its ISO code (LV, EE, LT, …)'],
  ])("%s is refused", (text, problem) => {
    expect(shown(countryCode(text))).toBe(problem);
  });
});

describe("free-mail domains", () => {
  it.each([
    "gmail.com",
    "inbox.lv",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "mail.ru",
    "icloud.com",
    "Inbox.LV",
  ])("%s is free mail", (domain) => expect(isFreeMailDomain(domain)).toBe(true));
  it.each(["koks.lv", "rigaspiens.lv", "lattelecom.lv"])("%s is a company's", (domain) =>
    expect(isFreeMailDomain(domain)).toBe(false)
  );
});
