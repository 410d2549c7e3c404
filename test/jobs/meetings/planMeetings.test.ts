/**
 * `planMeetings` on the Latvian sample (the demo's workbook): its one deliberate clash, its
 * trips, the Trips sheet written once and never over a user's sheet, and the invitations.
 */
import { meetingTravelByDeal } from "../../../src/core/reports/dealEconomics";
import { nameKey } from "../../../src/core/reports/nameKey";
import { isPlannedFrom } from "../../../src/core/meetings/plannedMeetings";
import { toCents } from "../../../src/core/money";
import { createXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { planMeetings } from "../../../src/jobs/meetings/planMeetings";
import { writeSampleWorkbook } from "../../../src/jobs/writeSampleWorkbook";
import { readKind } from "../../../src/sheets/readEntities";
import {
  DEFAULT_SAMPLE_TODAY,
  generateSampleWorkbook,
} from "../../../src/sheets/sample/generateSampleWorkbook";

async function sample(): Promise<XlsxWorkbook> {
  const wb = createXlsx();
  await writeSampleWorkbook(wb);
  return wb;
}

describe("planMeetings on the sample workbook", () => {
  const facts = generateSampleWorkbook({}).facts.meetings;
  let wb: XlsxWorkbook;
  let plan: Awaited<ReturnType<typeof planMeetings>>;

  beforeAll(async () => {
    wb = await sample();
    plan = await planMeetings(wb, {
      today: DEFAULT_SAMPLE_TODAY,
      icsDir: "invitations/",
      now: new Date("2026-11-27T08:00:00Z"),
      generatedAt: "2026-11-27T10:00",
    });
  });

  it("finds the sample's deliberate clash, and only it", () => {
    expect(facts.clashes).toHaveLength(1);
    expect(plan.clashes.map(({ a, b, person }) => ({ a, b, person }))).toEqual(facts.clashes);
    expect(plan.clashes[0]?.kind).toBe("overlap");
  });

  it("plans every meeting planned after the sample's today, and no other", () => {
    expect(plan.meetings).toHaveLength(facts.planned);
    expect(
      plan.meetings.every((m) => m.date >= DEFAULT_SAMPLE_TODAY && m.status === "Planned")
    ).toBe(true);
    expect(plan.rows.read).toBe(plan.rows.used + plan.rows.skipped);
  });

  it("attributes the planned travel costs to deals exactly as the report counts them", async () => {
    const block = await wb.readSheet("Tikšanās");
    const rows = readKind("meetings", block, { dateOrder: "DMY" }).rows;
    const expected = meetingTravelByDeal(
      rows.filter((m) => isPlannedFrom(m, DEFAULT_SAMPLE_TODAY))
    );
    const ours = new Map(
      plan.travelByDeal
        .filter((d) => d.dealId !== null)
        .map((d) => [nameKey(d.dealId ?? ""), toCents(d.travelCost)])
    );
    expect(ours).toEqual(expected);
    // Every trip's cost is the sum of its meetings' costs.
    for (const trip of plan.trips) {
      const stops = trip.itinerary.flatMap((d) => d.stops);
      expect(toCents(trip.travelCost)).toBe(
        stops.reduce((s, x) => s + toCents(x.travelCost ?? 0), 0)
      );
      expect(stops.map((s) => s.meeting)).toEqual(trip.meetings);
    }
    expect(plan.trips.length).toBeGreaterThan(5);
  });

  it("makes one invitation per planned meeting, each with its own UID, named by its Meeting ID", () => {
    expect(plan.ics).toHaveLength(plan.meetings.length);
    expect(plan.ics[0]?.path).toBe(`invitations/${plan.meetings[0]?.id ?? ""}.ics`);
    const uids = plan.ics.map((f) => /\r\nUID:([^\r]*)\r\n/.exec(f.text)?.[1]);
    expect(new Set(uids).size).toBe(plan.ics.length);
    expect(uids[0]).toBe(
      `${(plan.meetings[0]?.id ?? "").toLowerCase()}.sia-baltic-office-systems@dealdesk`
    );
  });

  it("writes the Braucieni sheet, and replaces it on the next run instead of adding another", async () => {
    expect(plan.sheets).toEqual(["Braucieni"]);
    const again = await planMeetings(wb, { today: DEFAULT_SAMPLE_TODAY });
    expect(again.sheets).toEqual(["Braucieni"]);
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Braucieni"))).toEqual(["Braucieni"]);
    const block = await wb.readSheet("Braucieni");
    expect(block.values[0]?.[0]).toBe("Braucieni un ceļa izdevumi");
  });

  it("never writes over a sheet of the user's called Braucieni", async () => {
    const own = await sample();
    await own.writeSheet({
      name: "Braucieni",
      kind: "user",
      owner: "user",
      values: [["mani braucieni"]],
    });
    const r = await planMeetings(own, { today: DEFAULT_SAMPLE_TODAY });
    expect(r.sheet).toBe("Braucieni (2)");
    expect((await own.readSheet("Braucieni")).values).toEqual([["mani braucieni"]]);
  });
});
