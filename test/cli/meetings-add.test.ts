/**
 * `dealdesk meetings add` on the Latvian fixture: a clash is refused with one line and nothing
 * written; --force saves it; a meeting lands under the sheet's own headers and nothing else in
 * Tikšanās changes; the plan then sees it.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MEETINGS_HEADER } from "../fixtures/meetings-build-fixtures";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const fixture = join(__dirname, "../fixtures/meetings-trips-latvian.xlsx");
/** The header is on row 2 (a title above it); the fixture's 13 meetings on rows 3–15. */
const HEADER_ROW = 2;
const LAST_ROW = 15;

async function sheetCells(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Tikšanās");
  if (!ws) throw new Error("no Tikšanās sheet");
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= MEETINGS_HEADER.length; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  return rows;
}

/** A row as header → value, by the sheet's own header row. */
function byHeader(rows: unknown[][], r: number): Record<string, unknown> {
  const header = rows[HEADER_ROW - 1] ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), rows[r - 1]?.[i] ?? null]));
}

const CLASHING = [
  "--date",
  "2026-07-06",
  "--start",
  "11:00",
  "--duration",
  "60",
  "--with",
  "SIA Jaunais",
  "--manager",
  "ozols",
  "--city",
  "Rīga",
];

describe("dealdesk meetings add", () => {
  const dir = tempDir("meetings-add-");
  const before = readFileSync(fixture);

  it("refuses a clash with one line naming it, and writes nothing", async () => {
    const out = join(dir, "refused.xlsx");
    const run = await dealdesk(["meetings", "add", fixture, ...CLASHING, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "dealdesk: Not saved: the meeting clashes for Jānis Ozols — 11:00–12:00 Rīga overlaps 10:00–11:30 Liepāja (M-0003). Change the time, or add --force to save it anyway.\n"
    );
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(fixture).equals(before)).toBe(true);
  });

  it("saves it with --force under the right headers, and changes nothing else in the sheet", async () => {
    const out = join(dir, "forced.xlsx");
    const run = await dealdesk([
      "meetings",
      "add",
      fixture,
      ...CLASHING,
      "--rep",
      "Anna Bērziņa",
      "--deal",
      "d-1042",
      "--travel-cost",
      "12,50",
      "--agenda",
      "=SUM(1)",
      "--force",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      saved: boolean;
      meeting: { id: string; row: number };
      clashes: { a: string; b: string; person: string }[];
      sheets: string[];
    };
    expect(json.saved).toBe(true);
    expect(json.meeting).toMatchObject({ id: "M-0014", row: LAST_ROW + 1 });
    // Anna, now the rep, is at M-0003 too.
    expect(json.clashes.map((c) => [c.a, c.b, c.person])).toEqual([
      ["M-0003", "M-0014", "Anna Bērziņa"],
      ["M-0003", "M-0014", "Jānis Ozols"],
    ]);
    expect(json.sheets).toEqual(["Tikšanās"]);
    expect(readFileSync(fixture).equals(before)).toBe(true);

    const was = await sheetCells(fixture);
    const now = await sheetCells(out);
    expect(now.slice(0, LAST_ROW)).toEqual(was.slice(0, LAST_ROW));
    expect(now).toHaveLength(LAST_ROW + 1);
    expect(byHeader(now, LAST_ROW + 1)).toEqual({
      Datums: new Date(Date.UTC(2026, 6, 6)),
      Sākums: new Date(Date.UTC(1899, 11, 30, 11, 0)),
      Beigas: new Date(Date.UTC(1899, 11, 30, 12, 0)),
      "Tikšanās ID": "M-0014",
      Ar: "SIA Jaunais",
      Kontaktpersona: null,
      Pilsēta: "Rīga",
      Veids: "Vizīte",
      Vadītājs: "Jānis Ozols",
      Pārdevējs: "Anna Bērziņa",
      Statuss: "Plānota",
      "Darījuma ID": "D-1042",
      "Ceļa izdevumi": 12.5,
      "Darba kārtība": "=SUM(1)",
      Piezīmes: null,
    });
  });

  it("saves a meeting that clashes with no one without --force, in place, and the plan sees it", async () => {
    const wb = join(dir, "in-place.xlsx");
    copyFileSync(fixture, wb);
    const run = await dealdesk([
      "meetings",
      "add",
      wb,
      "--date",
      "2026-07-08",
      "--start",
      "14:00",
      "--end",
      "15:30",
      "--with",
      "AS Dzintars",
      "--manager",
      "Ilze Liepa",
      "--city",
      "Jelgava",
      "--kind",
      "izstāde",
      "--deal",
      "D-1050",
      "--travel-cost",
      "40",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "Saved M-0014 on 2026-07-08 14:00–15:30 Jelgava with AS Dzintars (Ilze Liepa)"
    );
    const plan = await dealdesk([
      "meetings",
      "plan",
      wb,
      "--date",
      "2026-07-01",
      "--out",
      join(dir, "p.xlsx"),
      "--json",
    ]);
    const json = JSON.parse(plan.stdout) as {
      meetings: { id: string; kind: string }[];
      trips: { person: string; from: string; meetings: string[] }[];
      travelByDeal: { dealId: string; travelCost: number }[];
    };
    expect(json.meetings.find((m) => m.id === "M-0014")?.kind).toBe("Trade show");
    expect(
      json.trips.filter((t) => t.person === "Ilze Liepa").map((t) => [t.from, t.meetings])
    ).toEqual([
      ["2026-07-08", ["M-0014"]],
      ["2026-07-10", ["M-0010", "M-0011"]],
    ]);
    expect(json.travelByDeal.find((d) => d.dealId === "D-1050")?.travelCost).toBe(90);
  });

  it("names an unknown person or deal, and refuses an incomplete command as wrong usage", async () => {
    const base = [
      "meetings",
      "add",
      fixture,
      "--date",
      "2026-07-20",
      "--start",
      "10:00",
      "--duration",
      "30",
      "--with",
      "SIA X",
      "--city",
      "Rīga",
    ];
    const nobody = await dealdesk([...base, "--manager", "Ozola"]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toBe(
      'dealdesk: Komanda: no one called "Ozola" — give the manager as the Komanda sheet writes the name.\n'
    );
    const noDeal = await dealdesk([...base, "--manager", "Jānis Ozols", "--deal", "D-9999"]);
    expect(noDeal.code).toBe(1);
    expect(noDeal.stderr).toBe('dealdesk: Darījumi: no deal "D-9999".\n');
    const noLength = await dealdesk([
      "meetings",
      "add",
      fixture,
      "--date",
      "2026-07-20",
      "--start",
      "10:00",
      "--with",
      "SIA X",
      "--manager",
      "Ozols",
      "--city",
      "Rīga",
    ]);
    expect(noLength.code).toBe(2);
    expect(noLength.stderr).toBe("dealdesk: Give --end HH:MM or --duration MIN.\n");
    expect(readFileSync(fixture).equals(before)).toBe(true);
  });
});
