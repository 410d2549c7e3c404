/**
 * A report sheet (SPEC §5): the summary or one manager's. From the top: title, headline KPIs,
 * the figure tables (per manager on the summary, per rep), the monthly trend, the per-department
 * and per-product tables, the top won deals, the open deals past their expected close, and the
 * provenance footer. Values are plain numbers with explicit number formats of the locale, so the
 * sheet reads the same in any Excel (or LibreOffice) without the add-in; attainment is coloured
 * red/amber/green by conditional formats and said in words in a Status column; revenue gets data
 * bars, and a native chart of revenue against target where the host can draw one.
 */
import type { IsoDate } from "../../core/model";
import { isoDateToSerial } from "../../core/parseDate";
import type { DealUsage, OverdueDeal, WonDeal } from "../../core/reports/computeReport";
import type { FigureSet } from "../../core/reports/figureSet";
import type { RowCounts } from "../../core/issue";
import type { ChartPlan, PlanValue, SheetPlan } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { productBreakdownTables } from "./productTables";
import type { ProductBreakdown } from "./productBreakdown";
import { AMBER_FROM, GREEN_FROM, RAG_FILLS, RAG_FONTS, ragStatus } from "./ragStatus";
import { REPORT_STYLE, ReportGrid, type GridColumn, type GridTable } from "./reportGrid";
import {
  countForm,
  fillReportLabel,
  monthLabel,
  REPORT_LABELS,
  type ReportLabels,
} from "./reportLabels";

/** Columns A..R: the figure tables are the widest blocks (a name and 17 figures). */
export const REPORT_COLUMNS = 18;

/** A named figure set: an owner's, a manager's, a month's. */
export interface NamedFigures {
  name: string;
  figures: FigureSet;
}

/** What one report sheet shows. */
export interface ReportSheetScope {
  /** The summary, or one manager's sheet. */
  manager: string | null;
  /** Managers asked for (the summary's title), or null for all. */
  managersAsked: readonly string[] | null;
  /** The scope's figures: the totals, or the manager's team figures. */
  headline: FigureSet;
  /** The summary's per-manager rows (empty on a manager's sheet). */
  managers: readonly NamedFigures[];
  /** Per rep. */
  owners: readonly NamedFigures[];
  /** Per calendar month of the period (`name` = `2026-07`). */
  trend: readonly NamedFigures[];
  topWon: readonly WonDeal[];
  overdue: readonly OverdueDeal[];
  products: ProductBreakdown;
}

/** One input sheet of the provenance footer. */
export interface SourceRows {
  /** The sheet's name in the workbook, or the kind's usual name when it is missing. */
  sheet: string;
  found: boolean;
  counts: RowCounts;
}

/** Where and when: shared by every sheet of one report. */
export interface ReportSheetContext {
  locale: Locale;
  currency: string;
  period: string;
  start: IsoDate;
  end: IsoDate;
  /** Local date and time the report was made, `2026-11-27T10:15`. */
  generatedAt: string;
  sources: readonly SourceRows[];
  dealsUsed: DealUsage;
  issueCount: number;
  /** The Issues sheet's name as written. */
  issuesSheet: string;
}

function dateText(date: IsoDate, locale: Locale): string {
  return locale === "lv" ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date;
}

/** `2026-11-27T10:15` as an Excel serial (date + fraction of the day), or null. */
function dateTimeSerial(text: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!m?.[1]) return null;
  try {
    const minutes = Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
    return isoDateToSerial(m[1]) + minutes / 1440;
  } catch {
    return null;
  }
}

function statusText(attainment: number | null, l: ReportLabels): string | null {
  const status = ragStatus(attainment);
  return status === null ? null : l[status];
}

/** The 18 columns of a figure table: the name, then every figure of SPEC §9. */
function figureColumns(nameHeader: string, l: ReportLabels): GridColumn<NamedFigures>[] {
  const f = (get: (s: FigureSet) => number | null) => (r: NamedFigures) => get(r.figures);
  return [
    { header: nameHeader, kind: "text", value: (r) => r.name },
    { header: l.revenue, kind: "money", value: f((s) => s.revenue) },
    { header: l.target, kind: "money", value: f((s) => s.target) },
    { header: l.attainment, kind: "percent", value: f((s) => s.attainment) },
    { header: l.status, kind: "text", value: (r) => statusText(r.figures.attainment, l) },
    { header: l.variance, kind: "money", value: f((s) => s.variance) },
    { header: l.cost, kind: "money", value: f((s) => s.cost) },
    { header: l.profit, kind: "money", value: f((s) => s.profit) },
    { header: l.margin, kind: "percent", value: f((s) => s.margin) },
    { header: l.short.profitCoverage, kind: "percent", value: f((s) => s.profitCoverage) },
    { header: l.won, kind: "integer", value: f((s) => s.won) },
    { header: l.lost, kind: "integer", value: f((s) => s.lost) },
    { header: l.winRate, kind: "percent", value: f((s) => s.winRate) },
    { header: l.short.avgDeal, kind: "money", value: f((s) => s.avgDeal) },
    { header: l.short.cycleDays, kind: "decimal", value: f((s) => s.cycleDays) },
    { header: l.pipeline, kind: "money", value: f((s) => s.pipeline) },
    { header: l.weightedPipeline, kind: "money", value: f((s) => s.weightedPipeline) },
    { header: l.short.coverage, kind: "percent", value: f((s) => s.coverage) },
  ];
}

/** Columns of a figure table (1-based) that the colours and bars are about. */
const REVENUE_COLUMN = 2;
const ATTAINMENT_COLUMN = 4;
const STATUS_COLUMN = 5;

/**
 * Red/amber/green fills on attainment cells (only where there is a number: Excel counts a
 * blank cell as 0, which would paint it red) and on the Status words.
 */
function ragFormats(
  grid: ReportGrid,
  rows: ReadonlyArray<[number, number | null]>,
  l: ReportLabels,
  valueColumn = ATTAINMENT_COLUMN,
  statusColumn: number | null = STATUS_COLUMN
): void {
  const runs: Array<[number, number]> = [];
  for (const [row, attainment] of rows) {
    if (attainment === null) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  // Amber is 80 % up to, not including, 100 %: `between` includes both ends.
  const belowGreen = String(GREEN_FROM - 1e-11);
  for (const [first, last] of runs) {
    const range = { row: first, column: valueColumn, rows: last - first + 1, columns: 1 };
    grid.conditional({
      type: "cellValue",
      range,
      operator: "lessThan",
      values: [String(AMBER_FROM)],
      fill: RAG_FILLS.red,
      fontColor: RAG_FONTS.red,
    });
    grid.conditional({
      type: "cellValue",
      range,
      operator: "between",
      values: [String(AMBER_FROM), belowGreen],
      fill: RAG_FILLS.amber,
      fontColor: RAG_FONTS.amber,
    });
    grid.conditional({
      type: "cellValue",
      range,
      operator: "greaterThanOrEqual",
      values: [String(GREEN_FROM)],
      fill: RAG_FILLS.green,
      fontColor: RAG_FONTS.green,
    });
  }
  const first = rows[0]?.[0];
  const last = rows[rows.length - 1]?.[0];
  if (first === undefined || last === undefined || statusColumn === null) return;
  const range = { row: first, column: statusColumn, rows: last - first + 1, columns: 1 };
  for (const status of ["red", "amber", "green"] as const) {
    grid.conditional({
      type: "cellValue",
      range,
      operator: "equal",
      values: [`"${l[status]}"`],
      fill: RAG_FILLS[status],
      fontColor: RAG_FONTS[status],
    });
  }
}

/** A figure table with its total row, data bars on revenue and the R/A/G colours. */
function figureTable(
  grid: ReportGrid,
  nameHeader: string,
  rows: readonly NamedFigures[],
  total: NamedFigures | null,
  l: ReportLabels
): GridTable {
  const table = grid.table(figureColumns(nameHeader, l), rows, total ?? undefined);
  const all: Array<[number, number | null]> = rows.map((r, i) => [
    table.firstRow + i,
    r.figures.attainment,
  ]);
  if (total && table.totalRow !== null) all.push([table.totalRow, total.figures.attainment]);
  const bodyRows = (table.totalRow ?? table.lastRow) - table.firstRow + 1;
  if (bodyRows > 0) {
    grid.format({
      range: { row: table.firstRow, column: STATUS_COLUMN, rows: bodyRows, columns: 1 },
      horizontalAlignment: "center",
    });
  }
  if (rows.length > 0) {
    grid.conditional({
      type: "dataBar",
      range: {
        row: table.firstRow,
        column: REVENUE_COLUMN,
        rows: table.lastRow - table.firstRow + 1,
        columns: 1,
      },
      color: REPORT_STYLE.barColor,
    });
  }
  ragFormats(grid, all, l);
  return table;
}

/** Headline KPIs: label, value, note; 13 rows. Returns the rows written. */
function headline(grid: ReportGrid, s: FigureSet, l: ReportLabels): number {
  const start = grid.nextRow;
  const none = (v: number | null): PlanValue => (v === null ? l.notDefined : v);
  const status = statusText(s.attainment, l);
  const kpis: Array<[string, number | null, "money" | "percent" | "integer", string]> = [
    [l.revenue, s.revenue, "money", ""],
    [l.target, s.target, "money", s.target === null ? l.noTarget : ""],
    [
      l.attainment,
      s.attainment,
      "percent",
      status === null ? l.noTarget : `${status} · ${l.attainmentNote}`,
    ],
    [l.variance, s.variance, "money", ""],
    [l.profit, s.profit, "money", ""],
    [l.margin, s.margin, "percent", l.marginNote],
    [l.profitCoverage, s.profitCoverage, "percent", l.profitCoverageNote],
    [l.wonDeals, s.won, "integer", ""],
    [l.lostDeals, s.lost, "integer", ""],
    [l.winRate, s.winRate, "percent", ""],
    [l.pipeline, s.pipeline, "money", l.pipelineNote],
    [l.weightedPipeline, s.weightedPipeline, "money", l.weightedNote],
    [l.coverage, s.coverage, "percent", l.coverageNote],
  ];
  for (const [label, value, kind, note] of kpis) {
    const row = grid.addRow([
      [label, "text"],
      [none(value), value === null ? "free" : kind],
      [note, "free"],
    ]);
    const numberFormat = grid.numberFormat(kind);
    if (value !== null && numberFormat) {
      grid.format({ range: { row, column: 2, rows: 1, columns: 1 }, numberFormat });
    }
    if (value === null) {
      grid.format({ range: { row, column: 2, rows: 1, columns: 1 }, horizontalAlignment: "right" });
    }
    // The status is said in the note: colour the value only.
    if (label === l.attainment) ragFormats(grid, [[row, value]], l, 2, null);
  }
  const rows = grid.nextRow - start;
  grid.format({ range: { row: start, column: 1, rows, columns: 1 }, font: { bold: true } });
  grid.format({
    range: { row: start, column: 3, rows, columns: 1 },
    font: { italic: true, color: REPORT_STYLE.noteColor },
  });
  return rows;
}

function topWonTable(grid: ReportGrid, deals: readonly WonDeal[], l: ReportLabels): void {
  grid.section(l.topWon);
  if (deals.length === 0) {
    grid.note(l.none);
    return;
  }
  const serial = (d: IsoDate | null): number | null => (d === null ? null : isoDateToSerial(d));
  grid.table<WonDeal>(
    [
      { header: l.dealId, kind: "text", value: (d) => d.id },
      { header: l.account, kind: "text", value: (d) => d.account },
      { header: l.owner, kind: "text", value: (d) => d.owner },
      { header: l.short.closedOn, kind: "date", value: (d) => serial(d.closedOn) },
      { header: l.revenue, kind: "money", value: (d) => d.revenue },
      { header: l.cost, kind: "money", value: (d) => d.cost },
      { header: l.profit, kind: "money", value: (d) => d.profit },
      { header: l.margin, kind: "percent", value: (d) => d.margin },
      {
        header: l.costFrom,
        kind: "text",
        value: (d) => (d.costSource === null ? null : l.costSources[d.costSource]),
      },
      {
        header: l.travelCost,
        kind: "money",
        value: (d) => (d.travelCost === 0 ? null : d.travelCost),
      },
      { header: l.short.splitOwner, kind: "text", value: (d) => d.splitOwner },
      { header: l.splitShare, kind: "percent", value: (d) => d.splitShare },
      { header: l.short.cycleDays, kind: "integer", value: (d) => d.cycleDays },
    ],
    deals
  );
}

function overdueTable(grid: ReportGrid, deals: readonly OverdueDeal[], l: ReportLabels): void {
  grid.section(l.overdue);
  if (deals.length === 0) {
    grid.note(l.none);
    return;
  }
  grid.table<OverdueDeal>(
    [
      { header: l.dealId, kind: "text", value: (d) => d.id },
      { header: l.account, kind: "text", value: (d) => d.account },
      { header: l.owner, kind: "text", value: (d) => d.owner },
      { header: l.stage, kind: "text", value: (d) => d.stage },
      { header: l.expectedClose, kind: "date", value: (d) => isoDateToSerial(d.expectedClose) },
      { header: l.short.daysOverdue, kind: "integer", value: (d) => d.daysOverdue },
      { header: l.amount, kind: "money", value: (d) => d.amount },
      { header: l.probability, kind: "percent", value: (d) => d.probability },
    ],
    deals
  );
}

function provenance(grid: ReportGrid, context: ReportSheetContext, l: ReportLabels): void {
  grid.section(l.provenance);
  const generated = dateTimeSerial(context.generatedAt);
  const row = grid.addRow([
    [l.generated, "text"],
    [generated ?? context.generatedAt, generated === null ? "free" : "dateTime"],
    [l.generatedBy, "free"],
  ]);
  grid.format({ range: { row, column: 1, rows: 1, columns: 1 }, font: { bold: true } });
  if (generated !== null) {
    grid.format({
      range: { row, column: 2, rows: 1, columns: 1 },
      numberFormat: grid.numberFormat("dateTime"),
    });
  }
  const total: SourceRows = {
    sheet: l.total,
    found: true,
    counts: context.sources.reduce(
      (a, s) => ({
        read: a.read + s.counts.read,
        used: a.used + s.counts.used,
        skipped: a.skipped + s.counts.skipped,
      }),
      { read: 0, used: 0, skipped: 0 }
    ),
  };
  const count = (get: (c: RowCounts) => number) => (s: SourceRows) =>
    s.found ? get(s.counts) : null;
  grid.table<SourceRows>(
    [
      {
        header: l.sheet,
        kind: "text",
        value: (s) => (s.found ? s.sheet : `${s.sheet} ${l.notFound}`),
      },
      { header: l.rowsRead, kind: "integer", value: count((c) => c.read) },
      { header: l.rowsUsed, kind: "integer", value: count((c) => c.used) },
      { header: l.rowsSkipped, kind: "integer", value: count((c) => c.skipped) },
    ],
    context.sources,
    total
  );
  const u = context.dealsUsed;
  grid.note(
    fillReportLabel(l.dealsLine, {
      used: u.used,
      period: context.period,
      other: u.otherPeriods,
      noPeriod: u.noPeriod,
      otherScope: u.otherScope,
    })
  );
  grid.note(
    context.issueCount === 0
      ? l.noIssues
      : fillReportLabel(countForm(context.issueCount, context.locale, l.issuesLine), {
          count: context.issueCount,
          sheet: context.issuesSheet,
        })
  );
  grid.note(l.legend);
}

/**
 * The plan of one report sheet (the summary when `scope.manager` is null). `name` and `kind`
 * are the caller's (see reportSheetNames). A4 landscape fitted to the page width, the title
 * rows and the name column frozen, columns as wide as what they show.
 *
 * @example reportSheetPlan(scope, context, "Pārskats 2026-Q3", "report:2026-Q3:summary").values[0][0]
 * // "Pārdošanas pārskats 2026-Q3: visi vadītāji"
 */
export function reportSheetPlan(
  scope: ReportSheetScope,
  context: ReportSheetContext,
  name: string,
  kind: string
): SheetPlan {
  const { locale } = context;
  const l = REPORT_LABELS[locale];
  const grid = new ReportGrid(locale, context.currency);

  const title =
    scope.manager === null
      ? fillReportLabel(l.summaryTitle, {
          period: context.period,
          managers: scope.managersAsked === null ? l.allManagers : scope.managersAsked.join(", "),
        })
      : fillReportLabel(l.managerTitle, { period: context.period, manager: scope.manager });
  grid.addRow([[title, "free"]]);
  grid.format({
    range: { row: 1, column: 1, rows: 1, columns: 1 },
    font: { bold: true, size: 14, color: REPORT_STYLE.titleColor },
  });
  grid.addRow([
    [
      fillReportLabel(l.subtitle, {
        start: dateText(context.start, locale),
        end: dateText(context.end, locale),
        currency: context.currency,
      }),
      "free",
    ],
  ]);
  grid.skip();

  // Headline, with the native chart (Office) to its right; room below it for the chart.
  const headlineRow = grid.section(l.headline);
  const kpiRows = headline(grid, scope.headline, l);
  grid.skip(Math.max(1, 16 - kpiRows));

  let chartTable: GridTable | null = null;
  let chartRows = 0;
  if (scope.manager === null && scope.managers.length > 0) {
    grid.section(l.byManager);
    chartTable = figureTable(
      grid,
      l.manager,
      scope.managers,
      { name: l.total, figures: scope.headline },
      l
    );
    chartRows = scope.managers.length;
    grid.skip();
  }
  grid.section(l.byRep);
  const reps = figureTable(
    grid,
    l.salesRep,
    scope.owners,
    { name: scope.manager === null ? l.total : l.teamTotal, figures: scope.headline },
    l
  );
  if (chartTable === null) {
    chartTable = reps;
    chartRows = scope.owners.length;
  }
  grid.skip();

  grid.section(l.trend);
  figureTable(
    grid,
    l.month,
    scope.trend.map((m) => ({ name: monthLabel(m.name, locale), figures: m.figures })),
    null,
    l
  );
  grid.skip();

  productBreakdownTables(grid, scope.products, l, locale);
  grid.skip();
  topWonTable(grid, scope.topWon, l);
  grid.skip();
  overdueTable(grid, scope.overdue, l);
  grid.skip();
  provenance(grid, context, l);

  const charts: ChartPlan[] =
    chartRows > 0
      ? [
          {
            type: "columnClustered",
            data: { row: chartTable.headerRow, column: 1, rows: chartRows + 1, columns: 3 },
            title: l.chartTitle,
            anchor: { row: headlineRow + 1, column: 5 },
          },
        ]
      : [];
  const columnWidths = grid.columnWidths(REPORT_COLUMNS);
  return {
    name,
    kind,
    values: grid.values,
    formats: grid.formats,
    conditionalFormats: grid.conditionalFormats,
    columnWidths,
    font: { ...REPORT_STYLE.font },
    freeze: { rows: 2, columns: 1 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: grid.usedRange(REPORT_COLUMNS),
    },
    charts,
  };
}
