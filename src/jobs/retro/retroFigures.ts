/**
 * A retrospective's figures as `dealdesk retro --json` prints them and the task pane shows
 * them: money in currency units rounded to cents, ratios as fractions, null where unknown.
 */
import type { Cents } from "../../core/model";
import { fromCents } from "../../core/money";
import type {
  ProfitFigures,
  RetroLine,
  RetroLineStatus,
  Variance,
} from "../../core/retro/plannedVsActual";
import type { RetroData } from "../../core/retro/retroData";
import { retroNoteText } from "../../sheets/retro/retroSheetPlan";
import type { Locale } from "../../sheets/sheetKinds";

/** Revenue, cost, profit in currency units; margin a fraction (a variance: fraction points). */
export interface RetroFigureSet {
  revenue: number | null;
  cost: number | null;
  profit: number | null;
  margin: number | null;
}

/** One planned-vs-actual line. */
export interface RetroLineFigures {
  sku: string | null;
  description: string | null;
  status: RetroLineStatus;
  plannedQty: number | null;
  actualQty: number | null;
  planned: RetroFigureSet;
  actual: RetroFigureSet;
  variance: RetroFigureSet;
}

/** The "final profit against what was quoted" figures. */
export interface RetroProfitFigures {
  /** The compared quote's net and cost; null without a quote. */
  quoted: (RetroFigureSet & { quote: string }) | null;
  /** The Deals row (cost from Cost / Profit / Margin %) plus travel. */
  final: RetroFigureSet & { travel: number };
  /** The Actuals totals; null when the deal has no Actuals rows. */
  actual: RetroFigureSet | null;
  finalVsQuoted: RetroFigureSet;
  actualVsQuoted: RetroFigureSet;
}

/** Everything computed for a retrospective, JSON-ready. */
export interface RetroDataFigures {
  compared: { quote: string; accepted: boolean } | null;
  /** Events on the timeline (created, quotes, meetings, closed). */
  timeline: number;
  cycleDays: number | null;
  figures: RetroProfitFigures;
  lines: RetroLineFigures[];
  totals: { planned: RetroFigureSet; actual: RetroFigureSet; variance: RetroFigureSet };
  /** What the sheet points out, with its text in the sheet's language. */
  notes: Array<{ code: string; text: string }>;
}

function units(c: Cents | null): number | null {
  return c === null ? null : fromCents(c);
}

/**
 * Figures in currency units.
 *
 * @example figureSet({ revenue: 1130000, cost: 769000, profit: 361000, margin: 0.3195 }) // { revenue: 11300, cost: 7690, profit: 3610, margin: 0.3195 }
 */
export function figureSet(f: ProfitFigures | Variance): RetroFigureSet {
  return {
    revenue: units(f.revenue),
    cost: units(f.cost),
    profit: units(f.profit),
    margin: f.margin,
  };
}

function lineFigures(line: RetroLine): RetroLineFigures {
  return {
    sku: line.sku,
    description: line.description,
    status: line.status,
    plannedQty: line.plannedQty,
    actualQty: line.actualQty,
    planned: figureSet(line.planned),
    actual: figureSet(line.actual),
    variance: figureSet(line.variance),
  };
}

/**
 * The JSON-ready figures of a retrospective.
 *
 * @example retroDataFigures(buildRetro(input), "en").figures.final.profit // 3404.5
 */
export function retroDataFigures(data: RetroData, locale: Locale): RetroDataFigures {
  const { profit, comparison } = data;
  return {
    compared: data.compared
      ? { quote: data.compared.quote.id, accepted: data.compared.accepted }
      : null,
    timeline: data.timeline.length,
    cycleDays: data.cycleDays,
    figures: {
      quoted: profit.quoted ? { quote: profit.quoted.quoteId, ...figureSet(profit.quoted) } : null,
      final: { ...figureSet(profit.final), travel: fromCents(profit.final.travel) },
      actual: profit.actual ? figureSet(profit.actual) : null,
      finalVsQuoted: figureSet(profit.finalVsQuoted),
      actualVsQuoted: figureSet(profit.actualVsQuoted),
    },
    lines: comparison.lines.map(lineFigures),
    totals: {
      planned: figureSet(comparison.planned),
      actual: figureSet(comparison.actual),
      variance: figureSet(comparison.variance),
    },
    notes: data.notes.map((n) => ({ code: n.code, text: retroNoteText(n, locale) })),
  };
}
