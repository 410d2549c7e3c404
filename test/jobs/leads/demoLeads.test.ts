import { DEMO_SHOW, demoLeads } from "../../../src/jobs/leads/demoLeads";
import { generateExhibitorList } from "../../../src/sheets/sample/generateExhibitorList";
import { leadRows, sampleBook, TODAY } from "./leadsKit";

describe("demoLeads", () => {
  it("imports the new show's list into the sample, assigns owners and writes the call sheets", async () => {
    const wb = await sampleBook();
    const before = (await leadRows(wb)).length;
    const demo = await demoLeads(wb, TODAY);
    const list = generateExhibitorList(DEMO_SHOW, { today: TODAY });
    const imported = demo.import;
    expect(imported.rows.read).toBe(list.rows.length);
    expect(imported.added.length + imported.duplicates.length).toBe(list.rows.length);
    expect(imported.added.some((a) => a.insideSales !== null)).toBe(true);
    const after = await leadRows(wb);
    expect(after.length).toBe(before + imported.added.length);
    expect(after.filter((l) => l.source === DEMO_SHOW)).toHaveLength(imported.added.length);
    // Every open lead has an owner now.
    expect(
      after.filter(
        (l) => l.owner === null && l.status !== "Not interested" && l.status !== "Disqualified"
      )
    ).toEqual([]);
    const calls = demo.assign.calls;
    expect(calls?.owners.length).toBeGreaterThan(3);
    const sheets = await wb.listSheets();
    for (const o of calls?.owners ?? []) {
      expect(sheets.find((s) => s.name === o.sheet)?.ours).toBe(`leads:calls:${o.owner}`);
    }
    expect(demo.sheets).toEqual(["Potenciālie klienti", "Iestatījumi", ...(calls?.sheets ?? [])]);
  });
});
