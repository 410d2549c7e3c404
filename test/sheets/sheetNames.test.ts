import fc from "fast-check";
import {
  ExistingSheet,
  freeSheetName,
  MAX_SHEET_NAME_LENGTH,
  sanitizeSheetName,
  tableName,
} from "../../src/sheets/sheetNames";

/** What Excel itself accepts as a sheet name. */
function isValidExcelSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/u.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

const sameIgnoringCase = (a: string, b: string): boolean =>
  a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();

describe("sanitizeSheetName", () => {
  it("replaces the characters Excel refuses", () => {
    expect(sanitizeSheetName("Report 2026/Q3 [draft]")).toBe("Report 2026-Q3 (draft)");
    expect(sanitizeSheetName("A:B\\C?D*E")).toBe("A-B-CDE");
  });

  it("drops apostrophes at both ends and keeps the ones inside", () => {
    expect(sanitizeSheetName("'Quotes'")).toBe("Quotes");
    expect(sanitizeSheetName("O'Brien's")).toBe("O'Brien's");
  });

  it("cuts long names to 31 characters", () => {
    const name = sanitizeSheetName("Pārskats 2026-Q3 Ozols-Bērziņa-Kalniņa");
    expect(name).toBe("Pārskats 2026-Q3 Ozols-Bērziņa-");
    expect(name.length).toBe(31);
  });

  it("never gives an empty name or Excel's reserved History", () => {
    expect(sanitizeSheetName("")).toBe("Sheet");
    expect(sanitizeSheetName(" '' ")).toBe("Sheet");
    expect(sanitizeSheetName("???")).toBe("Sheet");
    expect(sanitizeSheetName("history")).toBe("history (2)");
  });

  it("does not split an emoji when cutting", () => {
    const name = sanitizeSheetName(`${"x".repeat(30)}😀`);
    expect(name).toBe("x".repeat(30));
  });

  it("always gives a valid Excel name (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: "binary" }), (s) =>
        isValidExcelSheetName(sanitizeSheetName(s))
      )
    );
  });
});

describe("freeSheetName", () => {
  it("keeps the wanted name when it is free", () => {
    expect(freeSheetName("Report 2026-Q3", [{ name: "Deals", ours: null }])).toEqual({
      name: "Report 2026-Q3",
      replaces: null,
    });
  });

  it("never takes a user's sheet, even when it differs only by case", () => {
    expect(freeSheetName("Report 2026-Q3", [{ name: "REPORT 2026-q3", ours: null }])).toEqual({
      name: "Report 2026-Q3 (2)",
      replaces: null,
    });
  });

  it("replaces our own sheet of a replaceable kind", () => {
    const existing = [{ name: "report 2026-Q3", ours: "report:2026-Q3:summary" }];
    expect(
      freeSheetName("Report 2026-Q3", existing, { replaceKind: (k) => k.startsWith("report:") })
    ).toEqual({
      name: "report 2026-Q3",
      replaces: "report 2026-Q3",
    });
    // Without permission, our sheet is kept too.
    expect(freeSheetName("Report 2026-Q3", existing)).toEqual({
      name: "Report 2026-Q3 (2)",
      replaces: null,
    });
    expect(
      freeSheetName("Report 2026-Q3", existing, { replaceKind: (k) => k.startsWith("quote:") })
        .replaces
    ).toBeNull();
  });

  it("regenerating reuses the numbered sheet it made next to a user's sheet", () => {
    const existing = [
      { name: "Report 2026-Q3", ours: null },
      { name: "Report 2026-Q3 (2)", ours: "report:2026-Q3:summary" },
    ];
    expect(
      freeSheetName("Report 2026-Q3", existing, { replaceKind: (k) => k.startsWith("report:") })
    ).toEqual({
      name: "Report 2026-Q3 (2)",
      replaces: "Report 2026-Q3 (2)",
    });
  });

  it("counts on past taken numbers and cuts long names to fit the suffix", () => {
    const long = "Pārskats 2026-Q3 Ozols-Bērziņa-Kalniņa";
    const first = sanitizeSheetName(long);
    const existing: ExistingSheet[] = [
      { name: first, ours: null },
      { name: "Pārskats 2026-Q3 Ozols-Bērz (2)", ours: null },
    ];
    const picked = freeSheetName(long, existing);
    expect(picked).toEqual({ name: "Pārskats 2026-Q3 Ozols-Bērz (3)", replaces: null });
    expect(picked.name.length).toBeLessThanOrEqual(31);
  });

  const existingArb = fc.array(
    fc.record({
      name: fc.oneof(
        fc.constantFrom(
          "Report",
          "REPORT",
          "report (2)",
          "Report (3)",
          "Sheet",
          "x".repeat(31),
          `${"x".repeat(27)} (2)`
        ),
        fc.string({ minLength: 1, maxLength: 40 })
      ),
      ours: fc.option(fc.constantFrom("report:a", "quote:b"), { nil: null }),
    }),
    { maxLength: 12 }
  );
  const wantedArb = fc.oneof(
    fc.constantFrom("Report", "report", "x".repeat(45), "History", ""),
    fc.string({ maxLength: 45 })
  );

  it("never returns a user's sheet name, is always valid, and only replaces what it may (property)", () => {
    fc.assert(
      fc.property(wantedArb, existingArb, fc.boolean(), (wanted, existing, allowReports) => {
        const replaceKind = allowReports ? (k: string) => k.startsWith("report:") : undefined;
        const { name, replaces } = freeSheetName(wanted, existing, { replaceKind });
        expect(isValidExcelSheetName(name)).toBe(true);
        const clashes = existing.filter((s) => sameIgnoringCase(s.name, name));
        expect(clashes.some((s) => s.ours === null)).toBe(false);
        if (replaces === null) {
          expect(clashes).toEqual([]);
        } else {
          expect(replaces).toBe(name);
          expect(allowReports).toBe(true);
          expect(clashes.map((s) => s.ours)).toEqual([expect.stringMatching(/^report:/)]);
        }
      })
    );
  });
});

describe("tableName", () => {
  it("makes a valid table name from any text", () => {
    expect(tableName("Quote lines", [])).toBe("Quote_lines");
    expect(tableName("Darījumi", [])).toBe("Darijumi");
    expect(tableName("2026 report", [])).toBe("_2026_report");
    expect(tableName("", [])).toBe("Table");
  });

  it("never gives a cell reference", () => {
    expect(tableName("Q2026", [])).toBe("Q2026_");
    expect(tableName("R1C1", [])).toBe("R1C1_");
    expect(tableName("r", [])).toBe("r_");
    expect(tableName("C", [])).toBe("C_");
  });

  it("is unique among the workbook's tables, case-insensitively", () => {
    expect(tableName("Settings", ["settings"])).toBe("Settings_2");
    expect(tableName("Settings", ["SETTINGS", "Settings_2"])).toBe("Settings_3");
  });

  it("always follows Excel's rules (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
        (w, ex) => {
          const name = tableName(w, ex);
          expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
          expect(name.length).toBeLessThanOrEqual(255);
          expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
          expect(name).not.toMatch(/^(R\d*(C\d*)?|C\d*)$/i);
          expect(ex.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
        }
      )
    );
  });
});
