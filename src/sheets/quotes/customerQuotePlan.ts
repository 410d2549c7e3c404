/**
 * The customer sheet of a quote (SPEC §4): what the customer receives. Seller and customer
 * blocks, the quote number and dates, the lines, totals with VAT per rate — all totals as live
 * formulas over the sheet's own cells, each carrying the engine's result — the amount in words,
 * terms and signature lines. Print-ready on A4.
 *
 * Nothing internal is written here: no cost, margin, department status or approval data, in no
 * cell, hidden row, comment or name.
 */
import { amountInWordsEn, amountInWordsLv } from "../../core/latvia/amountInWords";
import { fromCents } from "../../core/money";
import { dateFormat, moneyFormat, percentFormat } from "../../core/numberFormats";
import { isoDateToSerial } from "../../core/parseDate";
import type { FormulaValue, PlanValue, SheetPlan } from "../../host/port";
import type { Settings } from "../settings";
import { DEFAULT_PAYMENT_TERMS } from "../settings";
import { ibanText } from "../settings/companyIds";
import type { Locale } from "../sheetKinds";
import { cellRef, PlanGrid } from "./planGrid";
import type { QuoteCustomer, QuoteDocument } from "./quoteDocument";
import { customerQuoteLabels } from "./quoteLabels";

/** The font of quote sheets: set explicitly so Excel and LibreOffice lay the page out alike. */
export const QUOTE_FONT = { name: "Arial", size: 10 } as const;

/** Row of the line table's header on the customer sheet (repeated on every printed page). */
export const CUSTOMER_HEADER_ROW = 13;

// Columns of the customer sheet (B code and E unit are written with their row).
const NO = 1;
const DESC = 3;
const QTY = 4;
const PRICE = 6;
const DISC = 7;
const NET = 8;
const RATE = 9;
const VAT = 10;
const LAST_COLUMN = 10;

const HEADER_FILL = "D9E1F2";

/** Quantities as typed (1,255 in lv, 1.255 in en), with the separators of the quote's locale. */
export function quantityFormat(locale: Locale): string {
  return locale === "lv" ? "[$-426]General" : "[$-1809]General";
}
const GRID = "BFBFBF";

/**
 * The kind of a quote's customer sheet, stored with it so later runs recognise it.
 *
 * @example customerQuoteKind("Q-2026-0007") === "quote:Q-2026-0007:customer"
 */
export function customerQuoteKind(quoteId: string): string {
  return `quote:${quoteId}:customer`;
}

function formula(text: string, cents: number): FormulaValue {
  return { formula: text, result: fromCents(cents) };
}

function dateText(iso: string, locale: Locale): string {
  if (locale === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

function labelled(label: string, value: string | null | undefined): string | null {
  const v = value?.trim() ?? "";
  return v === "" ? null : `${label} ${v}`;
}

/**
 * The customer sheet of a quote, named by its number (`Q-2026-0007`, `Q-2026-0007-R2`), kind
 * `quote:<id>:customer`. Layout: title, number and dates (rows 1–3); seller and customer blocks
 * (rows 5–11); the line table from row 13 (No, code, description, qty, unit, unit price,
 * discount, net, VAT %, and the line's VAT in `per-line` mode); subtotal, the quote discount,
 * VAT by rate, totals; the amount in words; the optional lines in their own block, not in any
 * total; payment terms, validity and signature lines.
 *
 * Live formulas (each with the engine's result as its cached value): line net
 * `ROUND(qty*price*(1-disc),2)`; subtotal `SUM`; quote discount `ROUND(subtotal*pct,2)`; per VAT
 * rate the group's lines by `SUMIF` over the VAT % column, its part of the quote discount by the
 * running-share formula of `runningShares`, its VAT `ROUND(net*rate,2)` (`per-rate`) or the sum
 * of the lines' VAT cells (`per-line`, where each line's VAT is ROUND of its net after its own
 * running share of the group's discount × rate); net, VAT and gross totals.
 *
 * A4 portrait, fit to width, the table header repeated on every page, print area set; explicit
 * font and number formats (`1 234,56 €` in lv). Dates are serials of the workbook's date system
 * (`options.date1904`). Throws RangeError when the quote has no counted
 * line (there would be no table to total).
 *
 * @example customerQuotePlan(quote, settings, { name: "SIA Koks", regNo: null, vatNo: null, address: null }, "lv").name === quote.id
 */
export function customerQuotePlan(
  quote: QuoteDocument,
  settings: Settings,
  customer: QuoteCustomer,
  locale: Locale,
  options: { date1904?: boolean } = {}
): SheetPlan {
  const date1904 = options.date1904 === true;
  const L = customerQuoteLabels(locale);
  const money = moneyFormat(locale, quote.currency);
  const percent = percentFormat(locale);
  const date = dateFormat(locale);
  const perLine = quote.vatRounding === "per-line";
  const totals = quote.totals;
  const g = new PlanGrid();
  const bold = { font: { bold: true } };

  // Title, number and dates.
  g.set(1, NO, L.title);
  g.format({ row: 1, column: NO, rows: 1, columns: 3 }, { font: { bold: true, size: 16 } });
  g.setRow(1, PRICE, [L.number, null, quote.id]);
  g.setRow(2, PRICE, [L.date, null, isoDateToSerial(quote.date, date1904)]);
  g.setRow(3, PRICE, [L.validUntil, null, isoDateToSerial(quote.validUntil, date1904)]);
  g.format({ row: 1, column: NET, rows: 1, columns: 1 }, bold);
  g.format(
    { row: 2, column: NET, rows: 2, columns: 1 },
    {
      numberFormat: date,
      horizontalAlignment: "left",
    }
  );

  // Seller and customer.
  g.set(5, NO, L.seller);
  g.set(5, PRICE, L.customer);
  g.format({ row: 5, column: NO, rows: 2, columns: LAST_COLUMN }, bold);
  const seller: (string | null)[] = [
    settings.companyName.trim() || null,
    labelled(L.regNo, settings.companyRegNo),
    labelled(L.vatNo, settings.companyVatNo),
    settings.companyAddress.trim() || null,
    labelled(L.iban, settings.bankIban === "" ? "" : ibanText(settings.bankIban)),
    labelled(L.bic, settings.bankBic),
  ];
  const buyer: (string | null)[] = [
    customer.name,
    labelled(L.regNo, customer.regNo),
    labelled(L.vatNo, customer.vatNo),
    customer.address?.trim() || null,
  ];
  seller.forEach((text, i) => g.set(6 + i, NO, text));
  buyer.forEach((text, i) => g.set(6 + i, PRICE, text));

  // The line table.
  const header = CUSTOMER_HEADER_ROW;
  const C = L.columns;
  g.setRow(header, NO, [
    C.no,
    C.sku,
    C.description,
    C.qty,
    C.unit,
    C.unitPrice,
    C.discount,
    C.net,
    C.vatRate,
    perLine ? C.vat : null,
  ]);
  const tableColumns = perLine ? VAT : RATE;
  g.format(
    { row: header, column: NO, rows: 1, columns: tableColumns },
    {
      font: { bold: true },
      fill: HEADER_FILL,
      border: { edges: "all", style: "thin", color: GRID },
      verticalAlignment: "center",
      wrapText: true,
    }
  );
  g.format(
    { row: header, column: QTY, rows: 1, columns: tableColumns - QTY + 1 },
    {
      horizontalAlignment: "right",
    }
  );

  const counted = quote.lines
    .map((l, i) => ({ line: l, result: totals.lines[i] }))
    .filter((x) => !x.line.optional);
  const optional = quote.lines
    .map((l, i) => ({ line: l, result: totals.lines[i] }))
    .filter((x) => x.line.optional);
  if (counted.length === 0) throw new RangeError(`Quote ${quote.id} has no counted line`);
  const first = header + 1;
  const last = header + counted.length;

  // Group rows are placed after the lines; their row numbers are needed by per-line VAT formulas.
  const subtotalRow = last + 2;
  const hasDiscount = quote.quoteDiscount !== 0;
  const discountRow = hasDiscount ? subtotalRow + 1 : null;
  const breakdownHeader = (discountRow ?? subtotalRow) + 2;
  const groupRow = new Map<number, number>();
  totals.groups.forEach((grp, k) => groupRow.set(grp.rate, breakdownHeader + 1 + k));
  const groupFirst = breakdownHeader + 1;
  const groupLast = breakdownHeader + totals.groups.length;
  const rateOf = (rate: number): number | undefined => {
    for (const [r, row] of groupRow) if (Math.abs(r - rate) < 1e-9) return row;
    return undefined;
  };

  const lineCells = (
    row: number,
    no: number,
    item: (typeof counted)[number],
    inTable: boolean
  ): void => {
    const { line, result } = item;
    if (!result) return;
    g.setRow(row, NO, [no, line.sku, line.description, line.qty, line.unit]);
    g.set(row, PRICE, fromCents(line.unitPrice));
    g.set(row, DISC, line.discount);
    g.set(
      row,
      NET,
      formula(
        `ROUND(${cellRef(row, QTY)}*${cellRef(row, PRICE)}*(1-${cellRef(row, DISC)}),2)`,
        result.net
      )
    );
    g.set(row, RATE, line.vatRate);
    if (!perLine) return;
    const net = cellRef(row, NET);
    const rate = cellRef(row, RATE);
    const b = inTable ? rateOf(line.vatRate) : undefined;
    if (!hasDiscount || b === undefined) {
      g.set(row, VAT, formula(`ROUND(${net}*${rate},2)`, result.vat ?? 0));
      return;
    }
    // The line's running share of its group's part of the quote discount (runningShares).
    const share = cellRef(b, DISC, "both");
    const base = cellRef(b, PRICE, "both");
    const key = cellRef(b, QTY, "both");
    const upTo = (r: number): string =>
      `ROUND(${share}*SUMIF(${cellRef(first, RATE, "row")}:${cellRef(r, RATE)},${key},${cellRef(first, NET, "row")}:${cellRef(r, NET)})/${base},2)`;
    const lineShare = row === first ? upTo(row) : `${upTo(row)}-${upTo(row - 1)}`;
    g.set(
      row,
      VAT,
      formula(`ROUND((${net}-IF(${share}=0,0,${lineShare}))*${rate},2)`, result.vat ?? 0)
    );
  };

  counted.forEach((item, i) => lineCells(first + i, i + 1, item, true));
  const lineBlock = (from: number, to: number): void => {
    g.format(
      { row: from, column: NO, rows: to - from + 1, columns: tableColumns },
      {
        border: { edges: "all", style: "thin", color: GRID },
        verticalAlignment: "top",
      }
    );
    g.format({ row: from, column: DESC, rows: to - from + 1, columns: 1 }, { wrapText: true });
    g.format(
      { row: from, column: QTY, rows: to - from + 1, columns: 1 },
      {
        numberFormat: quantityFormat(locale),
      }
    );
    g.format(
      { row: from, column: QTY + 1, rows: to - from + 1, columns: 1 },
      {
        horizontalAlignment: "center",
      }
    );
    g.format(
      { row: from, column: PRICE, rows: to - from + 1, columns: 1 },
      { numberFormat: money }
    );
    g.format(
      { row: from, column: DISC, rows: to - from + 1, columns: 1 },
      { numberFormat: percent }
    );
    g.format({ row: from, column: NET, rows: to - from + 1, columns: 1 }, { numberFormat: money });
    g.format(
      { row: from, column: RATE, rows: to - from + 1, columns: 1 },
      { numberFormat: percent }
    );
    if (perLine)
      g.format(
        { row: from, column: VAT, rows: to - from + 1, columns: 1 },
        { numberFormat: money }
      );
  };
  lineBlock(first, last);

  // Subtotal and quote discount.
  const netRange = `${cellRef(first, NET, "both")}:${cellRef(last, NET, "both")}`;
  const rateRange = `${cellRef(first, RATE, "both")}:${cellRef(last, RATE, "both")}`;
  const subtotal = cellRef(subtotalRow, NET, "both");
  g.set(subtotalRow, QTY, L.subtotal);
  g.set(subtotalRow, NET, formula(`SUM(${netRange})`, totals.subtotal));
  let discountCell: string | null = null;
  if (discountRow !== null) {
    g.set(discountRow, QTY, L.quoteDiscount);
    g.set(discountRow, DISC, quote.quoteDiscount);
    discountCell = cellRef(discountRow, NET, "both");
    g.set(
      discountRow,
      NET,
      formula(`ROUND(${subtotal}*${cellRef(discountRow, DISC, "both")},2)`, totals.quoteDiscount)
    );
    g.format({ row: discountRow, column: DISC, rows: 1, columns: 1 }, { numberFormat: percent });
  }
  g.format(
    {
      row: subtotalRow,
      column: NET,
      rows: (discountRow ?? subtotalRow) - subtotalRow + 1,
      columns: 1,
    },
    {
      numberFormat: money,
    }
  );

  // VAT by rate.
  const B = L.breakdown;
  g.setRow(breakdownHeader, QTY, [
    B.rate,
    null,
    hasDiscount ? B.base : null,
    hasDiscount ? B.discount : null,
    B.net,
    B.vat,
    B.gross,
  ]);
  g.format(
    { row: breakdownHeader, column: QTY, rows: 1, columns: LAST_COLUMN - QTY + 1 },
    {
      font: { bold: true },
      border: { edges: "bottom", style: "thin", color: GRID },
    }
  );
  g.format(
    { row: breakdownHeader, column: PRICE, rows: 1, columns: LAST_COLUMN - PRICE + 1 },
    {
      horizontalAlignment: "right",
    }
  );
  totals.groups.forEach((grp, k) => {
    const row = groupFirst + k;
    const rate = cellRef(row, QTY);
    g.set(row, QTY, grp.rate);
    const sumif = `SUMIF(${rateRange},${rate},${netRange})`;
    if (discountCell !== null) {
      g.set(row, PRICE, formula(sumif, grp.netBeforeDiscount));
      const upTo = (r: number): string =>
        `ROUND(${discountCell}*SUM(${cellRef(groupFirst, PRICE, "both")}:${cellRef(r, PRICE)})/${subtotal},2)`;
      const share = row === groupFirst ? upTo(row) : `${upTo(row)}-${upTo(row - 1)}`;
      g.set(row, DISC, formula(`IF(${discountCell}=0,0,${share})`, grp.discountShare));
      g.set(row, NET, formula(`${cellRef(row, PRICE)}-${cellRef(row, DISC)}`, grp.net));
    } else {
      g.set(row, NET, formula(sumif, grp.net));
    }
    const vatFormula = perLine
      ? `SUMIF(${rateRange},${rate},${cellRef(first, VAT, "both")}:${cellRef(last, VAT, "both")})`
      : `ROUND(${cellRef(row, NET)}*${rate},2)`;
    g.set(row, RATE, formula(vatFormula, grp.vat));
    g.set(row, VAT, formula(`${cellRef(row, NET)}+${cellRef(row, RATE)}`, grp.gross));
  });
  if (totals.groups.length > 0) {
    const n = totals.groups.length;
    g.format(
      { row: groupFirst, column: QTY, rows: n, columns: 1 },
      { numberFormat: percent, horizontalAlignment: "left" }
    );
    g.format(
      { row: groupFirst, column: PRICE, rows: n, columns: LAST_COLUMN - PRICE + 1 },
      { numberFormat: money }
    );
  }

  // Totals.
  const netRow = groupLast + 2;
  const vatRow = netRow + 1;
  const grossRow = netRow + 2;
  const groupRange = (column: number): string =>
    `${cellRef(groupFirst, column, "both")}:${cellRef(groupLast, column, "both")}`;
  g.set(netRow, QTY, L.netTotal);
  g.set(netRow, NET, formula(`SUM(${groupRange(NET)})`, totals.net));
  g.set(vatRow, QTY, L.vatTotal);
  g.set(vatRow, NET, formula(`SUM(${groupRange(RATE)})`, totals.vat));
  g.set(grossRow, QTY, L.grossTotal);
  g.set(grossRow, NET, formula(`${cellRef(netRow, NET)}+${cellRef(vatRow, NET)}`, totals.gross));
  g.format({ row: netRow, column: NET, rows: 3, columns: 1 }, { numberFormat: money });
  g.format(
    { row: grossRow, column: QTY, rows: 1, columns: NET - QTY + 1 },
    {
      font: { bold: true, size: 11 },
      border: { edges: "top", style: "medium" },
    }
  );

  let row = grossRow + 2;
  if (quote.currency === "EUR") {
    const words = locale === "lv" ? amountInWordsLv(totals.gross) : amountInWordsEn(totals.gross);
    g.set(row, NO, `${L.amountInWords}: ${words}`);
    g.format({ row, column: NO, rows: 1, columns: 1 }, { font: { italic: true } });
    row += 2;
  }

  // Optional lines: their own block, in no total.
  if (optional.length > 0) {
    g.set(row, NO, L.optional);
    g.set(row + 1, NO, L.optionalNote);
    g.format({ row, column: NO, rows: 1, columns: 1 }, { font: { bold: true } });
    g.format({ row: row + 1, column: NO, rows: 1, columns: 1 }, { font: { italic: true } });
    const optHeader = row + 2;
    g.setRow(optHeader, NO, [
      C.no,
      C.sku,
      C.description,
      C.qty,
      C.unit,
      C.unitPrice,
      C.discount,
      C.net,
      C.vatRate,
      perLine ? C.vat : null,
    ]);
    g.format(
      { row: optHeader, column: NO, rows: 1, columns: tableColumns },
      {
        font: { bold: true },
        fill: HEADER_FILL,
        border: { edges: "all", style: "thin", color: GRID },
        wrapText: true,
      }
    );
    optional.forEach((item, i) => lineCells(optHeader + 1 + i, i + 1, item, false));
    lineBlock(optHeader + 1, optHeader + optional.length);
    row = optHeader + optional.length + 2;
  }

  // Terms, validity, signatures.
  g.set(row, NO, `${L.paymentTerms}: ${settings.paymentTerms ?? DEFAULT_PAYMENT_TERMS[locale]}`);
  g.set(row + 1, NO, `${L.validity} ${dateText(quote.validUntil, locale)}.`);
  const signRow = row + 3;
  g.set(signRow, NO, L.sellerSignature);
  g.set(signRow, PRICE, L.customerSignature);
  g.format(
    { row: signRow + 2, column: NO, rows: 1, columns: 3 },
    { border: { edges: "bottom", style: "thin" } }
  );
  g.format(
    { row: signRow + 2, column: PRICE, rows: 1, columns: 4 },
    { border: { edges: "bottom", style: "thin" } }
  );
  g.set(signRow + 3, NO, L.signatureHint);
  g.set(signRow + 3, PRICE, L.signatureHint);
  g.format(
    { row: signRow + 3, column: NO, rows: 1, columns: LAST_COLUMN },
    { font: { italic: true, size: 8 } }
  );
  const lastRow = signRow + 3;

  const values: PlanValue[][] = g.values();
  return {
    name: quote.id,
    kind: customerQuoteKind(quote.id),
    values,
    formats: g.formats,
    columnWidths: [5, 11, 38, 9, 8, 13, 10, 14, 12, 14],
    font: { ...QUOTE_FONT },
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: header, last: header },
      printArea: { row: 1, column: 1, rows: lastRow, columns: LAST_COLUMN },
    },
    activate: true,
  };
}
