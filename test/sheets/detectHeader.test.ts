import { detectHeader } from "../../src/sheets/detectHeader";
import { sheetBlock } from "./blockBuilder";

describe("detectHeader", () => {
  it("skips title rows above a Latvian header", () => {
    const block = sheetBlock(
      [
        ["Izstāde Riga Food 2026 — dalībnieku saraksts"],
        ["Sagatavots 01.09.2026"],
        [],
        ["Uzņēmums", "Reģ. nr.", "E-pasts", "Tālrunis", "Stends", "Zāle"],
        ["SIA Koks", "40003123456", "info@koks.lv", "+371 29123456", "B12", "2"],
      ],
      { name: "Līdi" }
    );
    const header = detectHeader(block, "leads");
    expect(header?.headerRow).toBe(4);
    expect(header?.columns.company).toEqual({ header: "Uzņēmums", column: 1, index: 0 });
    expect(header?.columns.email?.column).toBe(3);
    expect(header?.columns.booth?.header).toBe("Stends");
    expect(header?.unknownColumns).toEqual(["Zāle"]);
    expect(header?.dataStart).toBe(4);
    expect(header?.dataEnd).toBe(5);
  });

  it.each(["E-pasts", "e pasts", "EPASTS", " E–PASTS ", "E-mail", "e.mail"])(
    "matches %p to Email, ignoring case, spacing, punctuation and diacritics",
    (email) => {
      const header = detectHeader(sheetBlock([["Company", email]]), "leads");
      expect(header?.columns.email?.header).toBe(email.replace(/\s+/g, " ").trim());
    }
  );

  it("needs two known fields: a title row naming one field is not the header", () => {
    const block = sheetBlock([["Company"], ["Company", "Valsts"], ["SIA A", "LV"]]);
    expect(detectHeader(block, "leads")?.headerRow).toBe(2);
    expect(
      detectHeader(
        sheetBlock([
          ["Company", "Zāle"],
          ["SIA A", "1"],
        ]),
        "leads"
      )
    ).toBeNull();
  });

  it("counts the Excel row and column of a block that does not start at A1", () => {
    const block = sheetBlock([["Uzņēmums", "Valsts"]], { firstRow: 7, firstColumn: 3 });
    const header = detectHeader(block, "leads");
    expect(header?.headerRow).toBe(7);
    expect(header?.columns.country?.column).toBe(4);
  });

  it("lets a user mapping win over the synonyms", () => {
    const block = sheetBlock([["Deal ID", "Owner", "Kam pieder", "Stage"]]);
    const header = detectHeader(block, "deals", { Owner: "kam pieder" });
    expect(header?.columns.owner).toEqual({ header: "Kam pieder", column: 3, index: 2 });
    expect(header?.unknownColumns).toEqual(["Owner"]);
    expect(header?.issues).toEqual([]);
  });

  it("accepts a mapping by field key, and reports a mapping whose column is not there", () => {
    const block = sheetBlock([["Deal ID", "Owner", "Stage", "Termiņš"]]);
    const keyed = detectHeader(block, "deals", { expectedClose: "TERMIŅŠ" });
    expect(keyed?.columns.expectedClose?.column).toBe(4);
    const missing = detectHeader(block, "deals", { owner: "Seller" });
    expect(missing?.columns.owner?.header).toBe("Owner");
    expect(missing?.issues).toEqual([
      expect.objectContaining({
        row: 1,
        value: "Seller",
        problem: expect.stringContaining('no column "Seller"'),
      }),
    ]);
    const unknown = detectHeader(block, "deals", { Colour: "Owner" });
    expect(unknown?.issues[0]?.problem).toContain("Deals has no field Colour");
  });

  it("keeps the first of two columns for one field and reports the second", () => {
    const block = sheetBlock(
      [
        ["Company", "E-mail", "E-pasts"],
        ["SIA A", "a@a.lv", "b@a.lv"],
      ],
      {
        name: "Leads",
      }
    );
    const header = detectHeader(block, "leads");
    expect(header?.columns.email?.column).toBe(2);
    expect(header?.issues).toEqual([
      {
        sheet: "Leads",
        row: 1,
        column: "E-pasts",
        value: null,
        problem: 'a second Email column: column B ("E-mail") is used, this one is ignored',
      },
    ]);
  });

  it("uses the range of a table named for the kind", () => {
    const block = sheetBlock(
      [
        ["Deals", null, null, null, "Notes"],
        [null, null, null, null, "Deal ID"],
        ["Darījuma ID", "Atbildīgais", "Posms", null, "x"],
        ["D-1", "Ozols", "Won", null, "Owner"],
        ["D-2", "Ozols", "Lost", null, null],
        [null, null, null, null, null],
        ["outside", "the", "table", null, null],
      ],
      { tables: [{ name: "Darījumi", range: "A3:C6" }] }
    );
    const header = detectHeader(block, "deals");
    expect(header?.table).toBe("Darījumi");
    expect(header?.headerRow).toBe(3);
    expect([header?.colStart, header?.colEnd]).toEqual([0, 3]);
    // rows 4–5 are data; the table's trailing empty row 6 is no row; row 7 is outside the table
    expect([header?.dataStart, header?.dataEnd]).toEqual([3, 5]);
  });

  it("leaves out trailing blank rows of a plain range", () => {
    const block = sheetBlock([
      ["Company", "Country"],
      ["SIA A", "LV"],
      [],
      ["SIA B", "EE"],
      [],
      [" "],
    ]);
    expect(detectHeader(block, "leads")?.dataEnd).toBe(4);
  });
});
