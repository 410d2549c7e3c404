import {
  departmentChecklist,
  parseDepartmentStatus,
} from "../../../src/sheets/quotes/departmentStatus";
import {
  dateCellValue,
  recordInColumns,
  registerSheetPlan,
} from "../../../src/sheets/quotes/registerRows";

describe("register rows", () => {
  it("puts each value under its own header, whatever the column order", () => {
    const columns = { net: { column: 2 }, quote: { column: 5 }, date: { column: 3 } };
    const row = recordInColumns(
      { quote: "Q-1", net: 12.5, date: { date: "2026-07-03" }, cost: 9 },
      columns,
      1,
      (c) => (c === 3 ? "dd.mm.yyyy" : "General"),
      false
    );
    expect(row).toEqual([null, 12.5, 46206, null, "Q-1"]);
  });

  it("writes dates as serials where the column shows dates, else as ISO text", () => {
    expect(dateCellValue("2026-07-03T12:00", true, false)).toBe(46206.5);
    expect(dateCellValue("2026-07-03", true, true)).toBe(46206 - 1462);
    expect(dateCellValue("2026-07-03T09:05", false, false)).toBe("2026-07-03 09:05");
  });

  it("creates a register with its rows inside the table and formats on every row", () => {
    const plan = registerSheetPlan("quoteLines", "en", [
      { quote: "Q-1", qty: 1 },
      { quote: "Q-1", qty: 2 },
    ]);
    expect(plan).toMatchObject({ name: "Quote lines", owner: "user" });
    expect(plan.values).toHaveLength(3);
    expect(plan.tables?.[0]?.range).toEqual({
      row: 1,
      column: 1,
      rows: 3,
      columns: plan.values[0]?.length,
    });
    const price = plan.formats?.find((f) => f.range.column === 8 && f.range.row === 2);
    expect(price?.range.rows).toBe(2);
  });
});

describe("department checklist", () => {
  it("reads statuses in English or Latvian", () => {
    expect(parseDepartmentStatus("vajag izmaiņas")).toEqual({ ok: true, value: "Changes needed" });
    expect(parseDepartmentStatus("OK")).toEqual({ ok: true, value: "Confirmed" });
    expect(parseDepartmentStatus("soon").ok).toBe(false);
  });

  it("is Confirmed only when every line is, Changes needed when any line says so", () => {
    const list = departmentChecklist([
      { line: 1, department: "Serviss", status: "Confirmed", by: "Līga", at: "2026-07-01" },
      { line: 2, department: "serviss", status: "Confirmed", by: "Jānis", at: "2026-07-02T10:00" },
      { line: 3, department: "Iekārtas", status: "Confirmed", by: "Līga", at: "2026-07-01" },
      { line: 4, department: "Iekārtas", status: "Pending", by: null, at: null },
      { line: 5, department: "Loģistika", status: "Changes needed", by: "Ivo", at: "2026-07-01" },
      { line: 6, department: null, status: "Pending", by: null, at: null },
    ]);
    expect(list).toEqual([
      {
        department: "Serviss",
        lines: [1, 2],
        status: "Confirmed",
        by: "Jānis",
        at: "2026-07-02T10:00",
      },
      { department: "Iekārtas", lines: [3, 4], status: "Pending", by: null, at: null },
      { department: "Loģistika", lines: [5], status: "Changes needed", by: null, at: null },
    ]);
  });
});
