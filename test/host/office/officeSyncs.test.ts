/**
 * Round trips and payload sizes, measured with the recording fake: a constant number of syncs plus
 * one per ~4 MiB of data, never one per row or cell, and no request or response over the budget.
 */
import { OfficeWorkbook } from "../../../src/host/office/officeWorkbook";
import {
  READ_FIRST_BLOCK_CELL_BYTES,
  READ_FRAMING_BYTES,
} from "../../../src/host/office/officeReadSheet";
import { SYNC_BUDGET_BYTES } from "../../../src/host/office/payloadSize";
import type { PlanValue } from "../../../src/host/port";
import { FakeExcel, type SyncRecord } from "./fakeExcel";

const B = SYNC_BUDGET_BYTES;
const pad = (i: number): string => String(i).padStart(6, "0");
const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), "utf8");

/** A deal-like row whose JSON has the same length for every i < 900 000. */
const rowOf = (i: number): PlanValue[] => [
  `Company ${pad(i)}`,
  100000 + i,
  250000 + i,
  "LV",
  `user${pad(i)}@example.com`,
  46000 + (i % 365),
  true,
  "Riga",
  `Note ${pad(i)}`,
  1000000 + i,
];
const rows = (n: number): PlanValue[][] => Array.from({ length: n }, (_, i) => rowOf(i));

let fake: FakeExcel;
let uninstall: () => void;
let port: OfficeWorkbook;
beforeEach(() => {
  fake = new FakeExcel();
  fake.addSheet("Sheet1");
  uninstall = fake.install();
  port = new OfficeWorkbook();
});
afterEach(() => uninstall());

async function syncsOf(job: () => Promise<unknown>): Promise<SyncRecord[]> {
  const before = fake.syncs.length;
  await job();
  return fake.syncs.slice(before);
}
const total = (s: SyncRecord[], key: "requestBytes" | "responseBytes"): number =>
  s.reduce((n, x) => n + x[key], 0);

describe("writeSheet: 1 inspect sync + one sync per 4 MiB of request", () => {
  test("10 rows × 10 columns: 2 syncs (inspect, write)", async () => {
    const s = await syncsOf(() => port.writeSheet({ name: "Small", kind: "k", values: rows(10) }));
    expect(s).toHaveLength(2);
  });

  test("100 000 rows × 10 columns: 1 + ⌈request bytes / 4 MiB⌉ syncs, each request ≤ 4 MiB", async () => {
    const s = await syncsOf(() =>
      port.writeSheet({ name: "Big", kind: "k", values: rows(100000) })
    );
    const requestBytes = total(s, "requestBytes");
    expect(requestBytes).toBeGreaterThan(9_000_000);
    for (const x of s) expect(x.requestBytes).toBeLessThanOrEqual(B);
    expect(s).toHaveLength(1 + Math.ceil(requestBytes / B)); // 1 + 3
    // one range.formulas assignment per sync, never one per row
    expect(s.flatMap((x) => x.calls).filter((c) => c === "Range.formulas")).toHaveLength(
      s.length - 1
    );
    expect(fake.cell("Big", "A100000")?.v).toBe(`Company ${pad(99999)}`);
  });

  test("syncs follow bytes, not rows: 100 000 short rows and 10 long rows of the same size sync alike", async () => {
    const many = Array.from({ length: 100000 }, () => ["m".repeat(94)]);
    const few = Array.from({ length: 10 }, () =>
      Array.from({ length: 40 }, () => "f".repeat(24996))
    );
    const a = await syncsOf(() => port.writeSheet({ name: "Many", kind: "k", values: many }));
    const b = await syncsOf(() => port.writeSheet({ name: "Few", kind: "k", values: few }));
    expect(Math.abs(total(a, "requestBytes") - total(b, "requestBytes"))).toBeLessThan(1000);
    expect(a).toHaveLength(b.length);
    expect(a).toHaveLength(1 + Math.ceil(total(a, "requestBytes") / B));
    for (const x of [...a, ...b]) expect(x.requestBytes).toBeLessThanOrEqual(B);
  });

  test("formats go by block: a 100 000-row sheet with 3 format blocks makes 3 format range calls", async () => {
    const s = await syncsOf(() =>
      port.writeSheet({
        name: "Formatted",
        kind: "k",
        values: rows(100000),
        formats: [
          { range: { row: 1, column: 2, rows: 100000, columns: 2 }, numberFormat: "#,##0" },
          { range: { row: 1, column: 6, rows: 100000, columns: 1 }, numberFormat: "yyyy-mm-dd" },
          { range: { row: 1, column: 1, rows: 1, columns: 10 }, font: { bold: true } },
        ],
      })
    );
    const formatCalls = s
      .flatMap((x) => x.calls)
      .filter((c) => c === "Range.numberFormat" || c.startsWith("Range.format"));
    expect(formatCalls).toEqual([
      "Range.numberFormat",
      "Range.numberFormat",
      "Range.format.font.bold",
    ]);
    expect(fake.cell("Formatted", "F77777")?.nf).toBe("yyyy-mm-dd");
    expect(fake.cell("Formatted", "C99999")?.nf).toBe("#,##0");
  });
});

describe("readSheet: 1 metadata sync + blocks sized to 4 MiB of response", () => {
  const valueTypes = [
    "String",
    "Double",
    "Double",
    "String",
    "String",
    "Double",
    "Boolean",
    "String",
    "String",
    "Double",
  ];
  /** Response bytes of one row as Excel sends it (values, numberFormat, valueTypes), with commas. */
  const rowBytes =
    bytes(rowOf(0)) + bytes(Array.from({ length: 10 }, () => "General")) + bytes(valueTypes) + 3;

  test("10 rows × 10 columns: 2 syncs", async () => {
    await port.writeSheet({ name: "Small", kind: "k", values: rows(10) });
    const s = await syncsOf(() => port.readSheet("Small"));
    expect(s).toHaveLength(2);
  });

  test("100 000 rows × 10 columns: 2 + ⌈(rows − first block) / ⌊(4 MiB − 4 KiB) / row bytes⌋⌉ syncs", async () => {
    await port.writeSheet({ name: "Big", kind: "k", values: rows(100000) });
    let progressCalls = 0;
    let block: Awaited<ReturnType<OfficeWorkbook["readSheet"]>> | undefined;
    const s = await syncsOf(async () => {
      block = await port.readSheet("Big", { onProgress: () => progressCalls++ });
    });
    const firstBlock = Math.floor(B / (10 * READ_FIRST_BLOCK_CELL_BYTES));
    const perSync = Math.floor((B - READ_FRAMING_BYTES) / rowBytes);
    expect(s).toHaveLength(2 + Math.ceil((100000 - firstBlock) / perSync));
    const responseBytes = total(s, "responseBytes");
    expect(s.length).toBeGreaterThanOrEqual(1 + Math.ceil(responseBytes / B));
    expect(s.length).toBeLessThanOrEqual(2 + Math.ceil(responseBytes / B));
    for (const x of s) expect(x.responseBytes).toBeLessThanOrEqual(B);
    expect(block?.values).toHaveLength(100000);
    expect(block?.values[99999]).toEqual(rowOf(99999));
    expect(progressCalls).toBe(s.length); // one at the start, one per data block
  });

  test("syncs follow bytes, not rows: 100 000 × 1 and 1 000 × 100 cells of the same text read alike", async () => {
    const text = "t".repeat(94);
    await port.writeSheet({
      name: "Tall",
      kind: "k",
      values: Array.from({ length: 100000 }, () => [text]),
    });
    await port.writeSheet({
      name: "Wide",
      kind: "k",
      values: Array.from({ length: 1000 }, () => Array.from({ length: 100 }, () => text)),
    });
    const a = await syncsOf(() => port.readSheet("Tall"));
    const b = await syncsOf(() => port.readSheet("Wide"));
    expect(a).toHaveLength(b.length);
    expect(a).toHaveLength(
      1 + 1 + Math.ceil((total(a, "responseBytes") - (a[1]?.responseBytes ?? 0)) / B)
    );
  });

  test("rows far longer than the first block assumed are still read, halving the block until it fits 5 MB", async () => {
    const text = "L".repeat(1000);
    await port.writeSheet({
      name: "Long",
      kind: "k",
      values: Array.from({ length: 1000 }, (_, i) => [
        `${i}`,
        ...Array.from({ length: 40 }, () => text),
      ]),
    });
    const s = await syncsOf(async () => {
      const block = await port.readSheet("Long");
      expect(block.values).toHaveLength(1000);
      expect(block.values[999]?.[0]).toBe("999"); // text stays text
    });
    const refused = s.filter((x) => x.responseBytes > fake.limitBytes);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(3);
    const fine = s.filter((x) => x.responseBytes <= fake.limitBytes);
    expect(fine.length).toBeLessThanOrEqual(2 + Math.ceil(total(fine, "responseBytes") / B));
  });
});

describe("appendRows and updateCells", () => {
  test("appending 100 000 rows: 1 sync to find the end + one per 4 MiB", async () => {
    fake.addSheet("Leads", [["Company"]]);
    const s = await syncsOf(() =>
      port.appendRows({ sheet: "Leads", firstColumn: 1, rows: rows(100000) })
    );
    for (const x of s) expect(x.requestBytes).toBeLessThanOrEqual(B);
    expect(s).toHaveLength(1 + Math.ceil(total(s, "requestBytes") / B));
    expect(fake.cell("Leads", "A100001")?.v).toBe(`Company ${pad(99999)}`);
  });

  test("appending 100 000 rows to a table: +1 sync for the table ranges, rows.add per 4 MiB", async () => {
    fake.addSheet("Leads", [["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]]);
    fake.addTable("Leads", "Leads", "A1:J1");
    const s = await syncsOf(() =>
      port.appendRows({ sheet: "Leads", firstColumn: 1, rows: rows(100000) })
    );
    for (const x of s) expect(x.requestBytes).toBeLessThanOrEqual(B);
    expect(s).toHaveLength(2 + Math.ceil(total(s, "requestBytes") / B));
    expect(fake.tables[0]?.r1).toBe(100000);
  });

  test("updating 1 000 scattered status cells is one sync", async () => {
    fake.addSheet("Leads", [["Company"]]);
    const cells = Array.from({ length: 1000 }, (_, i) => ({
      row: 2 + i * 3,
      column: 2 + (i % 4),
      value: "Contacted",
    }));
    const s = await syncsOf(() => port.updateCells("Leads", cells));
    expect(s).toHaveLength(1);
  });
});
