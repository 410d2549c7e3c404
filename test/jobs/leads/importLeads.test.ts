/**
 * The leads import on the sample workbook with a generated exhibitor list: every row accounted
 * for, every duplicate the generator planted found (and nothing else), existing accounts marked
 * inside sales for their owner, the Leads sheet's rows untouched, reimport adds nothing.
 */
import { companyKey } from "../../../src/core/leads/companyKey";
import { importLeads, type ImportLeadsResult } from "../../../src/jobs/leads/importLeads";
import { readAccounts } from "../../../src/sheets/entities/readAccounts";
import { readTeam } from "../../../src/sheets/entities/readTeam";
import {
  exhibitorListCsv,
  generateExhibitorList,
} from "../../../src/sheets/sample/generateExhibitorList";
import type { XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import type { SheetBlock } from "../../../src/host/port";
import { kindBlock, leadRows, sampleBook, settingsOf, TODAY } from "./leadsKit";

const list = generateExhibitorList("Riga Food 2027", { rows: 150 });
const NAME = "riga-food-2027.csv";

describe("importLeads on the sample with a generated exhibitor list", () => {
  let wb: XlsxWorkbook;
  let before: SheetBlock;
  let result: ImportLeadsResult;

  beforeAll(async () => {
    wb = await sampleBook();
    before = await kindBlock(wb, "leads");
    result = await importLeads(wb, {
      from: { kind: "csv", text: exhibitorListCsv(list), name: NAME },
      today: TODAY,
    });
  });

  it("accounts for every row of the list", () => {
    expect(result.rows.read).toBe(list.rows.length);
    expect(result.added.length + result.duplicates.length + result.rejected.length).toBe(150);
    expect(result.rows).toEqual({
      read: 150,
      used: result.added.length + result.duplicates.length,
      skipped: result.rejected.length,
    });
    expect(result.rejected).toEqual([]);
  });

  it("reports every repeat within the list against its first row, or the lead that row repeats", () => {
    const byRow = new Map(result.duplicates.map((d) => [d.row, d]));
    const addedRows = new Set(result.added.map((a) => a.row));
    for (const planted of list.duplicates) {
      const found = byRow.get(planted.row);
      expect(found).toBeDefined();
      if (addedRows.has(planted.matchesRow)) {
        expect(found?.matches).toMatchObject({ sheet: NAME, row: planted.matchesRow });
        expect(planted.rules).toContain(found?.rule);
      } else {
        const first = byRow.get(planted.matchesRow);
        expect(found?.matches).toEqual(first?.matches);
      }
    }
  });

  it("reports every exhibitor already in the Leads sheet as a duplicate of that lead", async () => {
    const leads = await leadRows(wb);
    const byRow = new Map(result.duplicates.map((d) => [d.row, d]));
    for (const s of list.inSample.filter((x) => x.sheet === "leads")) {
      const d = byRow.get(s.line);
      expect(d?.matches.sheet).toBe("Potenciālie klienti");
      const lead = leads.find((l) => l.row === d?.matches.row);
      expect(companyKey(lead?.company ?? "")).toBe(companyKey(s.company));
      expect(d?.matches.lead).toBe(lead?.id);
    }
  });

  it("finds no other duplicates: each is the same company as the row or lead it matches", async () => {
    const leads = await leadRows(wb);
    const rowOf = new Map(list.rows.map((r, i) => [list.headerLine + 1 + i, r]));
    for (const d of result.duplicates) {
      const company =
        d.matches.sheet === NAME
          ? (rowOf.get(d.matches.row)?.[0] ?? "")
          : (leads.find((l) => l.row === d.matches.row)?.company ?? "");
      expect(companyKey(company)).toBe(companyKey(d.company));
    }
  });

  it("marks an existing account's company as inside sales for the account's owner", async () => {
    const accounts = readAccounts(await kindBlock(wb, "accounts"), { dateOrder: "DMY" }).rows;
    const dupRows = new Set(result.duplicates.map((d) => d.row));
    const accountRows = list.inSample.filter((x) => x.sheet === "accounts");
    expect(accountRows.length).toBeGreaterThan(0);
    let inside = 0;
    for (const s of accountRows) {
      if (dupRows.has(s.line)) continue; // already a lead of the sheet, or listed twice
      const added = result.added.find((a) => a.row === s.line);
      const account = accounts.find((a) => companyKey(a.account) === companyKey(s.company));
      expect(added?.insideSales?.account).toBe(account?.account);
      expect(added?.owner).toBe(account?.owner);
      expect(added?.assignedBy).toBe("account");
      inside++;
    }
    expect(inside).toBeGreaterThan(0);
    expect(result.added.filter((a) => a.insideSales !== null)).toHaveLength(inside);
  });

  it("gives round-robin and territory leads only to active reps who are not away", async () => {
    const team = readTeam(await kindBlock(wb, "team"), { dateOrder: "DMY" }).rows;
    const takers = new Set(
      team
        .filter(
          (m) => m.role === "Rep" && m.active && (m.awayUntil === null || m.awayUntil < TODAY)
        )
        .map((m) => m.name)
    );
    const ruled = result.added.filter((a) => a.assignedBy !== "account");
    expect(ruled.length).toBeGreaterThan(100);
    for (const a of ruled) expect(takers.has(a.owner ?? "")).toBe(true);
    expect(new Set(ruled.map((a) => a.owner)).size).toBe(takers.size);
  });

  it("appends the new leads with IDs continuing the sheet's, Status New, the call and its due date", async () => {
    const leads = await leadRows(wb);
    const last = before.firstRow + before.values.length - 1;
    const fresh = leads.filter((l) => l.row > last);
    expect(fresh).toHaveLength(result.added.length);
    const oldIds = leads.filter((l) => l.row <= last).map((l) => Number(l.id?.slice(2) ?? 0));
    const first = Math.max(...oldIds) + 1;
    fresh.forEach((l, i) => {
      const a = result.added[i];
      expect(l.id).toBe(`L-${String(first + i).padStart(5, "0")}`);
      expect(l.id).toBe(a?.id);
      expect(l.row).toBe(a?.sheetRow);
      expect(l.status).toBe("New");
      expect(l.owner).toBe(a?.owner);
      expect(l.source).toBe("riga-food-2027");
      expect(l.nextStepDate).toBe(a?.due);
      expect(l.nextStep).toBe(a?.due === null ? null : "Zvanīt");
      expect(l.notes).toContain(`Punkti ${a?.score} (${a?.grade})`);
    });
    expect(fresh.every((l) => l.website === null || !l.website.includes("/"))).toBe(true);
    expect(fresh.every((l) => l.email === null || l.email === l.email.toLowerCase())).toBe(true);
    expect(fresh.every((l) => l.phone === null || /^\+\d+ \d+$/u.test(l.phone))).toBe(true);
    expect(fresh.every((l) => l.country === null || /^[A-Z]{2}$/u.test(l.country))).toBe(true);
  });

  it("leaves the Leads sheet's other rows as they were", async () => {
    const after = await kindBlock(wb, "leads");
    expect(after.values.slice(0, before.values.length)).toEqual(before.values);
  });

  it("saves where the round robin stopped", async () => {
    expect(result.roundRobinPosition).not.toBe("");
    expect((await settingsOf(wb)).roundRobinPosition).toBe(result.roundRobinPosition);
    expect(result.sheets).toEqual(["Potenciālie klienti", "Iestatījumi"]);
  });

  it("adds nothing when the same list is imported again", async () => {
    const rowsBefore = (await leadRows(wb)).length;
    const again = await importLeads(wb, {
      from: {
        kind: "csv",
        text: exhibitorListCsv(list, { separator: ",", bom: false }),
        name: NAME,
      },
      today: TODAY,
    });
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(150);
    expect(again.duplicates.every((d) => d.matches.sheet === "Potenciālie klienti")).toBe(true);
    expect((await leadRows(wb)).length).toBe(rowsBefore);
    expect(again.roundRobinPosition).toBe(result.roundRobinPosition);
  });
});
