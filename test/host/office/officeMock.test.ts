/**
 * The adapter against office-addin-mock (Microsoft's OfficeMockObject), as STYLE asks: the mock
 * returns sentinel strings ("Error, property was not loaded") for properties read without load and
 * sync, so asserting on values proves the adapter loads and syncs what it reads.
 */
import { OfficeMockObject } from "office-addin-mock";
import { getSelectedRow } from "../../../src/host/office/officeReady";
import { OfficeWorkbook } from "../../../src/host/office/officeWorkbook";
import { REQUIRED_API, excelFeatures, hasApi } from "../../../src/host/office/requirements";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

function excelMock(data: Record<string, unknown>): OfficeMockObject {
  const mock = new OfficeMockObject({
    context: data,
    run: async function (this: { context: unknown }, cb: (ctx: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  });
  g.Excel = mock;
  return mock;
}

test("getSelectedRow loads and syncs the selection's row and sheet", async () => {
  excelMock({
    workbook: {
      range: { rowIndex: 6, worksheet: { name: "Deals" } },
      getSelectedRange: function (this: { range: unknown }) {
        return this.range;
      },
    },
  });
  await expect(getSelectedRow()).resolves.toEqual({ sheet: "Deals", row: 7 });
});

test("selectCell activates the sheet and selects the cell", async () => {
  const calls: string[] = [];
  const sheet = {
    activate: () => calls.push("activate"),
    getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
  };
  excelMock({
    workbook: { worksheets: { getItem: (name: string) => (calls.push(`sheet ${name}`), sheet) } },
  });
  await new OfficeWorkbook().selectCell("Deals", 12, 3);
  expect(calls).toEqual(["sheet Deals", "activate", "select C12"]);
});

test("requirement sets are asked of Office.context.requirements", () => {
  const asked: string[] = [];
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, v: string) => {
          asked.push(`${name} ${v}`);
          return Number(v.split(".")[1]) <= 7;
        },
      },
    },
  });
  // A host at ExcelApi 1.7 runs the adapter but not the add-in's declared set (1.9).
  expect(hasApi("1.4")).toBe(true);
  expect(hasApi(REQUIRED_API)).toBe(false);
  expect(excelFeatures()).toEqual({
    charts: true,
    date1904: true,
    conditionalFormats: true,
    freezePanes: true,
    tabColor: true,
    printSetup: false,
  });
  expect(asked).toContain("ExcelApi 1.4");
  expect(asked).toContain("ExcelApi 1.9");
});

test("outside Office no requirement set is supported", () => {
  expect(hasApi("1.1")).toBe(false);
});
