/**
 * The rows a quote adds to the Quotes and Quote lines registers, laid out in the register's own
 * column order (SPEC §8: appends land in the right columns whatever the order), and the
 * register sheets themselves when the workbook has none yet.
 */
import { fromCents } from "../../core/money";
import { isDateNumberFormat, isoDateToSerial } from "../../core/parseDate";
import type { ApprovalEvaluation } from "../../core/quotes/approval";
import { QUOTE_STATUS_LABELS } from "../../core/quotes/status";
import { parseQuoteId } from "../../core/quotes/numbering";
import type { PlanValue, SheetPlan } from "../../host/port";
import { SHEET_FIELDS } from "../fields";
import { inputSheetPlan } from "../inputSheetPlans";
import type { Locale } from "../sheetKinds";
import { DEPARTMENT_STATUS_LABELS, type DepartmentStatus } from "./departmentStatus";
import type { QuoteDocument } from "./quoteDocument";

/** A date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:MM`) for a register cell. */
export interface RegisterDate {
  date: string;
}

/** A register cell before it is placed: a plan value, or a date written as the column wants. */
export type RegisterCell = PlanValue | RegisterDate;

/** One register row by field key (`quote`, `status`, `net`, …). */
export type RegisterRecord = Record<string, RegisterCell>;

function isRegisterDate(cell: RegisterCell): cell is RegisterDate {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

/**
 * A date cell's value: the serial (with the time of day as its fraction) when the column shows
 * dates, else the ISO text, which every reader takes back exactly.
 *
 * @example dateCellValue("2026-07-03T12:00", true, false) === 46206.5
 * @example dateCellValue("2026-07-03", false, false) === "2026-07-03"
 */
export function dateCellValue(iso: string, asSerial: boolean, date1904: boolean): PlanValue {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/u.exec(iso);
  if (!m || !m[1]) return iso;
  if (!asSerial) return m[2] ? `${m[1]} ${m[2]}:${m[3] ?? "00"}` : m[1];
  const serial = isoDateToSerial(m[1], date1904);
  if (!m[2]) return serial;
  return serial + (Number(m[2]) * 60 + Number(m[3])) / 1440;
}

/**
 * A register cell as written into a column whose number format is `numberFormat`.
 *
 * @example registerValue({ date: "2026-07-03" }, "dd.mm.yyyy", false) === 46206
 */
export function registerValue(
  cell: RegisterCell,
  numberFormat: string,
  date1904: boolean
): PlanValue {
  if (!isRegisterDate(cell)) return cell;
  return dateCellValue(cell.date, isDateNumberFormat(numberFormat), date1904);
}

function yesNo(value: boolean, locale: Locale): string {
  if (locale === "lv") return value ? "jā" : "nē";
  return value ? "yes" : "no";
}

/** What a Quotes row says besides the quote's figures. */
export interface QuoteRowExtras {
  account: string;
  /** The language of the quote's sheets (the Locale column). */
  locale: Locale;
  /** The language of the register's words (status, yes/no, reasons). */
  words: Locale;
  approval: ApprovalEvaluation;
  approvedBy: string | null;
  /** ISO date or date-time. */
  approvedAt: string | null;
  notes: string | null;
}

/**
 * The Quotes register row of a quote: number with revision, revision, deal, account, owner,
 * status (in the locale's words), date, valid until, net, VAT, gross, cost (when every line's
 * is known), margin, approval needed, its reasons, approved by and at, locale, discount, notes.
 *
 * @example quoteRegisterRecord(quote, extras).status === "Jāapstiprina" // lv, needing approval
 */
export function quoteRegisterRecord(quote: QuoteDocument, extras: QuoteRowExtras): RegisterRecord {
  const t = quote.totals;
  const locale = extras.words;
  return {
    quote: quote.id,
    revision: parseQuoteId(quote.id).revision,
    dealId: quote.dealId,
    account: extras.account,
    owner: quote.owner,
    status: QUOTE_STATUS_LABELS[locale][quote.status],
    date: { date: quote.date },
    validUntil: { date: quote.validUntil },
    net: fromCents(t.net),
    vat: fromCents(t.vat),
    gross: fromCents(t.gross),
    cost: t.costKnown ? fromCents(t.cost) : null,
    margin: t.margin,
    approvalNeeded: yesNo(extras.approval.needed, locale),
    approvalReasons:
      extras.approval.reasons.length === 0
        ? null
        : extras.approval.reasons.map((r) => r[locale]).join("; "),
    approvedBy: extras.approvedBy,
    approvedAt: extras.approvedAt === null ? null : { date: extras.approvedAt },
    sentAt: null,
    locale: extras.locale,
    discount: quote.quoteDiscount,
    notes: extras.notes,
  };
}

/** A line's department state as the register records it. */
export interface LineDepartmentState {
  status: DepartmentStatus;
  by: string | null;
  at: string | null;
}

/**
 * The Quote lines register rows of a quote, one per line in quote order: quote, line number,
 * SKU, description, department, qty, unit, unit price, discount, VAT rate, optional, net (before
 * the quote discount), unit cost, cost, department status, confirmed by and at.
 *
 * @example quoteLineRecords(quote, states, "en")[0].departmentStatus === "Pending"
 */
export function quoteLineRecords(
  quote: QuoteDocument,
  states: readonly LineDepartmentState[],
  locale: Locale
): RegisterRecord[] {
  return quote.lines.map((line, i) => {
    const result = quote.totals.lines[i];
    const state = states[i] ?? { status: "Pending", by: null, at: null };
    return {
      quote: quote.id,
      line: i + 1,
      sku: line.sku,
      description: line.description,
      department: line.department,
      qty: line.qty,
      unit: line.unit,
      unitPrice: fromCents(line.unitPrice),
      discount: line.discount,
      vatRate: line.vatRate,
      optional: yesNo(line.optional, locale),
      net: result ? fromCents(result.net) : null,
      unitCost: line.unitCost === null ? null : fromCents(line.unitCost),
      cost: result?.cost == null ? null : fromCents(result.cost),
      departmentStatus:
        line.department === null ? null : DEPARTMENT_STATUS_LABELS[locale][state.status],
      confirmedBy: state.by,
      confirmedAt: state.at === null ? null : { date: state.at },
    };
  });
}

/** Where a register's columns are: field key → Excel column (1-based). */
export type RegisterColumns = Readonly<Record<string, { column: number }>>;

/**
 * One record as a row of cells from `firstColumn` to the last mapped column, each value in its
 * field's column (fields the sheet has no column for are left out; other columns stay empty).
 * `formatOf` gives the number format a column's cells show (for dates: serial or ISO text).
 *
 * @example recordInColumns({ quote: "Q-1", net: 10 }, { net: { column: 1 }, quote: { column: 3 } }, 1, () => "General", false)
 * // [10, null, "Q-1"]
 */
export function recordInColumns(
  record: RegisterRecord,
  columns: RegisterColumns,
  firstColumn: number,
  formatOf: (column: number) => string,
  date1904: boolean
): PlanValue[] {
  const last = Math.max(firstColumn, ...Object.values(columns).map((c) => c.column));
  const row: PlanValue[] = Array.from({ length: last - firstColumn + 1 }, () => null);
  for (const [key, cell] of Object.entries(record)) {
    const at = columns[key]?.column;
    if (at === undefined || at < firstColumn) continue;
    row[at - firstColumn] = registerValue(cell, formatOf(at), date1904);
  }
  return row;
}

/**
 * A register sheet (Quotes or Quote lines) holding `records`, for a workbook that has none:
 * `init`'s sheet (headers in the locale, an Excel table, formats on every data row) with the
 * rows in it. It belongs to the user once written, like every input sheet.
 *
 * @example registerSheetPlan("quotes", "lv", [record]).name === "Piedāvājumi"
 */
export function registerSheetPlan(
  kind: "quotes" | "quoteLines",
  locale: Locale,
  records: readonly RegisterRecord[],
  date1904 = false
): SheetPlan {
  const base = inputSheetPlan(kind, locale);
  const fields = SHEET_FIELDS[kind];
  const header = base.values[0] ?? [];
  const n = Math.max(1, records.length);
  const formatOf = (column: number): string =>
    base.formats?.find((f) => f.range.row === 2 && f.range.column === column)?.numberFormat ??
    "General";
  const columns = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));
  const rows = records.map((r) => {
    const row = recordInColumns(r, columns, 1, formatOf, date1904);
    while (row.length < fields.length) row.push(null);
    return row;
  });
  return {
    ...base,
    values: [header, ...(rows.length > 0 ? rows : [fields.map(() => null)])],
    formats: (base.formats ?? []).map((f) =>
      f.range.row === 2 ? { ...f, range: { ...f.range, rows: n } } : f
    ),
    tables: (base.tables ?? []).map((t) => ({ ...t, range: { ...t.range, rows: 1 + n } })),
    owner: "user",
  };
}
