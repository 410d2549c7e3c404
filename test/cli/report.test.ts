/**
 * `dealdesk report` on a messy Latvian workbook of our own making
 * (test/fixtures/build-report-fixtures.ts): every figure of `report --json` against figures
 * worked out by hand below, and the written sheets showing the same numbers.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const fixture = join(__dirname, "../fixtures/report-latvian-messy.xlsx");

type Figures = Record<string, number | null>;

/*
 * The won deals of 2026-Q3 (Darījumi; Closed on in July–September), revenue and cost in €:
 *   D-2001 Anna     Ieņēmumi 12 100,50; Izmaksas 9 000,00 + travel 25,00 (Tikšanās) = 9 025,00;
 *                   Created 05.06 → Closed 15.07: 40 days
 *   D-2002 anna     no Ieņēmumi: Summa 8 000; Peļņa 2 000 → cost 6 000; 01.07 → 20.08: 50 days
 *   D-2003 Pēteris  20 000,00; Marža 25 % → 15 000,00 + travel 150,00 (row) + 80,00 (meeting Done;
 *                   the Cancelled 45,50 does not count) = 15 230,00; 10.05 → 30.09: 143 days;
 *                   split 40 % to Anna: revenue 8 000,00 / 12 000,00, cost ROUND(15 230 × 0,4) =
 *                   6 092,00 / 9 138,00
 *   D-2004 Pēteris  Summa 5 000,00, no cost at all (profit unknown); 01.07 → 10.08: 40 days
 *   D-2009 Marta    14 000; Izmaksas #N/A → Marža 30 % → 9 800,00; 05.07 → 12.09: 69 days
 *   D-2012 Kārlis   4 400,00; 3 000,00; no Created (no cycle days)
 *   D-2017 Anna     1 200,00 (text with €); 700,00; split 50 % to Marta (another team):
 *                   600/600, cost 350/350; 01.09 → 15.09: 14 days
 *   D-2018 Guntis   (not in Team) 3 000; 2 000; 01.08 → 05.08: 4 days
 * Not counted: D-2010 and D-2014 (Won, no usable Closed on), D-2011 (closed 03.10: Q4),
 * rows 17 (Kopā), 18 (header again), 19 (no owner).
 * Lost in Q3: D-2005 Pēteris (05.07), D-2006 Anna (20/08), D-2016 Marta (30.07).
 * Open, expected in Q3: D-2007 Anna Piedāvājums 10 000 × 40 % (Settings) = 4 000;
 *   D-2008 Marta 7 500,50 × 60 % = 4 500,30; D-2015 Pēteris Kvalifikācija 4 000 × 20 % = 800.
 * Targets (Mērķi): Anna 10 000 + 12 000 + 11 000 (months) = 33 000; Pēteris Q3 30 000; Marta
 *   2026 100 000 / 4 = 25 000; Kārlis Q3 8 000; Ozols' own Q3 row 70 000 (his team's target);
 *   Kalniņa has none: 25 000 + 8 000 = 33 000; total 70 000 + 33 000 = 103 000.
 */
const ANNA: Figures = {
  revenue: 28700.5, // 12 100,50 + 8 000 + 600 (D-2017) + 8 000 (split of D-2003)
  cost: 21467, // 9 025 + 6 000 + 350 + 6 092
  profit: 7233.5,
  profitCoverage: 1,
  margin: 7233.5 / 28700.5,
  target: 33000,
  attainment: 28700.5 / 33000,
  variance: -4299.5,
  won: 3, // D-2001, D-2002, D-2017 (not D-2003: counts go to the owner)
  lost: 1,
  winRate: 3 / 4,
  avgDeal: 9566.83, // 28 700,50 / 3 = 9 566,8333…
  cycleDays: (40 + 50 + 14) / 3,
  pipeline: 10000,
  weightedPipeline: 4000,
  coverage: 4000 / 4299.5,
};
const PETERIS: Figures = {
  revenue: 17000, // 12 000 (D-2003 less Anna's 40 %) + 5 000 (D-2004)
  cost: 9138, // known for D-2003 only
  profit: 2862,
  profitCoverage: 12000 / 17000,
  margin: 2862 / 12000,
  target: 30000,
  attainment: 17000 / 30000,
  variance: -13000,
  won: 2,
  lost: 1,
  winRate: 2 / 3,
  avgDeal: 8500,
  cycleDays: (143 + 40) / 2,
  pipeline: 4000,
  weightedPipeline: 800,
  coverage: 800 / 13000,
};
const MARTA: Figures = {
  revenue: 14600, // 14 000 + 600 from D-2017
  cost: 10150, // 9 800 + 350
  profit: 4450,
  profitCoverage: 1,
  margin: 4450 / 14600,
  target: 25000,
  attainment: 14600 / 25000,
  variance: -10400,
  won: 1,
  lost: 1,
  winRate: 1 / 2,
  avgDeal: 14600,
  cycleDays: 69,
  pipeline: 7500.5,
  weightedPipeline: 4500.3,
  coverage: 4500.3 / 10400,
};
const KARLIS: Figures = {
  revenue: 4400,
  cost: 3000,
  profit: 1400,
  profitCoverage: 1,
  margin: 1400 / 4400,
  target: 8000,
  attainment: 4400 / 8000,
  variance: -3600,
  won: 1,
  lost: 0,
  winRate: 1,
  avgDeal: 4400,
  cycleDays: null,
  pipeline: 0,
  weightedPipeline: 0,
  coverage: 0, // 0 / (8 000 − 4 400)
};
const GUNTIS: Figures = {
  revenue: 3000,
  cost: 2000,
  profit: 1000,
  profitCoverage: 1,
  margin: 1000 / 3000,
  target: null,
  attainment: null,
  variance: null,
  won: 1,
  lost: 0,
  winRate: 1,
  avgDeal: 3000,
  cycleDays: 4,
  pipeline: 0,
  weightedPipeline: 0,
  coverage: null,
};
const OZOLS: Figures = {
  revenue: 45700.5, // Anna + Pēteris
  cost: 30605,
  profit: 10095.5,
  profitCoverage: 40700.5 / 45700.5,
  margin: 10095.5 / 40700.5,
  target: 70000,
  attainment: 45700.5 / 70000,
  variance: -24299.5,
  won: 5,
  lost: 2,
  winRate: 5 / 7,
  avgDeal: 9140.1,
  cycleDays: (40 + 50 + 14 + 143 + 40) / 5,
  pipeline: 14000,
  weightedPipeline: 4800,
  coverage: 4800 / 24299.5,
};
const KALNINA: Figures = {
  revenue: 19000, // Marta + Kārlis
  cost: 13150,
  profit: 5850,
  profitCoverage: 1,
  margin: 5850 / 19000,
  target: 33000,
  attainment: 19000 / 33000,
  variance: -14000,
  won: 2,
  lost: 1,
  winRate: 2 / 3,
  avgDeal: 9500,
  cycleDays: 69,
  pipeline: 7500.5,
  weightedPipeline: 4500.3,
  coverage: 4500.3 / 14000,
};
const TOTALS: Figures = {
  revenue: 67700.5, // both teams + Guntis
  cost: 45755,
  profit: 16945.5,
  profitCoverage: 62700.5 / 67700.5, // all but D-2004's 5 000
  margin: 16945.5 / 62700.5,
  target: 103000,
  attainment: 67700.5 / 103000,
  variance: -35299.5,
  won: 8,
  lost: 3,
  winRate: 8 / 11,
  avgDeal: 8462.56, // 67 700,50 / 8 = 8 462,5625
  cycleDays: (40 + 50 + 14 + 143 + 40 + 69 + 4) / 7,
  pipeline: 21500.5,
  weightedPipeline: 9300.3,
  coverage: 9300.3 / 35299.5,
};

const FIELDS = [
  "revenue",
  "cost",
  "profit",
  "profitCoverage",
  "margin",
  "target",
  "attainment",
  "variance",
  "won",
  "lost",
  "winRate",
  "avgDeal",
  "cycleDays",
  "pipeline",
  "weightedPipeline",
  "coverage",
];

function expectFigures(actual: Record<string, unknown>, expected: Figures, name: string): void {
  for (const field of FIELDS) {
    const want = expected[field];
    const got = actual[field];
    if (want === null || want === undefined) {
      expect({ name, field, got }).toEqual({ name, field, got: null });
    } else {
      expect(typeof got).toBe("number");
      if (Math.abs((got as number) - want) > 1e-9) {
        throw new Error(`${name} ${field}: got ${String(got)}, expected ${want}`);
      }
    }
  }
}

/** The sheet's figure columns B..R, in order (E is the Status text). */
const SHEET_COLUMNS = [
  "revenue",
  "target",
  "attainment",
  "status",
  "variance",
  "cost",
  "profit",
  "margin",
  "profitCoverage",
  "won",
  "lost",
  "winRate",
  "avgDeal",
  "cycleDays",
  "pipeline",
  "weightedPipeline",
  "coverage",
];

function cellNumber(v: ExcelJS.CellValue): number | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  if (typeof v === "object" && "result" in v && typeof v.result === "number") return v.result;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

/** The figures on the row whose column A says `name`, in the table under section `section`. */
function sheetRow(ws: ExcelJS.Worksheet, section: string, name: string): Record<string, unknown> {
  let inSection = false;
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1).value;
    if (a === section) inSection = true;
    if (inSection && a === name) {
      const out: Record<string, unknown> = {};
      SHEET_COLUMNS.forEach((field, i) => {
        const v = ws.getCell(r, i + 2).value;
        out[field] = field === "status" ? (v ?? null) : cellNumber(v);
      });
      return out;
    }
  }
  throw new Error(`${ws.name}: no row ${name} under ${section}`);
}

function status(attainment: number | null): string | null {
  if (attainment === null) return null;
  return attainment >= 1 ? "Zaļš" : attainment >= 0.8 ? "Dzeltens" : "Sarkans";
}

describe("dealdesk report on a messy Latvian workbook", () => {
  let run: { code: number; stdout: string; stderr: string };
  let json: {
    ok: boolean;
    period: string;
    currency: string;
    owners: Array<Record<string, unknown>>;
    managers: Array<Record<string, unknown>>;
    totals: Record<string, unknown>;
    rows: { read: number; used: number; skipped: number };
    issues: Array<{
      sheet: string;
      row: number | null;
      column: string | null;
      value: string | null;
      problem: string;
    }>;
    sheets: string[];
  };
  let wb: ExcelJS.Workbook;
  let fixtureHash: string;
  const hash = (path: string): string =>
    createHash("sha256").update(readFileSync(path)).digest("hex");

  beforeAll(async () => {
    fixtureHash = hash(fixture);
    const out = join(tempDir(), "report.xlsx");
    run = await dealdesk([
      "report",
      fixture,
      "--period",
      "2026-Q3",
      "--date",
      "2026-10-15",
      "--out",
      out,
      "--json",
    ]);
    json = JSON.parse(run.stdout);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it("exits 0 with the SPEC §9 document, leaving WB untouched with --out", () => {
    expect(run.code).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.period).toBe("2026-Q3");
    expect(json.currency).toBe("EUR");
    expect(hash(fixture)).toBe(fixtureHash);
    expect(json.sheets).toEqual([
      "Pārskats 2026-Q3",
      "Pārskats 2026-Q3 Ozols",
      "Pārskats 2026-Q3 Kalniņa",
      "Problēmas 2026-Q3",
    ]);
  });

  it("every owner's figures equal the hand computation", () => {
    expect(json.owners.map((o) => o.owner)).toEqual([
      "Anna Bērziņa",
      "Pēteris Kalniņš",
      "Marta Liepa",
      "Kārlis Vītols",
      "Guntis Ozoliņš",
    ]);
    const expected = [ANNA, PETERIS, MARTA, KARLIS, GUNTIS];
    json.owners.forEach((o, i) => expectFigures(o, expected[i] ?? {}, String(o.owner)));
    for (const set of [...json.owners, ...json.managers, json.totals]) {
      expect(Object.keys(set).sort()).toEqual(
        [
          ...FIELDS,
          set.owner !== undefined ? "owner" : set.manager !== undefined ? "manager" : null,
        ]
          .filter((k): k is string => k !== null)
          .sort()
      );
    }
  });

  it("every manager's and the total figures equal the hand computation", () => {
    expect(json.managers.map((m) => m.manager)).toEqual(["Jānis Ozols", "Ilze Kalniņa"]);
    expectFigures(json.managers[0] ?? {}, OZOLS, "Ozols");
    expectFigures(json.managers[1] ?? {}, KALNINA, "Kalniņa");
    expectFigures(json.totals, TOTALS, "totals");
  });

  it("accounts for every row read and lists every skipped row by sheet, row and column", () => {
    // Komanda 6, Darījumi 20 (17 used: rows 17, 18, 19 skipped), Mērķi 9 (Q5 2026 and Kopā
    // skipped), Tikšanās 3, Produkti 3, Fakts 7 (Kopā skipped), Piedāvājumi 2, rindas 4
    expect(json.rows).toEqual({ read: 54, used: 48, skipped: 6 });
    const at = (sheet: string, row: number) =>
      json.issues.filter((i) => i.sheet === sheet && i.row === row);
    for (const row of [17, 18, 19]) expect(at("Darījumi", row).length).toBeGreaterThan(0);
    expect(at("Darījumi", 13)[0]).toMatchObject({ column: "Izmaksas", value: "#N/A" });
    expect(at("Darījumi", 8)[0]?.problem).toMatch(/no cost/);
    expect(at("Darījumi", 14)[0]).toMatchObject({ column: "Slēgšanas datums" });
    expect(at("Darījumi", 20).map((i) => i.value)).toContain("31.02.2026");
    expect(at("Darījumi", 24)[0]).toMatchObject({ column: "Atbildīgais", value: "Guntis Ozoliņš" });
    expect(at("Mērķi", 11)[0]).toMatchObject({ column: "Periods", value: "Q5 2026" });
    expect(at("Mērķi", 12).length).toBe(1);
    expect(at("Fakts", 8).length).toBe(1);
  });

  it("the summary sheet shows the same numbers per manager and per rep", () => {
    const ws = wb.getWorksheet("Pārskats 2026-Q3");
    if (!ws) throw new Error("no summary sheet");
    const rows: Array<[string, string, Figures]> = [
      ["Pa vadītājiem", "Jānis Ozols", OZOLS],
      ["Pa vadītājiem", "Ilze Kalniņa", KALNINA],
      ["Pa vadītājiem", "Kopā", TOTALS],
      ["Pa pārdevējiem", "Anna Bērziņa", ANNA],
      ["Pa pārdevējiem", "Pēteris Kalniņš", PETERIS],
      ["Pa pārdevējiem", "Marta Liepa", MARTA],
      ["Pa pārdevējiem", "Kārlis Vītols", KARLIS],
      ["Pa pārdevējiem", "Guntis Ozoliņš", GUNTIS],
    ];
    for (const [section, name, figures] of rows) {
      const shown = sheetRow(ws, section, name);
      expectFigures(shown, figures, `${ws.name} ${name}`);
      expect(shown.status).toBe(status(figures.attainment ?? null));
    }
    // the headline: Ieņēmumi, Mērķis, Izpilde in column B under Galvenie rādītāji
    const label = (text: string): number => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
      throw new Error(text);
    };
    expect(ws.getCell(label("Ieņēmumi"), 2).value).toBe(67700.5);
    expect(ws.getCell(label("Mērķis"), 2).value).toBe(103000);
    expect(ws.getCell(label("Peļņas pārklājums"), 2).value).toBeCloseTo(62700.5 / 67700.5, 12);
    expect(ws.getCell(label("Ieņēmumi"), 2).numFmt).toBe('[$-426]#,##0.00 "€"');
  });

  it("each manager's sheet shows their reps and team total", () => {
    const ozols = wb.getWorksheet("Pārskats 2026-Q3 Ozols");
    const kalnina = wb.getWorksheet("Pārskats 2026-Q3 Kalniņa");
    if (!ozols || !kalnina) throw new Error("no manager sheets");
    expectFigures(sheetRow(ozols, "Pa pārdevējiem", "Anna Bērziņa"), ANNA, "Ozols/Anna");
    expectFigures(sheetRow(ozols, "Pa pārdevējiem", "Pēteris Kalniņš"), PETERIS, "Ozols/Pēteris");
    expectFigures(sheetRow(ozols, "Pa pārdevējiem", "Komandā kopā"), OZOLS, "Ozols/total");
    expectFigures(sheetRow(kalnina, "Pa pārdevējiem", "Marta Liepa"), MARTA, "Kalniņa/Marta");
    expectFigures(sheetRow(kalnina, "Pa pārdevējiem", "Komandā kopā"), KALNINA, "Kalniņa/total");
    expect(() => sheetRow(ozols, "Pa pārdevējiem", "Marta Liepa")).toThrow();
  });

  it("the monthly trend splits the quarter's revenue by Closed on month", () => {
    const ws = wb.getWorksheet("Pārskats 2026-Q3");
    if (!ws) throw new Error("no summary sheet");
    // July: D-2001 12 100,50 + D-2012 4 400; August: D-2002 8 000 + D-2004 5 000 + D-2018 3 000;
    // September: D-2003 20 000 + D-2009 14 000 + D-2017 1 200
    expect(sheetRow(ws, "Pa mēnešiem", "2026. gada jūlijs").revenue).toBe(16500.5);
    expect(sheetRow(ws, "Pa mēnešiem", "2026. gada augusts").revenue).toBe(16000);
    expect(sheetRow(ws, "Pa mēnešiem", "2026. gada septembris").revenue).toBe(35200);
    // month targets: Ozols 70 000 / 3 = 23 333,33 + Kalniņa (100 000 / 12 = 8 333,33 + 8 000 / 3 = 2 666,67)
    expect(sheetRow(ws, "Pa mēnešiem", "2026. gada jūlijs").target).toBe(34333.33);
  });

  it("the department table adds up to the revenue: Actuals lines, else the accepted quote's", () => {
    const ws = wb.getWorksheet("Pārskats 2026-Q3");
    if (!ws) throw new Error("no summary sheet");
    const dept = (name: string): [number | null, number | null] => {
      let inSection = false;
      for (let r = 1; r <= ws.rowCount; r++) {
        const a = ws.getCell(r, 1).value;
        if (a === "Pa nodaļām") inSection = true;
        if (inSection && a === name)
          return [cellNumber(ws.getCell(r, 3).value), cellNumber(ws.getCell(r, 5).value)];
      }
      throw new Error(name);
    };
    // Iekārtas (P-100): D-2001 10 000,00; D-2002 quote R2 (5 400 + 2 400 of 8 000): 8 000 × 5 400 / 7 800
    // = 5 538,46; D-2003 Actuals 15 000 + 6 000 for 20 000: 20 000 × 15 / 21 = 14 285,71 → 29 824,17.
    // Cost: 7 500 + 12 × 400 × 8 000 / 7 800 = 4 923,08 + 11 000 × 20 / 21 = 10 476,19 → 22 899,27
    expect(dept("Iekārtas")).toEqual([29824.17, 22899.27]);
    expect(dept("Serviss")).toEqual([10100.5, 6400]); // D-2001 2 100,50 + D-2009 8 000 (p-200)
    expect(dept("Programmatūra")).toEqual([8175.83, null]); // 2 461,54 + 5 714,29, cost unknown
    expect(dept("(bez nodaļas)")).toEqual([6000, 4500]); // XX-999 is not in Produkti
    expect(dept("Nav sadalīts")).toEqual([13600, null]); // D-2004, D-2012, D-2017, D-2018
    expect(dept("Kopā")[0]).toBe(67700.5);
  });

  it("says on stderr, per manager, revenue against target and attainment with R/A/G", () => {
    expect(run.stderr).toMatch(
      /Jānis Ozols\s+revenue €45,700\.50 of target €70,000\.00 — 65\.3 % R/
    );
    expect(run.stderr).toMatch(
      /Ilze Kalniņa\s+revenue €19,000\.00 of target €33,000\.00 — 57\.6 % R/
    );
    expect(run.stderr).toMatch(/Total\s+revenue €67,700\.50/);
  });
});

describe("dealdesk report: managers, regeneration and mistakes", () => {
  it("--manager takes a surname; the sheets cover that team only", async () => {
    const out = join(tempDir(), "ozols.xlsx");
    const run = await dealdesk([
      "report",
      fixture,
      "--period",
      "Q3 2026",
      "--manager",
      "ozols",
      "--date",
      "2026-10-15",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.managers.map((m: { manager: string }) => m.manager)).toEqual(["Jānis Ozols"]);
    expectFigures(json.managers[0], OZOLS, "Ozols");
    expect(json.owners.map((o: { owner: string }) => o.owner)).toEqual([
      "Anna Bērziņa",
      "Pēteris Kalniņš",
    ]);
    expect(json.sheets).toEqual([
      "Pārskats 2026-Q3",
      "Pārskats 2026-Q3 Ozols",
      "Problēmas 2026-Q3",
    ]);
  });

  it("an unknown manager is one line naming the managers there are (exit 1)", async () => {
    const run = await dealdesk([
      "report",
      fixture,
      "-q",
      "--period",
      "2026-Q3",
      "--manager",
      "Zariņš",
      "--out",
      join(tempDir(), "x.xlsx"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/no manager named Zariņš.*Jānis Ozols, Ilze Kalniņa/);
  });

  it("a period that is not one is wrong usage, with the accepted forms (exit 2)", async () => {
    const run = await dealdesk([
      "report",
      fixture,
      "--period",
      "2026-Q5",
      "--out",
      join(tempDir(), "x.xlsx"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /"2026-Q5" is not a period: use a year \(2026\), a quarter \(2026-Q3\) or a month \(2026-07\)/
    );
    expect((await dealdesk(["report", fixture])).code).toBe(2);
    expect(
      (await dealdesk(["report", fixture, "--period", "2026-Q3", "--date", "15.10.2026"])).code
    ).toBe(2);
  });

  it("in place, twice: the second run replaces its own sheets, a user's sheet of that name is kept", async () => {
    const dir = tempDir();
    const file = join(dir, "team.xlsx");
    copyFileSync(fixture, file);
    // the user already has a sheet called like the summary
    const user = new ExcelJS.Workbook();
    await user.xlsx.readFile(file);
    user.addWorksheet("Pārskats 2026-Q3").getCell("A1").value = "Mans pārskats";
    await user.xlsx.writeFile(file);

    const first = await dealdesk([
      "report",
      file,
      "--period",
      "2026-Q3",
      "--date",
      "2026-10-15",
      "--json",
    ]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).sheets[0]).toBe("Pārskats 2026-Q3 (2)");
    const afterFirst = new ExcelJS.Workbook();
    await afterFirst.xlsx.readFile(file);
    const names = afterFirst.worksheets.map((w) => w.name);

    const second = await dealdesk([
      "report",
      file,
      "--period",
      "2026-Q3",
      "--date",
      "2026-10-16",
      "--json",
    ]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).sheets).toEqual(JSON.parse(first.stdout).sheets);
    const afterSecond = new ExcelJS.Workbook();
    await afterSecond.xlsx.readFile(file);
    expect(afterSecond.worksheets.map((w) => w.name)).toEqual(names);
    expect(afterSecond.getWorksheet("Pārskats 2026-Q3")?.getCell("A1").value).toBe("Mans pārskats");
    expect(afterSecond.getWorksheet("Pārskats 2026-Q3")?.rowCount).toBe(1);
  });
});
