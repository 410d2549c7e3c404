/**
 * `scheduleMeeting` through the port: a clash stops the save (nothing written) unless forced;
 * the row lands in the Meetings table with the next ID; a workbook without Meetings gets one.
 */
import { createXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { planMeetings } from "../../../src/jobs/meetings/planMeetings";
import { scheduleMeeting } from "../../../src/jobs/meetings/scheduleMeeting";
import { writeSampleWorkbook } from "../../../src/jobs/writeSampleWorkbook";
import { readKind } from "../../../src/sheets/readEntities";
import { DEFAULT_SAMPLE_TODAY } from "../../../src/sheets/sample/generateSampleWorkbook";
import { at } from "../../core/meetings/meetingFixtures";

describe("scheduleMeeting", () => {
  it("refuses a clash with the sample's meetings, then saves it into the table when forced", async () => {
    const wb = createXlsx();
    await writeSampleWorkbook(wb);
    const plan = await planMeetings(wb, { today: DEFAULT_SAMPLE_TODAY });
    const busy = plan.meetings.find(
      (m) => m.manager !== null && m.city !== null && m.start !== null
    );
    if (!busy || busy.manager === null || busy.start === null)
      throw new Error("no planned visit with a manager");
    const before = await wb.readSheet("Tikšanās");
    const request = {
      date: busy.date,
      start: busy.start,
      duration: 45,
      with: "SIA Jaunais Klients",
      manager: busy.manager.split(" ").pop() ?? "",
      city: busy.city === "Ventspils" ? "Valka" : "Ventspils",
    };

    const refused = await scheduleMeeting(wb, request);
    expect(refused.saved).toBe(false);
    expect(refused.sheets).toEqual([]);
    expect(
      refused.clashes.map((c) => [c.a === busy.id || c.b === busy.id, c.person, c.kind])
    ).toContainEqual([true, busy.manager, "overlap"]);
    expect((await wb.readSheet("Tikšanās")).values).toEqual(before.values);

    const saved = await scheduleMeeting(wb, { ...request, force: true });
    expect(saved.saved).toBe(true);
    expect(saved.clashes).toEqual(refused.clashes);
    const after = await wb.readSheet("Tikšanās");
    const rows = readKind("meetings", after, { dateOrder: "DMY" }).rows;
    const last = rows[rows.length - 1];
    const count = readKind("meetings", before, { dateOrder: "DMY" }).rows.length;
    expect(rows).toHaveLength(count + 1);
    expect(last).toMatchObject({
      id: `M-${String(count + 1).padStart(4, "0")}`,
      date: busy.date,
      start: at(busy.start),
      end: at(busy.start) + 45,
      with: "SIA Jaunais Klients",
      manager: busy.manager,
      city: request.city,
      kind: "Visit",
      status: "Planned",
    });
    expect(saved.meeting.row).toBe(last?.row);
    // The Excel table grew to take the row.
    const table = after.tables[0]?.range ?? "";
    expect(table.endsWith(String(last?.row))).toBe(true);
  });

  it("creates a Meetings sheet in a workbook that has none, and plans from it", async () => {
    const wb = createXlsx();
    const r = await scheduleMeeting(wb, {
      date: "2026-07-06",
      start: "10:00",
      end: "11:30",
      with: "SIA Koks",
      manager: "Jānis Ozols",
      city: "Liepāja",
      dealId: "D-1042",
      travelCost: 12000,
    });
    expect(r).toMatchObject({ saved: true, sheet: "Meetings", clashes: [] });
    expect(r.issues.map((i) => i.problem)).toContain(
      "no Deals sheet: deal D-1042 saved as written, not checked"
    );
    const plan = await planMeetings(wb, { today: "2026-07-01" });
    expect(plan.meetings).toMatchObject([
      {
        id: "M-0001",
        date: "2026-07-06",
        start: "10:00",
        end: "11:30",
        city: "Liepāja",
        travelCost: 120,
      },
    ]);
    expect(plan.trips.map((t) => [t.person, t.cities, t.travelCost])).toEqual([
      ["Jānis Ozols", ["Liepāja"], 120],
    ]);
  });

  it("writes the header and the row into an empty Meetings sheet of the user's", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "Tikšanās", kind: "user", owner: "user", values: [[null]] });
    const r = await scheduleMeeting(wb, {
      date: "2026-07-06",
      start: 600,
      duration: 30,
      with: "SIA Koks",
      manager: "Jānis Ozols",
      city: "",
      kind: "Video",
    });
    expect(r).toMatchObject({ saved: true, sheet: "Tikšanās", meeting: { id: "M-0001", row: 2 } });
    const rows = readKind("meetings", await wb.readSheet("Tikšanās"), { dateOrder: "DMY" }).rows;
    expect(rows).toMatchObject([
      { row: 2, id: "M-0001", date: "2026-07-06", start: 600, end: 630, kind: "Video", city: null },
    ]);
  });

  it("rejects what cannot be a meeting, before reading the workbook", async () => {
    const wb = createXlsx();
    const base = {
      date: "2026-07-06",
      start: "10:00",
      with: "SIA Koks",
      manager: "Jānis Ozols",
      city: "Liepāja",
    };
    await expect(scheduleMeeting(wb, { ...base, end: "09:00" })).rejects.toThrow(
      "end after it starts"
    );
    await expect(scheduleMeeting(wb, { ...base, start: "25:00" })).rejects.toThrow(
      "not a time of day"
    );
    await expect(scheduleMeeting(wb, { ...base, city: " " })).rejects.toThrow(
      "A visit needs a City"
    );
    await expect(scheduleMeeting(wb, { ...base, date: "06.07.2026" })).rejects.toThrow(
      "YYYY-MM-DD"
    );
    expect(await wb.listSheets()).toEqual([]);
  });
});
