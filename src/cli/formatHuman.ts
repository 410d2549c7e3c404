import type { Issue, RowCounts } from "../core/issue";
import type { CheckResult } from "../jobs/checkWorkbook";
import { sheetKindDef } from "../sheets/sheetKinds";

/** 12345 → "12 345" (thin grouping readable in any terminal). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** "read 612, used 600, skipped 12" */
export function formatCounts(c: RowCounts): string {
  return `read ${groupDigits(c.read)}, used ${groupDigits(c.used)}, skipped ${groupDigits(c.skipped)}`;
}

/** One issue on one line: `Darījumi!14 Summa "abc": not a number`. */
export function formatIssue(i: Issue): string {
  const where = i.row === null ? i.sheet : `${i.sheet}!${i.row}`;
  const column = i.column ? ` ${i.column}` : "";
  const value = i.value !== null && i.value !== "" ? ` "${i.value}"` : "";
  return `${where}${column}${value}: ${i.problem}`;
}

/** The human summary of `check`, for stderr. Shows at most `maxIssues` issues. */
export function formatCheck(result: CheckResult, maxIssues = 40): string {
  const lines: string[] = [];
  for (const s of result.sheets) {
    const title = sheetKindDef(s.kind).title.en.padEnd(12);
    if (s.sheet === null) {
      lines.push(`  ${title} (missing)`);
    } else if (s.error) {
      lines.push(`  ${title} ${s.sheet.padEnd(22)} cannot be read: ${s.error}`);
    } else {
      lines.push(`  ${title} ${s.sheet.padEnd(22)} ${formatCounts(s.counts)}`);
    }
  }
  lines.push(`Rows: ${formatCounts(result.rows)}`);
  if (result.issues.length === 0) {
    lines.push("No issues.");
  } else {
    lines.push(`Issues (${groupDigits(result.issues.length)}):`);
    for (const issue of result.issues.slice(0, maxIssues)) lines.push(`  ${formatIssue(issue)}`);
    const more = result.issues.length - maxIssues;
    if (more > 0) lines.push(`  … and ${groupDigits(more)} more (--json lists them all)`);
  }
  return lines.join("\n") + "\n";
}
