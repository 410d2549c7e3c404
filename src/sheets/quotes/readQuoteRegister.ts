/**
 * Reading the Quotes and Quote lines registers (SPEC §2, §4): every quote and revision with its
 * lines, statuses as users may have edited them, and Expired derived from the validity date.
 */
import type { Issue, RowCounts } from "../../core/issue";
import type { Cents, IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import { parseQuoteId } from "../../core/quotes/numbering";
import { isExpired, parseQuoteStatus, type QuoteStatus } from "../../core/quotes/status";
import type { SheetBlock } from "../../host/port";
import { booleanOf, numberOf, textOf, type FieldRow } from "../fieldRow";
import { readRows, type ReadOptions, type SheetRead } from "../readRows";
import { parseDepartmentStatus, type DepartmentStatus } from "./departmentStatus";

/**
 * One row of the Quote lines register. Money in cents, ratios as fractions.
 *
 * @example { row: 5, quote: "Q-2026-0007", line: 1, sku: "HW-1004", description: "Monitors 24\"", qty: 2, … }
 */
export interface RegisterQuoteLine {
  /** Excel row in the Quote lines sheet. */
  row: number;
  quote: string;
  /** 1-based position on the quote (the Line column, else the order of the rows). */
  line: number;
  sku: string | null;
  description: string;
  department: string | null;
  qty: number;
  unit: string;
  unitPrice: Cents;
  discount: number;
  /** Null when the row gives none (the standard rate applies). */
  vatRate: number | null;
  optional: boolean;
  net: Cents | null;
  unitCost: Cents | null;
  cost: Cents | null;
  departmentStatus: DepartmentStatus;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

/**
 * One row of the Quotes register with its lines.
 *
 * @example { row: 3, id: "Q-2026-0007-R2", base: "Q-2026-0007", revision: 2, status: "Sent", … }
 */
export interface RegisterQuote {
  /** Excel row in the Quotes sheet. */
  row: number;
  /** Number with revision as written (trimmed). */
  id: string;
  base: string;
  revision: number;
  dealId: string | null;
  account: string | null;
  owner: string | null;
  /** The status as the register states it (Draft when blank or unreadable). */
  storedStatus: QuoteStatus;
  /** The status in effect: Expired when past the validity date and still open. */
  status: QuoteStatus;
  date: IsoDate | null;
  validUntil: IsoDate | null;
  net: Cents | null;
  vat: Cents | null;
  gross: Cents | null;
  cost: Cents | null;
  margin: number | null;
  approvalNeeded: boolean | null;
  approvalReasons: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  sentAt: string | null;
  locale: string | null;
  /** Quote-level discount, fraction (0 when blank). */
  discount: number;
  notes: string | null;
  lines: RegisterQuoteLine[];
}

/** Both registers as read. */
export interface QuoteRegister {
  quotes: RegisterQuote[];
  /** The sheets as read (null when the workbook has no such sheet), for their columns and rows. */
  quotesRead: SheetRead<RegisterQuote> | null;
  linesRead: SheetRead<RegisterQuoteLine> | null;
  issues: Issue[];
  counts: RowCounts;
}

const OPEN: readonly QuoteStatus[] = ["Draft", "Needs approval", "Approved", "Sent"];

/**
 * The status in effect on `today`: an open quote (Draft … Sent) past its validity date is
 * Expired (valid through the whole last day); any other status stands as written.
 *
 * @example effectiveStatus("Sent", "2026-07-31", "2026-08-01") === "Expired"
 */
export function effectiveStatus(
  stored: QuoteStatus,
  validUntil: IsoDate | null,
  today: IsoDate
): QuoteStatus {
  if (validUntil === null || !OPEN.includes(stored)) return stored;
  return isExpired(validUntil, today) ? "Expired" : stored;
}

/**
 * The register quote with this id (trimmed, case-insensitive), or undefined.
 *
 * @example findRegisterQuote(register.quotes, "q-2026-0007-r2")?.revision === 2
 */
export function findRegisterQuote(
  quotes: readonly RegisterQuote[],
  id: string
): RegisterQuote | undefined {
  const key = normalizeKey(id);
  return quotes.find((q) => normalizeKey(q.id) === key);
}

/**
 * Every revision of a quote number, oldest first.
 *
 * @example revisionsOf(register.quotes, "Q-2026-0007").map((q) => q.id) // ["Q-2026-0007", "Q-2026-0007-R2"]
 */
export function revisionsOf(quotes: readonly RegisterQuote[], id: string): RegisterQuote[] {
  const key = normalizeKey(parseQuoteId(id).base);
  return quotes.filter((q) => normalizeKey(q.base) === key).sort((a, b) => a.revision - b.revision);
}

function readLines(block: SheetBlock, options: ReadOptions): SheetRead<RegisterQuoteLine> {
  return readRows(block, "quoteLines", options, (r, context) => {
    const sku = textOf(r, "sku");
    const description = textOf(r, "description") ?? sku;
    if (description === null) {
      return context.skip("description", "a line needs a SKU or a description");
    }
    const unitPrice = numberOf(r, "unitPrice") ?? 0;
    let status: DepartmentStatus = "Pending";
    const statusText = textOf(r, "departmentStatus");
    if (statusText !== null) {
      const parsed = parseDepartmentStatus(statusText);
      if (parsed.ok) status = parsed.value;
      else context.issue("departmentStatus", `${parsed.problem} — taken as Pending`);
    }
    return {
      row: r.row,
      quote: textOf(r, "quote") ?? "",
      line: numberOf(r, "line") ?? 0,
      sku,
      description,
      department: textOf(r, "department"),
      qty: numberOf(r, "qty") ?? 0,
      unit: textOf(r, "unit") ?? "pcs",
      unitPrice,
      discount: numberOf(r, "discount") ?? 0,
      vatRate: numberOf(r, "vatRate"),
      optional: booleanOf(r, "optional") ?? false,
      net: numberOf(r, "net"),
      unitCost: numberOf(r, "unitCost"),
      cost: numberOf(r, "cost"),
      departmentStatus: status,
      confirmedBy: textOf(r, "confirmedBy"),
      confirmedAt: textOf(r, "confirmedAt"),
    };
  });
}

function readQuotes(
  block: SheetBlock,
  options: ReadOptions,
  today: IsoDate
): SheetRead<RegisterQuote> {
  const seen = new Set<string>();
  return readRows(block, "quotes", options, (r: FieldRow, context) => {
    const id = (textOf(r, "quote") ?? "").trim();
    const key = normalizeKey(id);
    if (seen.has(key)) return context.skip("quote", `quote ${id} is listed twice`);
    seen.add(key);
    const { base, revision } = parseQuoteId(id);
    let stored: QuoteStatus = "Draft";
    const statusText = textOf(r, "status");
    if (statusText !== null) {
      const parsed = parseQuoteStatus(statusText);
      if (parsed.ok) stored = parsed.value;
      else context.issue("status", `${parsed.problem} — taken as Draft`);
    }
    const validUntil = textOf(r, "validUntil");
    return {
      row: r.row,
      id,
      base,
      revision,
      dealId: textOf(r, "dealId"),
      account: textOf(r, "account"),
      owner: textOf(r, "owner"),
      storedStatus: stored,
      status: effectiveStatus(stored, validUntil, today),
      date: textOf(r, "date"),
      validUntil,
      net: numberOf(r, "net"),
      vat: numberOf(r, "vat"),
      gross: numberOf(r, "gross"),
      cost: numberOf(r, "cost"),
      margin: numberOf(r, "margin"),
      approvalNeeded: booleanOf(r, "approvalNeeded"),
      approvalReasons: textOf(r, "approvalReasons"),
      approvedBy: textOf(r, "approvedBy"),
      approvedAt: textOf(r, "approvedAt"),
      sentAt: textOf(r, "sentAt"),
      locale: textOf(r, "locale"),
      discount: numberOf(r, "discount") ?? 0,
      notes: textOf(r, "notes"),
      lines: [],
    };
  });
}

/**
 * Reads both registers (either may be missing: null) into quotes with their lines. Lines are
 * matched to quotes by the Quote column (number with revision, case-insensitive) and ordered by
 * their Line number, else their row. Statuses are read in English or Latvian; an unreadable
 * status is an issue and counts as Draft; an open quote past its validity date is Expired
 * (`status`; `storedStatus` keeps what the cell says). A line of a quote the Quotes sheet does
 * not list is an issue (the row is counted as used: it stays in the register). Every row is
 * accounted for: counts of both sheets added.
 *
 * @example readQuoteRegister(quotesBlock, linesBlock, { dateOrder: "DMY" }, "2026-07-03").quotes[0].lines.length
 */
export function readQuoteRegister(
  quotesBlock: SheetBlock | null,
  linesBlock: SheetBlock | null,
  options: ReadOptions,
  today: IsoDate
): QuoteRegister {
  const quotesRead = quotesBlock ? readQuotes(quotesBlock, options, today) : null;
  const linesRead = linesBlock ? readLines(linesBlock, options) : null;
  const issues: Issue[] = [...(quotesRead?.issues ?? []), ...(linesRead?.issues ?? [])];
  const quotes = quotesRead?.rows ?? [];
  const byId = new Map(quotes.map((q) => [normalizeKey(q.id), q]));
  for (const line of linesRead?.rows ?? []) {
    const quote = byId.get(normalizeKey(line.quote));
    if (!quote) {
      issues.push({
        sheet: linesRead?.sheet ?? "Quote lines",
        row: line.row,
        column: linesRead?.columns.quote?.header ?? null,
        value: line.quote,
        problem: `no quote ${line.quote} in ${quotesRead?.sheet ?? "Quotes"} — the line is not part of any quote`,
      });
      continue;
    }
    quote.lines.push(line);
  }
  for (const quote of quotes) {
    const numbered = quote.lines.every((l) => l.line > 0);
    quote.lines.sort((a, b) => (numbered ? a.line - b.line : 0) || a.row - b.row);
    quote.lines.forEach((l, i) => {
      if (l.line <= 0) l.line = i + 1;
    });
  }
  const zero: RowCounts = { read: 0, used: 0, skipped: 0 };
  const a = quotesRead?.counts ?? zero;
  const b = linesRead?.counts ?? zero;
  return {
    quotes,
    quotesRead,
    linesRead,
    issues,
    counts: { read: a.read + b.read, used: a.used + b.used, skipped: a.skipped + b.skipped },
  };
}
