/**
 * The leads import from each kind of list (rows of a selection, another sheet, .xlsx bytes), into
 * a workbook without a Leads sheet or without a Team, and filling blank fields of the lead a
 * duplicate repeats.
 */
import { isAppError } from "../../../src/core/appError";
import { openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { importLeads } from "../../../src/jobs/leads/importLeads";
import { kindBlock, leadRows, settingsOf, smallBook, SMALL_TEAM, TODAY } from "./leadsKit";

const LEADS = {
  name: "Leads",
  rows: [
    ["Lead ID", "Company", "Email", "Phone", "Website", "Country", "City", "Owner", "Status"],
    ["L-00003", "SIA Koks", null, null, null, "LV", null, "Anna Bērziņa", "New"],
  ],
};

const SELECTION = [
  ["Exhibitor", "E-mail", "Phone", "Country", "City"],
  ["Koks SIA", "info@koks.lv", "29123456", "Latvija", "Rīga"],
  ["Liepājas Logi", "birojs@liepajaslogi.lv", null, "LV", "Liepāja"],
  ["LIEPĀJAS LOGI", null, "+371 63400000", null, null],
];

describe("importLeads: sources and targets", () => {
  it("imports rows of a selection, filling blank fields of the leads they repeat", async () => {
    const wb = await smallBook([SMALL_TEAM, LEADS]);
    const r = await importLeads(wb, {
      from: { kind: "rows", rows: SELECTION, name: "Selection" },
      today: TODAY,
      fillBlanks: true,
    });
    expect(r.added.map((a) => [a.row, a.id, a.company])).toEqual([[3, "L-00004", "Liepājas Logi"]]);
    expect(
      r.duplicates.map((d) => [d.row, d.matches.sheet, d.matches.row, d.rule, d.filled])
    ).toEqual([
      [2, "Leads", 2, "name", ["Email", "Phone", "City"]],
      [4, "Selection", 3, "name", ["Phone"]],
    ]);
    const rows = await leadRows(wb);
    expect(rows[0]).toMatchObject({
      id: "L-00003",
      email: "info@koks.lv",
      phone: "+371 29123456",
      city: "Rīga",
      country: "LV",
      owner: "Anna Bērziņa",
    });
    // The sheet has no Source column: the rest of the lead is written.
    expect(rows[1]).toMatchObject({ id: "L-00004", phone: "+371 63400000", source: null });
    expect(r.sheets).toEqual(["Leads", "Settings"]);
  });

  it("leaves the lead a duplicate repeats alone without fillBlanks", async () => {
    const wb = await smallBook([SMALL_TEAM, LEADS]);
    const before = await kindBlock(wb, "leads");
    await importLeads(wb, {
      from: { kind: "rows", rows: SELECTION.slice(0, 2), name: "Selection" },
      today: TODAY,
    });
    expect((await kindBlock(wb, "leads")).values).toEqual(before.values);
  });

  it("imports another sheet of the workbook", async () => {
    const wb = await smallBook([SMALL_TEAM, LEADS, { name: "Pasted", rows: SELECTION }]);
    const r = await importLeads(wb, { from: { kind: "sheet", sheet: "pasted" }, today: TODAY });
    expect(r.list).toBe("Pasted");
    expect(r.added).toHaveLength(1);
  });

  it("refuses a sheet that is not there, naming the sheets there are", async () => {
    const wb = await smallBook([SMALL_TEAM, LEADS]);
    await expect(
      importLeads(wb, { from: { kind: "sheet", sheet: "Nav" }, today: TODAY })
    ).rejects.toThrow('No sheet "Nav" to import from: the workbook has Team, Leads.');
  });

  it("reads .xlsx bytes through the host's reader, and says so without one", async () => {
    const list = await smallBook([{ name: "Exhibitors", rows: SELECTION }]);
    const bytes = new Uint8Array(await list.toBuffer());
    const wb = await smallBook([SMALL_TEAM, LEADS]);
    const from = { kind: "xlsx" as const, data: bytes, name: "list.xlsx" };
    const refused = await importLeads(wb, { from, today: TODAY }).catch((e: unknown) => e);
    expect(isAppError(refused, "BAD_INPUT")).toBe(true);
    const r = await importLeads(
      wb,
      { from, today: TODAY },
      { openWorkbook: (d, name) => openXlsx(d, { name }) }
    );
    expect(r.list).toBe("list.xlsx");
    expect(r.added.map((a) => a.company)).toEqual(["Liepājas Logi"]);
  });

  it("creates the Leads sheet when the workbook has none, in the Settings' language", async () => {
    const wb = await smallBook([
      {
        name: "Iestatījumi",
        rows: [
          ["Iestatījums", "Vērtība"],
          ["Valoda", "lv"],
        ],
      },
      SMALL_TEAM,
    ]);
    const r = await importLeads(wb, {
      from: { kind: "rows", rows: SELECTION, name: "Atlase" },
      today: TODAY,
    });
    expect(r.leadsSheet).toBe("Potenciālie klienti");
    expect(r.sheets).toEqual(["Potenciālie klienti", "Iestatījumi"]);
    const rows = await leadRows(wb);
    expect(rows.map((l) => [l.id, l.company, l.status, l.nextStep])).toEqual([
      ["L-00001", "Koks SIA", "New", "Zvanīt"],
      ["L-00002", "Liepājas Logi", "New", "Zvanīt"],
    ]);
    const block = await kindBlock(wb, "leads");
    expect(block.values[0]?.slice(0, 3)).toEqual(["Līda ID", "Uzņēmums", "Reģ. nr."]);
    expect(block.tables.map((t) => t.name)).toEqual(["Leads"]);
  });

  it("adds leads without an owner, each reported, when no rep can take them", async () => {
    const wb = await smallBook([LEADS]);
    const r = await importLeads(wb, {
      from: { kind: "rows", rows: SELECTION.slice(0, 3), name: "Selection" },
      today: TODAY,
    });
    expect(r.added.map((a) => a.owner)).toEqual([null]);
    expect(r.issues.map((i) => i.problem)).toContain(
      "no owner: no rep is available (active, Role Rep, not away) — added without one; run leads assign when a rep is back"
    );
    expect(r.sheets).toEqual(["Leads"]);
    expect(r.roundRobinPosition).toBe("");
  });

  it("continues the round robin where the last import stopped", async () => {
    const wb = await smallBook([SMALL_TEAM, { name: "Leads", rows: [LEADS.rows[0] ?? []] }]);
    const one = (company: string) => [
      ["Company", "Country"],
      [company, "LV"],
    ];
    const owners: (string | null)[] = [];
    for (const company of ["Alfa", "Beta", "Gamma", "Delta", "Epsilon"]) {
      const r = await importLeads(wb, {
        from: { kind: "rows", rows: one(company), name: "x" },
        today: TODAY,
      });
      owners.push(r.added[0]?.owner ?? null);
    }
    // Anna (weight 2), Jānis and Toms take turns: Anna, Jānis, Toms, Anna, then again; Laura is away.
    expect(owners).toEqual([
      "Anna Bērziņa",
      "Jānis Ozols",
      "Toms Eglītis",
      "Anna Bērziņa",
      "Anna Bērziņa",
    ]);
    expect((await settingsOf(wb)).roundRobinPosition).toBe("Anna Bērziņa");
  });
});
