import fc from "fast-check";
import type { CellValue } from "../../src/host/port";
import { readDeals } from "../../src/sheets/entities/readDeals";
import { isBlankRow } from "../../src/sheets/cellText";
import { sheetBlock } from "./blockBuilder";

const HEADER: CellValue[] = [
  "Darījuma ID",
  "Klients",
  "Atbildīgais",
  "Posms",
  "Summa",
  "Izveidots",
];

type Kind =
  "good" | "badOptional" | "blank" | "noOwner" | "errorId" | "total" | "repeatedHeader" | "junk";

const cellJunk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constantFrom<CellValue>(
    { error: "#N/A" },
    { error: "#REF!" },
    { error: "#DIV/0!" },
    "Kopā",
    "Total",
    " "
  )
);

const rowOf: Record<Exclude<Kind, "junk">, fc.Arbitrary<CellValue[]>> = {
  good: fc
    .tuple(
      fc.integer({ min: 1, max: 99999 }),
      fc.constantFrom("Won", "lost", "Posms X", "Proposal"),
      fc.integer({ min: 0, max: 10 ** 7 })
    )
    .map(([n, stage, amount]) => [`D-${n}`, "SIA A", "Ozols", stage, amount / 100, "05.03.2026"]),
  badOptional: fc
    .constantFrom<CellValue>({ error: "#N/A" }, "abc", "12 %")
    .map((bad) => ["D-7", null, "Ozols", "Won", bad, "31.02.2026"]),
  blank: fc.constant([null, " ", null, null, null, null]),
  noOwner: fc.constant(["D-8", "SIA B", null, "Won", 1, null]),
  errorId: fc.constant([{ error: "#REF!" }, "SIA B", "Ozols", "Won", 1, null]),
  total: fc
    .constantFrom("Kopā", "Total:", "Subtotal Q3", "Starpsumma", "Kopsumma")
    .map((w) => [w, null, null, null, 123, null]),
  repeatedHeader: fc.constant(HEADER),
};

const generated = fc.array(
  fc.oneof(
    ...(Object.keys(rowOf) as (keyof typeof rowOf)[]).map((kind) =>
      rowOf[kind].map((cells) => ({ kind: kind as Kind, cells }))
    ),
    fc
      .array(cellJunk, { minLength: 6, maxLength: 6 })
      .map((cells) => ({ kind: "junk" as Kind, cells }))
  ),
  { maxLength: 40 }
);

describe("readRows accounts for every row (property)", () => {
  it("read = used + skipped, and every skipped row has an issue with its Excel row", () => {
    fc.assert(
      fc.property(
        generated,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (rows, titleRows, firstRow) => {
          const titles: CellValue[][] = Array.from({ length: titleRows }, (_, i) => [
            `Virsraksts ${i}`,
          ]);
          const block = sheetBlock([...titles, HEADER, ...rows.map((r) => r.cells)], {
            name: "Darījumi",
            firstRow,
          });
          const read = readDeals(block, { dateOrder: "DMY" });
          const headerRow = firstRow + titleRows;
          expect(read.headerRow).toBe(headerRow);

          // Trailing blank rows are no rows; everything else below the header is read.
          let last = rows.length;
          while (last > 0 && isBlankRow(rows[last - 1]?.cells ?? [])) last--;
          expect(read.counts.read).toBe(last);
          expect(read.counts.read).toBe(read.counts.used + read.counts.skipped);
          expect(read.rows).toHaveLength(read.counts.used);

          const used = new Set(read.rows.map((r) => r.row));
          const withIssue = new Set(read.issues.map((i) => i.row));
          for (let i = 0; i < last; i++) {
            const row = headerRow + 1 + i;
            const kind = rows[i]?.kind;
            if (!used.has(row)) expect(withIssue.has(row)).toBe(true);
            if (kind === "good" || kind === "badOptional") expect(used.has(row)).toBe(true);
            if (kind === "badOptional") expect(withIssue.has(row)).toBe(true);
            if (kind && !["good", "badOptional", "junk"].includes(kind))
              expect(used.has(row)).toBe(false);
          }
          for (const issue of read.issues) {
            expect(issue.sheet).toBe("Darījumi");
            expect(issue.row).toBeGreaterThan(headerRow);
            expect(issue.row).toBeLessThanOrEqual(headerRow + last);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
