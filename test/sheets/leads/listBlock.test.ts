import { csvBlock, rowsBlock } from "../../../src/sheets/leads/listBlock";

describe("csvBlock", () => {
  const lines = [
    "Riga Food 2027 — exhibitor list",
    "Exported 27.11.2026 · 2 exhibitors",
    "",
    "Exhibitor;Booth;Country;E-mail",
    '"SIA ""Koks; Rīga""";A-12;Latvija;info@koks.lv',
    '"Line ""one""\nand two";B 3;LV;',
  ];

  it("drops the byte order mark and finds the ; separator past the title block", () => {
    const { block, separator } = csvBlock("\uFEFF" + lines.join("\r\n") + "\r\n", "list.csv");
    expect(separator).toBe(";");
    expect(block.name).toBe("list.csv");
    expect(block.values[0]?.[0]).toBe("Riga Food 2027 — exhibitor list");
    expect(block.values[3]).toEqual(["Exhibitor", "Booth", "Country", "E-mail"]);
    expect(block.values[4]).toEqual(['SIA "Koks; Rīga"', "A-12", "Latvija", "info@koks.lv"]);
    expect(block.values[5]).toEqual(['Line "one"\nand two', "B 3", "LV", null]);
  });

  it("finds the , separator, with or without a byte order mark", () => {
    const text = ["Company,Phone,Country", '"Koks, SIA","+371 2912 3456",LV'].join("\n");
    for (const body of [text, "\uFEFF" + text]) {
      const { block, separator } = csvBlock(body, "x.csv");
      expect(separator).toBe(",");
      expect(block.values[1]).toEqual(["Koks, SIA", "+371 2912 3456", "LV"]);
    }
  });

  it("falls back to the widest first row when no header is found", () => {
    const { separator } = csvBlock("a,b,c\n1,2,3\n", "x.csv");
    expect(separator).toBe(",");
  });
});

describe("rowsBlock", () => {
  it("pads rows to a rectangle and makes empty text blank", () => {
    expect(rowsBlock([["Company", "E-mail"], ["SIA Koks"], ["", 12]], "sel").values).toEqual([
      ["Company", "E-mail"],
      ["SIA Koks", null],
      [null, 12],
    ]);
  });
});
