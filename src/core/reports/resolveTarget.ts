/**
 * Revenue targets for a period (SPEC §5 "Targets"): the row for exactly the period; else the sum
 * of finer rows inside it; else a coarser row prorated by months.
 */
import type { Issue } from "../issue";
import type { Cents, Target } from "../model";
import { parsePeriod, type Period } from "../period";
import { nameKey } from "./nameKey";
import { reportSources, type ReportSources } from "./reportSources";

/** A Targets row with its period read (in the workbook's fiscal year). */
interface IndexedTarget {
  target: Target;
  period: Period;
}

/** The Targets rows by owner, ready for {@link resolveTarget}. */
export interface TargetIndex {
  byOwner: Map<string, IndexedTarget[]>;
  sources: ReportSources;
  /** Rows whose Period is not a period (left out). */
  issues: Issue[];
}

/** A resolved target and how it was found. */
export interface ResolvedTarget {
  /** Cents, or null when no row applies. */
  cents: Cents | null;
  /** exact: the row for the period; finer: sum of rows inside; coarser: prorated; null: none. */
  how: "exact" | "finer" | "coarser" | null;
  /** Excel rows used. */
  rows: number[];
  /** Several rows for one owner and period (added up), or finer rows covering only part. */
  issues: Issue[];
}

/**
 * Indexes Targets rows by owner (trimmed, case-insensitive), reading each Period with the fiscal
 * year start. A row whose Period is not a period is left out with an issue.
 *
 * @example indexTargets([{ owner: "Ozols", period: "2026-Q3", revenueTarget: 9000000, … }], 1)
 */
export function indexTargets(
  targets: readonly Target[],
  fiscalStartMonth: number,
  sources: ReportSources = reportSources()
): TargetIndex {
  const byOwner = new Map<string, IndexedTarget[]>();
  const issues: Issue[] = [];
  for (const target of targets) {
    const parsed = parsePeriod(target.period, fiscalStartMonth);
    if (!parsed.ok) {
      issues.push({
        sheet: sources.sheets.targets,
        row: target.row,
        column: sources.columns.targets.period,
        value: target.period,
        problem: `${parsed.problem}: row left out of the targets`,
      });
      continue;
    }
    const key = nameKey(target.owner);
    const list = byOwner.get(key) ?? [];
    list.push({ target, period: parsed.value });
    byOwner.set(key, list);
  }
  return { byOwner, sources, issues };
}

function sum(rows: readonly IndexedTarget[]): Cents {
  return rows.reduce((total, r) => total + r.target.revenueTarget, 0);
}

/** `cents × part / whole` rounded half away from zero to whole cents, in exact integers. */
function prorate(cents: Cents, part: number, whole: number): Cents {
  const n = BigInt(Math.abs(cents)) * BigInt(part);
  const d = BigInt(whole);
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  const result = Number(q);
  return cents < 0 && result !== 0 ? -result : result;
}

function contains(outer: Period, inner: Period): boolean {
  return inner.months.every((m) => outer.months.includes(m));
}

/**
 * The revenue target of `owner` for `period`:
 * 1. exact — the rows whose period is `period` (several rows: added up, with an issue);
 * 2. finer — rows strictly inside the period: for a year, each of its quarters takes its quarter
 *    row(s), else the sum of its month rows; for a quarter, the sum of its month rows. When
 *    these rows cover only some months, the target is their sum, with an issue;
 * 3. coarser — the nearest rows containing the period (a quarter before a year), prorated by
 *    months: × months in period / months in row (a year / 4 for a quarter, / 12 for a month), to
 *    whole cents half away from zero;
 * 4. none — null.
 *
 * @example resolveTarget(index, "Ozols", quarterPeriod(2026, 3)) // year row 120 000,00 → { cents: 3000000, how: "coarser", … }
 */
export function resolveTarget(index: TargetIndex, owner: string, period: Period): ResolvedTarget {
  const rows = index.byOwner.get(nameKey(owner)) ?? [];
  const issues: Issue[] = [];
  const { sheets, columns } = index.sources;
  const addedUp = (group: readonly IndexedTarget[]): void => {
    const [first, ...others] = group;
    for (const other of others) {
      issues.push({
        sheet: sheets.targets,
        row: other.target.row,
        column: columns.targets.period,
        value: other.period.key,
        problem: `another Targets row for ${owner} ${other.period.key} (row ${first?.target.row ?? "?"}): the targets are added up`,
      });
    }
  };
  const result = (
    cents: Cents | null,
    how: ResolvedTarget["how"],
    used: readonly IndexedTarget[]
  ): ResolvedTarget => ({ cents, how, rows: used.map((r) => r.target.row), issues });

  const exact = rows.filter((r) => r.period.key === period.key);
  if (exact.length > 0) {
    addedUp(exact);
    return result(sum(exact), "exact", exact);
  }

  const monthRows = (months: readonly string[]): IndexedTarget[] =>
    rows.filter((r) => r.period.kind === "month" && months.includes(r.period.key));
  const finer: IndexedTarget[] = [];
  let covered = 0;
  const chunks: string[][] =
    period.kind === "year"
      ? [0, 3, 6, 9].map((i) => period.months.slice(i, i + 3))
      : period.kind === "quarter"
        ? period.months.map((m) => [m])
        : [];
  for (const chunk of chunks) {
    const quarterRows =
      chunk.length === 3
        ? rows.filter((r) => r.period.kind === "quarter" && r.period.months.join() === chunk.join())
        : [];
    if (quarterRows.length > 0) {
      addedUp(quarterRows);
      finer.push(...quarterRows);
      covered += 3;
      continue;
    }
    for (const month of chunk) {
      const inMonth = monthRows([month]);
      if (inMonth.length === 0) continue;
      addedUp(inMonth);
      finer.push(...inMonth);
      covered += 1;
    }
  }
  if (finer.length > 0) {
    if (covered < period.months.length) {
      const first = finer[0];
      issues.push({
        sheet: sheets.targets,
        row: first?.target.row ?? null,
        column: columns.targets.period,
        value: finer.map((r) => r.period.key).join(", "),
        problem: `${owner}: Targets rows cover only ${covered} of ${period.months.length} months of ${period.key}; the target is their sum`,
      });
    }
    return result(sum(finer), "finer", finer);
  }

  const containing = rows.filter(
    (r) => r.period.months.length > period.months.length && contains(r.period, period)
  );
  const nearest = Math.min(...containing.map((r) => r.period.months.length));
  const coarser = containing.filter((r) => r.period.months.length === nearest);
  if (coarser.length > 0) {
    addedUp(coarser);
    return result(prorate(sum(coarser), period.months.length, nearest), "coarser", coarser);
  }
  return result(null, null, []);
}
