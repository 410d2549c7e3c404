import fc from "fast-check";
import {
  companyKey,
  isOnlyLegalForm,
  LEGAL_FORMS,
  nameWords,
} from "../../../src/core/leads/companyKey";

const FORM_WORDS = new Set(LEGAL_FORMS.flatMap((f) => f.split(" ")));

describe("companyKey", () => {
  it.each([
    ['SIA "Rīgas Piens"', "rigaspiens"],
    ["Rīgas piens SIA", "rigaspiens"],
    ["Rīgas Piens, SIA", "rigaspiens"],
    ["RĪGAS PIENS", "rigaspiens"],
    ["Rīgas Piens Ltd", "rigaspiens"],
    ["SIA „Rīgas Piens”", "rigaspiens"],
    ['"Rīgas Piens" SIA', "rigaspiens"],
    ["SIA «Rīgas Piens»", "rigaspiens"],
    ["AS Latvijas Gāze", "latvijasgaze"],
    ["IK Kalniņš", "kalnins"],
    ["Tallinna Pagar OÜ", "tallinnapagar"],
    ["OÜ Tallinna Pagar", "tallinnapagar"],
    ["Tallinna Pagar OU", "tallinnapagar"],
    ['UAB "Vilniaus Duona"', "vilniausduona"],
    ["UAB „Vilniaus Duona“", "vilniausduona"],
    ["Vilniaus Duona, UAB", "vilniausduona"],
    ["Nordic Foods Oy Ab", "nordicfoods"],
    ["Müller GmbH & Co. KG", "muller"],
    ["Baltic Trade AB", "baltictrade"],
    ["Kowalski Sp. z o.o.", "kowalski"],
    ["Nordic Wood A/S", "nordicwood"],
    ["Straße Bau GmbH", "strassebau"],
    ["Ørsted SE", "orsted"],
    ["O'Brien Ltd", "obrien"],
    ['=HYPERLINK("x")', "hyperlinkx"],
  ])("%s → %s", (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it("keeps a name that is nothing but a legal form", () => {
    expect(companyKey("SIA")).toBe("sia");
    expect(companyKey("AS SIA")).not.toBe("");
  });

  it("tells a name that is only legal forms", () => {
    expect(isOnlyLegalForm("SIA")).toBe(true);
    expect(isOnlyLegalForm("Oy Ab")).toBe(true);
    expect(isOnlyLegalForm("Sp. z o.o.")).toBe(true);
    expect(isOnlyLegalForm("SIA Koks")).toBe(false);
    expect(isOnlyLegalForm("—")).toBe(false);
  });

  it("is empty only without letters or digits", () => {
    expect(companyKey(' „" — ')).toBe("");
    expect(companyKey("12")).toBe("12");
  });

  it("removes legal forms only at the ends", () => {
    expect(companyKey("Baltic AS Group")).toBe("balticasgroup");
  });

  it("ignores case, quotes, punctuation and diacritics (property)", () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-zĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽž]{3,8}$/u), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        words,
        fc.constantFrom("SIA ", "AS ", ""),
        fc.constantFrom("", ", SIA", " Ltd"),
        fc.constantFrom(['"', '"'], ["„", "”"], ["«", "»"], ["", ""]),
        (ws, before, after, [open, close]) => {
          const base = ws.join(" ");
          const messy = `${before}${open}${base.toUpperCase()}${close}${after}`;
          const plain = nameWords(base).join("");
          // A base word that is itself a legal form may be taken for one at the ends.
          const first = nameWords(ws[0] ?? "")[0] ?? "";
          const last = nameWords(ws[ws.length - 1] ?? "")[0] ?? "";
          fc.pre(!FORM_WORDS.has(first) && !FORM_WORDS.has(last));
          expect(companyKey(messy)).toBe(plain);
        }
      )
    );
  });
});
