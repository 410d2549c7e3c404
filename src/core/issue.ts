/**
 * A row (or setting) the engine could not use, reported instead of silently dropped.
 *
 * @example
 * { sheet: "Darījumi", row: 14, column: "Summa", value: "abc", problem: "not a number" }
 */
export interface Issue {
  /** The sheet's name as it stands in the workbook (or the input file's name). */
  sheet: string;
  /** The row number as Excel shows it (1-based), or null when the issue is about the whole sheet. */
  row: number | null;
  /** The column's header text as the user wrote it, or null for a whole-row issue. */
  column: string | null;
  /** The offending value as text, or null. */
  value: string | null;
  /** What is wrong, in words a user can act on. */
  problem: string;
}

/** Counts every job reports: read = used + skipped, always. */
export interface RowCounts {
  read: number;
  used: number;
  skipped: number;
}

/** Adds row counts. @example addCounts({read:2,used:1,skipped:1},{read:1,used:1,skipped:0}) → {read:3,used:2,skipped:1} */
export function addCounts(a: RowCounts, b: RowCounts): RowCounts {
  return { read: a.read + b.read, used: a.used + b.used, skipped: a.skipped + b.skipped };
}
