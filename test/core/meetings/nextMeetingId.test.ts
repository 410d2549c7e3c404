import { nextMeetingId } from "../../../src/core/meetings/nextMeetingId";
import { plannedMeetings } from "../../../src/core/meetings/plannedMeetings";
import { meeting } from "./meetingFixtures";

describe("nextMeetingId", () => {
  it("continues the sheet's M- numbers, four digits at least, ignoring other IDs", () => {
    expect(nextMeetingId([])).toBe("M-0001");
    expect(nextMeetingId(["M-0009", " m-0012 ", "X-99", null, "M-12a"])).toBe("M-0013");
    expect(nextMeetingId(["M-09999"])).toBe("M-10000");
  });
});

describe("plannedMeetings", () => {
  it("keeps the meetings from today on that are not Done or Cancelled, in date and time order", () => {
    const list = [
      meeting({ id: "late", date: "2026-07-02", start: 900 }),
      meeting({ id: "past", date: "2026-06-30", start: 600 }),
      meeting({ id: "done", date: "2026-07-02", status: "Done" }),
      meeting({ id: "off", date: "2026-07-03", status: "Cancelled" }),
      meeting({ id: "blank", date: "2026-07-01", start: 600, status: null }),
      meeting({ id: "allDay", date: "2026-07-02", start: null }),
    ];
    expect(plannedMeetings(list, "2026-07-01").map((m) => m.id)).toEqual([
      "blank",
      "allDay",
      "late",
    ]);
  });
});
