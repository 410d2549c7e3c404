/**
 * A rep's call sheet (SPEC §3 hand-off): the leads they are to call, A leads first, each with its
 * follow-up due date and the columns a rep fills in after the call (Outcome, Notes, Next step,
 * Next step date). Deal Desk's own sheet, replaced when regenerated.
 */
import type { IsoDate } from "../../core/model";
import { isoDateToSerial } from "../../core/parseDate";
import type { FormatBlock, PlanValue, SheetPlan } from "../../host/port";
import { sanitizeSheetName } from "../sheetNames";
import type { Locale } from "../sheetKinds";
import { CALL_OUTCOMES, LEAD_WORDS } from "./leadWords";

/** One lead on a call sheet. */
export interface CallRow {
  id: string | null;
  grade: string;
  score: number;
  /** When the call is due; null for D leads. */
  due: IsoDate | null;
  company: string;
  contact: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  city: string | null;
  country: string | null;
  status: string | null;
  /** Why the score: the points explained. */
  why: string;
}

const HEADERS: Record<Locale, string[]> = {
  en: [
    "Lead ID",
    "Grade",
    "Score",
    "Due",
    "Company",
    "Contact",
    "Title",
    "Phone",
    "E-mail",
    "City",
    "Country",
    "Status",
    "Why",
    "Outcome",
    "Notes",
    "Next step",
    "Next step date",
  ],
  lv: [
    "Līda ID",
    "Kategorija",
    "Punkti",
    "Termiņš",
    "Uzņēmums",
    "Kontaktpersona",
    "Amats",
    "Tālrunis",
    "E-pasts",
    "Pilsēta",
    "Valsts",
    "Statuss",
    "Kāpēc",
    "Rezultāts",
    "Piezīmes",
    "Nākamais solis",
    "Nākamā soļa datums",
  ],
};

const WIDTHS = [10, 11, 8, 12, 30, 20, 18, 16, 28, 12, 8, 14, 48, 16, 32, 18, 14];

/** The first row of the data (the header is the row above). */
export const CALL_SHEET_HEADER_ROW = 4;

/**
 * The sheet kind of an owner's call sheet. @example callSheetKind("Anna Bērziņa") === "leads:calls:Anna Bērziņa"
 */
export function callSheetKind(owner: string): string {
  return `leads:calls:${owner}`;
}

/**
 * The wanted name of an owner's call sheet (a valid Excel name).
 * @example callSheetName("Anna Bērziņa", "lv") === "Zvani Anna Bērziņa"
 */
export function callSheetName(owner: string, locale: Locale): string {
  return sanitizeSheetName(`${locale === "lv" ? "Zvani" : "Calls"} ${owner}`);
}

const GRADE_ORDER: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, D: 3 };

/**
 * Call rows in calling order: by grade (A first), then due date (earliest first, none last),
 * then score (highest first), then Lead ID.
 */
export function callOrder(rows: readonly CallRow[]): CallRow[] {
  return [...rows].sort(
    (a, b) =>
      (GRADE_ORDER[a.grade] ?? 4) - (GRADE_ORDER[b.grade] ?? 4) ||
      (a.due ?? "9999").localeCompare(b.due ?? "9999") ||
      b.score - a.score ||
      (a.id ?? "").localeCompare(b.id ?? "")
  );
}

/**
 * The call sheet of one owner: a title, a line with the date, the count and the outcomes to
 * write, then a table of the leads in calling order; due dates before `today` are shown red.
 *
 * @example callSheetPlan("Anna Bērziņa", rows, "2026-11-27", "lv").name === "Zvani Anna Bērziņa"
 */
export function callSheetPlan(
  owner: string,
  rows: readonly CallRow[],
  today: IsoDate,
  locale: Locale,
  date1904 = false
): SheetPlan {
  const words = LEAD_WORDS[locale];
  const headers = HEADERS[locale];
  const n = headers.length;
  const ordered = callOrder(rows);
  const outcomes = CALL_OUTCOMES.map((o) => words.outcome[o]).join(" / ");
  const title = locale === "lv" ? `Zvani — ${owner}` : `Calls — ${owner}`;
  const todayText = locale === "lv" ? today.split("-").reverse().join(".") : today;
  const subtitle =
    locale === "lv"
      ? `${todayText} · ${ordered.length} potenciālie klienti, A vispirms · Rezultāts: ${outcomes}`
      : `${todayText} · ${ordered.length} leads, A first · Outcome: ${outcomes}`;
  const values: PlanValue[][] = [[title], [subtitle], [], headers];
  for (const r of ordered) {
    values.push([
      r.id,
      r.grade,
      r.score,
      r.due === null ? null : isoDateToSerial(r.due, date1904),
      r.company,
      r.contact,
      r.title,
      r.phone,
      r.email,
      r.city,
      r.country,
      r.status,
      r.why,
      null,
      null,
      null,
      null,
    ]);
  }
  const first = CALL_SHEET_HEADER_ROW + 1;
  const count = Math.max(1, ordered.length);
  if (ordered.length === 0) values.push(headers.map(() => null));
  const formats: FormatBlock[] = [
    { range: { row: 1, column: 1, rows: 1, columns: 1 }, font: { bold: true, size: 14 } },
    { range: { row: 2, column: 1, rows: 1, columns: 1 }, font: { italic: true, color: "595959" } },
    {
      range: { row: CALL_SHEET_HEADER_ROW, column: 1, rows: 1, columns: n },
      font: { bold: true },
    },
    {
      range: { row: first, column: 4, rows: count, columns: 1 },
      numberFormat: words.dateFormat,
    },
    {
      range: { row: first, column: 17, rows: count, columns: 1 },
      numberFormat: words.dateFormat,
    },
    { range: { row: first, column: 1, rows: count, columns: 1 }, numberFormat: "@" },
    { range: { row: first, column: 8, rows: count, columns: 1 }, numberFormat: "@" },
    { range: { row: first, column: 13, rows: count, columns: 1 }, wrapText: true },
    {
      range: { row: first, column: 14, rows: count, columns: 4 },
      fill: "FFF9E5",
    },
  ];
  return {
    name: callSheetName(owner, locale),
    kind: callSheetKind(owner),
    values,
    formats,
    columnWidths: WIDTHS,
    font: { name: "Calibri", size: 11 },
    freeze: { rows: CALL_SHEET_HEADER_ROW, columns: 0 },
    tables: [
      {
        name: `Calls_${owner}`,
        range: { row: CALL_SHEET_HEADER_ROW, column: 1, rows: 1 + count, columns: n },
        style: "TableStyleLight9",
      },
    ],
    conditionalFormats: [
      {
        type: "cellValue",
        range: { row: first, column: 4, rows: count, columns: 1 },
        // "between 1 and yesterday", not "less than today": a blank due date (D) is no overdue.
        operator: "between",
        values: ["1", String(isoDateToSerial(today, date1904) - 1)],
        fill: "F8CBAD",
        fontColor: "9C0006",
      },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: CALL_SHEET_HEADER_ROW, last: CALL_SHEET_HEADER_ROW },
    },
  };
}
