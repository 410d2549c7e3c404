/**
 * The internal view of a quote (SPEC §4): what the team sees and the customer never does —
 * cost and margin per line and in total, the approval state and its reasons with who and when,
 * the department checklist, and for a revision what changed since the one before.
 */
import type { Cents } from "../../core/model";
import { fromCents } from "../../core/money";
import { dateFormat, moneyFormat, percentFormat } from "../../core/numberFormats";
import { isoDateToSerial } from "../../core/parseDate";
import { effectiveLineDiscount, type ApprovalEvaluation } from "../../core/quotes/approval";
import type { QuoteLineInput } from "../../core/quotes/quoteMath";
import { diffQuotes, type DiffField, type QuoteRevisionView } from "../../core/quotes/revisionDiff";
import { QUOTE_STATUS_LABELS } from "../../core/quotes/status";
import type { PlanValue, SheetPlan } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { DEPARTMENT_STATUS_LABELS, type DepartmentState } from "./departmentStatus";
import { PlanGrid } from "./planGrid";
import { quantityFormat, QUOTE_FONT } from "./customerQuotePlan";
import type { QuoteDocument } from "./quoteDocument";
import { internalQuoteLabels, internalSheetName } from "./quoteLabels";

/**
 * What the internal view shows besides the quote itself.
 *
 * @example { quote, customerName: "SIA Koks", approval, approvedBy: null, approvedAt: null,
 *   approvalKeptFrom: null, departments: [], previous: null }
 */
export interface InternalQuoteInput {
  quote: QuoteDocument;
  customerName: string;
  approval: ApprovalEvaluation;
  /** Who approved (or whose approval a revision kept), and when (ISO date or date-time). */
  approvedBy: string | null;
  approvedAt: string | null;
  /** The revision whose approval this one kept, or null. */
  approvalKeptFrom: string | null;
  departments: DepartmentState[];
  /** The revision before this one, for the what-changed table; null for a first revision. */
  previous: { id: string; view: QuoteRevisionView } | null;
}

/**
 * The kind of a quote's internal sheet. @example internalQuoteKind("Q-2026-0007") === "quote:Q-2026-0007:internal"
 */
export function internalQuoteKind(quoteId: string): string {
  return `quote:${quoteId}:internal`;
}

/**
 * A date or date-time as the locale writes it. @example whenText("2026-07-03T10:15", "lv") === "03.07.2026 10:15"
 */
export function whenText(at: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/u.exec(at);
  if (!m) return at;
  const day = locale === "lv" ? `${m[3]}.${m[2]}.${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return m[4] ? `${day} ${m[4]}` : day;
}

const HEADER_FILL = "FCE4D6";

/**
 * The internal sheet `Q-2026-0007 internal` (lv `… iekšējais`), kind `quote:<id>:internal`:
 * the quote's facts; the lines with unit price against list price, effective discount, net
 * before and after the quote discount, unit cost, cost, margin and margin % (and the total over
 * counted lines); the approval (needed, level, reasons, approved by and at); the department
 * checklist (status, who, when); for a revision, the what-changed table of `diffQuotes` (lines
 * added, removed, changed field by field; net, VAT and gross before and after). Plain values with
 * number formats, landscape A4.
 *
 * @example internalQuotePlan(input, "en").name === "Q-2026-0007 internal"
 */
export function internalQuotePlan(
  input: InternalQuoteInput,
  locale: Locale,
  options: { date1904?: boolean } = {}
): SheetPlan {
  const { quote, approval } = input;
  const L = internalQuoteLabels(locale);
  const money = moneyFormat(locale, quote.currency);
  const percent = percentFormat(locale);
  const g = new PlanGrid();
  const bold = { font: { bold: true } };
  const totals = quote.totals;
  const width = 15;

  g.set(1, 1, `${quote.id} — ${L.title}`);
  g.format({ row: 1, column: 1, rows: 1, columns: 1 }, { font: { bold: true, size: 14 } });
  g.set(2, 1, L.notForCustomer);
  g.format({ row: 2, column: 1, rows: 1, columns: 1 }, { font: { italic: true, color: "C00000" } });
  const facts: [string, PlanValue][] = [
    [L.deal, quote.dealId],
    [L.customer, input.customerName],
    [L.owner, quote.owner],
    [L.status, QUOTE_STATUS_LABELS[locale][quote.status]],
    [L.date, isoDateToSerial(quote.date, options.date1904 === true)],
    [L.validUntil, isoDateToSerial(quote.validUntil, options.date1904 === true)],
    [L.quoteDiscount, quote.quoteDiscount],
  ];
  facts.forEach(([label, value], i) => g.setRow(4 + i, 1, [label, null, value]));
  g.format({ row: 4, column: 1, rows: facts.length, columns: 1 }, bold);
  g.format(
    { row: 8, column: 3, rows: 2, columns: 1 },
    {
      numberFormat: dateFormat(locale),
      horizontalAlignment: "left",
    }
  );
  g.format(
    { row: 10, column: 3, rows: 1, columns: 1 },
    {
      numberFormat: percent,
      horizontalAlignment: "left",
    }
  );

  // Lines with cost and margin.
  let row = 4 + facts.length + 1;
  g.set(row, 1, L.lines);
  g.format({ row, column: 1, rows: 1, columns: 1 }, { font: { bold: true, size: 12 } });
  row++;
  const C = L.columns;
  g.setRow(row, 1, [
    C.no,
    C.sku,
    C.description,
    C.department,
    C.qty,
    C.unitPrice,
    C.listPrice,
    C.discount,
    C.net,
    C.netAfterDiscount,
    C.unitCost,
    C.cost,
    C.margin,
    C.marginPercent,
    C.optional,
  ]);
  g.format(
    { row, column: 1, rows: 1, columns: width },
    {
      font: { bold: true },
      fill: HEADER_FILL,
      wrapText: true,
      border: { edges: "all", style: "thin", color: "BFBFBF" },
    }
  );
  const headerRow = row;
  quote.lines.forEach((line, i) => {
    const r = totals.lines[i];
    row++;
    const margin = r && r.cost !== null ? r.netAfterDiscount - r.cost : null;
    g.setRow(row, 1, [
      i + 1,
      line.sku,
      line.description,
      line.department,
      line.qty,
      fromCents(line.unitPrice),
      line.listPrice === null ? null : fromCents(line.listPrice),
      effectiveLineDiscount(line),
      r ? fromCents(r.net) : null,
      r ? fromCents(r.netAfterDiscount) : null,
      line.unitCost === null ? null : fromCents(line.unitCost),
      r && r.cost !== null ? fromCents(r.cost) : null,
      margin === null ? null : fromCents(margin),
      r?.margin ?? null,
      line.optional ? L.yes : L.no,
    ]);
  });
  row++;
  const countedNet = totals.net;
  g.setRow(row, 1, [
    L.total,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    fromCents(totals.subtotal),
    fromCents(countedNet),
    null,
    totals.costKnown ? fromCents(totals.cost) : null,
    totals.costKnown ? fromCents(countedNet - totals.cost) : null,
    totals.margin,
    null,
  ]);
  g.format(
    { row, column: 1, rows: 1, columns: width },
    {
      font: { bold: true },
      border: { edges: "top", style: "thin" },
    }
  );
  const bodyRows = row - headerRow;
  for (const c of [6, 7, 9, 10, 11, 12, 13]) {
    g.format(
      { row: headerRow + 1, column: c, rows: bodyRows, columns: 1 },
      { numberFormat: money }
    );
  }
  for (const c of [8, 14]) {
    g.format(
      { row: headerRow + 1, column: c, rows: bodyRows, columns: 1 },
      { numberFormat: percent }
    );
  }
  g.format({ row: headerRow + 1, column: 3, rows: bodyRows, columns: 1 }, { wrapText: true });
  g.format(
    { row: headerRow + 1, column: 5, rows: bodyRows, columns: 1 },
    {
      numberFormat: quantityFormat(locale),
    }
  );

  // Approval.
  row += 2;
  g.set(row, 1, L.approval);
  g.format({ row, column: 1, rows: 1, columns: 1 }, { font: { bold: true, size: 12 } });
  row++;
  const approvalFacts: [string, string][] = [[L.approvalNeeded, approval.needed ? L.yes : L.no]];
  if (approval.needed && approval.level !== null) {
    approvalFacts.push([L.approvalLevel, approval.level]);
  }
  if (approval.needed) {
    approvalFacts.push([L.approvedBy, input.approvedBy ?? L.notApproved]);
    if (input.approvedAt !== null)
      approvalFacts.push([L.approvedAt, whenText(input.approvedAt, locale)]);
    if (input.approvalKeptFrom !== null) {
      approvalFacts.push(["", L.carriedOver.replace("{id}", input.approvalKeptFrom)]);
    }
  }
  approvalFacts.forEach(([label, value], i) => g.setRow(row + i, 1, [label, null, value]));
  g.format({ row, column: 1, rows: approvalFacts.length, columns: 1 }, bold);
  row += approvalFacts.length;
  g.set(row, 1, L.reasons);
  g.format({ row, column: 1, rows: 1, columns: 1 }, bold);
  if (approval.reasons.length === 0) {
    g.set(row, 3, L.noReasons);
    row++;
  } else {
    for (const reason of approval.reasons) {
      g.set(row, 3, reason[locale]);
      row++;
    }
  }

  // Departments.
  row++;
  g.set(row, 1, L.departments);
  g.format({ row, column: 1, rows: 1, columns: 1 }, { font: { bold: true, size: 12 } });
  row++;
  if (input.departments.length === 0) {
    g.set(row, 1, L.noDepartments);
    row++;
  } else {
    const D = L.departmentColumns;
    g.setRow(row, 1, [D.department, null, D.lines, D.status, D.by, D.at]);
    g.format({ row, column: 1, rows: 1, columns: 6 }, { font: { bold: true }, fill: HEADER_FILL });
    row++;
    for (const d of input.departments) {
      g.setRow(row, 1, [
        d.department,
        null,
        d.lines.join(", "),
        DEPARTMENT_STATUS_LABELS[locale][d.status],
        d.by,
        d.at === null ? null : whenText(d.at, locale),
      ]);
      row++;
    }
  }

  // What changed since the revision before.
  if (input.previous !== null) {
    row++;
    const diff = diffQuotes(input.previous.view, { lines: quote.lines, totals });
    g.set(row, 1, L.changes.replace("{id}", input.previous.id));
    g.format({ row, column: 1, rows: 1, columns: 1 }, { font: { bold: true, size: 12 } });
    row++;
    const X = L.changeColumns;
    g.setRow(row, 1, [X.change, X.sku, X.description, X.field, X.before, X.after]);
    g.format({ row, column: 1, rows: 1, columns: 6 }, { font: { bold: true }, fill: HEADER_FILL });
    row++;
    const describe = (line: QuoteLineInput): [string | null, string] => [
      line.sku,
      line.description,
    ];
    const fieldValue = (field: DiffField, value: number | boolean): PlanValue => {
      if (typeof value === "boolean") return value ? L.yes : L.no;
      return field === "unitPrice" ? fromCents(value) : value;
    };
    const fieldFormat = (field: DiffField): string | undefined =>
      field === "unitPrice"
        ? money
        : field === "discount" || field === "vatRate"
          ? percent
          : undefined;
    if (diff.added.length + diff.removed.length + diff.changed.length === 0) {
      g.set(row, 1, L.unchanged);
      row++;
    }
    for (const line of diff.added) {
      g.setRow(row, 1, [L.added, ...describe(line), L.fields.qty, null, line.qty]);
      row++;
    }
    for (const line of diff.removed) {
      g.setRow(row, 1, [L.removed, ...describe(line), L.fields.qty, line.qty, null]);
      row++;
    }
    for (const change of diff.changed) {
      for (const c of change.changes) {
        g.setRow(row, 1, [
          L.changed,
          ...describe(change.after),
          L.fields[c.field],
          fieldValue(c.field, c.before),
          fieldValue(c.field, c.after),
        ]);
        const format = fieldFormat(c.field);
        if (format !== undefined)
          g.format({ row, column: 5, rows: 1, columns: 2 }, { numberFormat: format });
        row++;
      }
    }
    row++;
    g.setRow(row, 1, [L.totalsBeforeAfter, null, null, null, X.before, X.after]);
    g.format({ row, column: 1, rows: 1, columns: 6 }, bold);
    row++;
    const totalRows: [string, { before: Cents; after: Cents }][] = [
      [L.net, diff.totals.net],
      [L.vat, diff.totals.vat],
      [L.gross, diff.totals.gross],
    ];
    for (const [label, t] of totalRows) {
      g.setRow(row, 1, [label, null, null, null, fromCents(t.before), fromCents(t.after)]);
      g.format({ row, column: 5, rows: 1, columns: 2 }, { numberFormat: money });
      row++;
    }
  }

  return {
    name: internalSheetName(quote.id, locale),
    kind: internalQuoteKind(quote.id),
    values: g.values(),
    formats: g.formats,
    columnWidths: [6, 11, 36, 14, 8, 12, 12, 10, 12, 14, 12, 12, 12, 10, 9],
    font: { ...QUOTE_FONT },
    freeze: { rows: 0, columns: 0 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    tabColor: "C00000",
  };
}
