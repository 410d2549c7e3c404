import fc from "fast-check";
import { addWorkingDays, followUpDue } from "../../../src/core/leads/followUpDue";
import { addDays, isoWeekday } from "../../../src/core/parseDate";

const MON_FRI = [1, 2, 3, 4, 5];

describe("hand-off due dates", () => {
  // 2026-11-27 is a Friday.
  it.each([
    ["A", "2026-11-27", "2026-11-30"],
    ["B", "2026-11-27", "2026-12-01"],
    ["C", "2026-11-27", "2026-12-04"],
    ["A", "2026-11-28", "2026-11-30"],
    ["A", "2026-11-29", "2026-11-30"],
    ["B", "2026-11-30", "2026-12-02"],
    ["C", "2026-12-29", "2027-01-05"],
  ] as const)("%s on %s is due %s", (grade, today, due) => {
    expect(followUpDue(grade, today, MON_FRI)).toBe(due);
  });

  it("D gets none", () => {
    expect(followUpDue("D", "2026-11-27", MON_FRI)).toBeNull();
  });

  it("counts the Settings' working days", () => {
    // Sunday to Thursday.
    expect(followUpDue("A", "2026-11-26", [7, 1, 2, 3, 4])).toBe("2026-11-29");
    expect(addWorkingDays("2026-11-28", 0, MON_FRI)).toBe("2026-11-30");
    expect(addWorkingDays("2026-11-27", 0, MON_FRI)).toBe("2026-11-27");
  });

  it("lands on a working day, n working days later (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (offset, n, days) => {
          const from = addDays("2025-01-01", offset);
          const due = addWorkingDays(from, n, days);
          expect(days).toContain(isoWeekday(due));
          let count = 0;
          for (let d = addDays(from, 1); d <= due; d = addDays(d, 1)) {
            if (days.includes(isoWeekday(d))) count++;
          }
          expect(count).toBe(n);
        }
      )
    );
  });
});
