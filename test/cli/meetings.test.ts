/**
 * `dealdesk meetings plan` on a Latvian workbook of our own (test/fixtures/meetings-build-fixtures.ts):
 * the JSON against the hand computation written in the fixture builder, the invitations as files,
 * and the Trips sheet as a user opens it.
 */
import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const fixture = join(__dirname, "../fixtures/meetings-trips-latvian.xlsx");

interface PlanJson {
  ok: boolean;
  today: string;
  meetings: {
    id: string;
    date: string;
    start: string | null;
    end: string | null;
    status: string | null;
  }[];
  clashes: { a: string; b: string; person: string; kind: string; reason: string }[];
  trips: {
    person: string;
    trip: number;
    from: string;
    to: string;
    days: number;
    cities: string[];
    meetings: string[];
    travelCost: number;
    costMissing: number;
    byDeal: { dealId: string | null; travelCost: number; meetings: number }[];
    itinerary: {
      date: string;
      overnight: string | null;
      stops: { meeting: string; arrive: string | null; home: string | null }[];
    }[];
  }[];
  travelByDeal: { dealId: string | null; travelCost: number; meetings: number }[];
  ics: string[];
  sheets: string[];
  rows: { read: number; used: number; skipped: number };
  issues: { sheet: string; row: number | null; column: string | null; problem: string }[];
  file: string;
}

describe("dealdesk meetings plan on a Latvian workbook", () => {
  const dir = tempDir("meetings-");
  const out = join(dir, "plan.xlsx");
  const icsDir = join(dir, "ielūgumi");
  const before = readFileSync(fixture);
  let json: PlanJson;
  let stderr: string;

  beforeAll(async () => {
    const run = await dealdesk([
      "meetings",
      "plan",
      fixture,
      "--date",
      "2026-07-01",
      "--ics",
      icsDir,
      "--out",
      out,
      "--json",
    ]);
    expect(run.stderr).not.toMatch(/^dealdesk: /m);
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout) as PlanJson;
    stderr = run.stderr;
  });

  it("plans the meetings from the date on: not the done, the cancelled or the past ones", () => {
    expect(json.ok).toBe(true);
    expect(json.today).toBe("2026-07-01");
    expect(json.meetings.map((m) => m.id)).toEqual([
      "M-0003",
      "M-0004",
      "M-0005",
      "M-0006",
      "M-0007",
      "M-0008",
      "M-0009",
      "M-0010",
      "M-0012",
      "M-0011",
      "M-0013",
    ]);
    expect(json.meetings.find((m) => m.id === "M-0003")).toMatchObject({
      date: "2026-07-06",
      start: "10:00",
      end: "11:30",
    });
    expect(json.rows).toEqual({ read: 19, used: 19, skipped: 0 });
  });

  it("finds exactly the two clashes of the hand computation", () => {
    expect(json.clashes).toEqual([
      {
        a: "M-0007",
        b: "M-0008",
        person: "Jānis Ozols",
        kind: "buffer",
        reason: "only 45 min between Rīga 12:00 and Jelgava 12:45; travel buffer 90 min",
      },
      {
        a: "M-0010",
        b: "M-0011",
        person: "Ilze Liepa",
        kind: "overlap",
        reason: "10:30–11:30 Valmiera overlaps 10:00–11:00 Valmiera",
      },
    ]);
  });

  it("groups the trips, their costs and their deals as computed by hand", () => {
    const trip = (t: PlanJson["trips"][number]): unknown[] => [
      t.person,
      t.trip,
      t.from,
      t.to,
      t.days,
      t.cities,
      t.meetings,
      t.travelCost,
      t.costMissing,
      t.byDeal,
    ];
    const d = (dealId: string, travelCost: number, meetings: number): unknown => ({
      dealId,
      travelCost,
      meetings,
    });
    expect(json.trips.map(trip)).toEqual([
      [
        "Anna Bērziņa",
        1,
        "2026-07-06",
        "2026-07-07",
        2,
        ["Liepāja", "Ventspils"],
        ["M-0003", "M-0004", "M-0005"],
        205.5,
        1,
        [d("D-1042", 205.5, 2)],
      ],
      [
        "Anna Bērziņa",
        2,
        "2026-07-10",
        "2026-07-10",
        1,
        ["Valmiera"],
        ["M-0012"],
        45,
        0,
        [d("D-1060", 45, 1)],
      ],
      [
        "Ilze Liepa",
        1,
        "2026-07-10",
        "2026-07-10",
        1,
        ["Valmiera"],
        ["M-0010", "M-0011"],
        50,
        1,
        [d("D-1050", 50, 1)],
      ],
      [
        "Jānis Ozols",
        1,
        "2026-07-06",
        "2026-07-07",
        2,
        ["Liepāja", "Ventspils"],
        ["M-0003", "M-0005"],
        205.5,
        0,
        [d("D-1042", 205.5, 2)],
      ],
      [
        "Jānis Ozols",
        2,
        "2026-07-09",
        "2026-07-09",
        1,
        ["Jelgava"],
        ["M-0008"],
        35,
        0,
        [d("D-1060", 35, 1)],
      ],
      [
        "Pēteris Kalniņš",
        1,
        "2026-07-14",
        "2026-07-14",
        1,
        ["Cēsis"],
        ["M-0013"],
        30,
        0,
        [d("D-1060", 30, 1)],
      ],
    ]);
    expect(json.trips[0]?.itinerary).toEqual([
      {
        date: "2026-07-06",
        overnight: "Liepāja",
        stops: [
          expect.objectContaining({ meeting: "M-0003", arrive: "Rīga → Liepāja", home: null }),
          expect.objectContaining({ meeting: "M-0004", arrive: null, home: null }),
        ],
      },
      {
        date: "2026-07-07",
        overnight: null,
        stops: [
          expect.objectContaining({
            meeting: "M-0005",
            arrive: "Liepāja → Ventspils",
            home: "Ventspils → Rīga",
          }),
        ],
      },
    ]);
    expect(json.travelByDeal).toEqual([
      d("D-1042", 205.5, 2),
      d("D-1050", 50, 1),
      d("D-1060", 110, 3),
    ]);
  });

  it("reports the meeting without a Start and the person without an e-mail", () => {
    expect(json.issues).toEqual([
      {
        sheet: "Tikšanās",
        row: 15,
        column: "Sākums",
        value: null,
        problem: "M-0013 has no Start: not checked for clashes",
      },
      {
        sheet: "Komanda",
        row: 4,
        column: "E-pasts",
        value: null,
        problem: "Pēteris Kalniņš has no Email: not invited in the .ics files",
      },
    ]);
  });

  it("writes one .ics per planned meeting, in Riga time, inviting the team and the contact", () => {
    expect(json.ics).toHaveLength(11);
    expect(readdirSync(icsDir).sort()).toEqual(json.meetings.map((m) => `${m.id}.ics`).sort());
    const text = readFileSync(join(icsDir, "M-0003.ics"), "utf8");
    const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines).toContain("DTSTART;TZID=Europe/Riga:20260706T100000");
    expect(lines).toContain("DTEND;TZID=Europe/Riga:20260706T113000");
    expect(lines).toContain("UID:m-0003.sia-baltic-office-systems@dealdesk");
    expect(
      lines.filter((l) => l.startsWith("ATTENDEE")).map((l) => l.split(":mailto:")[1])
    ).toEqual(["janis.ozols@bos.lv", "anna.berzina@bos.lv", "maija.koka@koks.lv"]);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const allDay = readFileSync(join(icsDir, "M-0013.ics"), "utf8");
    expect(allDay).toContain("\r\nDTSTART;VALUE=DATE:20260714\r\n");
  });

  it("writes the Braucieni sheet into --out and leaves the workbook untouched", async () => {
    expect(readFileSync(fixture).equals(before)).toBe(true);
    expect(json.sheets).toEqual(["Braucieni"]);
    expect(json.file).toBe(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Braucieni");
    if (!ws) throw new Error("no Braucieni sheet");
    expect(ws.getCell("A1").value).toBe("Braucieni un ceļa izdevumi");
    let header = 0;
    ws.eachRow((row, n) => {
      if (header === 0 && row.getCell(1).value === "Persona") header = n;
    });
    const cell = (column: number): ExcelJS.Cell => ws.getCell(header + 1, column);
    expect(cell(1).value).toBe("Anna Bērziņa");
    expect(cell(3).value).toEqual(new Date(Date.UTC(2026, 6, 6)));
    expect(cell(3).numFmt).toBe("dd.mm.yyyy");
    expect(cell(8).value).toBe(205.5);
    expect(stderr).toContain("Clashes (2):");
  });

  it("without --ics writes no invitations and does not need the leads", async () => {
    const run = await dealdesk([
      "meetings",
      "plan",
      fixture,
      "--date",
      "2026-07-01",
      "--out",
      join(dir, "b.xlsx"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const plain = JSON.parse(run.stdout) as PlanJson;
    expect(plain.ics).toEqual([]);
    expect(plain.rows.read).toBe(17);
    expect(plain.clashes).toEqual(json.clashes);
  });

  it("stops with one line when there is no Meetings sheet, and on a wrong date", async () => {
    const none = await dealdesk([
      "meetings",
      "plan",
      join(__dirname, "../fixtures/quote-mixed-vat-per-rate.xlsx"),
      "--out",
      join(dir, "c.xlsx"),
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      "dealdesk: No Meetings sheet: add a sheet named Meetings or Tikšanās.\n"
    );
    expect(existsSync(join(dir, "c.xlsx"))).toBe(false);
    const bad = await dealdesk(["meetings", "plan", fixture, "--date", "01.07.2026"]);
    expect(bad.code).toBe(2);
    expect(readFileSync(fixture).equals(before)).toBe(true);
  });
});
