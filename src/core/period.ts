/**
 * Reporting periods (SPEC §2 Targets "Period", §5): a year, a quarter or a calendar month.
 *
 * Fiscal years: with fiscal year start month F (Settings, default 1), a fiscal year is named by
 * the calendar year it STARTS in: with F = 4, year 2026 runs 2026-04-01 … 2027-03-31, its Q1 is
 * April–June 2026 and its Q4 January–March 2027. Months are always calendar months ("2026-07").
 */
import type { IsoDate } from "./model";
import {
  daysInMonth,
  isoDate,
  isoParts,
  isDateNumberFormat,
  monthFromName,
  serialToIsoDate,
} from "./parseDate";
import { fail, ok, type Parsed } from "./parsed";

/** A reporting period with its calendar span. */
export interface Period {
  /** "2026" (year), "2026-Q3" (quarter) or "2026-07" (month). */
  key: string;
  kind: "year" | "quarter" | "month";
  /** Fiscal year for years and quarters; calendar year for months. */
  year: number;
  /** 1–4 for quarters, else null. */
  quarter: number | null;
  /** 1–12 for months, else null. */
  month: number | null;
  /** First day. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
  /** Keys of the calendar months inside, in order: ["2026-07", "2026-08", "2026-09"]. */
  months: string[];
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9998; // a fiscal year must end by 9999-12-31

function checkFiscalStart(fiscalStartMonth: number): void {
  if (!Number.isInteger(fiscalStartMonth) || fiscalStartMonth < 1 || fiscalStartMonth > 12) {
    throw new RangeError(`Fiscal year start month ${fiscalStartMonth} is not 1–12`);
  }
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** `count` calendar months from year/month on, as [year, month] pairs. */
function monthRun(year: number, month: number, count: number): Array<[number, number]> {
  return Array.from({ length: count }, (_, i): [number, number] => {
    const index = year * 12 + (month - 1) + i;
    return [Math.floor(index / 12), (index % 12) + 1];
  });
}

function spanning(
  base: Pick<Period, "key" | "kind" | "year" | "quarter" | "month">,
  run: Array<[number, number]>
): Period {
  const [fy = 0, fm = 1] = run[0] ?? [];
  const [ly = 0, lm = 1] = run[run.length - 1] ?? [];
  return {
    ...base,
    start: isoDate(fy, fm, 1),
    end: isoDate(ly, lm, daysInMonth(ly, lm)),
    months: run.map(([y, m]) => monthKey(y, m)),
  };
}

/**
 * The calendar month `year`-`month`.
 *
 * @example monthPeriod(2026, 7).end === "2026-07-31"
 */
export function monthPeriod(year: number, month: number): Period {
  return spanning(
    { key: monthKey(year, month), kind: "month", year, quarter: null, month },
    monthRun(year, month, 1)
  );
}

/**
 * Quarter `quarter` (1–4) of fiscal year `year`.
 *
 * @example quarterPeriod(2026, 1, 4).start === "2026-04-01"
 */
export function quarterPeriod(year: number, quarter: number, fiscalStartMonth = 1): Period {
  checkFiscalStart(fiscalStartMonth);
  const [y, m] = monthRun(year, fiscalStartMonth, (quarter - 1) * 3 + 1).pop() ?? [year, 1];
  return spanning(
    { key: `${year}-Q${quarter}`, kind: "quarter", year, quarter, month: null },
    monthRun(y, m, 3)
  );
}

/**
 * Fiscal year `year` (named by the calendar year it starts in).
 *
 * @example yearPeriod(2026, 4).end === "2027-03-31"
 */
export function yearPeriod(year: number, fiscalStartMonth = 1): Period {
  checkFiscalStart(fiscalStartMonth);
  return spanning(
    { key: String(year), kind: "year", year, quarter: null, month: null },
    monthRun(year, fiscalStartMonth, 12)
  );
}

const PERIOD_PROBLEM = "not a period (use 2026, 2026-Q3 or 2026-07)";

function yearOk(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

const QUARTER_WORDS = /^(q|qtr|quarter|ceturksnis|ceturksna|ceturksni|cet)$/;
const IGNORED_WORDS = new Set(["gada", "gads", "g", "fy", "year", "of", "the"]);
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Years, quarters and months written with words: "Q3 2026", "3. ceturksnis 2026", "jūlijs 2026". */
function parseWords(text: string, fiscalStartMonth: number): Period | null {
  const tokens =
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/\d+|\p{L}+/gu) ?? [];
  let year: number | null = null;
  let quarter: number | null = null;
  let month: number | null = null;
  let quarterWord = false;
  const small: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const next = tokens[i + 1] ?? "";
    if (/^\d{4}$/.test(t)) {
      if (year !== null) return null;
      year = Number(t);
    } else if (/^[1-4]$/.test(t) && next === "q") {
      quarter = Number(t); // "3Q 2026"
      i++;
    } else if (/^\d{1,2}$/.test(t)) {
      small.push(Number(t));
    } else if (QUARTER_WORDS.test(t)) {
      quarterWord = true;
    } else if (ROMAN[t] !== undefined) {
      small.push(ROMAN[t] ?? 0);
    } else if (IGNORED_WORDS.has(t)) {
      continue;
    } else {
      const m = monthFromName(t);
      if (m === null || month !== null) return null;
      month = m;
    }
  }
  if (quarterWord && quarter === null && small.length === 1) quarter = small.pop() ?? null;
  if (year === null || small.length > 0 || !yearOk(year)) return null;
  if (quarter !== null && (month !== null || quarter < 1 || quarter > 4)) return null;
  if (quarter === null && quarterWord) return null;
  if (quarter !== null) return quarterPeriod(year, quarter, fiscalStartMonth);
  if (month !== null) return monthPeriod(year, month);
  return yearPeriod(year, fiscalStartMonth);
}

/** How {@link parsePeriod} reads a number that is a date serial (a month typed as 07.2026). */
export interface PeriodReadOptions {
  date1904?: boolean;
  /** The cell's number format: a date format makes a number the month of that date. */
  numberFormat?: string;
}

/**
 * A period from a cell: `2026` (year, also the number 2026), `2026-Q3`, `Q3 2026`, `2026 Q3`,
 * `3Q 2026`, `3. ceturksnis 2026`, `2026. gada 3. ceturksnis` (quarters), `2026-07`, `07.2026`,
 * `7/2026`, `2026. gada jūlijs`, `jūlijs 2026`, `July 2026`, `Jul 2026` (months); case and
 * diacritics ignored. A number in a date-formatted cell (Excel turns a typed `07.2026` into
 * 2026-07-01) is the month of that date. Problems: "empty",
 * "not a period (use 2026, 2026-Q3 or 2026-07)".
 *
 * @example parsePeriod("2026-Q1", 4) // ok: 2026-04-01 … 2026-06-30
 */
export function parsePeriod(
  input: string | number,
  fiscalStartMonth = 1,
  options: PeriodReadOptions = {}
): Parsed<Period> {
  checkFiscalStart(fiscalStartMonth);
  if (typeof input === "number") {
    if (options.numberFormat && isDateNumberFormat(options.numberFormat)) {
      try {
        const { year, month } = isoParts(serialToIsoDate(input, options.date1904 ?? false));
        return ok(monthPeriod(year, month));
      } catch {
        return fail(PERIOD_PROBLEM);
      }
    }
    return yearOk(input) ? ok(yearPeriod(input, fiscalStartMonth)) : fail(PERIOD_PROBLEM);
  }
  const text = input.replace(/\s+/gu, " ").trim();
  if (text === "") return fail("empty");
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\.?$/.exec(text) ?? null;
  let year = Number(m?.[1]);
  let month = Number(m?.[2]);
  if (!m && (m = /^(\d{1,2})\s*[-/.]\s*(\d{4})\.?$/.exec(text))) {
    year = Number(m[2]);
    month = Number(m[1]);
  }
  if (m) {
    return yearOk(year) && month >= 1 && month <= 12
      ? ok(monthPeriod(year, month))
      : fail(PERIOD_PROBLEM);
  }
  const period = parseWords(text, fiscalStartMonth);
  return period ? ok(period) : fail(PERIOD_PROBLEM);
}

/**
 * The period of a kind that contains a date.
 *
 * @example periodOfDate("2027-02-10", "quarter", 4).key === "2026-Q4"
 */
export function periodOfDate(date: IsoDate, kind: Period["kind"], fiscalStartMonth = 1): Period {
  checkFiscalStart(fiscalStartMonth);
  const { year, month } = isoParts(date);
  if (kind === "month") return monthPeriod(year, month);
  const fiscalYear = month >= fiscalStartMonth ? year : year - 1;
  if (kind === "year") return yearPeriod(fiscalYear, fiscalStartMonth);
  const offset = (month - fiscalStartMonth + 12) % 12;
  return quarterPeriod(fiscalYear, Math.floor(offset / 3) + 1, fiscalStartMonth);
}

/**
 * True when the date falls inside the period (both ends included).
 *
 * @example periodContains(monthPeriod(2026, 7), "2026-07-31") === true
 */
export function periodContains(p: Period, d: IsoDate): boolean {
  return d >= p.start && d <= p.end; // YYYY-MM-DD strings order like the dates
}

/**
 * The calendar month periods inside a period, in order.
 *
 * @example monthsOf(quarterPeriod(2026, 3)).map((m) => m.key) // ["2026-07", "2026-08", "2026-09"]
 */
export function monthsOf(p: Period): Period[] {
  return p.months.map((key) => monthPeriod(Number(key.slice(0, 4)), Number(key.slice(5, 7))));
}
