import { cellAddress, columnLetters } from "../../src/workbench/cellAddress";

describe("cell addresses", () => {
  test("column letters", () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  test("A1 addresses, with the sheet quoted only when Excel would", () => {
    expect(cellAddress(14, 2)).toBe("B14");
    expect(cellAddress(14, 2, "Darījumi")).toBe("Darījumi!B14");
    expect(cellAddress(3, 1, "Quote lines")).toBe("'Quote lines'!A3");
    expect(cellAddress(3, 1, "O'Brien list")).toBe("'O''Brien list'!A3");
  });
});
