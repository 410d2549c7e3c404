/**
 * The Issues sheet of a report (SPEC §5): every row the report skipped or could not use as
 * written — sheet, row as Excel shows it, column, value, problem — so a manager can see what the
 * figures leave out, and the support rep can fix the rows.
 */
import type { Issue } from "../../core/issue";
import type { SheetPlan } from "../../host/port";
import type { Locale } from "../sheetKinds";
import { REPORT_STYLE, ReportGrid } from "./reportGrid";
import { fillReportLabel, REPORT_LABELS } from "./reportLabels";

/** Columns: Sheet, Row, Column, Value, Problem. */
const COLUMNS = 5;

/**
 * The plan of a report's Issues sheet, issues in the order given. Text is always written as
 * text (a value such as `=1+1` or `#N/A` stays what the user wrote).
 *
 * @example issuesSheetPlan(result.issues, "lv", "Pārskats 2026-Q3", "Problēmas 2026-Q3", "report:2026-Q3:issues")
 */
export function issuesSheetPlan(
  issues: readonly Issue[],
  locale: Locale,
  reportName: string,
  name: string,
  kind: string
): SheetPlan {
  const l = REPORT_LABELS[locale];
  const grid = new ReportGrid(locale, "EUR");
  grid.addRow([[fillReportLabel(l.issuesTitle, { report: reportName }), "free"]]);
  grid.format({
    range: { row: 1, column: 1, rows: 1, columns: 1 },
    font: { bold: true, size: 14, color: REPORT_STYLE.titleColor },
  });
  grid.note(issues.length === 0 ? l.noIssues : l.issuesIntro);
  grid.skip();
  const table = grid.table<Issue>(
    [
      { header: l.sheet, kind: "text", value: (i) => i.sheet },
      { header: l.row, kind: "integer", value: (i) => i.row },
      { header: l.column, kind: "text", value: (i) => i.column },
      { header: l.value, kind: "text", value: (i) => i.value },
      { header: l.problem, kind: "free", value: (i) => i.problem },
    ],
    issues
  );
  // Values and problems stay on one line (LibreOffice prints an .xlsx without growing rows for
  // wrapped text): the Problem column is as wide as the longest problem.
  const widths = grid.columnWidths(COLUMNS);
  widths[3] = Math.min(widths[3] ?? 20, 30);
  widths[4] = Math.min(160, Math.max(40, ...issues.map((i) => i.problem.length + 2)));
  return {
    name,
    kind,
    values: grid.values,
    formats: grid.formats,
    columnWidths: widths,
    font: { ...REPORT_STYLE.font },
    freeze: { rows: table.headerRow, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: table.headerRow, last: table.headerRow },
      printArea: grid.usedRange(COLUMNS),
    },
  };
}
