import fc from "fast-check";
import { findClashes } from "../../../src/core/meetings/findClashes";
import { at, meeting } from "./meetingFixtures";

const OZOLS = "Jānis Ozols";

describe("findClashes", () => {
  it("reports two meetings of one person that overlap, naming the earlier one's time and place", () => {
    const a = meeting({
      id: "M-1",
      manager: OZOLS,
      start: at("10:00"),
      end: at("11:00"),
      city: "Liepāja",
    });
    const b = meeting({
      id: "M-2",
      manager: OZOLS,
      start: at("10:30"),
      end: at("11:30"),
      city: "Liepāja",
    });
    const clashes = findClashes([b, a], 90);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ a, b, person: OZOLS, kind: "overlap", gap: -30 });
    expect(clashes[0]?.reason).toBe("10:30–11:30 Liepāja overlaps 10:00–11:00 Liepāja");
  });

  it("reports less than the travel buffer between meetings in different cities", () => {
    const a = meeting({ manager: OZOLS, start: at("11:00"), end: at("12:00"), city: "Rīga" });
    const b = meeting({ manager: OZOLS, start: at("12:45"), end: at("13:30"), city: "Liepāja" });
    const [clash, ...rest] = findClashes([a, b], 90);
    expect(rest).toEqual([]);
    expect(clash).toMatchObject({ kind: "buffer", gap: 45, person: OZOLS });
    expect(clash?.reason).toBe(
      "only 45 min between Rīga 12:00 and Liepāja 12:45; travel buffer 90 min"
    );
    // Exactly the buffer is enough.
    const later = { ...b, start: at("13:30"), end: at("14:00") };
    expect(findClashes([a, later], 90)).toEqual([]);
  });

  it("needs no buffer in the same city (any spelling) nor for video calls and calls", () => {
    const riga = meeting({ rep: "Anna", start: at("10:00"), end: at("11:00"), city: "Rīga" });
    const riga2 = meeting({ rep: "Anna", start: at("11:00"), end: at("12:00"), city: " RIGA " });
    const video = meeting({
      rep: "Anna",
      start: at("12:05"),
      end: at("12:30"),
      city: "Liepāja",
      kind: "Video",
    });
    const call = meeting({
      rep: "Anna",
      start: at("12:30"),
      end: at("12:45"),
      city: null,
      kind: "Call",
    });
    expect(findClashes([riga, riga2, video, call], 90)).toEqual([]);
  });

  it("still reports a call that overlaps a visit: a person cannot do both at once", () => {
    const visit = meeting({ rep: "Anna", start: at("10:00"), end: at("11:00"), city: "Liepāja" });
    const call = meeting({
      rep: "Anna",
      start: at("10:30"),
      end: at("10:45"),
      city: null,
      kind: "Call",
    });
    expect(findClashes([visit, call], 90).map((c) => c.kind)).toEqual(["overlap"]);
  });

  it("never clashes different people, cancelled meetings, or meetings on different days", () => {
    const a = meeting({ manager: OZOLS, start: at("10:00"), end: at("11:00"), city: "Liepāja" });
    const other = meeting({
      manager: "Ilze Liepa",
      start: at("10:00"),
      end: at("11:00"),
      city: "Rīga",
    });
    const cancelled = meeting({
      manager: OZOLS,
      start: at("10:30"),
      end: at("11:30"),
      status: "Cancelled",
      city: "Rīga",
    });
    const nextDay = meeting({
      manager: OZOLS,
      date: "2026-07-07",
      start: at("10:00"),
      end: at("11:00"),
      city: "Rīga",
    });
    expect(findClashes([a, other, cancelled, nextDay], 90)).toEqual([]);
  });

  it("checks manager and rep alike, and names each person booked twice", () => {
    const a = meeting({
      manager: OZOLS,
      rep: "Anna Bērziņa",
      start: at("10:00"),
      end: at("11:00"),
    });
    const b = meeting({
      manager: "jānis  ozols",
      rep: "anna bērziņa",
      start: at("10:30"),
      end: at("11:00"),
    });
    expect(findClashes([a, b], 90).map((c) => c.person)).toEqual(["Anna Bērziņa", OZOLS]);
  });

  it("measures the buffer to the next place the person travels to, not to every later meeting", () => {
    // Liepāja until 11:00, then Liepāja again until 12:00, then Ventspils at 14:00: fine;
    // a Rīga meeting at 12:30 would be 30 min after Liepāja — one clash, with the second meeting.
    const l1 = meeting({ rep: "Anna", start: at("10:00"), end: at("11:00"), city: "Liepāja" });
    const l2 = meeting({ rep: "Anna", start: at("11:00"), end: at("12:00"), city: "Liepāja" });
    const v = meeting({ rep: "Anna", start: at("14:00"), end: at("15:00"), city: "Ventspils" });
    expect(findClashes([l1, l2, v], 90)).toEqual([]);
    const r = meeting({ rep: "Anna", start: at("12:30"), end: at("13:00"), city: "Rīga" });
    const clashes = findClashes([l1, l2, v, r], 90);
    expect(clashes.map((c) => [c.a, c.b])).toEqual([
      [l2, r],
      [r, v],
    ]);
  });

  it("takes a meeting without an End as lasting 60 minutes, and skips one without a Start", () => {
    const a = meeting({ rep: "Anna", start: at("10:00"), end: null });
    const b = meeting({ rep: "Anna", start: at("10:45"), end: at("11:00") });
    const noTime = meeting({ rep: "Anna", start: null, end: null });
    expect(findClashes([a, b, noTime], 90).map((c) => c.reason)).toEqual([
      "10:45–11:00 Rīga overlaps 10:00–11:00 Rīga",
    ]);
  });

  it("does not depend on the order the meetings come in", () => {
    const cities = ["Rīga", "Liepāja", "Jelgava"];
    const arb = fc.array(
      fc.record({
        start: fc.integer({ min: 480, max: 1080 }),
        length: fc.integer({ min: 15, max: 180 }),
        city: fc.constantFrom(...cities),
        kind: fc.constantFrom("Visit" as const, "Video" as const, "Call" as const),
        who: fc.constantFrom("A", "B"),
      }),
      { maxLength: 8 }
    );
    fc.assert(
      fc.property(arb, fc.integer(), (specs, seed) => {
        const list = specs.map((s, i) =>
          meeting({
            id: `M-${i}`,
            rep: s.who,
            start: s.start,
            end: s.start + s.length,
            city: s.city,
            kind: s.kind,
          })
        );
        const shuffled = [...list].sort(
          (x, y) => ((x.row * 7919 + seed) % 13) - ((y.row * 7919 + seed) % 13)
        );
        const key = (ms: typeof list): string[] =>
          findClashes(ms, 90)
            .map((c) => `${c.a.id}|${c.b.id}|${c.person}|${c.kind}`)
            .sort();
        expect(key(shuffled)).toEqual(key(list));
      })
    );
  });
});
