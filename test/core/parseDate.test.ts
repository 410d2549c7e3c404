import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import {
  addDays,
  daysBetween,
  inferDateOrder,
  isDateNumberFormat,
  isoDate,
  isoDateToSerial,
  isoWeekday,
  isTimeNumberFormat,
  monthFromName,
  nowIsoMinute,
  parseDate,
  parseTimeOfDay,
  serialToIsoDate,
  todayIso,
  type DateReadOptions,
} from "../../src/core/parseDate";

const DMY: DateReadOptions = { date1904: false, order: "DMY" };
const MDY: DateReadOptions = { date1904: false, order: "MDY" };
const value = <T>(v: T) => ({ ok: true, value: v });
const problem = (p: string) => ({ ok: false, problem: p });

describe("Excel serials", () => {
  it("maps 1900-system serials, with Excel's fake 1900-02-29", () => {
    expect(serialToIsoDate(1, false)).toBe("1900-01-01");
    expect(serialToIsoDate(59, false)).toBe("1900-02-28");
    expect(() => serialToIsoDate(60, false)).toThrow("1900-02-29 does not exist");
    expect(serialToIsoDate(61, false)).toBe("1900-03-01");
    expect(serialToIsoDate(25569, false)).toBe("1970-01-01");
    expect(serialToIsoDate(46208, false)).toBe("2026-07-05");
    expect(serialToIsoDate(2958465, false)).toBe("9999-12-31");
  });

  it("maps 1904-system serials", () => {
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
    expect(serialToIsoDate(44746, true)).toBe("2026-07-05");
    expect(isoDateToSerial("2026-07-05", true)).toBe(44746);
  });

  it("ignores the time part, rounding to the millisecond first", () => {
    expect(serialToIsoDate(46208.999, false)).toBe("2026-07-05");
    expect(serialToIsoDate(46208.75, false)).toBe("2026-07-05");
    expect(serialToIsoDate(46208.99999999999, false)).toBe("2026-07-06"); // 23:59:59.99999… shows as the next day
  });

  it("throws outside Excel's range", () => {
    expect(() => serialToIsoDate(0, false)).toThrow(RangeError);
    expect(() => serialToIsoDate(-1, true)).toThrow(RangeError);
    expect(() => serialToIsoDate(2958466, false)).toThrow(RangeError);
    expect(() => isoDateToSerial("1899-12-31")).toThrow(RangeError);
    expect(() => isoDateToSerial("1903-12-31", true)).toThrow(RangeError);
  });

  it("inverts isoDateToSerial over 1900-03-01 … 9999-12-31 in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.boolean(), (serial, date1904) => {
        fc.pre(!date1904 || serial >= 1462); // the 1904 system starts at 1904-01-01
        const s = date1904 ? serial - 1462 : serial;
        const date = serialToIsoDate(s, date1904);
        expect(isoDateToSerial(date, date1904)).toBe(s);
        expect(serialToIsoDate(s + 0.5, date1904)).toBe(date);
      })
    );
    expect(isoDateToSerial("1900-01-01")).toBe(1);
    expect(isoDateToSerial("1900-02-28")).toBe(59);
    expect(isoDateToSerial("1900-03-01")).toBe(61);
  });
});

describe("isDateNumberFormat", () => {
  it.each([
    "dd.mm.yyyy",
    "m/d/yy",
    "yyyy-mm-dd h:mm",
    "[$-426]dd.mm.yyyy",
    "mmm yyyy",
    "d-mmm-yy",
    "mmmm",
    "dd/mm/yyyy;@",
    "[$-F800]dddd, mmmm dd, yyyy",
  ])("%p shows a date", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each([
    "0.00",
    "#,##0",
    "General",
    "0%",
    '"d"0',
    "h:mm",
    "hh:mm:ss",
    "[h]:mm",
    "mm:ss",
    "0.00E+00",
    '#,##0.00 "€"',
    "[$-426]#,##0.00",
    "@",
    "\\d0",
  ])("%p does not", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });

  it("tells time-only formats apart", () => {
    expect(isTimeNumberFormat("h:mm")).toBe(true);
    expect(isTimeNumberFormat("h:mm AM/PM")).toBe(true);
    expect(isTimeNumberFormat("[h]:mm:ss")).toBe(true);
    expect(isTimeNumberFormat("dd.mm.yyyy hh:mm")).toBe(false);
    expect(isTimeNumberFormat("0.00")).toBe(false);
  });
});

describe("parseDate", () => {
  it.each([
    ["2026-07-05", "2026-07-05"],
    ["2026-7-5", "2026-07-05"],
    ["2026-07-05T23:30:00Z", "2026-07-05"],
    ["2026-07-05T00:30:00+03:00", "2026-07-05"],
    ["2026-07-05 10:00", "2026-07-05"],
    ["05.07.2026", "2026-07-05"],
    ["5.7.2026", "2026-07-05"],
    ["5.7.26", "2026-07-05"],
    ["05.07.2026.", "2026-07-05"],
    ["05.07.2026 10:30", "2026-07-05"],
    ["05/07/2026", "2026-07-05"],
    ["05-07-2026", "2026-07-05"],
    ["25/12/2026", "2026-12-25"],
    ["12/25/2026", "2026-12-25"],
    ["2026.07.05", "2026-07-05"],
    ["2026/07/05", "2026-07-05"],
    ["20260705", "2026-07-05"],
    ["5. jūlijs 2026", "2026-07-05"],
    ["5. JŪLIJS 2026", "2026-07-05"],
    ["5. julijs 2026", "2026-07-05"],
    ["2026. gada 5. jūlijs", "2026-07-05"],
    ["2026. gada 5. jūlijā", "2026-07-05"],
    ["2026. g. 5. jūl.", "2026-07-05"],
    ["1. janvāris 2027", "2027-01-01"],
    ["31. decembrī 2026", "2026-12-31"],
    ["15. marts 2026", "2026-03-15"],
    ["5 July 2026", "2026-07-05"],
    ["Jul 5, 2026", "2026-07-05"],
    ["July 5th, 2026", "2026-07-05"],
    ["Sunday, 5 July 2026", "2026-07-05"],
    ["05-Jul-26", "2026-07-05"],
    ["5 Sept 2026", "2026-09-05"],
    ["29.02.2028", "2028-02-29"],
    ["01.01.70", "1970-01-01"],
    ["31.12.69", "2069-12-31"],
  ])("%p → %p", (text, iso) => {
    expect(parseDate(text, DMY)).toEqual(value(iso));
  });

  it("reads ambiguous slash dates in the column's order, unambiguous ones as they are", () => {
    expect(parseDate("05/07/2026", DMY)).toEqual(value("2026-07-05"));
    expect(parseDate("05/07/2026", MDY)).toEqual(value("2026-05-07"));
    expect(parseDate("07/05/26", MDY)).toEqual(value("2026-07-05"));
    expect(parseDate("25/12/2026", MDY)).toEqual(value("2026-12-25"));
    expect(parseDate("12/25/2026", DMY)).toEqual(value("2026-12-25"));
  });

  it("reads dotted dates as day.month.year whatever the order", () => {
    expect(parseDate("05.07.2026", MDY)).toEqual(value("2026-07-05"));
  });

  it.each([
    "31.02.2026",
    "29.02.2026",
    "32.01.2026",
    "00.01.2026",
    "2026-13-01",
    "13/13/2026",
    "31 June 2026",
    "tomorrow",
    "5 Marketing 2026",
    "05.07",
    "1.1.1899",
    "2026-07-05T25:00",
  ])("%p is not a date", (text) => {
    expect(parseDate(text, DMY)).toEqual(problem("not a date"));
  });

  it("reads serials in plausible ranges only", () => {
    expect(parseDate(46208, DMY)).toEqual(value("2026-07-05"));
    expect(parseDate(46208.4375, DMY)).toEqual(value("2026-07-05"));
    expect(parseDate(44746, { date1904: true, order: "DMY" })).toEqual(value("2026-07-05"));
    expect(parseDate(0, DMY)).toEqual(problem("not a date (out of range)"));
    expect(parseDate(60, DMY)).toEqual(problem("not a date (1900-02-29 does not exist)"));
    expect(parseDate(3e6, DMY)).toEqual(problem("not a date (out of range)"));
    expect(parseDate(-5, DMY)).toEqual(problem("not a date (out of range)"));
  });

  it("takes the cell's number format into account", () => {
    expect(parseDate(46208, { ...DMY, numberFormat: "dd.mm.yyyy" })).toEqual(value("2026-07-05"));
    expect(parseDate(46208, { ...DMY, numberFormat: "General" })).toEqual(value("2026-07-05"));
    expect(parseDate(46208, { ...DMY, numberFormat: "#,##0.00" })).toEqual(
      problem("a number, not a date")
    );
    expect(parseDate(46208.4, { ...DMY, numberFormat: "h:mm" })).toEqual(
      problem("a time, not a date")
    );
  });

  it("says empty for blank cells", () => {
    expect(parseDate("  ", DMY)).toEqual(problem("empty"));
  });
});

describe("inferDateOrder", () => {
  it("decides from unambiguous slash and dash dates", () => {
    expect(inferDateOrder(["25/12/2026"])).toBe("DMY");
    expect(inferDateOrder(["12/25/2026"])).toBe("MDY");
    expect(inferDateOrder(["05/07/2026", "25-12-2026", "13/01/26"])).toBe("DMY");
    expect(inferDateOrder(["05/07/2026", "12/25/2026 9:30 PM"])).toBe("MDY");
  });

  it("is null when nothing is unambiguous, or on a tie", () => {
    expect(inferDateOrder(["05/07/2026", "2026-12-25", "25.12.2026"])).toBeNull();
    expect(inferDateOrder(["25/12/2026", "12/25/2026"])).toBeNull();
    expect(inferDateOrder([])).toBeNull();
  });
});

describe("monthFromName", () => {
  it("knows English and Latvian months in any case and grammatical case", () => {
    expect(monthFromName("jūlijā")).toBe(7);
    expect(monthFromName("JŪLIJS")).toBe(7);
    expect(monthFromName("Sept.")).toBe(9);
    expect(monthFromName("maijs")).toBe(5);
    expect(monthFromName("May")).toBe(5);
    expect(monthFromName("oktobrī")).toBe(10);
    expect(monthFromName("Oct")).toBe(10);
    expect(monthFromName("februāra")).toBe(2);
  });

  it("refuses short or unknown words", () => {
    expect(monthFromName("ma")).toBeNull();
    expect(monthFromName("marketing")).toBeNull();
    expect(monthFromName("")).toBeNull();
  });
});

describe("parseTimeOfDay", () => {
  it.each<[string | number, number]>([
    ["09:30", 570],
    ["9:30", 570],
    ["9.30", 570],
    ["9:30 PM", 1290],
    ["9:30 pm", 1290],
    ["9 PM", 1260],
    ["12:00 AM", 0],
    ["12:30 PM", 750],
    ["21:30:45", 1290],
    ["plkst. 9:30", 570],
    ["00:00", 0],
    ["24:00", 1440],
    ["2026-07-05T10:00:00Z", 600],
    ["05.07.2026 14:15", 855],
    [0.395833, 570],
    [0.5, 720],
    [46208.4375, 630],
    [0, 0],
  ])("%p → %p minutes", (input, minutes) => {
    expect(parseTimeOfDay(input)).toEqual(value(minutes));
  });

  it.each(["25:00", "9:60", "13:00 PM", "9", "noon", "24:30", "9:3"])(
    "%p is not a time of day",
    (text) => {
      expect(parseTimeOfDay(text)).toEqual(problem("not a time of day"));
    }
  );

  it("refuses negative numbers and says empty for blanks", () => {
    expect(parseTimeOfDay(-0.5)).toEqual(problem("not a time of day"));
    expect(parseTimeOfDay("")).toEqual(problem("empty"));
  });
});

describe("day arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-07-05", 0)).toBe("2026-07-05");
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-07-05", 0.5)).toThrow(RangeError);
  });

  it("counts days between dates", () => {
    expect(daysBetween("2026-07-01", "2026-07-05")).toBe(4);
    expect(daysBetween("2026-07-05", "2026-07-01")).toBe(-4);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("knows ISO weekdays", () => {
    expect(isoWeekday("2026-07-05")).toBe(7); // Sunday
    expect(isoWeekday("2026-07-06")).toBe(1); // Monday
    expect(isoWeekday("1900-01-01")).toBe(1);
    expect(isoWeekday("1969-12-31")).toBe(3);
  });

  it("addDays and daysBetween agree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200000, max: 200000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (start, n) => {
          const a = addDays("2000-01-01", start);
          expect(daysBetween(a, addDays(a, n))).toBe(n);
          expect(isoWeekday(addDays(a, 7 * Math.trunc(n / 7)))).toBe(isoWeekday(a));
        }
      )
    );
  });

  it("isoDate formats and validates", () => {
    expect(isoDate(2026, 7, 5)).toBe("2026-07-05");
    expect(() => isoDate(2026, 2, 29)).toThrow(RangeError);
  });
});

describe("todayIso", () => {
  it("gives the calendar day in the time zone asked for", () => {
    const instant = new Date("2026-07-04T22:30:00Z");
    expect(todayIso("Europe/Riga", instant)).toBe("2026-07-05");
    expect(todayIso("UTC", instant)).toBe("2026-07-04");
    expect(todayIso("America/Los_Angeles", instant)).toBe("2026-07-04");
    expect(todayIso("Pacific/Kiritimati", new Date("2026-12-31T10:30:00Z"))).toBe("2027-01-01");
  });
});

describe("no day shift in any time zone", () => {
  const run = promisify(execFile);
  const root = resolve(__dirname, "../..");
  const script = `
    const d = require("./src/core/parseDate.ts");
    const p = require("./src/core/period.ts");
    const opts = { date1904: false, order: "DMY" };
    console.log(JSON.stringify([
      d.serialToIsoDate(46208, false), d.serialToIsoDate(46208.99, false), d.serialToIsoDate(44746, true),
      d.isoDateToSerial("2026-03-29"), d.isoDateToSerial("2026-10-25"),
      d.parseDate("2026-07-05T00:30:00+03:00", opts), d.parseDate("05.07.2026", opts), d.parseDate(46110, opts),
      d.addDays("2026-03-28", 1), d.addDays("2026-10-24", 1), d.daysBetween("2026-03-28", "2026-03-30"),
      d.isoWeekday("2026-03-29"), d.todayIso("Europe/Riga", new Date("2026-07-04T22:30:00Z")),
      p.periodOfDate("2026-03-31", "quarter").key, p.parsePeriod("2026-Q1").value.end,
    ]));
  `;

  it.each(["Europe/Riga", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"])(
    "gives the same dates under TZ=%s",
    async (tz) => {
      const { stdout } = await run(process.execPath, ["--import", "tsx", "-e", script], {
        cwd: root,
        env: { ...process.env, TZ: tz },
      });
      expect(JSON.parse(stdout)).toEqual([
        "2026-07-05",
        "2026-07-05",
        "2026-07-05",
        46110,
        46320,
        value("2026-07-05"),
        value("2026-07-05"),
        value("2026-03-29"),
        "2026-03-29",
        "2026-10-25",
        2,
        7,
        "2026-07-05",
        "2026-Q1",
        "2026-03-31",
      ]);
    }
  );
});

describe("nowIsoMinute", () => {
  it("is the wall-clock minute in Riga, whatever the machine's zone, across summer time", () => {
    expect(nowIsoMinute("Europe/Riga", new Date("2026-07-03T07:15:00Z"))).toBe("2026-07-03T10:15");
    expect(nowIsoMinute("Europe/Riga", new Date("2026-01-03T22:05:00Z"))).toBe("2026-01-04T00:05");
  });
});
