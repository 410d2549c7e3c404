import { AppError } from "../../../src/core/appError";
import { OfficeWorkbook } from "../../../src/host/office/officeWorkbook";
import type { SheetPlan } from "../../../src/host/port";
import { FakeExcel } from "./fakeExcel";

let fake: FakeExcel;
let uninstall: () => void;
let port: OfficeWorkbook;

beforeEach(() => {
  fake = new FakeExcel();
  fake.addSheet("Sheet1", [["Notes"]]);
  uninstall = fake.install();
  port = new OfficeWorkbook();
});
afterEach(() => uninstall());

const INJECTIONS = [
  '=HYPERLINK("http://x")',
  "+371 2000 0000",
  "-5",
  "@SUM",
  "\t=1",
  "\r=2",
  "＝1",
  "＋1",
  "2026-07-01",
  "TRUE",
  "'quoted",
  "0042",
];

describe("writeSheet keeps text as text (SPEC §8)", () => {
  test("company names that look like formulas, numbers or dates stay the exact strings", async () => {
    await port.writeSheet({ name: "Leads check", kind: "check", values: [INJECTIONS] });
    INJECTIONS.forEach((text, c) => {
      const cell = fake.sheet("Leads check").rows[0]?.[c];
      expect(cell?.f).toBeUndefined();
      expect(cell?.v).toBe(text);
    });
    const block = await port.readSheet("Leads check");
    expect(block.values).toEqual([INJECTIONS]);
  });

  test("updateCells and appendRows keep strings text too", async () => {
    fake.addSheet("Leads", [
      ["Company", "Status"],
      ["SIA A", "New"],
    ]);
    await port.updateCells("Leads", [{ row: 2, column: 2, value: "=1+1" }]);
    await port.appendRows({ sheet: "Leads", firstColumn: 1, rows: [["+371 2000 0000", "-5"]] });
    expect(fake.cell("Leads", "B2")).toEqual({ v: "=1+1" });
    expect(fake.cell("Leads", "A3")).toEqual({ v: "+371 2000 0000" });
    expect(fake.cell("Leads", "B3")).toEqual({ v: "-5" });
  });
});

describe("round trip through the fake", () => {
  const plan: SheetPlan = {
    name: "Report 2026-Q3",
    kind: "report:2026-Q3:summary",
    values: [
      ["Rep", "Revenue", "Won", "Note"],
      ["Ozols", 1200.5, true, null],
      ["Bērziņa", 800, false, "=not a formula"],
      ["Total", { formula: "SUM(B2:B3)", result: 2000.5 }, null, ""],
    ],
    formats: [{ range: { row: 2, column: 2, rows: 3, columns: 1 }, numberFormat: '#,##0.00 "€"' }],
  };

  test("writeSheet then readSheet gives back the values (formulas as Excel computes them)", async () => {
    expect(await port.writeSheet(plan)).toBe("Report 2026-Q3");
    const block = await port.readSheet("Report 2026-Q3");
    expect(block).toMatchObject({
      name: "Report 2026-Q3",
      firstRow: 1,
      firstColumn: 1,
      date1904: false,
    });
    expect(block.values).toEqual([
      ["Rep", "Revenue", "Won", "Note"],
      ["Ozols", 1200.5, true, null],
      ["Bērziņa", 800, false, "=not a formula"],
      ["Total", 2000.5, null, null],
    ]);
    expect(fake.cell("Report 2026-Q3", "B4")?.f).toBe("=SUM(B2:B3)");
    expect(block.numberFormats[1]).toEqual(["General", '#,##0.00 "€"', "General", "General"]);
  });

  test("listSheets finds our sheet by its _DealDesk marker, and the user's as not ours", async () => {
    fake.addSheet("Deals", [
      ["Deal ID", "Owner"],
      ["D-1", "Ozols"],
      ["D-2", "Ozols"],
    ]);
    fake.addTable("Deals", "Deals", "A1:B3");
    await port.writeSheet(plan);
    const before = fake.syncs.length;
    const sheets = await port.listSheets();
    expect(fake.syncs.length - before).toBe(2);
    expect(sheets).toEqual([
      {
        name: "Sheet1",
        index: 0,
        visible: true,
        rowCount: 1,
        columnCount: 1,
        tables: [],
        ours: null,
      },
      {
        name: "Deals",
        index: 1,
        visible: true,
        rowCount: 3,
        columnCount: 2,
        tables: ["Deals"],
        ours: null,
      },
      {
        name: "Report 2026-Q3",
        index: 2,
        visible: true,
        rowCount: 4,
        columnCount: 4,
        tables: [],
        ours: "report:2026-Q3:summary",
      },
    ]);
    expect(fake.sheet("Report 2026-Q3").names.get("_dealdesk")).toMatchObject({
      formula: '="report:2026-Q3:summary"',
      visible: false,
    });
  });

  test("a sheet written for the user (init, the sample) carries no mark and is never ours", async () => {
    await port.writeSheet({ ...plan, name: "Darījumi", kind: "input:deals", owner: "user" });
    expect(fake.sheet("Darījumi").names.get("_dealdesk")).toBeUndefined();
    expect((await port.listSheets()).find((s) => s.name === "Darījumi")?.ours).toBeNull();
    await expect(port.writeSheet({ ...plan, name: "Darījumi" })).rejects.toMatchObject({
      code: "WRITE_FAILED",
    });
  });

  test("a sheet marked by the CLI (same name, same formula) is recognised as ours", async () => {
    fake.addSheet("Quote Q-2026-0007", [["Quote"]]).names.set("_dealdesk", {
      name: "_DealDesk",
      formula: '="quote:Q-2026-0007"',
      comment: "",
      visible: false,
    });
    const info = (await port.listSheets()).find((s) => s.name === "Quote Q-2026-0007");
    expect(info?.ours).toBe("quote:Q-2026-0007");
  });

  test("writing over a user's sheet of that name is refused and the sheet is untouched", async () => {
    fake.addSheet("Report 2026-Q3", [["my own notes"]]);
    const attempt = port.writeSheet(plan);
    await expect(attempt).rejects.toMatchObject({ code: "WRITE_FAILED" });
    await expect(attempt).rejects.toThrow(/already exists and Deal Desk did not make it/);
    expect(fake.cell("Report 2026-Q3", "A1")).toEqual({ v: "my own notes" });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Report 2026-Q3"]);
  });

  test("rewriting our own sheet replaces it in place, keeping its tab position and its table name", async () => {
    const withTable: SheetPlan = {
      ...plan,
      tables: [{ name: "Report_Reps", range: { row: 1, column: 1, rows: 4, columns: 4 } }],
    };
    await port.writeSheet(withTable);
    fake.addSheet("Later");
    await port.writeSheet({
      ...withTable,
      values: [
        ["Rep", "Revenue", "Won", "Note"],
        ["Kalna", 5, true, "x"],
      ],
    });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Report 2026-Q3", "Later"]);
    const block = await port.readSheet("Report 2026-Q3");
    expect(block.values).toEqual([
      ["Rep", "Revenue", "Won", "Note"],
      ["Kalna", 5, true, "x"],
    ]);
    expect(block.tables).toEqual([{ name: "Report_Reps", range: "A1:D4" }]);
  });

  test("readSheet reports error cells as errors, numbers as numbers, and the 1904 date system", async () => {
    fake.date1904 = true;
    fake.addSheet(
      "Deals",
      [
        ["Deal", "Amount"],
        ["D-1", { error: "#N/A" }],
        ["D-2", 45123],
      ],
      3,
      2
    );
    const block = await port.readSheet("Deals");
    expect(block).toMatchObject({ firstRow: 3, firstColumn: 2, date1904: true });
    expect(block.values).toEqual([
      ["Deal", "Amount"],
      ["D-1", { error: "#N/A" }],
      ["D-2", 45123],
    ]);
  });

  test("readSheet of an empty sheet gives an empty block", async () => {
    fake.addSheet("Empty");
    const block = await port.readSheet("Empty");
    expect(block).toMatchObject({
      values: [],
      numberFormats: [],
      firstRow: 1,
      firstColumn: 1,
      tables: [],
    });
  });
});

describe("the whole plan reaches Excel", () => {
  const full: SheetPlan = {
    name: "Quote Q-2026-0007",
    kind: "quote:Q-2026-0007",
    values: [
      ["Quote Q-2026-0007"],
      ["Item", "Qty", "Price", "Net"],
      ["A", 3, 1.255, { formula: "ROUND(B3*C3,2)" }],
    ],
    formats: [
      { range: { row: 2, column: 1, rows: 1, columns: 4 }, font: { bold: true }, fill: "DDEBF7" },
    ],
    columnWidths: [30, 10, 10],
    font: { name: "Calibri", size: 11 },
    freeze: { rows: 2, columns: 0 },
    tables: [
      {
        name: "Q_2026_0007_lines",
        range: { row: 2, column: 1, rows: 2, columns: 4 },
        style: "TableStyleLight9",
      },
    ],
    conditionalFormats: [
      { type: "dataBar", range: { row: 3, column: 4, rows: 1, columns: 1 }, color: "638EC6" },
      {
        type: "cellValue",
        range: { row: 3, column: 4, rows: 1, columns: 1 },
        operator: "lessThan",
        values: ["0.8"],
        fill: "FFC7CE",
      },
    ],
    merges: [{ row: 1, column: 1, rows: 1, columns: 4 }],
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: 2, last: 2 },
      printArea: { row: 1, column: 1, rows: 3, columns: 4 },
    },
    charts: [
      {
        type: "columnClustered",
        data: { row: 2, column: 1, rows: 2, columns: 2 },
        title: "Qty",
        anchor: { row: 6, column: 1 },
      },
    ],
    tabColor: "1F4E79",
    position: "first",
    activate: true,
  };

  test("on a current Excel every part is made, in one write sync", async () => {
    const before = fake.syncs.length;
    await port.writeSheet(full);
    expect(fake.syncs.length - before).toBe(2); // inspect + one batch
    const s = fake.sheet("Quote Q-2026-0007");
    expect(fake.sheets[0]).toBe(s);
    expect(fake.activeSheet).toBe(s);
    expect(s.tabColor).toBe("#1F4E79");
    expect(s.merges).toEqual(["A1:D1"]);
    expect(s.freeze).toEqual({ freezeRows: [2] });
    expect(s.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      setPrintTitleRows: ["$2:$2"],
      setPrintArea: ["A1:D3"],
    });
    expect(s.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "A2:B3",
        seriesBy: "Auto",
        props: { "title.text": "Qty", setPosition: ["A6"] },
      },
    ]);
    expect(s.conditionalFormats).toEqual([
      {
        address: "D3",
        type: "DataBar",
        props: {
          "dataBar.positiveFormat.fillColor": "#638EC6",
          "dataBar.lowerBoundRule": { type: "Number", formula: "0" },
        },
      },
      {
        address: "D3",
        type: "CellValue",
        props: {
          "cellValue.rule": { formula1: "=0.8", operator: "LessThan" },
          "cellValue.format.fill.color": "#FFC7CE",
        },
      },
    ]);
    expect(fake.tables.find((t) => t.sheet === s)).toMatchObject({
      name: "Q_2026_0007_lines",
      style: "TableStyleLight9",
      r0: 1,
      r1: 2,
      c0: 0,
      c1: 3,
    });
    const log = s.formatLog.map((f) => `${f.address} ${f.path}=${JSON.stringify(f.value)}`);
    expect(log).toEqual([
      'A1:XFD1048576 format.font.name="Calibri"',
      "A1:XFD1048576 format.font.size=11",
      "A2:D2 format.font.bold=true",
      'A2:D2 format.fill.color="#DDEBF7"',
      "A:A format.columnWidth=161.25",
      "B:C format.columnWidth=56.25",
    ]);
    expect(fake.valueAt(s, 2, 3)).toBe(3.77);
    expect(port.skipped).toEqual([]);
  });

  test("on ExcelApi 1.4 the parts that need more are skipped, named, and nothing fails", async () => {
    fake.apiVersion = "1.4";
    await port.writeSheet(full);
    const s = fake.sheet("Quote Q-2026-0007");
    expect(s.pageLayout).toEqual({});
    expect(s.freeze).toBeNull();
    expect(s.conditionalFormats).toEqual([]);
    expect(s.tabColor).toBe("");
    expect(s.charts).toHaveLength(1);
    expect(port.skipped).toEqual([
      "tab colour (needs ExcelApi 1.7)",
      "conditional formats (needs ExcelApi 1.6)",
      "frozen panes (needs ExcelApi 1.7)",
      "print setup (needs ExcelApi 1.9)",
    ]);
  });

  test("a plan without values still makes a marked, empty sheet", async () => {
    await port.writeSheet({ name: "Issues", kind: "issues", values: [[], []] });
    expect((await port.listSheets()).find((x) => x.name === "Issues")).toMatchObject({
      rowCount: 0,
      ours: "issues",
    });
  });

  test("a bad plan fails before anything is sent to Excel, naming the cell", async () => {
    const before = fake.syncs.length;
    const attempt = port.writeSheet({ name: "Bad", kind: "x", values: [["ok", Number.NaN]] });
    await expect(attempt).rejects.toThrow(
      'Sheet "Bad", cell B1: NaN is not a number Excel can hold.'
    );
    await expect(port.writeSheet({ name: "a/b", kind: "x", values: [] })).rejects.toThrow(
      'Sheet name "a/b" contains one of : \\ / ? * [ ].'
    );
    expect(fake.syncs.length).toBe(before);
  });
});

describe("failures part-way leave the workbook as it was", () => {
  const rows = (n: number, text: string): string[][] =>
    Array.from({ length: n }, (_, i) => [`${text} ${i}`.padEnd(1000, ".")]);

  test("a cancelled multi-sync write removes the half-written sheet", async () => {
    const controller = new AbortController();
    const attempt = port.writeSheet(
      { name: "Big", kind: "k", values: rows(10000, "row") },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done > 0) controller.abort();
        },
      }
    );
    await expect(attempt).rejects.toMatchObject({ code: "CANCELLED" });
    await expect(attempt).rejects.toThrow(
      'Sheet "Big" was not written; the workbook is as it was.'
    );
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a failed rewrite of our sheet gives the previous version back its name and contents", async () => {
    await port.writeSheet({ name: "Big", kind: "k", values: [["old"]] });
    const start = fake.syncs.length;
    fake.syncFault = (_r, i) => (i === start + 3 ? "GeneralException" : null); // 2nd write batch
    const attempt = port.writeSheet({ name: "Big", kind: "k", values: rows(10000, "new") });
    await expect(attempt).rejects.toMatchObject({ code: "OFFICE" });
    await expect(attempt).rejects.toThrow(
      'Excel could not complete the request: save your work, then try again. Sheet "Big" was not written; the workbook is as it was.'
    );
    fake.syncFault = null;
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Big"]);
    expect(fake.cell("Big", "A1")).toEqual({ v: "old" });
  });

  test("an append that fails part-way says exactly which rows went in", async () => {
    fake.addSheet("Leads", [["Company"], ["SIA A"]]);
    const start = fake.syncs.length;
    fake.syncFault = (_r, i) => (i === start + 2 ? "GeneralException" : null);
    const attempt = port.appendRows({ sheet: "Leads", firstColumn: 1, rows: rows(10000, "new") });
    await expect(attempt).rejects.toThrow(
      /\d+ rows were appended to "Leads" \(rows 3–\d+\) before it stopped\./
    );
    const message = ((await attempt.catch((e: unknown) => e)) as AppError).message;
    const [, n, last] = /(\d+) rows were appended to "Leads" \(rows 3–(\d+)\)/.exec(message) ?? [];
    expect(Number(last)).toBe(2 + Number(n));
    expect(fake.cell("Leads", `A${last}`)?.v).toMatch(/^new /);
    expect(fake.cell("Leads", `A${Number(last) + 1}`)).toBeUndefined();
  });
});

describe("errors become AppErrors a user can act on", () => {
  test("cell edit mode: 'Finish editing the cell', with Office's code and debugInfo kept", async () => {
    fake.cellEditMode = true;
    const e = (await port.listSheets().catch((x: unknown) => x)) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("OFFICE");
    expect(e.message).toBe("Finish editing the cell (press Enter or Esc), then try again.");
    expect(e.cause).toMatchObject({
      code: "InvalidOperationInCellEditMode",
      debugInfo: { code: "InvalidOperationInCellEditMode" },
    });
  });

  test("a protected sheet: 'unprotect sheet X'", async () => {
    fake.addSheet("Leads", [["Company"]]).protected = true;
    await expect(port.updateCells("Leads", [{ row: 1, column: 2, value: "x" }])).rejects.toThrow(
      'Sheet "Leads" is protected: unprotect sheet "Leads" (Review > Unprotect Sheet), then try again.'
    );
  });

  test("a sheet that is gone: names it", async () => {
    await expect(port.readSheet("Nope")).rejects.toThrow(
      'Sheet "Nope" is no longer in the workbook (renamed or deleted?): refresh Deal Desk and try again.'
    );
  });
});

describe("the other port operations", () => {
  test("updateCells: one sync, consecutive cells of a column in one assignment", async () => {
    fake.addSheet("Quotes", [
      ["Quote", "Status"],
      ["Q-1", "Draft"],
      ["Q-2", "Draft"],
      ["Q-3", "Draft"],
    ]);
    const before = fake.syncs.length;
    await port.updateCells("Quotes", [
      { row: 2, column: 2, value: "Sent" },
      { row: 3, column: 2, value: "Approved" },
      { row: 4, column: 2, value: "Sent" },
      { row: 4, column: 5, value: 1 },
    ]);
    const syncs = fake.syncs.slice(before);
    expect(syncs).toHaveLength(1);
    expect(syncs[0]?.calls.filter((c) => c === "Range.formulas")).toHaveLength(2);
    expect([2, 3, 4].map((r) => fake.cell("Quotes", `B${r}`)?.v)).toEqual([
      "Sent",
      "Approved",
      "Sent",
    ]);
    expect(fake.cell("Quotes", "E4")?.v).toBe(1);
  });

  test("appendRows below a table grows the table; uncovered table columns are left alone", async () => {
    fake.addSheet("Meetings", [
      ["ID", "Date", "With", "Calc"],
      ["M-1", 46000, "SIA A", 1],
    ]);
    fake.addTable("Meetings", "Meetings", "A1:D2");
    await port.appendRows({ sheet: "Meetings", firstColumn: 1, rows: [["M-2", 46001, "=SIA B"]] });
    const table = fake.tables[0];
    expect(table?.r1).toBe(2);
    expect(fake.cell("Meetings", "A3")?.v).toBe("M-2");
    expect(fake.cell("Meetings", "C3")?.v).toBe("=SIA B");
    expect(fake.cell("Meetings", "D3")).toBeUndefined();
  });

  test("appendRows on a plain range writes right below the last used row", async () => {
    fake.addSheet(
      "Leads",
      [
        ["Company", "Email"],
        ["SIA A", "a@a.lv"],
      ],
      3,
      2
    );
    await port.appendRows({ sheet: "Leads", firstColumn: 2, rows: [["SIA B", "b@b.lv"]] });
    expect(fake.cell("Leads", "B5")?.v).toBe("SIA B");
    expect(fake.cell("Leads", "C5")?.v).toBe("b@b.lv");
  });

  test("deleteSheet deletes ours, refuses the user's, ignores a missing one", async () => {
    await port.writeSheet({ name: "Retro D-1", kind: "retro:D-1", values: [["x"]] });
    await port.deleteSheet("Retro D-1");
    expect(fake.findSheet("Retro D-1")).toBeUndefined();
    await expect(port.deleteSheet("Sheet1")).rejects.toMatchObject({ code: "WRITE_FAILED" });
    expect(fake.findSheet("Sheet1")).toBeDefined();
    await expect(port.deleteSheet("Missing")).resolves.toBeUndefined();
  });

  test("selectCell activates the sheet and selects the cell; parts() says nothing is at risk", async () => {
    fake.addSheet("Deals");
    await port.selectCell("Deals", 12, 3);
    expect(fake.activeSheet?.name).toBe("Deals");
    expect(fake.selection).toMatchObject({ address: "C12" });
    await expect(port.parts()).resolves.toEqual({ unsupported: [] });
  });
});
