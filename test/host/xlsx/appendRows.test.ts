import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { recalcXlsx } from "../../support/recalc";
import { fixture, part, reopen, writeTemp } from "./xlsxTestKit";

describe("appendRows into the user's Excel table", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    await wb.appendRows({
      sheet: "Leads",
      firstColumn: 1,
      rows: [
        ["SIA Delta", "delta@delta.lv", 80],
        ["SIA Epsilon", "eps@eps.lv", 5, null],
      ],
    });
    bytes = await wb.toBuffer();
  });

  it("grows the table over the new rows and keeps it as the user made it", async () => {
    const table = await part(bytes, "xl/tables/table1.xml");
    expect(table).toMatch(/<table [^>]*ref="A2:D7"/);
    expect(table).toContain('<autoFilter ref="A2:D7"/>');
    // exceljs alone would write headerRowCount="0" and hide every filter button.
    expect(table).not.toContain('headerRowCount="0"');
    expect(table).not.toContain("hiddenButton");
    expect(table).toContain("<calculatedColumnFormula>IF(Leads[[#This Row],[Employees]]&gt;50");
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium9"');
    // A dxf id of the old styles.xml would point at the wrong format in the new one.
    expect(table).not.toContain("dataDxfId");
  });

  it("fills the calculated column and copies the row above's formats", async () => {
    const ws = (await reopen(bytes)).getWorksheet("Leads");
    expect(ws?.getCell("A6").value).toBe("SIA Delta");
    expect(ws?.getCell("C6").numFmt).toBe("#,##0");
    expect(ws?.getCell("D6").formula).toBe('IF(Leads[[#This Row],[Employees]]>50,"large","small")');
    expect(await part(bytes, "xl/workbook.xml")).toMatch(/fullCalcOnLoad="1"/);
  });

  it("opens in LibreOffice with the table's formulas computed for the new rows", async () => {
    const lo = await reopen(readFileSync(await recalcXlsx(writeTemp(bytes, "leads.xlsx"))));
    const ws = lo.getWorksheet("Leads");
    expect((ws?.getCell("D6").value as ExcelJS.CellFormulaValue).result).toBe("large");
    expect((ws?.getCell("D7").value as ExcelJS.CellFormulaValue).result).toBe("small");
    expect((ws?.getCell("D4").value as ExcelJS.CellFormulaValue).result).toBe("large");
  });

  it("reads back through the port with the grown table", async () => {
    const block = await (await openXlsx(bytes)).readSheet("Leads");
    expect(block.tables).toEqual([{ name: "Leads", range: "A2:D7" }]);
    expect(block.values.slice(5).map((r) => r.slice(0, 3))).toEqual([
      ["SIA Delta", "delta@delta.lv", 80],
      ["SIA Epsilon", "eps@eps.lv", 5],
    ]);
  });

  it("refuses rows wider than the table, and a table with no room below", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    await expect(
      wb.appendRows({ sheet: "Leads", firstColumn: 1, rows: [["a", "b", 1, "x", "too far"]] })
    ).rejects.toThrow(/the rows reach column E, the table ends at D/);
    await wb.updateCells("Leads", [{ row: 7, column: 2, value: "in the way" }]);
    await expect(
      wb.appendRows({ sheet: "Leads", firstColumn: 1, rows: [["a"], ["b"]] })
    ).rejects.toThrow("No room to add 2 rows to table Leads on Leads: B7 is not empty.");
    expect((await wb.readSheet("Leads")).tables).toEqual([{ name: "Leads", range: "A2:D5" }]);
  });

  it("refuses to rename a table header through updateCells", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    await expect(wb.updateCells("Leads", [{ row: 2, column: 1, value: "Firm" }])).rejects.toThrow(
      "is a header of table Leads"
    );
  });
});

describe("appendRows elsewhere", () => {
  it("appends below the used range of a plain sheet, with the formats of the last row", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Meetings",
      kind: "input:meetings",
      owner: "user",
      values: [
        ["Date", "With"],
        [46204, "SIA Alfa"],
      ],
      formats: [{ range: { row: 2, column: 1, rows: 1, columns: 1 }, numberFormat: "dd.mm.yyyy" }],
    });
    await wb.appendRows({ sheet: "Meetings", firstColumn: 1, rows: [[46210, "AS Beta"]] });
    const ws = (await reopen(await wb.toBuffer())).getWorksheet("Meetings");
    expect(ws?.getCell("A3").numFmt).toBe("dd.mm.yyyy");
    expect((await wb.readSheet("Meetings")).values).toEqual([
      ["Date", "With"],
      [46204, "SIA Alfa"],
      [46210, "AS Beta"],
    ]);
  });

  it("moves a table's totals row down and keeps its formula working", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Lines",
      kind: "input:lines",
      owner: "user",
      values: [
        ["Item", "Net"],
        ["A", 10],
        ["Total", { formula: "SUBTOTAL(109,Lines[Net])", result: 10 }],
      ],
      tables: [
        { name: "Lines", range: { row: 1, column: 1, rows: 3, columns: 2 }, showTotalRow: true },
      ],
    });
    await wb.appendRows({
      sheet: "Lines",
      firstColumn: 1,
      rows: [
        ["B", 5],
        ["C", 2],
      ],
    });
    const bytes = await wb.toBuffer();
    expect(await part(bytes, "xl/tables/table1.xml")).toMatch(/ref="A1:B5"/);
    const lo = (
      await reopen(readFileSync(await recalcXlsx(writeTemp(bytes, "lines.xlsx"))))
    ).getWorksheet("Lines");
    expect(lo?.getCell("A5").value).toBe("Total");
    expect((lo?.getCell("B5").value as ExcelJS.CellFormulaValue).result).toBe(17);
  });
});
