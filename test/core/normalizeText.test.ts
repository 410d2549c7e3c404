import { cleanText, normalizeKey, sameName } from "../../src/core/normalizeText";

describe("normalizeKey", () => {
  it.each([
    ["E-pasts", "epasts"],
    ["e pasts", "epasts"],
    ["EPASTS", "epasts"],
    ["Reģ. nr.", "regnr"],
    ["Reģistrācijas numurs", "registracijasnumurs"],
    ["Ceļa izdevumi", "celaizdevumi"],
    ["  Max discount %", "maxdiscount"],
    ["Nākamais solis", "nakamaissolis"],
    ["Kontakt\u00A0persona", "kontaktpersona"],
    ["Plānotā slēgšana", "planotaslegsana"],
    ["Summa (EUR)", "summaeur"],
  ])("%p → %p", (header, key) => {
    expect(normalizeKey(header)).toBe(key);
  });

  it("treats composed and decomposed letters alike", () => {
    expect(normalizeKey("Vārds".normalize("NFD"))).toBe("vards");
    expect(normalizeKey("Vārds".normalize("NFC"))).toBe("vards");
  });
});

describe("cleanText", () => {
  it("trims and collapses spaces, NBSP, narrow NBSP, thin spaces, tabs and line breaks", () => {
    expect(cleanText("  SIA\u00A0 Koks \n")).toBe("SIA Koks");
    expect(cleanText("1\u202F234\u2009567")).toBe("1 234 567");
    expect(cleanText("a\t\tb\r\nc")).toBe("a b c");
    expect(cleanText("\u200BAnna\u200B")).toBe("Anna");
    expect(cleanText("   ")).toBe("");
  });
});

describe("sameName", () => {
  it("matches after trimming and ignoring case", () => {
    expect(sameName(" anna  BĒRZIŅA", "Anna Bērziņa")).toBe(true);
    expect(sameName("JĀNIS OZOLS", "jānis ozols")).toBe(true);
    expect(sameName("Anna\u00A0Bērziņa", "anna bērziņa")).toBe(true);
    expect(sameName("Ā".normalize("NFD"), "ā")).toBe(true);
  });

  it("still tells different names apart, diacritics included", () => {
    expect(sameName("Ozols", "Ozōls")).toBe(false);
    expect(sameName("Anna", "Anne")).toBe(false);
    expect(sameName("Anna B", "AnnaB")).toBe(false);
  });
});
