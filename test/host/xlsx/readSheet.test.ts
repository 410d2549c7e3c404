import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { serialFromDate } from "../../../src/host/xlsx/excelSerial";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { recalcXlsx } from "../../support/recalc";
import { fixture, part, writeTemp } from "./xlsxTestKit";

const JUL_1_2026 = 46204; // 1900 system
const JUL_1_2026_1904 = 46204 - 1462;

describe("readSheet: raw values as Excel holds them", () => {
  it("reads errors, formula results, rich text, hyperlinks, booleans and merged cells", async () => {
    const wb = await openXlsx(fixture("xlsx-cell-kinds.xlsx"));
    const block = await wb.readSheet("Kinds");
    expect(block).toMatchObject({
      name: "Kinds",
      firstRow: 1,
      firstColumn: 1,
      date1904: false,
      tables: [],
    });
    const at = (a1: string): unknown => {
      const m = /^([A-Z])(\d+)$/.exec(a1);
      const c = (m?.[1] ?? "A").charCodeAt(0) - 64;
      return block.values[Number(m?.[2]) - 1]?.[c - 1];
    };
    expect(at("B2")).toEqual({ error: "#N/A" });
    expect(at("B3")).toEqual({ error: "#DIV/0!" });
    expect(at("B4")).toBe("SIA Alfa");
    expect(at("B5")).toBe("alfa.lv");
    expect(at("B6")).toBe(JUL_1_2026);
    expect(at("B7")).toBe(JUL_1_2026 + 0.75);
    expect(at("B8")).toBe(JUL_1_2026 + 1);
    expect(at("B9")).toBe(true);
    // Shared formula (master and dependants) and array formula: their cached results.
    expect([at("C2"), at("C3"), at("C4"), at("D2")]).toEqual([20, 30, 40, 90]);
    // Merged A11:B11: the value sits in A11 only.
    expect([at("A11"), at("B11")]).toEqual(["merged", null]);
    expect(at("E12")).toBe("last");
    // Rectangular, with number formats of the same shape.
    expect(block.values).toHaveLength(12);
    for (const row of block.values) expect(row).toHaveLength(5);
    expect(block.numberFormats.map((r) => r.length)).toEqual(block.values.map((r) => r.length));
    expect(block.numberFormats[5]?.[1]).toBe("dd.mm.yyyy");
    expect(block.numberFormats[0]?.[0]).toBe("General");
  });

  it("lists sheets with their size and visibility", async () => {
    const wb = await openXlsx(fixture("xlsx-cell-kinds.xlsx"));
    expect(await wb.listSheets()).toEqual([
      {
        name: "Kinds",
        index: 0,
        visible: true,
        rowCount: 12,
        columnCount: 5,
        tables: [],
        ours: null,
      },
      {
        name: "Lists",
        index: 1,
        visible: false,
        rowCount: 1,
        columnCount: 1,
        tables: [],
        ours: null,
      },
    ]);
  });

  it("reads the used block where it starts, not from A1", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "S",
      kind: "x",
      values: [[], [], [null, null, "Header", "B"], [null, null, 1, 2]],
    });
    const block = await wb.readSheet("S");
    expect(block).toMatchObject({
      firstRow: 3,
      firstColumn: 3,
      values: [
        ["Header", "B"],
        [1, 2],
      ],
    });
    expect(await createXlsxEmpty()).toMatchObject({
      firstRow: 1,
      firstColumn: 1,
      values: [],
      numberFormats: [],
    });
  });

  it("reads a table's name and range", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    expect((await wb.readSheet("Leads")).tables).toEqual([{ name: "Leads", range: "A2:D5" }]);
    await expect(wb.readSheet("Nope")).rejects.toMatchObject({ code: "MISSING_SHEET" });
  });
});

async function createXlsxEmpty(): Promise<unknown> {
  const wb = createXlsx();
  await wb.writeSheet({ name: "Empty", kind: "x", values: [] });
  return wb.readSheet("Empty");
}

describe("dates come back as the exact serial, in the workbook's date system", () => {
  it("serialFromDate inverts exceljs's conversion for both systems", () => {
    expect(serialFromDate(new Date(Date.UTC(2026, 6, 1)), false)).toBe(JUL_1_2026);
    expect(serialFromDate(new Date(Date.UTC(2026, 6, 1)), true)).toBe(JUL_1_2026_1904);
  });

  it("reads a 1904 workbook's serials unchanged, flagged date1904", async () => {
    const wb = await openXlsx(fixture("xlsx-1904-dates.xlsx"));
    const block = await wb.readSheet("Dates");
    expect(block.date1904).toBe(true);
    expect(block.values.slice(1).map((r) => r[0])).toEqual([
      JUL_1_2026_1904,
      0,
      JUL_1_2026_1904 + 0.5,
    ]);
  });

  it('keeps the 1904 serials when LibreOffice has saved the file (date1904="true")', async () => {
    const recalculated = await recalcXlsx(
      writeTemp(fixture("xlsx-1904-dates.xlsx"), "dates1904.xlsx")
    );
    const bytes = readFileSync(recalculated);
    expect(await part(bytes, "xl/workbook.xml")).toMatch(/date1904="true"/);
    const wb = await openXlsx(bytes);
    const block = await wb.readSheet("Dates");
    expect(block.date1904).toBe(true);
    expect(block.values.slice(1).map((r) => r[0])).toEqual([
      JUL_1_2026_1904,
      0,
      JUL_1_2026_1904 + 0.5,
    ]);
    // ...and saving it again keeps both the system and the serials.
    const saved = await wb.toBuffer();
    expect(await part(saved, "xl/workbook.xml")).toMatch(/date1904="1"/);
    const zip = await JSZip.loadAsync(saved);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(new RegExp(`<c r="A2"[^>]*><v>${JUL_1_2026_1904}</v>`));
  });

  it.each([false, true])(
    "round-trips date-formatted serials exactly (date1904 = %s, property)",
    async (date1904) => {
      const day = fc.integer({ min: 1, max: 2_958_465 - 1462 });
      const time = fc.integer({ min: 0, max: 86_399_999 }).map((ms) => ms / 86_400_000);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(day, fc.boolean(), time), { minLength: 1, maxLength: 20 }),
          async (cells) => {
            const serials = cells.map(([d, withTime, t]) => (withTime ? d + t : d));
            const wb = createXlsx();
            wb.workbook.properties.date1904 = date1904;
            await wb.writeSheet({
              name: "D",
              kind: "x",
              values: serials.map((s) => [s]),
              formats: [
                {
                  range: { row: 1, column: 1, rows: serials.length, columns: 1 },
                  numberFormat: "yyyy-mm-dd hh:mm:ss.000",
                },
              ],
            });
            const back = await (await openXlsx(await wb.toBuffer())).readSheet("D");
            expect(back.date1904).toBe(date1904);
            back.values.forEach((row, i) => {
              const want = serials[i] ?? 0;
              if (Number.isInteger(want)) expect(row[0]).toBe(want);
              // exceljs keeps Dates to the millisecond: times come back within half a millisecond.
              else
                expect(Math.abs((row[0] as number) - want)).toBeLessThan(0.5 / 86_400_000 + 1e-9);
            });
          }
        ),
        { numRuns: 25 }
      );
    }
  );
});
