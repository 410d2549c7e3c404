import type { SheetInfo } from "../../src/host/port";
import { countByOwner } from "../../src/taskpane/leads/countByOwner";
import { importableSheets } from "../../src/taskpane/leads/importableSheets";
import { csvText, importFileKind, readImportFile } from "../../src/taskpane/leads/readImportFile";

const sheet = (name: string, over: Partial<SheetInfo> = {}): SheetInfo => ({
  name,
  index: 0,
  visible: true,
  rowCount: 10,
  columnCount: 5,
  tables: [],
  ours: null,
  ...over,
});

describe("the file a leads import reads", () => {
  test("CSV and .xlsx by name; anything else is refused", () => {
    expect(importFileKind("Riga Food 2027.CSV")).toBe("csv");
    expect(importFileKind("list.txt")).toBe("csv");
    expect(importFileKind("exhibitors.xlsx")).toBe("xlsx");
    expect(importFileKind("old.xls")).toBeNull();
    expect(importFileKind("notes.pdf")).toBeNull();
  });

  test("UTF-8 text loses its byte order mark; Windows-1257 bytes still read as Latvian", () => {
    expect(csvText(new TextEncoder().encode("\uFEFFUzņēmums;Pilsēta\r\n"))).toBe(
      "Uzņēmums;Pilsēta\r\n"
    );
    // "Rīga" in Windows-1257: ī is 0xEE.
    expect(csvText(new Uint8Array([0x52, 0xee, 0x67, 0x61]))).toBe("Rīga");
  });

  test("a chosen file becomes CSV text or .xlsx bytes with its name; other files give null", async () => {
    const file = (name: string, text: string) => ({
      name,
      arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    });
    expect(await readImportFile(file("a.csv", "\uFEFFCompany\r\nKoks\r\n"))).toEqual({
      kind: "csv",
      text: "Company\r\nKoks\r\n",
      name: "a.csv",
    });
    const xlsx = await readImportFile(file("b.xlsx", "PK"));
    expect(xlsx?.kind === "xlsx" && [...xlsx.data]).toEqual([0x50, 0x4b]);
    expect(await readImportFile(file("c.pdf", "%PDF"))).toBeNull();
  });
});

describe("what the Leads view offers", () => {
  test("sheets to import from: the user's sheets with rows, not Leads itself nor Deal Desk's", () => {
    const sheets = [
      sheet("Potenciālie klienti"),
      sheet("Riga Food 2027"),
      sheet("Empty", { rowCount: 1 }),
      sheet("Zvani Anna Jansone", { ours: "leads:calls:Anna Jansone" }),
      sheet("Sheet1"),
    ];
    expect(importableSheets(sheets).map((s) => s.name)).toEqual(["Riga Food 2027", "Sheet1"]);
  });

  test("leads assigned are counted per owner, in the order owners first appear", () => {
    expect(countByOwner([{ owner: "Anna" }, { owner: "Rita" }, { owner: " anna" }])).toEqual([
      ["Anna", 2],
      ["Rita", 1],
    ]);
  });
});
