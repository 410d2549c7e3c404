import { formatCell } from "../../src/workbench/formatCell";

describe("formatCell shows values as Excel displays them", () => {
  test("money with a currency format, in English and Latvian", () => {
    expect(formatCell(1234.5, '#,##0.00 "€"', false, "en")).toEqual({
      text: "1,234.50 €",
      align: "end",
    });
    expect(formatCell(1234.5, '#,##0.00 "€"', false, "lv").text).toBe("1\u00a0234,50 €");
  });

  test("dates from serials, in both date systems", () => {
    expect(formatCell(46000, "yyyy-mm-dd", false, "en").text).toBe("2025-12-09");
    expect(formatCell(46000, "dd.mm.yyyy", false, "lv").text).toBe("09.12.2025");
    expect(formatCell(46000 - 1462, "yyyy-mm-dd", true, "en").text).toBe("2025-12-09");
  });

  test("percentages and General numbers", () => {
    expect(formatCell(0.21, "0%", false, "en").text).toBe("21%");
    expect(formatCell(12.5, "General", false, "en").text).toBe("12.5");
    expect(formatCell(7, "", false, "en").text).toBe("7");
  });

  test("text stays text, left-aligned, even when it looks like a formula", () => {
    expect(formatCell("=HYPERLINK(1)", "General", false, "en")).toEqual({
      text: "=HYPERLINK(1)",
      align: "start",
    });
    expect(formatCell("+371 2000 0000", "@", false, "en").text).toBe("+371 2000 0000");
  });

  test("booleans, errors and blanks", () => {
    expect(formatCell(true, "General", false, "en")).toEqual({ text: "TRUE", align: "center" });
    expect(formatCell({ error: "#N/A" }, "General", false, "en")).toEqual({
      text: "#N/A",
      align: "center",
    });
    expect(formatCell(null, "0.00", false, "en").text).toBe("");
  });

  test("an invalid format shows the value as General", () => {
    expect(formatCell(3.5, "0.0[[[", false, "en").text).toBe("3.5");
  });
});
