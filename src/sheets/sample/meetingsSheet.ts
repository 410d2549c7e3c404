import type { SheetPlan } from "../../host/port";
import { excelSerialFromDay } from "./sampleCalendar";
import type { SampleFacts } from "./sampleFacts";
import { euros, inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";
import type { SampleMeeting } from "./sampleMeetings";

/**
 * The Tikšanās sheet: id, date, start and end times (Excel times, `hh:mm`), with whom, contact,
 * manager, rep, city, kind, status, deal, travel cost and agenda.
 *
 * @example meetingsSheet(meetings, clash, today).facts.planned > 0
 */
export function meetingsSheet(
  meetings: readonly SampleMeeting[],
  clash: { a: SampleMeeting; b: SampleMeeting; person: string } | null,
  today: number
): { plan: SheetPlan; facts: SampleFacts["meetings"] } {
  const spec: InputSheetSpec = {
    kind: "meetings",
    name: "Tikšanās",
    table: "Meetings",
    columns: [
      { header: "Tikšanās ID", type: "text" },
      { header: "Datums", type: "date" },
      { header: "Sākums", type: "time" },
      { header: "Beigas", type: "time" },
      { header: "Ar", type: "text" },
      { header: "Kontaktpersona", type: "text" },
      { header: "Vadītājs", type: "text" },
      { header: "Pārdevējs", type: "text" },
      { header: "Pilsēta", type: "text" },
      { header: "Veids", type: "text" },
      { header: "Statuss", type: "text" },
      { header: "Darījuma ID", type: "text" },
      { header: "Ceļa izdevumi", type: "money" },
      { header: "Darba kārtība", type: "text" },
    ],
    rows: meetings.map((m) => [
      m.id,
      excelSerialFromDay(m.day),
      m.start / 1440,
      m.end / 1440,
      m.with,
      m.contact,
      m.manager,
      m.rep,
      m.city,
      m.kindText,
      m.statusText,
      m.dealId,
      m.travelCost === null ? null : euros(m.travelCost),
      m.agenda,
    ]),
    freezeColumns: 1,
  };
  return {
    plan: inputSheetPlan(spec),
    facts: {
      ...inputSheetFacts(spec, []),
      count: meetings.length,
      past: meetings.filter((m) => m.day < today).length,
      planned: meetings.filter((m) => m.status === "Planned").length,
      clashes: clash ? [{ a: clash.a.id, b: clash.b.id, person: clash.person }] : [],
    },
  };
}
