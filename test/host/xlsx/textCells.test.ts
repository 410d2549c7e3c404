import fc from "fast-check";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { readCellValue } from "../../../src/host/xlsx/readCellValue";
import { looksLikeFormula, ooxmlText } from "../../../src/host/xlsx/textCells";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { recalcCsv, recalcXlsx } from "../../support/recalc";
import { cellFormat, cellXml, reopen, sheetXml, writeTemp } from "./xlsxTestKit";

/** Company names an exhibitor list may really hold (SPEC §8). */
const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "=1+1",
  "+371 2000 0000",
  "-5",
  "@SUM(A1:A2)",
  "\tTabbed Ltd",
  "\rCarriage SIA",
  "＝1+1",
  "＋371 2000 0000",
  "－5",
  "＠cmd",
  "=cmd|'/c calc'!A1",
];

describe("looksLikeFormula", () => {
  it("flags = + - @ tab CR and their full-width forms, nothing else", () => {
    for (const s of HOSTILE) expect(looksLikeFormula(s)).toBe(true);
    for (const s of ["SIA Alfa", " =1", "1+1", "", "€ 100", "a=b"])
      expect(looksLikeFormula(s)).toBe(false);
  });
});

describe("ooxmlText", () => {
  it("escapes CR and control characters the OOXML way, and literal escapes", () => {
    expect(ooxmlText("a\r\nb")).toBe("a_x000D_\nb");
    expect(ooxmlText("bell\u0007")).toBe("bell_x0007_");
    expect(ooxmlText("_x000D_")).toBe("_x005F_x000D_");
    expect(ooxmlText("plain\ttext\n")).toBe("plain\ttext\n");
  });
});

describe("text stays text", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Leads",
      kind: "input:leads",
      owner: "user",
      values: [["Company"], ...HOSTILE.map((s) => [s])],
    });
    bytes = await wb.toBuffer();
  });

  it("writes each as a string cell, never a formula, with a quote prefix", async () => {
    const xml = await sheetXml(bytes, "Leads");
    for (let i = 0; i < HOSTILE.length; i++) {
      const cell = cellXml(xml, `A${i + 2}`);
      expect(cell).toMatch(/t="s"/);
      expect(cell).not.toMatch(/<f>/);
      const xf = await cellFormat(bytes, xml, `A${i + 2}`);
      expect(xf).toMatch(/quotePrefix="1"/);
      expect(xf).toMatch(/numFmtId="49"/);
    }
    // Ordinary text gets no prefix.
    expect(await cellFormat(bytes, xml, "A1")).not.toMatch(/quotePrefix/);
  });

  it("reads back the very same strings, CR and tab included", async () => {
    const ws = (await reopen(bytes)).getWorksheet("Leads");
    HOSTILE.forEach((s, i) => expect(ws?.getCell(`A${i + 2}`).value).toBe(s));
    const port = await openXlsx(bytes);
    expect((await port.readSheet("Leads")).values.slice(1).map((r) => r[0])).toEqual(HOSTILE);
  });

  it("reads the same strings before saving, and saving twice changes nothing", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "T", kind: "t", values: [["a\r\nb"], ["_x000D_ literal"]] });
    const once = await wb.toBuffer();
    expect((await wb.readSheet("T")).values).toEqual([["a\r\nb"], ["_x000D_ literal"]]);
    const twice = await wb.toBuffer();
    for (const bytes of [once, twice]) {
      expect((await (await openXlsx(bytes)).readSheet("T")).values).toEqual([
        ["a\r\nb"],
        ["_x000D_ literal"],
      ]);
    }
  });

  it("stays literal text after LibreOffice opens, recalculates and saves it", async () => {
    const path = writeTemp(bytes, "hostile.xlsx");
    const [csv] = await recalcCsv(path);
    const rows = Papa.parse<string[]>(readFileSync(csv ?? "", "utf8"), {
      skipEmptyLines: false,
    }).data;
    HOSTILE.forEach((s, i) => expect(rows[i + 1]?.[0]).toBe(s));
    const lo = (await reopen(readFileSync(await recalcXlsx(path)))).getWorksheet("Leads");
    HOSTILE.forEach((s, i) => {
      const cell = lo?.getCell(`A${i + 2}`);
      expect(cell?.formula).toBeUndefined();
      expect(readCellValue(cell?.value, false)).toBe(s);
    });
  });

  it("keeps text as text in updateCells and appendRows too, on the user's own sheet", async () => {
    const wb = await openXlsx(bytes);
    await wb.updateCells("Leads", [{ row: 2, column: 2, value: "=2*3" }]);
    await wb.appendRows({ sheet: "Leads", firstColumn: 1, rows: [["@danger"], ["＝x"]] });
    const out = await wb.toBuffer();
    const xml = await sheetXml(out, "Leads");
    for (const address of ["B2", `A${HOSTILE.length + 2}`, `A${HOSTILE.length + 3}`]) {
      expect(cellXml(xml, address)).toMatch(/t="s"/);
      expect(await cellFormat(out, xml, address)).toMatch(/quotePrefix="1"/);
    }
    const ws = (await reopen(out)).getWorksheet("Leads");
    expect(ws?.getCell("B2").value).toBe("=2*3");
    expect(ws?.getCell(`A${HOSTILE.length + 3}`).value).toBe("＝x");
  });

  it("round-trips any text through save and reopen (property)", async () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "\r",
        "\t",
        "\n",
        "_x000D_",
        "_x",
        "＝",
        "€",
        "ā",
        " ",
        "=",
        "+",
        "-",
        "@",
        "&",
        "<",
        '"'
      ),
      fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c))
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit, minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          const wb = createXlsx();
          await wb.writeSheet({ name: "T", kind: "t", values: texts.map((t) => [t]) });
          const back = await openXlsx(await wb.toBuffer());
          expect((await back.readSheet("T")).values.map((r) => r[0])).toEqual(texts);
        }
      ),
      { numRuns: 60 }
    );
  });
});
