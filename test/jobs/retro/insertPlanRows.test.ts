import fc from "fast-check";
import type { SheetPlan } from "../../../src/host/port";
import { insertPlanRows } from "../../../src/jobs/retro/insertPlanRows";

function plan(rows: number): SheetPlan {
  return {
    name: "S",
    kind: "k",
    values: Array.from({ length: rows }, (_, i) => [`r${i + 1}`, i + 1]),
    formats: [{ range: { row: 2, column: 1, rows: 3, columns: 2 }, fill: "FFF9E5" }],
    merges: [{ row: 4, column: 1, rows: 1, columns: 2 }],
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: { row: 1, column: 1, rows, columns: 2 },
    },
  };
}

describe("insertPlanRows", () => {
  it("opens blank rows above a row: blocks across it grow, blocks below move, merges are copied", () => {
    const out = insertPlanRows(plan(6), 4, 2);
    expect(out.values.map((r) => r[0])).toEqual(["r1", "r2", "r3", null, null, "r4", "r5", "r6"]);
    expect(out.formats?.[0]?.range).toEqual({ row: 2, column: 1, rows: 5, columns: 2 });
    expect(out.merges).toEqual([
      { row: 6, column: 1, rows: 1, columns: 2 },
      { row: 4, column: 1, rows: 1, columns: 2 },
      { row: 5, column: 1, rows: 1, columns: 2 },
    ]);
    expect(out.print?.printArea).toEqual({ row: 1, column: 1, rows: 8, columns: 2 });
  });

  it("refuses to move rows a formula refers to", () => {
    const p = plan(6);
    p.values[0] = [{ formula: "SUM(B2:B5)", result: 14 }, null];
    expect(() => insertPlanRows(p, 4, 1)).toThrow(/formula SUM\(B2:B5\)/);
    expect(() => insertPlanRows(p, 6, 1)).not.toThrow();
  });

  it("keeps every value, in order, shifted by the rows inserted", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(40), fc.nat(5), (rows, at, count) => {
        const where = (at % rows) + 1;
        const out = insertPlanRows(plan(rows), where, count);
        expect(out.values).toHaveLength(rows + count);
        const kept = out.values.filter((r) => r[0] !== null).map((r) => r[0]);
        expect(kept).toEqual(plan(rows).values.map((r) => r[0]));
        out.values.forEach((r, i) => {
          if (r[1] === null) return;
          const original = Number(r[1]);
          expect(i + 1).toBe(original >= where ? original + count : original);
        });
      })
    );
  });
});
