/**
 * What a reader sees: the number formats printed by LibreOffice (the CLI's PDF engine) and
 * read back as text from the PDF.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { formatMoney } from "../../src/core/money";
import {
  dateFormat,
  decimalFormat,
  integerFormat,
  moneyFormat,
  percentFormat,
  type FormatLocale,
} from "../../src/core/numberFormats";
import { recalcPdf, tempDir } from "../support/recalc";

const run = promisify(execFile);

/** [format, value, what LibreOffice must print] per locale. */
const EXPECTED: Record<FormatLocale, Array<[string, number, string]>> = {
  lv: [
    [moneyFormat("lv"), 1234.56, formatMoney(123456, "lv")],
    [moneyFormat("lv"), -1234567.89, formatMoney(-123456789, "lv")],
    [percentFormat("lv"), 0.125, "12,5%"],
    [integerFormat("lv"), 1234567, "1 234 567"],
    [decimalFormat("lv"), 1234.5, "1 234,50"],
    [dateFormat("lv"), 46208, "05.07.2026"],
  ],
  en: [
    [moneyFormat("en"), 1234.56, formatMoney(123456, "en")],
    [moneyFormat("en"), -1234567.89, formatMoney(-123456789, "en")],
    [percentFormat("en"), 0.125, "12.5%"],
    [integerFormat("en"), 1234567, "1,234,567"],
    [decimalFormat("en"), 1234.5, "1,234.50"],
    [dateFormat("en"), 46208, "2026-07-05"],
  ],
};

describe("number formats as LibreOffice prints them", () => {
  let lines: string[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Formats");
    sheet.getColumn(1).width = 12;
    sheet.getColumn(2).width = 28;
    const rows = [...EXPECTED.lv, ...EXPECTED.en];
    rows.forEach(([format, value], i) => {
      sheet.getCell(i + 1, 1).value = `row${i + 1}`;
      const cell = sheet.getCell(i + 1, 2);
      cell.value = value;
      cell.numFmt = format;
    });
    const dir = tempDir("formats-");
    const input = join(dir, "formats.xlsx");
    await wb.xlsx.writeFile(input);
    const pdf = await recalcPdf(input, join(dir, "out"));
    const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
    lines = stdout.split("\n").map((l) => l.replace(/\s+/gu, " ").trim());
  });

  it.each(
    (["lv", "en"] as const).flatMap((locale, block) =>
      EXPECTED[locale].map(([format, value, shown], i): [string, number, string, number] => [
        format,
        value,
        shown,
        block * EXPECTED.lv.length + i + 1,
      ])
    )
  )("%s shows %p as %p", (_format, _value, shown, row) => {
    const line = lines.find((l) => l.startsWith(`row${row} `));
    expect(line).toBe(`row${row} ${shown.replace(/\s+/gu, " ")}`);
  });
});
