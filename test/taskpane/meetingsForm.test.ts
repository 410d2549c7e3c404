import {
  emptyMeetingForm,
  readMeetingForm,
  type MeetingFormState,
} from "../../src/taskpane/meetings/meetingForm";

const filled = (over: Partial<MeetingFormState> = {}): MeetingFormState => ({
  ...emptyMeetingForm("2026-12-03"),
  with: "SIA Koks",
  manager: "Jānis Ozols",
  city: "Liepāja",
  ...over,
});

describe("readMeetingForm", () => {
  test("a complete form gives the meeting in the engine's units", () => {
    const reading = readMeetingForm(
      filled({
        start: "09:30",
        duration: "1:30",
        travelCost: "45,50",
        agenda: "  Demo ",
        rep: "Anna",
      }),
      ","
    );
    expect(reading).toEqual({
      ok: true,
      value: {
        date: "2026-12-03",
        start: 570,
        end: null,
        duration: 90,
        with: "SIA Koks",
        manager: "Jānis Ozols",
        rep: "Anna",
        city: "Liepāja",
        kind: "Visit",
        dealId: null,
        travelCost: 4550,
        agenda: "Demo",
      },
    });
  });

  test("an end time is used when the form says so; an empty duration leaves the default length", () => {
    const byEnd = readMeetingForm(filled({ until: "end", end: "11:15" }), ".");
    expect(byEnd.ok && [byEnd.value.end, byEnd.value.duration]).toEqual([675, null]);
    const byDefault = readMeetingForm(filled({ duration: "" }), ".");
    expect(byDefault.ok && [byDefault.value.end, byDefault.value.duration]).toEqual([null, null]);
  });

  test("each missing or wrong field is named with the label telling what to do", () => {
    const reading = readMeetingForm(
      {
        ...emptyMeetingForm(""),
        start: "",
        duration: "forever",
        travelCost: "a lot",
      },
      "."
    );
    expect(reading).toEqual({
      ok: false,
      problems: {
        date: "needDate",
        start: "needStart",
        duration: "badDuration",
        with: "needWith",
        manager: "needManager",
        travelCost: "badAmount",
      },
    });
  });

  test("an end before the start, or a negative travel cost, is refused", () => {
    expect(readMeetingForm(filled({ until: "end", end: "09:00", start: "10:00" }), ".")).toEqual({
      ok: false,
      problems: { end: "badEnd" },
    });
    expect(readMeetingForm(filled({ travelCost: "-5" }), ".")).toEqual({
      ok: false,
      problems: { travelCost: "badAmount" },
    });
  });
});
