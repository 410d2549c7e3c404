/**
 * Owners for the sample's open leads without one, and the call sheets: who gets what, what is
 * written (Owner, and a first call's Next step and date only), and call sheets that are ours,
 * replaced when regenerated, never over a user's sheet.
 */
import { isAvailable } from "../../../src/core/leads/assignOwner";
import type { Lead } from "../../../src/core/model";
import { sameName } from "../../../src/core/normalizeText";
import { assignLeads, type AssignLeadsResult } from "../../../src/jobs/leads/assignLeads";
import { handOffSheets, isToCall } from "../../../src/jobs/leads/handOffSheets";
import { readTeam } from "../../../src/sheets/entities/readTeam";
import type { XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import {
  kindBlock,
  leadRows,
  sampleBook,
  settingsOf,
  smallBook,
  SMALL_TEAM,
  TODAY,
} from "./leadsKit";

describe("assignLeads on the sample", () => {
  let wb: XlsxWorkbook;
  let before: Lead[];
  let result: AssignLeadsResult;

  beforeAll(async () => {
    wb = await sampleBook();
    before = await leadRows(wb);
    result = await assignLeads(wb, { today: TODAY });
  });

  it("gives every open lead without owner one, and touches no other lead", async () => {
    const after = await leadRows(wb);
    const expected = before.filter(
      (l) => l.owner === null && l.status !== "Not interested" && l.status !== "Disqualified"
    );
    expect(result.assigned.map((a) => a.row)).toEqual(expected.map((l) => l.row));
    expect(result.unassigned).toEqual([]);
    for (const [i, lead] of after.entries()) {
      const was = before[i];
      if (!was) throw new Error("rows changed");
      const a = result.assigned.find((x) => x.row === lead.row);
      if (!a) {
        expect(lead).toEqual(was);
        continue;
      }
      expect(lead.owner).toBe(a.owner);
      expect({ ...lead, owner: null, nextStep: null, nextStepDate: null }).toEqual({
        ...was,
        nextStep: null,
        nextStepDate: null,
      });
      if (a.due !== null) expect([lead.nextStep, lead.nextStepDate]).toEqual(["Zvanīt", a.due]);
      else expect([lead.nextStep, lead.nextStepDate]).toEqual([was.nextStep, was.nextStepDate]);
    }
  });

  it("gives territory and round-robin leads only to reps who take leads today", async () => {
    const team = readTeam(await kindBlock(wb, "team"), { dateOrder: "DMY" }).rows;
    for (const a of result.assigned.filter(
      (x) => x.by === "territory" || x.by === "round robin" || x.by === "same company"
    )) {
      const member = team.find((m) => sameName(m.name, a.owner));
      expect(member && isAvailable({ ...member, role: member.role }, TODAY)).toBe(true);
    }
    expect(new Set(result.assigned.map((a) => a.by))).toEqual(
      new Set(["territory", "round robin", "same company", "account"])
    );
  });

  it("keeps a company's leads with one owner", async () => {
    const after = await leadRows(wb);
    for (const a of result.assigned.filter((x) => x.by === "same company")) {
      const id = /same company as (L-\d+)/u.exec(a.detail)?.[1];
      expect(
        after
          .find((l) => l.id === id)
          ?.owner?.trim()
          .toLowerCase()
      ).toBe(a.owner.toLowerCase());
    }
  });

  it("saves the round-robin position, and a second run assigns nothing", async () => {
    expect((await settingsOf(wb)).roundRobinPosition).toBe(result.roundRobinPosition);
    const again = await assignLeads(wb, { today: TODAY });
    expect(again.assigned).toEqual([]);
    expect(again.sheets).toEqual([]);
  });

  it("writes a call sheet per owner with their leads to call, A first", async () => {
    const calls = await handOffSheets(wb, { today: TODAY });
    const leads = await leadRows(wb);
    const sheets = await wb.listSheets();
    const total = leads.filter(isToCall).length;
    expect(calls.owners.reduce((s, o) => s + o.leads, 0)).toBe(total);
    for (const o of calls.owners) {
      expect(o.sheet).toBe(`Zvani ${o.owner}`);
      expect(sheets.find((s) => s.name === o.sheet)?.ours).toBe(`leads:calls:${o.owner}`);
      const block = await wb.readSheet(o.sheet);
      const grades = block.values.slice(4).map((r) => r[1]);
      expect(grades).toHaveLength(o.leads);
      expect(grades).toEqual([...grades].sort());
    }
    expect(calls.owners.map((o) => o.owner)).not.toContain("Kristaps Zariņš");
    // Regenerated: the same sheets, replaced.
    const again = await handOffSheets(wb, { today: TODAY });
    expect(again.sheets).toEqual(calls.sheets);
    expect((await wb.listSheets()).length).toBe(sheets.length);
  });
});

describe("handOffSheets in a small workbook", () => {
  const leads = {
    name: "Leads",
    rows: [
      ["Lead ID", "Company", "Owner", "Status", "Grade", "Score", "Next step date", "Country"],
      ["L-00001", "Alfa", "Toms Eglītis", "New", "C", 35, null, "EE"],
      ["L-00002", "Beta", "toms eglītis ", null, "A", 80, null, "LT"],
      ["L-00003", "Gamma", "Toms Eglītis", "Not interested", "A", 90, null, "LV"],
      ["L-00004", "Delta", "Toms Eglītis", "Contacted", "B", 60, "2026-11-20", "LV"],
      ["L-00005", "Epsilon", "Anna Bērziņa", "Contacted", "B", 60, null, "LV"],
    ],
  };

  it("never writes over a user's sheet of the same name, and drops its own stale sheets", async () => {
    const wb = await smallBook([
      SMALL_TEAM,
      leads,
      { name: "Calls Toms Eglītis", rows: [["mine"]] },
    ]);
    const r = await handOffSheets(wb, { today: TODAY });
    // Epsilon was contacted and has no next-step date: not on a call sheet.
    expect(r.owners).toEqual([
      {
        owner: "Toms Eglītis",
        sheet: "Calls Toms Eglītis (2)",
        leads: 3,
        byGrade: { A: 1, B: 1, C: 1, D: 0 },
        overdue: 1,
      },
    ]);
    expect((await wb.readSheet("Calls Toms Eglītis")).values).toEqual([["mine"]]);
    const block = await wb.readSheet("Calls Toms Eglītis (2)");
    expect(block.values.slice(4).map((row) => [row[0], row[1], row[3]])).toEqual([
      ["L-00002", "A", 46356], // 2026-11-30: one working day after Friday
      ["L-00004", "B", 46346], // its own next-step date, 2026-11-20: overdue
      ["L-00001", "C", 46360], // 2026-12-04: five working days
    ]);

    // Every lead of Toms closed: his call sheet goes; the user's stays.
    const closed = await smallBook([
      SMALL_TEAM,
      {
        name: "Leads",
        rows: [
          leads.rows[0] ?? [],
          ["L-00001", "Alfa", "Toms Eglītis", "Disqualified", null, null, null, null],
        ],
      },
    ]);
    await handOffSheets(closed, { today: TODAY });
    expect((await closed.listSheets()).some((s) => s.name.startsWith("Calls"))).toBe(false);
    await wb.updateCells(
      "Leads",
      [2, 3, 5].map((row) => ({ row, column: 4, value: "Disqualified" }))
    );
    const gone = await handOffSheets(wb, { today: TODAY });
    expect(gone.deleted).toEqual(["Calls Toms Eglītis (2)"]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual([
      "Team",
      "Leads",
      "Calls Toms Eglītis",
    ]);
  });
});
