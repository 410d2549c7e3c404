/**
 * The .ics invitation read back line by line, as a calendar program reads it (RFC 5545): CRLF
 * lines, unfolded continuations, the Riga zone's rules applied to the local times.
 */
import fc from "fast-check";
import { foldIcsLine, unfoldIcs } from "../../../src/core/meetings/icsLines";
import { meetingIcs, type MeetingIcsOptions } from "../../../src/core/meetings/meetingIcs";
import { meetingUid } from "../../../src/core/meetings/meetingUid";
import { at, meeting } from "./meetingFixtures";

const ENCODER = new TextEncoder();
const COMPANY = "SIA Baltic Office Systems";
const OPTIONS: MeetingIcsOptions = {
  organizer: { name: "Anna Bērziņa", email: "anna.berzina@bos.lv" },
  attendees: [
    { name: "Jānis Ozols", email: "janis.ozols@bos.lv" },
    { name: "Anna Bērziņa", email: "anna.berzina@bos.lv" },
    { name: "Maija Koka", email: "maija.koka@koks.lv" },
  ],
  company: COMPANY,
  locale: "lv",
  stamp: new Date("2026-07-01T08:00:00Z"),
};
const summer = meeting({
  id: "M-0007",
  date: "2026-07-05",
  start: at("10:00"),
  end: at("11:30"),
  with: "SIA Koks",
  contact: "Maija Koka",
  manager: "Jānis Ozols",
  rep: "Anna Bērziņa",
  city: "Liepāja",
  dealId: "D-1042",
  travelCost: 12000,
  agenda:
    "Piedāvājuma prezentācija; līguma nosacījumu saskaņošana ar valdes priekšsēdētāju, piegādes termiņi un ēdināšanas iekārtu garantija",
});

/** Content lines with their parameters split off: name, params, value. */
function parse(text: string): { name: string; params: string; value: string }[] {
  return unfoldIcs(text).map((line) => {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    return { name: m[1] ?? "", params: m[2] ?? "", value: m[3] ?? "" };
  });
}

function one(text: string, name: string): { params: string; value: string } {
  const found = parse(text).filter((l) => l.name === name);
  if (found.length === 0) throw new Error(`no ${name}`);
  return found[found.length - 1] as { params: string; value: string };
}

/** The UTC instant of a `YYYYMMDDTHHMMSS` Riga wall-clock time, by the file's own VTIMEZONE. */
function utcByVtimezone(text: string, local: string): Date {
  const lines = unfoldIcs(text);
  const begin = lines.indexOf("BEGIN:VTIMEZONE");
  const end = lines.indexOf("END:VTIMEZONE");
  const zone = lines.slice(begin, end);
  const rules: { from: number; to: number; month: number; hour: number }[] = [];
  let current: Record<string, string> = {};
  for (const line of zone) {
    if (line === "BEGIN:DAYLIGHT" || line === "BEGIN:STANDARD") current = {};
    const [k, v] = line.split(/:(.*)/s) as [string, string];
    current[k] = v;
    if (line === "END:DAYLIGHT" || line === "END:STANDARD") {
      const offset = (s: string): number =>
        (s.startsWith("-") ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));
      expect(current.RRULE).toMatch(/^FREQ=YEARLY;BYMONTH=\d+;BYDAY=-1SU$/);
      rules.push({
        from: offset(current.TZOFFSETFROM ?? ""),
        to: offset(current.TZOFFSETTO ?? ""),
        month: Number(/BYMONTH=(\d+)/.exec(current.RRULE ?? "")?.[1]),
        hour: Number((current.DTSTART ?? "").slice(9, 11)),
      });
    }
  }
  const y = Number(local.slice(0, 4));
  const wall = Date.UTC(
    y,
    Number(local.slice(4, 6)) - 1,
    Number(local.slice(6, 8)),
    Number(local.slice(9, 11)),
    Number(local.slice(11, 13))
  );
  // Each rule's onset this year and last year, as UTC instants (last Sunday of its month).
  const onsets = [y - 1, y].flatMap((year) =>
    rules.map((r) => {
      const lastDay = new Date(Date.UTC(year, r.month, 0));
      const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
      return { at: Date.UTC(year, r.month - 1, sunday, r.hour) - r.from * 60000, offset: r.to };
    })
  );
  const standard = Math.min(...rules.map((r) => r.to));
  const guess = wall - standard * 60000;
  const inForce = onsets.filter((o) => o.at <= guess).sort((a, b) => b.at - a.at)[0];
  return new Date(wall - (inForce?.offset ?? standard) * 60000);
}

function rigaWallClock(instant: Date): string {
  const p = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Riga",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const v = (t: string): string => p.find((x) => x.type === t)?.value ?? "";
  return `${v("year")}${v("month")}${v("day")}T${v("hour")}${v("minute")}${v("second")}`;
}

describe("meetingIcs", () => {
  const text = meetingIcs(summer, OPTIONS);

  it("ends every line with CRLF and folds lines at 75 octets without splitting a character", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const physical = text.split("\r\n").slice(0, -1);
    for (const line of physical) expect(ENCODER.encode(line).length).toBeLessThanOrEqual(75);
    // The long Latvian description really was folded, each continuation starting with a space.
    const folded = physical.findIndex((l) => l.startsWith("DESCRIPTION:"));
    expect(physical[folded + 1]?.startsWith(" ")).toBe(true);
    expect(text).not.toContain("\uFFFD");
    expect(one(text, "DESCRIPTION").value).toBe(
      "Piedāvājuma prezentācija\\; līguma nosacījumu saskaņošana ar valdes priekšsēdētāju\\, piegādes termiņi un ēdināšanas iekārtu garantija" +
        "\\nDarījums: D-1042\\nKontaktpersona: Maija Koka\\nVadītājs: Jānis Ozols\\nPārdevējs: Anna Bērziņa\\nTikšanās ID: M-0007"
    );
  });

  it("puts the Riga wall-clock times on DTSTART/DTEND with TZID and one Europe/Riga VTIMEZONE", () => {
    expect(unfoldIcs(text)).toContain("DTSTART;TZID=Europe/Riga:20260705T100000");
    expect(unfoldIcs(text)).toContain("DTEND;TZID=Europe/Riga:20260705T113000");
    const lines = unfoldIcs(text);
    expect(lines.filter((l) => l === "BEGIN:VTIMEZONE")).toHaveLength(1);
    expect(lines.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
    expect(lines).toContain("TZID:Europe/Riga");
  });

  it("means 10:00 in Riga in summer (07:00 UTC) and in winter (08:00 UTC), by the file's own zone rules", () => {
    expect(utcByVtimezone(text, "20260705T100000").toISOString()).toBe("2026-07-05T07:00:00.000Z");
    const winter = meetingIcs({ ...summer, date: "2026-01-15" }, OPTIONS);
    expect(unfoldIcs(winter)).toContain("DTSTART;TZID=Europe/Riga:20260115T100000");
    expect(utcByVtimezone(winter, "20260115T100000").toISOString()).toBe(
      "2026-01-15T08:00:00.000Z"
    );
  });

  it("has zone rules that agree with the time zone database on any day from 2001 to 2037", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const instant = new Date(Math.floor(ms / 60000) * 60000);
        const local = rigaWallClock(instant);
        // Skip the hour repeated in autumn: its wall-clock time names two instants.
        const back = utcByVtimezone(text, local);
        if (
          rigaWallClock(new Date(back.getTime() + 3600000)) === local ||
          rigaWallClock(new Date(back.getTime() - 3600000)) === local
        )
          return;
        expect(back.toISOString()).toBe(instant.toISOString());
      }),
      { numRuns: 2000 }
    );
  });

  it("keeps its UID on every export and in every company's own namespace", () => {
    const again = meetingIcs(
      { ...summer, id: " m-0007 ", agenda: "changed" },
      { ...OPTIONS, stamp: new Date() }
    );
    expect(one(text, "UID").value).toBe("m-0007.sia-baltic-office-systems@dealdesk");
    expect(one(again, "UID").value).toBe(one(text, "UID").value);
    expect(meetingUid(summer, "SIA Cits")).not.toBe(one(text, "UID").value);
    // Without a Meeting ID the UID follows the meeting's date, time and people.
    const noId = { ...summer, id: null };
    const edited = { ...noId, agenda: "x", row: 99 };
    expect(meetingUid(noId, COMPANY)).toBe(meetingUid(edited, COMPANY));
    expect(meetingUid(noId, COMPANY)).not.toBe(
      meetingUid({ ...noId, start: at("11:00") }, COMPANY)
    );
  });

  it("invites the manager, the rep and the contact by e-mail, organized by the organizer", () => {
    const attendees = parse(text).filter((l) => l.name === "ATTENDEE");
    expect(attendees.map((a) => a.value)).toEqual([
      "mailto:janis.ozols@bos.lv",
      "mailto:anna.berzina@bos.lv",
      "mailto:maija.koka@koks.lv",
    ]);
    expect(attendees[0]?.params).toContain('CN="Jānis Ozols"');
    expect(attendees[0]?.params).toContain("ROLE=REQ-PARTICIPANT");
    expect(attendees[0]?.params).toContain("RSVP=TRUE");
    expect(one(text, "ORGANIZER").value.toLowerCase()).toBe("mailto:anna.berzina@bos.lv");
    expect(one(text, "METHOD").value).toBe("REQUEST");
    expect(one(text, "SUMMARY").value).toBe("Vizīte: SIA Koks");
    expect(one(text, "LOCATION").value).toBe("Liepāja");
    expect(one(text, "DTSTAMP").value).toBe("20260701T080000Z");
  });

  it("publishes a meeting without an organizer, and makes a meeting without a Start an all-day event", () => {
    const allDay = meetingIcs(
      { ...summer, start: null, end: null },
      { ...OPTIONS, organizer: null, attendees: [], locale: "en" }
    );
    const lines = unfoldIcs(allDay);
    expect(lines).toContain("DTSTART;VALUE=DATE:20260705");
    expect(lines).toContain("DTEND;VALUE=DATE:20260706");
    expect(lines).not.toContain("BEGIN:VTIMEZONE");
    expect(one(allDay, "METHOD").value).toBe("PUBLISH");
    expect(lines.some((l) => l.startsWith("ORGANIZER") || l.startsWith("ATTENDEE"))).toBe(false);
    expect(one(allDay, "SUMMARY").value).toBe("Visit: SIA Koks");
  });
});

describe("foldIcsLine", () => {
  it("folds any text into lines of at most 75 octets that unfold to the text again", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        const line = `DESCRIPTION:${s.replace(/[\r\n]/g, "")}`;
        const folded = foldIcsLine(line);
        for (const part of folded.split("\r\n")) {
          expect(ENCODER.encode(part).length).toBeLessThanOrEqual(75);
        }
        expect(unfoldIcs(`${folded}\r\n`)).toEqual([line]);
      })
    );
  });
});
