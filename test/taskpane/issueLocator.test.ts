import type { SheetBlock, WorkbookPort } from "../../src/host/port";
import type { SheetCheck } from "../../src/jobs/checkWorkbook";
import { IssueLocator, headerLayout, issueCell } from "../../src/taskpane/issueLocator";

/** A Deals sheet starting at B2: a title block, then the header on row 4, then data. */
function dealsBlock(): SheetBlock {
  const values = [
    ["Darījumi 2026", null, null, null],
    [null, null, null, null],
    ["Darījuma ID", "Klients", "Posms", "Summa"],
    ["D-1", "SIA Alfa", "Won", 100],
    ["D-2", "SIA Beta", "Won", "abc"],
  ];
  return {
    name: "Darījumi",
    firstRow: 2,
    firstColumn: 2,
    values,
    numberFormats: values.map((r) => r.map(() => "General")),
    date1904: false,
    tables: [],
  };
}

const dealsCheck: SheetCheck = {
  kind: "deals",
  sheet: "Darījumi",
  counts: { read: 2, used: 1, skipped: 1 },
  columns: { dealId: "Darījuma ID", account: "Klients", stage: "Posms", amount: "Summa" },
  unknownColumns: [],
  error: null,
};

describe("headerLayout", () => {
  test("finds the header row under a title block, and each header's Excel column", () => {
    const layout = headerLayout(dealsBlock(), Object.values(dealsCheck.columns));
    expect(layout.row).toBe(4);
    expect(layout.columns.get("summa")).toBe(5);
    expect(layout.columns.get("darījuma id")).toBe(2);
  });

  test("with no header text known it falls back to the first row", () => {
    expect(headerLayout(dealsBlock(), []).row).toBe(2);
  });
});

describe("issueCell", () => {
  const layout = headerLayout(dealsBlock(), Object.values(dealsCheck.columns));

  test("an issue about a value points at that value's cell", () => {
    const cell = issueCell(
      { sheet: "Darījumi", row: 6, column: " summa ", value: "abc", problem: "not a number" },
      layout
    );
    expect(cell).toEqual({ sheet: "Darījumi", row: 6, column: 5 });
  });

  test("a whole-row issue, or an unknown header, points at the row's first used cell", () => {
    expect(
      issueCell({ sheet: "Darījumi", row: 7, column: null, value: null, problem: "blank" }, layout)
    ).toEqual({
      sheet: "Darījumi",
      row: 7,
      column: 2,
    });
    expect(
      issueCell({ sheet: "Darījumi", row: 7, column: "Nope", value: null, problem: "x" }, layout)
        .column
    ).toBe(2);
  });

  test("a whole-sheet issue about a column points at the header row", () => {
    expect(
      issueCell(
        { sheet: "Darījumi", row: null, column: "Posms", value: null, problem: "x" },
        layout
      )
    ).toEqual({
      sheet: "Darījumi",
      row: 4,
      column: 4,
    });
  });
});

describe("IssueLocator", () => {
  test("reads a sheet once, however many of its issues are activated", async () => {
    let reads = 0;
    const port = {
      readSheet: (name: string) => {
        reads++;
        expect(name).toBe("Darījumi");
        return Promise.resolve(dealsBlock());
      },
    } as unknown as WorkbookPort;
    const locator = new IssueLocator(port, [dealsCheck]);
    const a = await locator.locate({
      sheet: "Darījumi",
      row: 6,
      column: "Summa",
      value: "abc",
      problem: "x",
    });
    const b = await locator.locate({
      sheet: "Darījumi",
      row: 5,
      column: "Klients",
      value: null,
      problem: "x",
    });
    expect([a, b]).toEqual([
      { sheet: "Darījumi", row: 6, column: 5 },
      { sheet: "Darījumi", row: 5, column: 3 },
    ]);
    expect(reads).toBe(1);
  });

  test("a failed read is retried on the next activation", async () => {
    let reads = 0;
    const port = {
      readSheet: () =>
        ++reads === 1 ? Promise.reject(new Error("busy")) : Promise.resolve(dealsBlock()),
    } as unknown as WorkbookPort;
    const locator = new IssueLocator(port, [dealsCheck]);
    const issue = { sheet: "Darījumi", row: 6, column: "Summa", value: "abc", problem: "x" };
    await expect(locator.locate(issue)).rejects.toThrow("busy");
    await expect(locator.locate(issue)).resolves.toEqual({ sheet: "Darījumi", row: 6, column: 5 });
  });
});
