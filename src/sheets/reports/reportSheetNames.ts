/**
 * Names and kinds of the sheets a report writes (SPEC §5): `Report 2026-Q3`,
 * `Report 2026-Q3 Ozols` (one per manager, by surname) and `Issues 2026-Q3`; in Latvian
 * `Pārskats 2026-Q3`, `Pārskats 2026-Q3 Ozols`, `Problēmas 2026-Q3`. Kinds all start with
 * `report:<period>:`, which is how a later run of the same period's report finds its own sheets.
 */
import { nameKey } from "../../core/reports/nameKey";
import type { Locale } from "../sheetKinds";
import { sanitizeSheetName } from "../sheetNames";
import { fillReportLabel, REPORT_LABELS } from "./reportLabels";

/**
 * What every sheet kind of a period's report starts with.
 *
 * @example reportKindPrefix("2026-Q3") === "report:2026-Q3:"
 */
export function reportKindPrefix(period: string): string {
  return `report:${period}:`;
}

/**
 * True when a sheet's kind says an earlier run of this period's report made it.
 *
 * @example isReportKindOf("report:2026-Q3:manager:Jānis Ozols", "2026-Q3") === true
 * @example isReportKindOf("report:2026-Q3:summary", "2026") === false
 */
export function isReportKindOf(kind: string, period: string): boolean {
  return kind.startsWith(reportKindPrefix(period));
}

/** @example summaryKind("2026-Q3") === "report:2026-Q3:summary" */
export function summaryKind(period: string): string {
  return `${reportKindPrefix(period)}summary`;
}

/** @example managerKind("2026-Q3", " Jānis  Ozols") === "report:2026-Q3:manager:Jānis Ozols" */
export function managerKind(period: string, manager: string): string {
  return `${reportKindPrefix(period)}manager:${manager.trim().replace(/\s+/g, " ")}`;
}

/** @example issuesKind("2026-Q3") === "report:2026-Q3:issues" */
export function issuesKind(period: string): string {
  return `${reportKindPrefix(period)}issues`;
}

/**
 * A person's surname: the last word of the name.
 *
 * @example surname("Jānis Ozols") === "Ozols"
 */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/**
 * The wanted sheet name of the summary.
 *
 * @example summarySheetName("2026-Q3", "lv") === "Pārskats 2026-Q3"
 */
export function summarySheetName(period: string, locale: Locale): string {
  return sanitizeSheetName(fillReportLabel(REPORT_LABELS[locale].summarySheet, { period }));
}

/**
 * The wanted sheet name of the issues.
 *
 * @example issuesSheetName("2026-Q3", "en") === "Issues 2026-Q3"
 */
export function issuesSheetName(period: string, locale: Locale): string {
  return sanitizeSheetName(fillReportLabel(REPORT_LABELS[locale].issuesSheet, { period }));
}

/**
 * The wanted sheet names of the managers' reports, in order: by surname, or by full name for
 * managers who share a surname (two Ozols: `Report 2026-Q3 Jānis Ozols`, `… Pēteris Ozols`).
 *
 * @example managerSheetNames(["Jānis Ozols", "Ilze Kalniņa"], "2026-Q3", "en") // ["Report 2026-Q3 Ozols", "Report 2026-Q3 Kalniņa"]
 */
export function managerSheetNames(
  managers: readonly string[],
  period: string,
  locale: Locale
): string[] {
  const counts = new Map<string, number>();
  for (const m of managers) {
    const key = nameKey(surname(m));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return managers.map((m) => {
    const shared = (counts.get(nameKey(surname(m))) ?? 0) > 1;
    const who = shared ? m.trim().replace(/\s+/g, " ") : surname(m);
    return sanitizeSheetName(
      fillReportLabel(REPORT_LABELS[locale].managerSheet, { period, surname: who })
    );
  });
}
