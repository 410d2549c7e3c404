import type { WorkbookPort } from "../../src/host/port";
import { ObservedPort, type PortEvent } from "../../src/workbench/observedPort";

function fakePort(calls: string[]): WorkbookPort {
  return {
    listSheets: () => Promise.resolve([]),
    readSheet: (name) => {
      calls.push(`read ${name}`);
      return Promise.reject(new Error("not used"));
    },
    writeSheet: (plan) => {
      calls.push(`write ${plan.name}`);
      return Promise.resolve(`${plan.name} (2)`);
    },
    deleteSheet: (name) => {
      calls.push(`delete ${name}`);
      return Promise.resolve();
    },
    updateCells: (sheet) => {
      calls.push(`update ${sheet}`);
      return Promise.resolve();
    },
    appendRows: (append) => {
      calls.push(`append ${append.sheet}`);
      return Promise.resolve();
    },
    parts: () => Promise.resolve({ unsupported: [] }),
    selectCell: (sheet, row, column) => {
      calls.push(`select ${sheet} ${row} ${column}`);
      return Promise.resolve();
    },
  };
}

describe("ObservedPort", () => {
  test("forwards every call and tells listeners about selections and writes", async () => {
    const calls: string[] = [];
    const port = new ObservedPort(fakePort(calls));
    const events: PortEvent[] = [];
    const stop = port.subscribe((e) => events.push(e));

    await port.selectCell("Darījumi", 14, 5);
    await expect(port.writeSheet({ name: "Report", kind: "report", values: [] })).resolves.toBe(
      "Report (2)"
    );
    await port.updateCells("Iestatījumi", [{ row: 3, column: 2, value: "per-line" }]);
    await port.appendRows({ sheet: "Iestatījumi", rows: [["a", "b"]], firstColumn: 1 });
    await port.deleteSheet("Report (2)");
    stop();
    await port.selectCell("Darījumi", 1, 1);

    expect(calls).toEqual([
      "select Darījumi 14 5",
      "write Report",
      "update Iestatījumi",
      "append Iestatījumi",
      "delete Report (2)",
      "select Darījumi 1 1",
    ]);
    expect(events).toEqual([
      { type: "select", sheet: "Darījumi", row: 14, column: 5 },
      { type: "change", sheet: "Report (2)" },
      { type: "change", sheet: "Iestatījumi" },
      { type: "change", sheet: "Iestatījumi" },
      { type: "change", sheet: "Report (2)" },
    ]);
  });

  test("a failed write is not announced", async () => {
    const inner = fakePort([]);
    inner.updateCells = () => Promise.reject(new Error("locked"));
    const port = new ObservedPort(inner);
    const events: PortEvent[] = [];
    port.subscribe((e) => events.push(e));
    await expect(port.updateCells("X", [])).rejects.toThrow("locked");
    expect(events).toEqual([]);
  });
});
