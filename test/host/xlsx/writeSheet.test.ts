import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { SheetPlan } from "../../../src/host/port";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { recalcXlsx } from "../../support/recalc";
import { cellXml, part, reopen, sheetXml, writeTemp } from "./xlsxTestKit";

/** A report-like plan using every formatting feature the port has. */
function reportPlan(): SheetPlan {
  return {
    name: "Pārskats Q3",
    kind: "report:2026-Q3:summary",
    values: [
      ["Pārdošanas pārskats 2026-Q3", null, null, null],
      ["Owner", "Revenue", "Target", "Attainment"],
      ["Anna Bērziņa", 12500.5, 10000, { formula: "B3/C3", result: 1.25005 }],
      ["Jānis Ozols", 8000, 10000, { formula: "B4/C4", result: 0.8 }],
      [
        "Total",
        { formula: "SUM(B3:B4)", result: 20500.5 },
        { formula: "SUM(C3:C4)", result: 20000 },
        { formula: "B5/C5", result: 1.025025 },
      ],
    ],
    formats: [
      {
        range: { row: 1, column: 1, rows: 1, columns: 4 },
        font: { bold: true, size: 14, color: "1F4E78" },
      },
      {
        range: { row: 2, column: 1, rows: 1, columns: 4 },
        font: { bold: true },
        fill: "DDEBF7",
        border: { edges: "bottom", style: "medium", color: "1F4E78" },
      },
      {
        range: { row: 3, column: 2, rows: 3, columns: 2 },
        numberFormat: '#,##0.00 "€"',
        horizontalAlignment: "right",
      },
      { range: { row: 3, column: 4, rows: 3, columns: 1 }, numberFormat: "0.0%" },
      {
        range: { row: 2, column: 1, rows: 4, columns: 4 },
        border: { edges: "outline", style: "thin" },
      },
    ],
    font: { name: "Arial", size: 10 },
    columnWidths: [24, 14, 14, 12],
    freeze: { rows: 2, columns: 1 },
    merges: [{ row: 1, column: 1, rows: 1, columns: 4 }],
    tables: [
      {
        name: "Q3Summary",
        range: { row: 2, column: 1, rows: 3, columns: 4 },
        style: "TableStyleLight9",
      },
    ],
    conditionalFormats: [
      { type: "dataBar", range: { row: 3, column: 2, rows: 2, columns: 1 }, color: "638EC6" },
      {
        type: "cellValue",
        range: { row: 3, column: 4, rows: 2, columns: 1 },
        operator: "lessThan",
        values: ["0.9"],
        fill: "FFC7CE",
        fontColor: "9C0006",
      },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: 2, last: 2 },
      printArea: { row: 1, column: 1, rows: 5, columns: 4 },
    },
    tabColor: "1F4E78",
    activate: true,
  };
}

async function writtenReport(): Promise<Uint8Array> {
  const wb = createXlsx();
  await wb.writeSheet({
    name: "Deals",
    kind: "input:deals",
    owner: "user",
    values: [
      ["Deal ID", "Amount"],
      ["D-1", 100],
    ],
  });
  await wb.writeSheet(reportPlan());
  return wb.toBuffer();
}

describe("writeSheet: what another program sees in the saved file", () => {
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await writtenReport();
    book = await reopen(bytes);
    const sheet = book.getWorksheet("Pārskats Q3");
    if (!sheet) throw new Error("sheet missing");
    ws = sheet;
  });

  it("writes values, and formulas with their cached results", () => {
    expect(ws.getCell("A3").value).toBe("Anna Bērziņa");
    expect(ws.getCell("B3").value).toBe(12500.5);
    expect(ws.getCell("B5").value).toEqual({ formula: "SUM(B3:B4)", result: 20500.5 });
    expect(ws.getCell("D4").value).toEqual({ formula: "B4/C4", result: 0.8 });
  });

  it("writes number formats, fonts, fills, alignment and borders by block", () => {
    expect(ws.getCell("B3").numFmt).toBe('#,##0.00 "€"');
    expect(ws.getCell("D5").numFmt).toBe("0.0%");
    expect(ws.getCell("B3").alignment?.horizontal).toBe("right");
    expect(ws.getCell("A1").font).toMatchObject({
      name: "Arial",
      size: 14,
      bold: true,
      color: { argb: "FF1F4E78" },
    });
    // Every written cell names its font explicitly (LibreOffice and Excel differ otherwise).
    expect(ws.getCell("A3").font).toMatchObject({ name: "Arial", size: 10 });
    expect(ws.getCell("B2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(ws.getCell("B2").border?.bottom).toMatchObject({
      style: "medium",
      color: { argb: "FF1F4E78" },
    });
    // Outline: the block's edges only.
    expect(ws.getCell("A3").border?.left).toMatchObject({ style: "thin" });
    expect(ws.getCell("B3").border?.left).toBeUndefined();
    expect(ws.getCell("D5").border).toMatchObject({
      right: { style: "thin" },
      bottom: { style: "thin" },
    });
  });

  it("writes column widths, merges, frozen panes and the tab colour", () => {
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(4).width).toBe(12);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E78" });
  });

  it("writes the table with its header row, range and style", async () => {
    const tables = await part(bytes, "xl/tables/table1.xml");
    expect(tables).toContain('name="Q3Summary"');
    expect(tables).toContain('ref="A2:D4"');
    expect(tables).toContain('headerRowCount="1"');
    expect(tables).toContain('name="TableStyleLight9"');
    expect(tables).toMatch(
      /<tableColumn id="1" name="Owner"\/><tableColumn id="2" name="Revenue"\/>/
    );
    expect(tables).toMatch(/<filterColumn colId="0" hiddenButton="0"\/>/);
    expect(ws.getCell("A2").value).toBe("Owner");
  });

  it("writes conditional formats: a data bar and a cell-value rule", async () => {
    const xml = await sheetXml(bytes, "Pārskats Q3");
    expect(xml).toMatch(
      /<conditionalFormatting sqref="B3:B4"><cfRule type="dataBar"[\s\S]*?<color rgb="FF638EC6"\/>/
    );
    expect(xml).toMatch(
      /<cfRule type="cellIs" dxfId="\d+" priority="\d+" operator="lessThan"><formula>0.9<\/formula>/
    );
    const styles = await part(bytes, "xl/styles.xml");
    expect(styles).toMatch(
      /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/
    );
  });

  it("writes the print setup: A4 landscape, one page wide, title rows and print area", async () => {
    const xml = await sheetXml(bytes, "Pārskats Q3");
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/
    );
    const wbXml = await part(bytes, "xl/workbook.xml");
    expect(wbXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Pārskats Q3'!$A$1:$D$5</definedName>`
    );
    expect(wbXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Pārskats Q3'!$2:$2</definedName>`
    );
  });

  it("makes the activated sheet the one Excel opens on, and selects only its tab", async () => {
    const wbXml = await part(bytes, "xl/workbook.xml");
    expect(wbXml).toMatch(/activeTab="1"/);
    expect(await sheetXml(bytes, "Pārskats Q3")).toMatch(/tabSelected="1"/);
    expect(await sheetXml(bytes, "Deals")).not.toMatch(/tabSelected="1"/);
  });

  it("gives LibreOffice the same results as the cached ones", async () => {
    const recalculated = await recalcXlsx(writeTemp(bytes, "report.xlsx"));
    const lo = await reopen(readFileSync(recalculated));
    const sheet = lo.getWorksheet("Pārskats Q3");
    for (const address of ["B5", "C5", "D3", "D4", "D5"]) {
      const mine = ws.getCell(address).value as ExcelJS.CellFormulaValue;
      const theirs = sheet?.getCell(address).value as ExcelJS.CellFormulaValue;
      expect(theirs.result).toBeCloseTo(mine.result as number, 9);
    }
    // LibreOffice kept the table, the merge and the number formats.
    expect(sheet?.getCell("B3").numFmt).toMatch(/^#,##0\.00 ?" ?€"$/);
    expect(sheet?.getCell("B1").isMerged).toBe(true);
  });
});

describe("writeSheet: sheet position and replacement", () => {
  it("puts a sheet first or last, and keeps a replaced sheet's place", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "A", kind: "x", owner: "user", values: [["a"]] });
    await wb.writeSheet({ name: "Report", kind: "report:1", values: [["old"]] });
    await wb.writeSheet({ name: "C", kind: "x", owner: "user", values: [["c"]] });
    await wb.writeSheet({ name: "Quote", kind: "quote:Q-1", values: [["q"]], position: "first" });
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Quote", "A", "Report", "C"]);

    await wb.writeSheet({ name: "Report", kind: "report:2", values: [["new", 1]] });
    const after = await openXlsx(await wb.toBuffer());
    const sheets = await after.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(["Quote", "A", "Report", "C"]);
    expect(sheets[2]).toMatchObject({ ours: "report:2", rowCount: 1, columnCount: 2 });
    expect((await after.readSheet("Report")).values).toEqual([["new", 1]]);
  });

  it("refuses names Excel does not allow, and table names taken elsewhere", async () => {
    const wb = createXlsx();
    await expect(wb.writeSheet({ name: "Q3/Q4", kind: "x", values: [] })).rejects.toMatchObject({
      code: "WRITE_FAILED",
    });
    await expect(
      wb.writeSheet({ name: "x".repeat(32), kind: "x", values: [] })
    ).rejects.toMatchObject({ code: "WRITE_FAILED" });
    await wb.writeSheet({
      name: "One",
      kind: "x",
      values: [["h"], [1]],
      tables: [{ name: "Deals_2026", range: { row: 1, column: 1, rows: 2, columns: 1 } }],
    });
    await expect(
      wb.writeSheet({
        name: "Two",
        kind: "x",
        values: [["h"], [1]],
        tables: [{ name: "deals_2026", range: { row: 1, column: 1, rows: 2, columns: 1 } }],
      })
    ).rejects.toThrow(/already has a table or name deals_2026/);
    await expect(
      wb.writeSheet({
        name: "Three",
        kind: "x",
        values: [["h"], [1]],
        tables: [{ name: "T1", range: { row: 1, column: 1, rows: 2, columns: 1 } }],
      })
    ).rejects.toThrow(/reads as a cell address/);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["One"]);
  });

  it("writes a table whose plan has only the header row with one empty data row", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Quotes",
      kind: "register:quotes",
      owner: "user",
      values: [["Quote", "Status"]],
      tables: [{ name: "Quotes", range: { row: 1, column: 1, rows: 1, columns: 2 } }],
    });
    const bytes = await wb.toBuffer();
    expect(await part(bytes, "xl/tables/table1.xml")).toContain('ref="A1:B2"');
    const again = await openXlsx(bytes);
    expect((await again.readSheet("Quotes")).tables).toEqual([{ name: "Quotes", range: "A1:B2" }]);
  });

  it("keeps the plan's totals row values in a table with a totals row", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Lines",
      kind: "quote:Q-1:lines",
      values: [
        ["Item", "Net"],
        ["A", 10],
        ["B", 5],
        ["Total", { formula: "SUBTOTAL(109,Lines[Net])", result: 15 }],
      ],
      tables: [
        { name: "Lines", range: { row: 1, column: 1, rows: 4, columns: 2 }, showTotalRow: true },
      ],
    });
    const bytes = await wb.toBuffer();
    const ws = (await reopen(bytes)).getWorksheet("Lines");
    expect(ws?.getCell("A4").value).toBe("Total");
    expect(ws?.getCell("B4").value).toEqual({ formula: "SUBTOTAL(109,Lines[Net])", result: 15 });
    expect(await part(bytes, "xl/tables/table1.xml")).toMatch(/ref="A1:B4"[^>]*totalsRowCount="1"/);
    const lo = await reopen(readFileSync(await recalcXlsx(writeTemp(bytes, "lines.xlsx"))));
    expect((lo.getWorksheet("Lines")?.getCell("B4").value as ExcelJS.CellFormulaValue).result).toBe(
      15
    );
  });

  it("quotes sheet names with apostrophes in print names (Excel reads them back)", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Jānis' deals",
      kind: "report:j",
      values: [["a"], ["b"]],
      print: {
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: false,
        repeatRows: { first: 1, last: 1 },
        printArea: { row: 1, column: 1, rows: 2, columns: 1 },
      },
    });
    const bytes = await wb.toBuffer();
    const xml = await part(bytes, "xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Jānis'' deals'!$A$1:$A$2</definedName>`
    );
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Jānis'' deals'!$1:$1</definedName>`
    );
    expect(await sheetXml(bytes, "Jānis' deals")).not.toMatch(/fitToPage/);
    const again = await reopen(bytes);
    expect(again.getWorksheet("Jānis' deals")?.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("ignores charts (exceljs cannot draw them) and still writes the sheet", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Chart data",
      kind: "report:chart",
      values: [
        ["Month", "Revenue"],
        ["Jul", 1],
      ],
      charts: [
        {
          type: "columnClustered",
          data: { row: 1, column: 1, rows: 2, columns: 2 },
          title: "Revenue",
          anchor: { row: 4, column: 1 },
        },
      ],
    });
    const bytes = await wb.toBuffer();
    expect(cellXml(await sheetXml(bytes, "Chart data"), "B2")).toContain("<v>1</v>");
    await expect(part(bytes, "xl/charts/chart1.xml")).rejects.toThrow(/no part/);
  });
});
