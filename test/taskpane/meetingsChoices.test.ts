import type { TeamMember } from "../../src/core/model";
import type { ClashJson, MeetingJson } from "../../src/jobs/meetings/meetingJson";
import { en } from "../../src/taskpane/i18n/en";
import { lv } from "../../src/taskpane/i18n/lv";
import {
  meetingManagers,
  meetingParties,
  meetingReps,
} from "../../src/taskpane/meetings/meetingChoices";
import { clashText, describeMeeting, meetingTime } from "../../src/taskpane/meetings/meetingText";

const member = (
  name: string,
  role: TeamMember["role"],
  over: Partial<TeamMember> = {}
): TeamMember => ({
  row: 2,
  name,
  role,
  manager: null,
  region: null,
  email: null,
  active: true,
  weight: 1,
  awayUntil: null,
  maxDiscount: null,
  ...over,
});

const meeting = (over: Partial<MeetingJson>): MeetingJson => ({
  id: "M-0012",
  row: 13,
  date: "2026-12-03",
  start: "10:00",
  end: "11:30",
  with: "SIA Koks",
  contact: null,
  manager: "Jānis Ozols",
  rep: null,
  city: "Liepāja",
  kind: "Visit",
  status: "Planned",
  dealId: null,
  travelCost: null,
  agenda: null,
  ...over,
});

describe("the Meetings form's choices", () => {
  test("managers: Managers and Directors, then anyone named as someone's manager, once each", () => {
    const team = [
      member("Rita Ozola", "Rep", { manager: "Ilze Kalniņa" }),
      member("Jānis Ozols", "Manager"),
      member("Pēteris Lapa", "Director"),
      member("Anna Jansone", "Rep", { manager: "jānis ozols" }),
      member("Old Boss", "Manager", { active: false }),
    ];
    expect(meetingManagers(team)).toEqual(["Jānis Ozols", "Pēteris Lapa", "Ilze Kalniņa"]);
  });

  test("reps: active Reps, or every active member when no role says Rep", () => {
    expect(
      meetingReps([
        member("A", "Rep"),
        member("B", "Rep", { active: false }),
        member("C", "Support"),
      ])
    ).toEqual(["A"]);
    expect(meetingReps([member("C", "Support"), member("D", "Manager")])).toEqual(["C", "D"]);
  });

  test("parties: accounts first, then leads that are no account, each company once", () => {
    const parties = meetingParties(
      [{ account: "AS Piens", city: "Rīga", owner: "Anna" }],
      [
        { company: "as  PIENS", city: null, owner: null },
        { company: "SIA Koks", city: "Cēsis", owner: "Rita" },
        { company: "SIA Koks", city: "Cēsis", owner: "Rita" },
      ]
    );
    expect(parties).toEqual([
      { name: "AS Piens", from: "account", city: "Rīga", owner: "Anna" },
      { name: "SIA Koks", from: "lead", city: "Cēsis", owner: "Rita" },
    ]);
  });
});

describe("meetings in the pane's words", () => {
  test("a meeting's time, and a meeting described by ID, date, time and city", () => {
    expect(meetingTime({ start: "10:00", end: "11:30" })).toBe("10:00–11:30");
    expect(meetingTime({ start: null, end: null })).toBe("");
    expect(describeMeeting("M-0012", meeting({}), "lv")).toBe(
      "M-0012 (03.12.2026 10:00–11:30, Liepāja)"
    );
    expect(describeMeeting("M-0012", meeting({ city: null }), "en")).toBe(
      "M-0012 (2026-12-03 10:00–11:30)"
    );
    expect(describeMeeting("M-0099", undefined, "en")).toBe("M-0099");
  });

  test("a clash names the person and both meetings; the unsaved one is 'the new meeting'", () => {
    const clash: ClashJson = {
      a: "M-0012",
      b: "M-0051",
      person: "Jānis Ozols",
      kind: "overlap",
      reason: "…",
    };
    const byLabel = new Map([
      ["M-0012", meeting({})],
      ["M-0051", meeting({ id: "M-0051", start: "11:00", end: "12:00", city: "Cēsis" })],
    ]);
    expect(clashText(clash, byLabel, en, "en", "M-0051")).toBe(
      "Jānis Ozols: M-0012 (2026-12-03 10:00–11:30, Liepāja) overlaps the new meeting (2026-12-03 11:00–12:00, Cēsis)"
    );
    expect(clashText({ ...clash, kind: "buffer" }, byLabel, lv, "lv")).toBe(
      "Jānis Ozols: starp M-0012 (03.12.2026 10:00–11:30, Liepāja) un M-0051 (03.12.2026 11:00–12:00, Cēsis) nepietiek laika ceļam"
    );
  });
});
