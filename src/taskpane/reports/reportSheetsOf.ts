import type { FigureSet } from "../../core/reports/figureSet";
import type { ReportDocument } from "../../jobs/reports/generateReport";

/** The name a figure set is listed under (a manager's or an owner's). */
export type FigureName = (figures: FigureSet) => string;

/** The sheet of a figure set, or null when it has none of its own. */
export type FigureSheet = (figures: FigureSet) => string | null;

/** The sheets a report wrote, by what they show. */
export interface ReportSheetNames {
  summary: string | null;
  issues: string | null;
  /** The sheet of each manager in `doc.managers`, by position; null when unknown. */
  managers: (string | null)[];
}

/**
 * Which written sheet is which: the report job writes the summary first, then one sheet per
 * manager in the order of `managers`, then the Issues sheet. When the count does not add up,
 * only the summary is known.
 *
 * @example reportSheetNames({ sheets: ["Report 2026-Q3", "Report 2026-Q3 Ozols", "Issues 2026-Q3"], managers: [ozols], … }).managers // ["Report 2026-Q3 Ozols"]
 */
export function reportSheetNames(
  doc: Pick<ReportDocument, "sheets" | "managers">
): ReportSheetNames {
  const summary = doc.sheets[0] ?? null;
  if (doc.sheets.length !== doc.managers.length + 2) {
    return { summary, issues: null, managers: doc.managers.map(() => null) };
  }
  return {
    summary,
    issues: doc.sheets[doc.sheets.length - 1] ?? null,
    managers: doc.managers.map((_, i) => doc.sheets[i + 1] ?? null),
  };
}
