import {
  cellAddress,
  columnLetters,
  columnsAddress,
  rangeAddress,
  stripSheet,
} from "../../../src/host/office/a1";
import { BatchPlan } from "../../../src/host/office/batchPlan";
import { charsToPoints } from "../../../src/host/office/columnWidth";
import { encodePlanValue } from "../../../src/host/office/encodeCell";
import { CALL_OVERHEAD_BYTES, utf8Length } from "../../../src/host/office/payloadSize";
import { markerFormula, markerKind } from "../../../src/host/office/sheetMarker";
import fc from "fast-check";

test("A1 addresses", () => {
  expect([1, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "AAA",
    "XFD",
  ]);
  expect(cellAddress(5, 2)).toBe("B5");
  expect(rangeAddress({ row: 1, column: 1, rows: 2, columns: 3 })).toBe("A1:C2");
  expect(rangeAddress({ row: 7, column: 4, rows: 1, columns: 1 })).toBe("D7");
  expect(columnsAddress(2, 3)).toBe("B:C");
  expect(stripSheet("'Q 1'!$A$3:$K$120")).toBe("A3:K120");
});

test("column widths: characters → points as Excel sizes columns (Calibri 11)", () => {
  expect(charsToPoints(8.43)).toBe(48); // Excel's default column: 64 px
  expect(charsToPoints(10)).toBe(56.25);
  expect(charsToPoints(0)).toBe(0);
});

test("every non-empty string is sent with Excel's text marker; formulas only from FormulaValue", () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 50 }),
      (s) => encodePlanValue(s, "S", 1, 1) === `'${s}`
    )
  );
  expect(encodePlanValue({ formula: "SUM(A1:A3)" }, "S", 1, 1)).toBe("=SUM(A1:A3)");
  expect(encodePlanValue(null, "S", 1, 1)).toBe("");
  expect(encodePlanValue("", "S", 1, 1)).toBe("");
  expect(() => encodePlanValue("x".repeat(32768), "Leads", 3, 2)).toThrow(
    'Sheet "Leads", cell B3: text of 32768 characters is longer than Excel allows (32767).'
  );
});

test("the marker round-trips any kind, quotes included", () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
      (k) => markerKind(markerFormula(k)) === k
    )
  );
  expect(markerFormula('a"b')).toBe('="a""b"');
  expect(markerKind("report:2026")).toBe("report:2026");
  expect(markerKind(null)).toBeNull();
});

test("UTF-8 length matches Node's", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "grapheme" }),
      (s) => utf8Length(s) === Buffer.byteLength(s, "utf8")
    )
  );
});

test("BatchPlan packs rows into batches under the budget and splits a row larger than any batch", () => {
  const budget = 1000;
  const plan = new BatchPlan(budget);
  const rows = Array.from({ length: 50 }, (_, i) => [`r${i}`.padEnd(40, "x")]);
  rows[20] = Array.from({ length: 40 }, () => "y".repeat(40)); // ~1700 bytes: larger than a batch
  const writes: [number, number, number, number][] = [];
  plan.addRows(rows, (a, b, c, d) => writes.push([a, b, c, d]));
  const batches = plan.result();
  for (const b of batches) expect(b.reduce((n, op) => n + op.bytes, 0)).toBeLessThanOrEqual(budget);
  for (const b of batches) for (const op of b) op.queue();
  const covered = new Set<string>();
  for (const [a, b, c, d] of writes)
    for (let r = a; r < b; r++) for (let k = c; k < d; k++) covered.add(`${r}:${k}`);
  expect(covered.size).toBe(49 + 40);
  expect(writes.filter(([a]) => a === 20).length).toBeGreaterThan(1);
  expect(CALL_OVERHEAD_BYTES).toBeLessThan(budget);
});
