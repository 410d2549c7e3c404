import { isAppError } from "../../src/core/appError";
import type { CellValue } from "../../src/host/port";
import { readFieldRows } from "../../src/sheets/readRows";
import type { ReadOptions } from "../../src/sheets/readRows";
import { serial1900, serial1904, sheetBlock } from "./blockBuilder";

const DMY: ReadOptions = { dateOrder: "DMY" };
const NA: CellValue = { error: "#N/A" };

function values(read: ReturnType<typeof readFieldRows>, key: string): unknown[] {
  return read.rows.map((r) => r.values[key]);
}

describe("readFieldRows: skipped rows, each an issue with its Excel row", () => {
  // Title rows 1–2, header on row 3, data from row 4.
  const block = sheetBlock(
    [
      ["Darījumu reģistrs 2026"],
      [],
      ["Darījuma ID", "Klients", "Atbildīgais", "Posms", "Summa", "Izveidots"],
      ["D-1", "SIA Alfa", "Ozols", "Uzvarēts", "12 500,00", "05.03.2026"], // 4 used
      [null, null, null, null, null, null], // 5 blank
      ["D-2", "SIA Beta", null, "Proposal", "100", null], // 6 no owner
      ["Darījuma ID", "Klients", "Atbildīgais", "Posms", "Summa", "Izveidots"], // 7 repeated header
      ["D-3", "SIA Gamma", "Kalniņš", "Negotiation", NA, "31.02.2026"], // 8 used, two issues
      [{ error: "#REF!" }, "SIA Zeta", "Ozols", "Won", "500", null], // 9 error in required ID
      ["Kopā", null, null, null, 13100, null], // 10 total
      ["D-4", "SIA Eta", "Ozols", "  ", "1", null], // 11 blank stage
      [null, "Starpsumma:", null, null, 1, null], // 12 subtotal, no ID
      ["D-5", "Total Energies", "Ozols", "Won", "1", null], // 13 used: an account, not a total
    ],
    { name: "Darījumi" }
  );
  const read = readFieldRows(block, "deals", DMY);

  it("accounts for every row below the header: read = used + skipped", () => {
    expect(read.headerRow).toBe(3);
    expect(read.counts).toEqual({ read: 10, used: 3, skipped: 7 });
    expect(read.rows.map((r) => r.row)).toEqual([4, 8, 13]);
  });

  it("reports each skipped row with its row number, column, value and problem", () => {
    const at = (row: number) => read.issues.filter((i) => i.row === row);
    expect(at(5)).toEqual([
      { sheet: "Darījumi", row: 5, column: null, value: null, problem: "blank row — skipped" },
    ]);
    expect(at(6)).toEqual([
      {
        sheet: "Darījumi",
        row: 6,
        column: "Atbildīgais",
        value: null,
        problem: "required, but empty — row skipped",
      },
    ]);
    expect(at(7)).toEqual([expect.objectContaining({ problem: "repeated header row — skipped" })]);
    expect(at(9)).toEqual([
      expect.objectContaining({
        column: "Darījuma ID",
        value: "#REF!",
        problem: "cell error #REF! — row skipped",
      }),
    ]);
    expect(at(10)).toEqual([
      expect.objectContaining({
        column: "Darījuma ID",
        value: "Kopā",
        problem: "total row — skipped",
      }),
    ]);
    expect(at(11)).toEqual([
      expect.objectContaining({ column: "Posms", problem: "required, but empty — row skipped" }),
    ]);
    expect(at(12)).toEqual([
      expect.objectContaining({
        column: "Klients",
        value: "Starpsumma:",
        problem: "total row — skipped",
      }),
    ]);
  });

  it("uses a row whose optional value is an error or unusable, leaving that field empty", () => {
    const row8 = read.rows.find((r) => r.row === 8);
    expect(row8?.values.amount).toBeNull();
    expect(row8?.values.created).toBeNull();
    expect(read.issues.filter((i) => i.row === 8)).toEqual([
      {
        sheet: "Darījumi",
        row: 8,
        column: "Summa",
        value: "#N/A",
        problem: "cell error #N/A — left empty",
      },
      {
        sheet: "Darījumi",
        row: 8,
        column: "Izveidots",
        value: "31.02.2026",
        problem: "not a date — left empty",
      },
    ]);
  });

  it("reads the good rows' values", () => {
    expect(read.rows[0]?.values).toMatchObject({
      id: "D-1",
      account: "SIA Alfa",
      owner: "Ozols",
      stage: "Won",
      amount: 1250000,
      created: "2026-03-05",
    });
    expect(read.rows[0]?.texts.stage).toBe("Uzvarēts");
    expect(read.rows[2]?.values.account).toBe("Total Energies");
  });
});

describe("readFieldRows: a missing required column", () => {
  it("throws MISSING_COLUMN naming the sheet, the column and its synonyms", () => {
    const block = sheetBlock(
      [
        ["Deal ID", "Stage", "Amount"],
        ["D-1", "Won", 1],
      ],
      { name: "Deals" }
    );
    let error: unknown;
    try {
      readFieldRows(block, "deals", DMY);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, "MISSING_COLUMN")).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/^Deals: no Owner column — add a column named Owner \(or /);
    expect(message).toContain("Atbildīgais");
    expect(message).toContain("Pārdevējs");
    expect(message).toContain("or map one in Settings.");
  });

  it("throws when no row names two known columns", () => {
    const block = sheetBlock([["Something"], ["else"]], { name: "Komanda" });
    expect(() => readFieldRows(block, "team", DMY)).toThrow(/^Komanda: no header row/);
  });

  it("reads an empty sheet as no rows, saying so", () => {
    const read = readFieldRows(sheetBlock([[null, " "]], { name: "Team" }), "team", DMY);
    expect(read.counts).toEqual({ read: 0, used: 0, skipped: 0 });
    expect(read.issues).toEqual([
      { sheet: "Team", row: null, column: null, value: null, problem: "the sheet is empty" },
    ]);
  });
});

describe("readFieldRows: numbers per column", () => {
  it("infers a decimal comma in one column and a decimal point in another", () => {
    const block = sheetBlock([
      ["Actual", "Deal ID", "Revenue", "Cost", "Qty"],
      [null, "D-1", "1,234", "1,234", "1,5"],
      [null, "D-2", "1 234,56", "1,234.56", "2"],
      [null, "D-3", "€ 12,5", "12.50 EUR", "3"],
    ]);
    const read = readFieldRows(block, "actuals", DMY);
    // Revenue: "1 234,56" and "12,5" say the comma is decimal, so "1,234" is 1.234 → 123 cents.
    expect(values(read, "revenue")).toEqual([123, 123456, 1250]);
    // Cost: "1,234.56" and "12.50" say the point is decimal, so "1,234" is 1234.
    expect(values(read, "cost")).toEqual([123400, 123456, 1250]);
    expect(values(read, "qty")).toEqual([1.5, 2, 3]);
  });

  it("reads percent forms as fractions", () => {
    const block = sheetBlock(
      [
        ["Deal ID", "Owner", "Stage", "Probability", "Margin %"],
        ["D-1", "A", "Won", "30 %", 0.25],
        ["D-2", "A", "Won", "30", "12,5%"],
        ["D-3", "A", "Won", 0.3, 1.5],
        ["D-4", "A", "Won", "0.3", "abc"],
      ],
      { formats: { E2: "0%", E4: "0%" } }
    );
    const read = readFieldRows(block, "deals", DMY);
    expect(values(read, "probability")).toEqual([0.3, 0.3, 0.3, 0.3]);
    // A percent-formatted cell holds the fraction already (1.5 shows as 150 %).
    expect(values(read, "margin")).toEqual([0.25, 0.125, 1.5, null]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        row: 5,
        column: "Margin %",
        value: "abc",
        problem: "not a number — left empty",
      }),
    ]);
  });
});

describe("readFieldRows: dates", () => {
  it("infers day/month order per column from its unambiguous text dates", () => {
    const block = sheetBlock([
      ["Deal ID", "Owner", "Stage", "Created", "Expected close", "Closed on"],
      ["D-1", "A", "Won", "05/07/2026", "05/07/2026", "05/07/2026"],
      ["D-2", "A", "Won", "25/12/2026", "12/25/2026", "2026-07-01"],
    ]);
    const dmy = readFieldRows(block, "deals", DMY);
    expect(values(dmy, "created")).toEqual(["2026-07-05", "2026-12-25"]);
    expect(values(dmy, "expectedClose")).toEqual(["2026-05-07", "2026-12-25"]);
    // Nothing unambiguous in Closed on: the Settings order decides.
    expect(values(dmy, "closedOn")).toEqual(["2026-07-05", "2026-07-01"]);
    const mdy = readFieldRows(block, "deals", { dateOrder: "MDY" });
    expect(values(mdy, "closedOn")).toEqual(["2026-05-07", "2026-07-01"]);
    expect(values(mdy, "created")).toEqual(["2026-07-05", "2026-12-25"]);
  });

  it("reads serial dates in both date systems and real date cells", () => {
    const rows: CellValue[][] = [
      ["Deal ID", "Owner", "Stage", "Created", "Closed on"],
      ["D-1", "A", "Won", serial1900("2026-07-05"), serial1900("2026-07-05") + 0.75],
    ];
    const general = readFieldRows(sheetBlock(rows), "deals", DMY);
    expect(general.rows[0]?.values).toMatchObject({
      created: "2026-07-05",
      closedOn: "2026-07-05",
    });
    const formatted = readFieldRows(
      sheetBlock(rows, { columnFormats: { D: "dd.mm.yyyy", E: "dd.mm.yyyy hh:mm" } }),
      "deals",
      DMY
    );
    expect(formatted.rows[0]?.values).toMatchObject({
      created: "2026-07-05",
      closedOn: "2026-07-05",
    });
    const mac = readFieldRows(
      sheetBlock(
        [
          ["Deal ID", "Owner", "Stage", "Created"],
          ["D-1", "A", "Won", serial1904("2026-07-05")],
        ],
        { date1904: true, columnFormats: { D: "d/m/yyyy" } }
      ),
      "deals",
      DMY
    );
    expect(mac.rows[0]?.values.created).toBe("2026-07-05");
  });

  it("shows a date cell in a text column as its ISO date, and a text id as written", () => {
    const block = sheetBlock(
      [
        ["Company", "Notes", "Reg. no"],
        ["SIA A", serial1900("2026-07-05"), 40003123456],
      ],
      { formats: { B2: "dd.mm.yyyy" } }
    );
    const read = readFieldRows(block, "leads", DMY);
    expect(read.rows[0]?.values).toMatchObject({ notes: "2026-07-05", regNo: "40003123456" });
  });

  it("refuses a number shown as a number in a date column", () => {
    const block = sheetBlock(
      [
        ["Deal ID", "Owner", "Stage", "Created"],
        ["D-1", "A", "Won", 12.5],
      ],
      { formats: { D2: "0.00" } }
    );
    const read = readFieldRows(block, "deals", DMY);
    expect(read.rows[0]?.values.created).toBeNull();
    expect(read.issues[0]).toMatchObject({
      row: 2,
      column: "Created",
      value: "12.5",
      problem: "a number, not a date — left empty",
    });
  });
});

describe("readFieldRows: yes/no, times, durations, periods", () => {
  it("reads yes/no in English, Latvian and as booleans", () => {
    const block = sheetBlock([
      ["Name", "Active"],
      ["A", "jā"],
      ["B", "NĒ"],
      ["C", true],
      ["D", "x"],
      ["E", "maybe"],
      ["F", null],
    ]);
    const read = readFieldRows(block, "team", DMY);
    expect(values(read, "active")).toEqual([true, false, true, true, null, null]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        row: 6,
        column: "Active",
        value: "maybe",
        problem: expect.stringMatching(/^not yes\/no .* — taken as yes$/),
      }),
    ]);
  });

  it("reads times of day and durations", () => {
    const block = sheetBlock(
      [
        ["Date", "With", "Start", "End", "Duration"],
        ["2026-07-14", "SIA A", 0.4375, "11:30", "1,5 h"],
        ["2026-07-14", "SIA B", "9:00", null, 0.0625],
        ["2026-07-14", "SIA C", "14.00", null, "45 min"],
      ],
      { formats: { E3: "[h]:mm" } }
    );
    const read = readFieldRows(block, "meetings", DMY);
    expect(values(read, "start")).toEqual([630, 540, 840]);
    expect(values(read, "end")).toEqual([690, null, null]);
    expect(values(read, "duration")).toEqual([90, 90, 45]);
  });

  it("reads periods to their keys", () => {
    const block = sheetBlock(
      [
        ["Owner", "Period", "Target"],
        ["A", "Q3 2026", "10 000"],
        ["A", "07.2026", 1],
        ["A", 2026, 1],
        ["A", serial1900("2026-08-01"), 1],
        ["A", "Q5 2026", 1],
      ],
      { formats: { B5: "mmm yyyy" } }
    );
    const read = readFieldRows(block, "targets", DMY);
    expect(values(read, "period")).toEqual(["2026-Q3", "2026-07", "2026", "2026-08"]);
    expect(read.counts).toEqual({ read: 5, used: 4, skipped: 1 });
    expect(read.issues).toEqual([
      expect.objectContaining({
        row: 6,
        column: "Period",
        value: "Q5 2026",
        problem: expect.stringMatching(/^not a period.*row skipped$/),
      }),
    ]);
  });
});

describe("readFieldRows: mappings", () => {
  it("reads the column the user mapped, from Settings' mappings of that kind", () => {
    const block = sheetBlock([
      ["Deal ID", "Owner", "Stage", "Seller"],
      ["D-1", "Import bot", "Won", "Ozols"],
    ]);
    const read = readFieldRows(block, "deals", {
      dateOrder: "DMY",
      mappings: { deals: { Owner: "Seller" }, team: { name: "x" } },
    });
    expect(read.rows[0]?.values.owner).toBe("Ozols");
    expect(read.columns.owner).toEqual({ header: "Seller", column: 4 });
    expect(read.unknownColumns).toEqual(["Owner"]);
  });
});
