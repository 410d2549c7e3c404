/**
 * The `Retro D-1042` sheet of a deal (SPEC §6): title, deal header, timeline, planned against
 * actual per line with live totals, final profit against the quote, and the sections the team
 * fills in — What went well, What to improve, Actions — found again by `readRetroLessons` from
 * their headings in column A (no hidden data). Values are plain numbers with explicit number
 * formats, so the sheet reads the same in any Excel without the add-in.
 */
import { formatMoney, fromCents } from "../../core/money";
import type { Cents, IsoDate } from "../../core/model";
import {
  dateFormat,
  decimalFormat,
  integerFormat,
  moneyFormat,
  percentFormat,
} from "../../core/numberFormats";
import { isoDateToSerial } from "../../core/parseDate";
import { parseQuoteStatus, QUOTE_STATUS_LABELS } from "../../core/quotes/status";
import type { ProfitFigures, RetroLine } from "../../core/retro/plannedVsActual";
import type { RetroData, RetroNote } from "../../core/retro/retroData";
import type { RetroEvent } from "../../core/retro/retroTimeline";
import type { FormatBlock, PlanValue, SheetPlan } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { sanitizeSheetName } from "../sheetNames";
import { footerText } from "./footerText";
import { fillLabel, RETRO_LABELS, type RetroLabels } from "./retroLabels";
import { cellRef, RetroGrid } from "./retroGrid";

/** Columns of a Retro sheet (A..N): the planned-vs-actual table is the widest block. */
export const RETRO_COLUMNS = 14;

/** Column widths in characters, A..N. */
export const RETRO_COLUMN_WIDTHS: readonly number[] = [
  16, 30, 9, 9, 12, 12, 12, 12, 12, 12, 9, 9, 12, 16,
];

/** Empty numbered rows the plan leaves in each fill-in section. */
export const FILL_IN_ROWS = 6;

/**
 * Where the Actions section's cells start (1-based columns): # in A, Action B:H, Owner I:J,
 * Due K:L, Done M:N. The reader finds them by their header texts, and falls back to these.
 */
export const ACTION_COLUMNS = { number: 1, action: 2, owner: 9, due: 11, done: 13 } as const;

/** Font of the whole sheet, set explicitly (Excel and LibreOffice differ otherwise). */
const FONT = { name: "Calibri", size: 10 } as const;
const TITLE_COLOR = "1F4E78";
const HEADER_FILL = "DDEBF7";
const INPUT_FILL = "FFF9E5";
const GRID_COLOR = "BFBFBF";
const FLAG_COLOR = "C55A11";

/** What the plan says about where it came from. */
export interface RetroSheetOptions {
  /** When the sheet was made: ISO `2026-07-05T14:30` (shown per locale) or any text. */
  generatedAt: string;
  /** The sheets its figures come from, e.g. ["Deals", "Quotes", "Quote lines", "Meetings", "Actuals"]. */
  sources: string[];
}

/**
 * The sheet name of a deal's retrospective: `Retro <Deal ID>`, made a valid Excel name.
 *
 * @example retroSheetName("D-1042") === "Retro D-1042"
 */
export function retroSheetName(dealId: string): string {
  return sanitizeSheetName(`Retro ${dealId}`);
}

/**
 * The `kind` of a deal's Retro sheet (how a later run recognises it).
 *
 * @example retroSheetKind("D-1042") === "retro:D-1042"
 */
export function retroSheetKind(dealId: string): string {
  return `retro:${dealId}`;
}

function money(c: Cents | null): PlanValue {
  return c === null ? null : fromCents(c);
}

function dateValue(d: IsoDate | null): PlanValue {
  return d === null ? null : isoDateToSerial(d);
}

function dateText(d: IsoDate, locale: Locale): string {
  if (locale === "en") return d;
  const [y, m, day] = d.split("-");
  return `${day}.${m}.${y}`;
}

/** A register status in the sheet's language (a status Deal Desk does not know stays as written). */
function quoteStatusText(status: string, locale: Locale): string {
  const parsed = parseQuoteStatus(status);
  return parsed.ok ? QUOTE_STATUS_LABELS[locale][parsed.value] : status;
}

/** A figure that may be computed by a formula: the formula when the engine knows the value. */
function formulaOr(formula: string, result: number | null): PlanValue {
  return result === null ? null : { formula, result };
}

/** The text of a note, per locale. */
export function retroNoteText(note: RetroNote, locale: Locale): string {
  const l = RETRO_LABELS[locale];
  switch (note.code) {
    case "noAcceptedQuote":
      return fillLabel(l.noAcceptedQuote, { id: note.quoteId });
    case "noQuote":
      return l.notes.noQuote;
    case "noActuals":
      return l.notes.noActuals;
    case "quoteDiscountSpread":
      return fillLabel(l.notes.quoteDiscountSpread, { amount: formatMoney(note.amount, locale) });
    case "finalCostUnknown":
      return l.notes.finalCostUnknown;
    case "dealOpen":
      return l.notes.dealOpen;
    case "undatedEvents":
      return fillLabel(l.notes.undatedEvents, { count: String(note.count) });
  }
}

interface Styles {
  money: string;
  date: string;
  percent: string;
  integer: string;
  decimal: string;
}

class RetroSheetBuilder {
  readonly grid = new RetroGrid(RETRO_COLUMNS);
  readonly l: RetroLabels;
  readonly f: Styles;

  constructor(
    readonly data: RetroData,
    readonly locale: Locale
  ) {
    this.l = RETRO_LABELS[locale];
    this.f = {
      money: moneyFormat(locale),
      date: dateFormat(locale),
      percent: percentFormat(locale),
      integer: integerFormat(locale),
      decimal: decimalFormat(locale),
    };
  }

  private fmt(
    row: number,
    column: number,
    rows: number,
    columns: number,
    s: Omit<FormatBlock, "range">
  ): void {
    this.grid.format(row, column, rows, columns, s);
  }

  /** A section heading in column A with a rule under the whole width; returns its row. */
  heading(row: number, text: string): number {
    this.grid.set(row, 1, text);
    this.fmt(row, 1, 1, 1, { font: { bold: true, size: 12, color: TITLE_COLOR } });
    this.fmt(row, 1, 1, RETRO_COLUMNS, {
      border: { edges: "bottom", style: "medium", color: TITLE_COLOR },
    });
    return row;
  }

  /** A table header row: bold, filled, wrapped. */
  headerRow(row: number, from: number, columns: number): void {
    this.fmt(row, from, 1, columns, {
      font: { bold: true },
      fill: HEADER_FILL,
      wrapText: true,
      verticalAlignment: "center",
      border: { edges: "all", style: "thin", color: GRID_COLOR },
    });
  }

  title(): number {
    const { deal } = this.data;
    this.grid.set(1, 1, `${this.l.title} ${deal.id}`);
    this.grid.mergeRow(1, 1, RETRO_COLUMNS);
    this.fmt(1, 1, 1, 1, { font: { bold: true, size: 16, color: TITLE_COLOR } });
    return 1;
  }

  /** Account, owner, stage, dates, compared quote and notes; label in A, value in B:D. */
  dealHeader(start: number): number {
    const { deal, compared, cycleDays } = this.data;
    const l = this.l;
    const stage = deal.stage === "Open" ? deal.stageText : l.stages[deal.stage];
    const rows: Array<[string, PlanValue, string | undefined]> = [
      [l.account, deal.account, undefined],
      [l.owner, deal.owner, undefined],
      [l.stage, stage, undefined],
      [l.created, dateValue(deal.created), this.f.date],
      [l.expectedClose, dateValue(deal.expectedClose), this.f.date],
      [l.closedOn, dateValue(deal.closedOn), this.f.date],
    ];
    if (deal.stage === "Lost") rows.push([l.lostReason, deal.lostReason, undefined]);
    rows.push([l.cycleDays, cycleDays, this.f.integer]);
    if (compared) {
      rows.push([
        l.comparedWith,
        `${compared.quote.id} (${quoteStatusText(compared.quote.status, this.locale)})`,
        undefined,
      ]);
    }
    let row = start;
    for (const [label, value, numberFormat] of rows) {
      this.grid.set(row, 1, label);
      this.grid.set(row, 2, value);
      this.grid.mergeRow(row, 2, 3);
      this.fmt(row, 2, 1, 1, {
        horizontalAlignment: "left",
        ...(numberFormat ? { numberFormat } : {}),
      });
      row++;
    }
    for (const note of this.data.notes) {
      this.grid.set(row, 1, l.note);
      this.grid.set(row, 2, retroNoteText(note, this.locale));
      this.grid.mergeRow(row, 2, RETRO_COLUMNS - 1);
      this.fmt(row, 2, 1, 1, { font: { italic: true, color: FLAG_COLOR } });
      row++;
    }
    this.fmt(start, 1, row - start, 1, { font: { bold: true } });
    return row - 1;
  }

  eventCells(e: RetroEvent): {
    event: string;
    status: string | null;
    amount: Cents | null;
    details: string;
  } {
    const l = this.l;
    const parts: string[] = [];
    switch (e.kind) {
      case "created":
        return { event: l.dealCreated, status: null, amount: null, details: "" };
      case "quote":
        if (e.sentAt) parts.push(`${l.sent} ${dateText(e.sentAt, this.locale)}`);
        return {
          event: `${l.quote} ${e.quoteId}`,
          status: quoteStatusText(e.status, this.locale),
          amount: e.net,
          details: parts.join(" · "),
        };
      case "meeting": {
        parts.push(`${l.with} ${e.with}`);
        if (e.manager) parts.push(`${l.manager} ${e.manager}`);
        if (e.city) parts.push(e.city);
        if (e.travelCost !== null)
          parts.push(`${l.travel} ${formatMoney(e.travelCost, this.locale)}`);
        const kind = e.meetingKind ? `: ${l.meetingKinds[e.meetingKind]}` : "";
        return {
          event: `${l.meeting}${kind}`,
          status: e.status ? l.meetingStatuses[e.status] : null,
          amount: null,
          details: parts.join(" · "),
        };
      }
      case "closed":
        if (e.lostReason) parts.push(`${l.reason}: ${e.lostReason}`);
        return {
          event: e.outcome === "Won" ? l.dealWon : l.dealLost,
          status: l.stages[e.outcome],
          amount: e.outcome === "Won" ? this.data.profit.final.revenue : null,
          details: parts.join(" · "),
        };
    }
  }

  /** Date | Event | Status (C:D) | Amount (E) | Details (F:N). */
  timeline(start: number): number {
    const l = this.l;
    this.heading(start, l.timeline);
    const header = start + 1;
    this.grid.set(header, 1, l.date);
    this.grid.set(header, 2, l.event);
    this.grid.set(header, 3, l.status);
    this.grid.set(header, 5, l.amount);
    this.grid.set(header, 6, l.details);
    this.grid.mergeRow(header, 3, 2);
    this.grid.mergeRow(header, 6, RETRO_COLUMNS - 5);
    this.headerRow(header, 1, RETRO_COLUMNS);
    let row = header;
    for (const e of this.data.timeline) {
      row++;
      const cells = this.eventCells(e);
      if (e.date === null) {
        this.grid.set(row, 1, l.noDate);
        this.fmt(row, 1, 1, 1, { font: { italic: true, color: FLAG_COLOR } });
      } else {
        this.grid.set(row, 1, dateValue(e.date));
      }
      this.grid.set(row, 2, cells.event);
      this.grid.set(row, 3, cells.status);
      this.grid.set(row, 5, money(cells.amount));
      this.grid.set(row, 6, cells.details === "" ? null : cells.details);
      this.grid.mergeRow(row, 3, 2);
      this.grid.mergeRow(row, 6, RETRO_COLUMNS - 5);
    }
    if (row > header) {
      this.fmt(header + 1, 1, row - header, 1, {
        numberFormat: this.f.date,
        horizontalAlignment: "left",
      });
      this.fmt(header + 1, 5, row - header, 1, { numberFormat: this.f.money });
      this.fmt(header + 1, 1, row - header, RETRO_COLUMNS, {
        border: { edges: "all", style: "thin", color: GRID_COLOR },
      });
    }
    return row;
  }

  lineNote(line: RetroLine): string | null {
    switch (line.status) {
      case "matched":
        return null;
      case "notQuoted":
        return this.l.notQuoted;
      case "notDelivered":
        return this.l.notDelivered;
      case "pending":
        return this.l.pending;
    }
  }

  /** The line table with live variance, margin and total formulas. Returns [last row, totals row]. */
  plannedVsActual(start: number): { last: number; totals: number | null } {
    const l = this.l;
    const { compared, comparison } = this.data;
    this.heading(start, l.plannedVsActual);
    let row = start + 1;
    if (compared) {
      const accepted = compared.accepted;
      const text = fillLabel(accepted ? l.acceptedQuote : l.noAcceptedQuote, {
        id: compared.quote.id,
      });
      this.grid.set(row, 1, text);
      this.grid.mergeRow(row, 1, RETRO_COLUMNS);
      this.fmt(row, 1, 1, 1, {
        font: accepted ? { italic: true } : { italic: true, color: FLAG_COLOR },
      });
      row++;
    }
    const lines = comparison.lines;
    if (lines.length === 0) {
      this.grid.set(row, 1, l.nothingToCompare);
      this.grid.mergeRow(row, 1, RETRO_COLUMNS);
      this.fmt(row, 1, 1, 1, { font: { italic: true } });
      return { last: row, totals: null };
    }
    this.lineHeader(row);
    const first = row + 2;
    lines.forEach((line, i) => this.lineRow(first + i, line));
    const last = first + lines.length - 1;
    const totals = last + 1;
    this.totalsRow(totals, first, last);

    const qtys = lines.flatMap((x) => [x.plannedQty, x.actualQty]);
    const wholeQty = qtys.every((q) => q === null || Number.isInteger(q));
    this.fmt(first, 3, lines.length, 2, {
      numberFormat: wholeQty ? this.f.integer : this.f.decimal,
    });
    for (const column of [5, 6, 7, 8, 9, 10, 13]) {
      this.fmt(first, column, lines.length + 1, 1, { numberFormat: this.f.money });
    }
    this.fmt(first, 11, lines.length + 1, 2, { numberFormat: this.f.percent });
    this.fmt(first, 1, lines.length, RETRO_COLUMNS, {
      border: { edges: "all", style: "thin", color: GRID_COLOR },
    });
    this.fmt(first, 2, lines.length, 1, { wrapText: true });
    this.fmt(totals, 1, 1, RETRO_COLUMNS, {
      font: { bold: true },
      border: { edges: "top", style: "medium", color: TITLE_COLOR },
    });
    return { last: totals, totals };
  }

  /**
   * Two header rows: the groups (Qty, Revenue, Cost, Margin, Profit) over planned / actual /
   * variance, so no header needs wrapping; SKU, Description and Note span both rows.
   */
  lineHeader(row: number): void {
    const g = this.grid;
    const [sku, description, qty, revenue, cost, margin, profit, note] = this.l.lineGroups;
    const [planned, actual, difference] = this.l.lineSub;
    const groups: Array<[number, string, readonly string[]]> = [
      [3, qty, [planned, actual]],
      [5, revenue, [planned, actual, difference]],
      [8, cost, [planned, actual, difference]],
      [11, margin, [planned, actual]],
      [13, profit, [difference]],
    ];
    for (const [column, text] of [
      [1, sku],
      [2, description],
      [14, note],
    ] as const) {
      g.set(row, column, text);
      g.merges.push({ row, column, rows: 2, columns: 1 });
    }
    for (const [column, text, subs] of groups) {
      g.set(row, column, text);
      g.mergeRow(row, column, subs.length);
      subs.forEach((sub, i) => g.set(row + 1, column + i, sub));
    }
    this.headerRow(row, 1, RETRO_COLUMNS);
    this.headerRow(row + 1, 1, RETRO_COLUMNS);
    this.fmt(row, 3, 2, RETRO_COLUMNS - 3, { horizontalAlignment: "center" });
  }

  lineRow(r: number, line: RetroLine): void {
    const g = this.grid;
    g.set(r, 1, line.sku);
    g.set(r, 2, line.description);
    g.set(r, 3, line.plannedQty);
    g.set(r, 4, line.actualQty);
    g.set(r, 5, money(line.planned.revenue));
    g.set(r, 6, money(line.actual.revenue));
    g.set(r, 7, formulaOr(`F${r}-E${r}`, moneyResult(line.variance.revenue)));
    g.set(r, 8, money(line.planned.cost));
    g.set(r, 9, money(line.actual.cost));
    g.set(r, 10, formulaOr(`I${r}-H${r}`, moneyResult(line.variance.cost)));
    g.set(r, 11, formulaOr(`(E${r}-H${r})/E${r}`, line.planned.margin));
    g.set(r, 12, formulaOr(`(F${r}-I${r})/F${r}`, line.actual.margin));
    g.set(r, 13, formulaOr(`(F${r}-I${r})-(E${r}-H${r})`, moneyResult(line.variance.profit)));
    g.set(r, 14, this.lineNote(line));
  }

  totalsRow(t: number, first: number, last: number): void {
    const { comparison } = this.data;
    const g = this.grid;
    const sum = (column: number, total: Cents | null): PlanValue => {
      const range = `${cellRef(first, column)}:${cellRef(last, column)}`;
      // A column with an unknown figure has no total: the formula says so with an empty result.
      if (total === null)
        return { formula: `IF(COUNTBLANK(${range})>0,"",SUM(${range}))`, result: "" };
      return { formula: `SUM(${range})`, result: fromCents(total) };
    };
    g.set(t, 1, this.l.total);
    g.set(t, 5, sum(5, comparison.planned.revenue));
    g.set(t, 6, sum(6, comparison.actual.revenue));
    g.set(t, 7, formulaOr(`F${t}-E${t}`, moneyResult(comparison.variance.revenue)));
    g.set(t, 8, sum(8, comparison.planned.cost));
    g.set(t, 9, sum(9, comparison.actual.cost));
    g.set(t, 10, formulaOr(`I${t}-H${t}`, moneyResult(comparison.variance.cost)));
    g.set(t, 11, formulaOr(`(E${t}-H${t})/E${t}`, comparison.planned.margin));
    g.set(t, 12, formulaOr(`(F${t}-I${t})/F${t}`, comparison.actual.margin));
    g.set(t, 13, formulaOr(`(F${t}-I${t})-(E${t}-H${t})`, moneyResult(comparison.variance.profit)));
  }

  /** Quoted / Final / Actuals and their differences: Revenue E, Cost F, Profit G, Margin H, Travel I. */
  finalProfit(start: number, totals: number | null): number {
    const l = this.l;
    const { profit } = this.data;
    const g = this.grid;
    this.heading(start, l.finalProfit);
    const header = start + 1;
    l.profitHeaders.forEach((h, i) => g.set(header, 5 + i, h));
    this.headerRow(header, 5, l.profitHeaders.length);
    const q = header + 1;
    const f = q + 1;
    const a = f + 1;
    const dq = a + 1;
    const da = dq + 1;
    const label = (row: number, text: string): void => {
      g.set(row, 1, text);
      g.mergeRow(row, 1, 4);
    };
    const derived = (row: number, figures: ProfitFigures | null): void => {
      g.set(row, 7, formulaOr(`E${row}-F${row}`, moneyResult(figures?.profit ?? null)));
      g.set(row, 8, formulaOr(`G${row}/E${row}`, figures?.margin ?? null));
    };
    label(q, profit.quoted ? fillLabel(l.quoted, { id: profit.quoted.quoteId }) : l.noQuote);
    g.set(q, 5, money(profit.quoted?.revenue ?? null));
    g.set(q, 6, money(profit.quoted?.cost ?? null));
    derived(q, profit.quoted);

    label(f, l.final);
    g.set(f, 5, money(profit.final.revenue));
    g.set(f, 6, money(profit.final.cost));
    derived(f, profit.final);
    g.set(f, 9, money(profit.final.travel));

    label(a, l.actuals);
    const actual = totals === null ? null : profit.actual;
    g.set(a, 5, formulaOr(`F${totals ?? 0}`, moneyResult(actual?.revenue ?? null)));
    g.set(a, 6, formulaOr(`I${totals ?? 0}`, moneyResult(actual?.cost ?? null)));
    derived(a, actual);

    const difference = (
      row: number,
      text: string,
      of: number,
      v: RetroData["profit"]["finalVsQuoted"]
    ): void => {
      label(row, text);
      g.set(row, 5, formulaOr(`E${of}-E${q}`, moneyResult(v.revenue)));
      g.set(row, 6, formulaOr(`F${of}-F${q}`, moneyResult(v.cost)));
      g.set(row, 7, formulaOr(`G${of}-G${q}`, moneyResult(v.profit)));
      g.set(row, 8, formulaOr(`H${of}-H${q}`, v.margin));
    };
    difference(dq, l.finalVsQuoted, f, profit.finalVsQuoted);
    difference(da, l.actualsVsQuoted, a, totals === null ? NO_VARIANCE : profit.actualVsQuoted);

    this.fmt(q, 5, 5, 3, { numberFormat: this.f.money });
    this.fmt(q, 8, 5, 1, { numberFormat: this.f.percent });
    this.fmt(q, 9, 5, 1, { numberFormat: this.f.money });
    this.fmt(q, 1, 5, 1, { font: { bold: true } });
    this.fmt(q, 1, 5, 9, { border: { edges: "all", style: "thin", color: GRID_COLOR } });
    this.fmt(dq, 1, 2, 9, { font: { italic: true } });
    return da;
  }

  /** A fill-in section: heading (the marker), then numbered input rows B:N. */
  fillIn(start: number, text: string): number {
    this.heading(start, text);
    const first = start + 1;
    for (let i = 0; i < FILL_IN_ROWS; i++) {
      this.grid.set(first + i, 1, i + 1);
      this.grid.mergeRow(first + i, 2, RETRO_COLUMNS - 1);
    }
    this.inputRows(first, RETRO_COLUMNS);
    return first + FILL_IN_ROWS - 1;
  }

  /** Actions: heading, header # | Action | Owner | Due | Done, numbered input rows. */
  actions(start: number): number {
    const l = this.l;
    this.heading(start, l.sections.action);
    const header = start + 1;
    const c = ACTION_COLUMNS;
    const spans: Array<[number, number]> = [
      [c.action, c.owner - c.action],
      [c.owner, c.due - c.owner],
      [c.due, c.done - c.due],
      [c.done, RETRO_COLUMNS + 1 - c.done],
    ];
    const [hash, ...names] = l.actionHeaders;
    this.grid.set(header, c.number, hash);
    names.forEach((name, i) => {
      const [column, width] = spans[i] ?? [0, 0];
      this.grid.set(header, column, name);
      this.grid.mergeRow(header, column, width);
    });
    this.headerRow(header, 1, RETRO_COLUMNS);
    const first = header + 1;
    for (let i = 0; i < FILL_IN_ROWS; i++) {
      this.grid.set(first + i, c.number, i + 1);
      for (const [column, width] of spans) this.grid.mergeRow(first + i, column, width);
    }
    this.inputRows(first, RETRO_COLUMNS);
    this.fmt(first, c.due, FILL_IN_ROWS, c.done - c.due, {
      numberFormat: this.f.date,
      horizontalAlignment: "left",
    });
    return first + FILL_IN_ROWS - 1;
  }

  inputRows(first: number, columns: number): void {
    this.fmt(first, 1, FILL_IN_ROWS, 1, {
      horizontalAlignment: "center",
      font: { color: "7F7F7F" },
    });
    this.fmt(first, 2, FILL_IN_ROWS, columns - 1, {
      fill: INPUT_FILL,
      wrapText: true,
      verticalAlignment: "top",
    });
    this.fmt(first, 1, FILL_IN_ROWS, columns, {
      border: { edges: "all", style: "thin", color: GRID_COLOR },
    });
  }

  footer(row: number, options: RetroSheetOptions): number {
    this.grid.set(row, 1, footerText(options.generatedAt, options.sources, this.locale));
    this.grid.mergeRow(row, 1, RETRO_COLUMNS);
    this.fmt(row, 1, 1, 1, { font: { italic: true, size: 9, color: "7F7F7F" } });
    return row;
  }
}

const NO_VARIANCE = { revenue: null, cost: null, profit: null, margin: null };

function moneyResult(c: Cents | null): number | null {
  return c === null ? null : fromCents(c);
}

/**
 * The plan of a deal's Retro sheet (`Retro D-1042`, kind `retro:D-1042`, owned by Deal Desk).
 * Layout, top to bottom, columns A..N: title; deal header (account, owner, stage, dates, the
 * compared quote, notes); Timeline; Planned vs actual (SKU, description, qty, revenue, cost,
 * margin planned/actual, variances; totals with live SUM formulas; variance and margin cells are
 * formulas too, each with the engine's figure as its cached result); Final profit against the
 * quote (quoted, final, actuals, differences); What went well and What to improve (6 numbered
 * input rows each), Actions (# | Action | Owner | Due | Done, 6 rows); a provenance footer.
 * The fill-in sections are found again by their headings in column A (EN or LV) — see
 * `readRetroLessons`. Money, dates and percentages carry explicit locale number formats;
 * Calibri; A4 portrait, fit to width.
 *
 * @example
 * retroSheetPlan(buildRetro(input), "lv", { generatedAt: "2026-07-05T14:30", sources: ["Darījumi", "Fakts"] }).name
 * // "Retro D-1042"
 */
export function retroSheetPlan(
  data: RetroData,
  locale: Locale,
  options: RetroSheetOptions
): SheetPlan {
  const b = new RetroSheetBuilder(data, locale);
  b.title();
  let row = b.dealHeader(3);
  row = b.timeline(row + 2);
  const table = b.plannedVsActual(row + 2);
  row = b.finalProfit(table.last + 2, table.totals);
  row = b.fillIn(row + 2, b.l.sections.wentWell);
  row = b.fillIn(row + 2, b.l.sections.toImprove);
  row = b.actions(row + 2);
  row = b.footer(row + 2, options);
  const grid = b.grid;
  return {
    name: retroSheetName(data.deal.id),
    kind: retroSheetKind(data.deal.id),
    owner: "dealdesk",
    values: grid.values,
    formats: grid.formats,
    merges: grid.merges,
    columnWidths: [...RETRO_COLUMN_WIDTHS],
    font: { ...FONT },
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: { row: 1, column: 1, rows: row, columns: RETRO_COLUMNS },
    },
    tabColor: TITLE_COLOR,
  };
}
