import type { CellValue } from "../../src/host/port";
import { SHEET_FIELDS } from "../../src/sheets/fields";
import { findSheet } from "../../src/sheets/findSheet";
import { inputSheetPlan, inputTableName } from "../../src/sheets/inputSheetPlans";
import type { InputSheetKind } from "../../src/sheets/inputSheetPlans";
import { readFieldRows } from "../../src/sheets/readRows";
import { SHEET_KINDS } from "../../src/sheets/sheetKinds";
import { sheetBlock } from "./blockBuilder";

const kinds = SHEET_KINDS.map((d) => d.kind).filter((k): k is InputSheetKind => k !== "settings");

describe("inputSheetPlan", () => {
  it("lays out the Latvian headers for lv and the English ones for en", () => {
    expect(inputSheetPlan("deals", "lv").values[0]?.slice(0, 4)).toEqual([
      "Darījuma ID",
      "Klients",
      "Atbildīgais",
      "Posms",
    ]);
    expect(inputSheetPlan("deals", "en").values[0]?.slice(0, 4)).toEqual([
      "Deal ID",
      "Account",
      "Owner",
      "Stage",
    ]);
    expect(inputSheetPlan("deals", "lv").name).toBe("Darījumi");
    expect(inputSheetPlan("deals", "en").name).toBe("Deals");
  });

  it.each(kinds)(
    "%s: bold frozen header, widths, a table named for the kind, the user's sheet",
    (kind) => {
      const plan = inputSheetPlan(kind, "lv");
      const n = SHEET_FIELDS[kind].length;
      expect(plan.kind).toBe(`input:${kind}`);
      expect(plan.owner).toBe("user");
      expect(plan.values[0]).toHaveLength(n);
      expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
      expect(plan.formats?.[0]).toMatchObject({
        range: { row: 1, column: 1, rows: 1, columns: n },
        font: { bold: true },
      });
      expect(plan.columnWidths).toHaveLength(n);
      for (const w of plan.columnWidths ?? []) expect(w).toBeGreaterThanOrEqual(8);
      expect(plan.tables).toEqual([
        {
          name: inputTableName(kind),
          range: { row: 1, column: 1, rows: 2, columns: n },
          style: "TableStyleMedium2",
        },
      ]);
      expect(inputTableName(kind)).toMatch(/^[A-Za-z_]+$/);
    }
  );

  it("keeps identifiers as text and formats dates per locale", () => {
    const plan = inputSheetPlan("leads", "lv");
    const headers = plan.values[0] ?? [];
    const formatOf = (header: string) =>
      plan.formats?.find((f) => f.range.row === 2 && f.range.column === headers.indexOf(header) + 1)
        ?.numberFormat;
    expect(formatOf("Reģ. nr.")).toBe("@");
    expect(formatOf("Tālrunis")).toBe("@");
    expect(formatOf("Nākamā soļa datums")).toBe("dd.mm.yyyy");
    expect(inputSheetPlan("deals", "en").formats).toContainEqual({
      range: { row: 2, column: 13, rows: 1, columns: 1 },
      numberFormat: "yyyy-mm-dd",
    });
  });

  it.each(
    kinds.flatMap(
      (k) =>
        [
          [k, "lv"],
          [k, "en"],
        ] as const
    )
  )("%s (%s): reading the sheet back finds every field and no row", (kind, locale) => {
    const plan = inputSheetPlan(kind, locale);
    const table = plan.tables?.[0];
    const block = sheetBlock(plan.values as CellValue[][], {
      name: plan.name,
      tables: table
        ? [
            {
              name: table.name,
              range: `A1:${String.fromCharCode(64 + Math.min(26, table.range.columns))}2`,
            },
          ]
        : [],
    });
    const read = readFieldRows(block, kind, { dateOrder: "DMY" });
    expect(Object.keys(read.columns).sort()).toEqual(SHEET_FIELDS[kind].map((f) => f.key).sort());
    expect(read.unknownColumns).toEqual([]);
    expect(read.issues).toEqual([]);
    expect(read.counts).toEqual({ read: 0, used: 0, skipped: 0 });
    const info = {
      name: plan.name,
      index: 0,
      visible: true,
      rowCount: 2,
      columnCount: 1,
      tables: [table?.name ?? ""],
      ours: null,
    };
    expect(findSheet(kind, [info])?.name).toBe(plan.name);
  });
});
