import type { ReadOptions } from "../../src/sheets/readRows";
import { CHECK_KINDS, readKind } from "../../src/sheets/readEntities";
import { readDeals } from "../../src/sheets/entities/readDeals";
import { readMeetings } from "../../src/sheets/entities/readMeetings";
import { readProducts } from "../../src/sheets/entities/readProducts";
import { readTeam } from "../../src/sheets/entities/readTeam";
import { readLeads } from "../../src/sheets/entities/readLeads";
import { readAccounts } from "../../src/sheets/entities/readAccounts";
import { readTargets } from "../../src/sheets/entities/readTargets";
import { readActuals } from "../../src/sheets/entities/readActuals";
import { SHEET_FIELDS } from "../../src/sheets/fields";
import { inputSheetPlan } from "../../src/sheets/inputSheetPlans";
import type { CellValue } from "../../src/host/port";
import { sheetBlock } from "./blockBuilder";

const DMY: ReadOptions = { dateOrder: "DMY" };

describe("readTeam", () => {
  const block = sheetBlock(
    [
      ["Vārds", "Loma", "Vadītājs", "Aktīvs", "Svars", "Prombūtnē līdz", "Maks. atlaide %"],
      ["Jānis Ozols", "vadītājs", null, null, null, null, "15 %"],
      ["Anna Bērziņa", "Pārdevējs", "Jānis Ozols", "nē", 2, "14.08.2026", null],
      ["Ilze Liepa", "Asistente", "Jānis Ozols", "jā", -1, null, null],
      ["Pēteris", "Boss", null, null, null, null, null],
      ["Līga", null, null, null, null, null, null],
    ],
    { name: "Komanda" }
  );
  const read = readTeam(block, DMY);

  it("reads roles in English or Latvian, any case, and fills the defaults", () => {
    expect(read.rows.map((r) => [r.name, r.role, r.active, r.weight])).toEqual([
      ["Jānis Ozols", "Manager", true, 1],
      ["Anna Bērziņa", "Rep", false, 2],
      ["Ilze Liepa", "Support", true, 1],
      ["Pēteris", "Rep", true, 1],
      ["Līga", "Rep", true, 1],
    ]);
    expect(read.rows[0]?.maxDiscount).toBe(0.15);
    expect(read.rows[1]).toMatchObject({ manager: "Jānis Ozols", awayUntil: "2026-08-14", row: 3 });
  });

  it("keeps a person with an unknown role as a Rep and says so; a negative weight too", () => {
    expect(read.counts).toEqual({ read: 5, used: 5, skipped: 0 });
    expect(read.issues).toEqual([
      {
        sheet: "Komanda",
        row: 4,
        column: "Svars",
        value: "-1",
        problem: "a weight cannot be negative — taken as 1",
      },
      {
        sheet: "Komanda",
        row: 5,
        column: "Loma",
        value: "Boss",
        problem: "not a role: use Rep, Manager, Support or Director — taken as Rep",
      },
    ]);
  });
});

describe("readDeals", () => {
  const rows: CellValue[][] = [
    ["Deal", "Customer", "Sales rep", "Status", "Probability", "Amount", "Split owner", "Split %"],
    ["D-1", "SIA A", "Ozols", "Closed Won", null, "1 000", null, null],
    ["D-2", "SIA A", "Ozols", "closed lost", "0", "1 000", null, null],
    ["D-3", null, "Ozols", "ZAUDĒTS", "", "1 000", null, null],
    ["D-4", "SIA A", "Ozols", "uzvarēts", "120 %", null, null, "50 %"],
    ["D-5", "SIA A", "Ozols", "Demo booked", "25", null, "Liepa", "40"],
    ["D-6", "SIA A", "Ozols", "negotiation", 0.6, null, null, null],
  ];
  const read = readDeals(sheetBlock(rows, { name: "Deals" }), DMY);

  it("reads stages canonically in any case and language, and keeps other stages open with their text", () => {
    expect(read.rows.map((r) => [r.stage, r.stageText])).toEqual([
      ["Won", "Closed Won"],
      ["Lost", "closed lost"],
      ["Lost", "ZAUDĒTS"],
      ["Won", "uzvarēts"],
      ["Open", "Demo booked"],
      ["Negotiation", "negotiation"],
    ]);
  });

  it("reads probability and split as fractions, reporting impossible ones", () => {
    expect(read.rows.map((r) => r.probability)).toEqual([null, 0, null, null, 0.25, 0.6]);
    expect(read.rows.map((r) => r.splitPercent)).toEqual([null, null, null, null, 0.4, null]);
    expect(read.rows[2]?.account).toBeNull();
    expect(read.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [5, "Probability", "120 %"],
      [5, "Split %", "50 %"],
    ]);
    expect(read.counts).toEqual({ read: 6, used: 6, skipped: 0 });
  });
});

describe("readProducts", () => {
  it("defaults Unit to pcs and Active to yes, and skips a negative price", () => {
    const block = sheetBlock([
      ["Kods", "Nosaukums", "Nodaļa", "Mērvienība", "Cena", "Pašizmaksa", "PVN likme", "Aktīvs"],
      ["P-1", "Sūknis", "Ražošana", null, "1 250,00", "800", "21%", null],
      ["P-2", "Uzstādīšana", "Serviss", "h", "45,5", null, null, "nē"],
      ["P-3", "Atlaide", null, null, "-10", null, null, null],
      [301, "Skaitlis", null, null, 5, null, null, null],
    ]);
    const read = readProducts(block, DMY);
    expect(read.rows).toEqual([
      {
        row: 2,
        sku: "P-1",
        name: "Sūknis",
        department: "Ražošana",
        unit: "pcs",
        listPrice: 125000,
        unitCost: 80000,
        vatRate: 0.21,
        maxDiscount: null,
        active: true,
      },
      {
        row: 3,
        sku: "P-2",
        name: "Uzstādīšana",
        department: "Serviss",
        unit: "h",
        listPrice: 4550,
        unitCost: null,
        vatRate: null,
        maxDiscount: null,
        active: false,
      },
      {
        row: 5,
        sku: "301",
        name: "Skaitlis",
        department: null,
        unit: "pcs",
        listPrice: 500,
        unitCost: null,
        vatRate: null,
        maxDiscount: null,
        active: true,
      },
    ]);
    expect(read.issues).toEqual([
      {
        sheet: "Sheet1",
        row: 4,
        column: "Cena",
        value: "-10",
        problem: "a list price cannot be negative — row skipped",
      },
    ]);
    expect(read.counts).toEqual({ read: 4, used: 3, skipped: 1 });
  });
});

describe("readMeetings", () => {
  it("takes End, else Start + Duration; reports End before Start and a Duration without Start", () => {
    const block = sheetBlock([
      ["Datums", "Ar", "Sākums", "Beigas", "Ilgums", "Veids", "Statuss", "Vieta"],
      ["14.07.2026", "SIA Koks", "10:00", "11:30", null, "vizīte", "Plānota", "Rīga"],
      ["15.07.2026", "SIA Koks", "10:00", null, "45", "Video", "notikusi", null],
      ["16.07.2026", "SIA Koks", "10:00", "09:00", null, "izstāde", "atcelta", null],
      ["17.07.2026", "SIA Koks", null, null, "1 h", "Phone", null, null],
      ["18.07.2026", "SIA Koks", null, null, null, "dinner", null, null],
    ]);
    const read = readMeetings(block, DMY);
    expect(read.rows.map((m) => [m.date, m.start, m.end, m.kind, m.status])).toEqual([
      ["2026-07-14", 600, 690, "Visit", "Planned"],
      ["2026-07-15", 600, 645, "Video", "Done"],
      ["2026-07-16", 600, null, "Trade show", "Cancelled"],
      ["2026-07-17", null, null, "Call", null],
      ["2026-07-18", null, null, null, null],
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.problem])).toEqual([
      [4, "Beigas", "End is before Start — left empty"],
      [5, "Ilgums", "a Duration needs a Start — End left empty"],
      [6, "Veids", "not a meeting kind: use Visit, Video, Call or Trade show — left empty"],
    ]);
  });
});

describe("readTargets, readLeads, readAccounts, readActuals", () => {
  it("reads targets with normalized periods", () => {
    const read = readTargets(
      sheetBlock([
        ["Name", "Ceturksnis", "Quota", "Profit target", "Margin target %"],
        ["Ozols", "3. ceturksnis 2026", "150 000,00", "30 000,00", "20 %"],
      ]),
      DMY
    );
    expect(read.rows).toEqual([
      {
        row: 2,
        owner: "Ozols",
        period: "2026-Q3",
        revenueTarget: 15000000,
        profitTarget: 3000000,
        marginTarget: 0.2,
      },
    ]);
  });

  it("reads leads with an unknown status reported", () => {
    const read = readLeads(
      sheetBlock([
        ["Exhibitor", "Darbinieku skaits", "Statuss", "Nākamā soļa datums"],
        ["SIA Koks", "25", "Materiāli nosūtīti", "01.09.2026"],
        ["SIA Egle", "2,5", "sleeping", null],
      ]),
      DMY
    );
    expect(read.rows.map((l) => [l.company, l.employees, l.status, l.nextStepDate, l.id])).toEqual([
      ["SIA Koks", 25, "Materials sent", "2026-09-01", null],
      ["SIA Egle", null, null, null, null],
    ]);
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([
      [3, "Darbinieku skaits"],
      [3, "Statuss"],
    ]);
  });

  it("reads accounts and actuals", () => {
    const accounts = readAccounts(
      sheetBlock([
        ["Klients", "Atbildīgais", "Pēdējais pirkums"],
        ["AS Piens", "Ozols", "2026-03-01"],
      ]),
      DMY
    );
    expect(accounts.rows[0]).toMatchObject({
      account: "AS Piens",
      owner: "Ozols",
      lastPurchase: "2026-03-01",
    });
    const actuals = readActuals(
      sheetBlock([
        ["Darījuma ID", "Kods", "Daudzums", "Ieņēmumi", "Izmaksas"],
        ["D-1", "P-1", 3, "3 750", "2 400"],
      ]),
      DMY
    );
    expect(actuals.rows[0]).toEqual({
      row: 2,
      dealId: "D-1",
      sku: "P-1",
      qty: 3,
      revenue: 375000,
      cost: 240000,
    });
  });
});

describe("readKind", () => {
  it("reads every kind check reads, and each typed row carries every field of its sheet", () => {
    expect(CHECK_KINDS).not.toContain("settings");
    for (const kind of CHECK_KINDS) {
      const fields = SHEET_FIELDS[kind];
      // One row where every field has a plausible value.
      const sample: Record<string, CellValue> = {
        text: "x",
        number: 1,
        integer: 1,
        money: 1,
        percent: "10 %",
        date: "2026-07-01",
        dateTime: "2026-07-01 10:00",
        time: "10:00",
        minutes: 30,
        yesno: "yes",
        period: "2026",
        stage: "Won",
        role: "Rep",
        leadStatus: "New",
        meetingKind: "Call",
        meetingStatus: "Done",
      };
      const plan = inputSheetPlan(kind, "en");
      const header = (plan.values[0] ?? []) as CellValue[];
      const block = sheetBlock([header, fields.map((f) => sample[f.type] ?? null)]);
      const read = readKind(kind, block, DMY);
      expect(read.counts).toEqual({ read: 1, used: 1, skipped: 0 });
      expect(read.issues).toEqual([]);
      const row = read.rows[0] as unknown as Record<string, unknown>;
      if ("values" in row) {
        expect(Object.keys(row.values as object).sort()).toEqual(fields.map((f) => f.key).sort());
      } else {
        const keys = fields.map((f) => f.key).filter((k) => k !== "duration");
        for (const k of keys) expect(row).toHaveProperty(k);
      }
    }
  });
});
