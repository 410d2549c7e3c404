/**
 * The report job (SPEC §5, §9 `dealdesk report`): reads the team's sheets through the port,
 * computes every figure per owner, per manager and in total for a period, and writes the
 * summary sheet, one sheet per manager and the Issues sheet. Regenerating replaces only the
 * sheets an earlier run of the same period's report made; a sheet of the user's is never
 * touched (the new sheet takes a free name instead).
 */
import { AppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import type { IsoDate } from "../../core/model";
import { isIsoDate, nowIsoMinute, todayIso } from "../../core/parseDate";
import { parsePeriod } from "../../core/period";
import { computeReport, type DealUsage, type ReportResult } from "../../core/reports/computeReport";
import type { FigureSet } from "../../core/reports/figureSet";
import { nameKey } from "../../core/reports/nameKey";
import type { ReportSourcesInput } from "../../core/reports/reportSources";
import type { SheetPlan, WorkbookPort } from "../../host/port";
import { acceptedQuoteLinesByDeal, actualLinesByDeal } from "../../sheets/reports/dealLines";
import { issuesSheetPlan } from "../../sheets/reports/issuesSheetPlan";
import {
  isReportKindOf,
  issuesKind,
  issuesSheetName,
  managerKind,
  managerSheetNames,
  summaryKind,
  summarySheetName,
  surname,
} from "../../sheets/reports/reportSheetNames";
import { reportSheetPlan } from "../../sheets/reports/reportSheetPlan";
import type { SheetRead } from "../../sheets/readRows";
import { freeSheetName, type ExistingSheet } from "../../sheets/sheetNames";
import type { Locale } from "../../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { readReportSheets, type ReportSheets } from "./readReportSheets";
import { reportScopes } from "./reportScopes";

/** What to report on. */
export interface ReportRequest {
  /** `2026`, `2026-Q3`, `2026-07` (also `Q3 2026`, `07.2026`, …: any form Targets accepts). */
  period: string;
  /** Manager names (trimmed, case-insensitive; a surname alone when it is unique); none = all. */
  managers?: readonly string[];
  /** The day open deals are overdue against; default today in Riga. */
  today?: IsoDate;
  /** Language of the sheets; default the Settings' locale, else the job's, else en. */
  locale?: Locale;
  /** When the report is made (the footer); default now. */
  now?: Date;
}

/** SPEC §9 `report --json`: the figures, the rows accounted for, the issues, the sheets written. */
export interface ReportDocument {
  ok: true;
  /** Period key: `2026-Q3`. */
  period: string;
  start: IsoDate;
  end: IsoDate;
  currency: string;
  /** Every owner in the report. */
  owners: FigureSet[];
  /** The managers reported on, each with their team's figures. */
  managers: FigureSet[];
  totals: FigureSet;
  /** Rows of every sheet read (Settings aside): read = used + skipped. */
  rows: RowCounts;
  /** How the Deals rows were used in this period. */
  deals: DealUsage;
  issues: Issue[];
  /** Sheets written: the summary, the managers' sheets, the Issues sheet. */
  sheets: string[];
}

const PERIOD_FORMS = "a year (2026), a quarter (2026-Q3) or a month (2026-07)";

/** A sheet this run has written: never replaced again by the same run. */
const WRITTEN_NOW = "\u0000written";

/** Issues by sheet (in the order sheets first appear), then by row; otherwise as found. */
function byPlace(issues: readonly Issue[]): Issue[] {
  const sheetOrder = new Map<string, number>();
  for (const i of issues) if (!sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (sheetOrder.get(a.issue.sheet) ?? 0) - (sheetOrder.get(b.issue.sheet) ?? 0) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.index - b.index
    )
    .map((x) => x.issue);
}

/** The managers the Team names: everyone's Manager, and people with the role Manager. */
function knownManagers(sheets: ReportSheets): string[] {
  const names = new Map<string, string>();
  const team = sheets.reads.team?.rows ?? [];
  for (const m of team) {
    if (m.manager !== null && nameKey(m.manager) !== "" && !names.has(nameKey(m.manager))) {
      const member = team.find((t) => nameKey(t.name) === nameKey(m.manager ?? ""));
      names.set(nameKey(m.manager), member?.name ?? m.manager.trim());
    }
  }
  for (const m of team) {
    if (m.role === "Manager" && !names.has(nameKey(m.name))) names.set(nameKey(m.name), m.name);
  }
  return [...names.values()];
}

/** Each asked name as the Team writes it: the full name, or a unique surname. */
function resolveManagers(asked: readonly string[], known: readonly string[]): string[] {
  const resolved: string[] = [];
  for (const name of asked) {
    if (nameKey(name) === "") continue;
    const exact = known.find((k) => nameKey(k) === nameKey(name));
    const bySurname = known.filter((k) => nameKey(surname(k)) === nameKey(name));
    const found = exact ?? (bySurname.length === 1 ? bySurname[0] : undefined);
    if (found === undefined) {
      const list = known.length > 0 ? known.join(", ") : "none (Team has no Manager column values)";
      const why =
        bySurname.length > 1
          ? `several managers are called ${name.trim()}`
          : `no manager named ${name.trim()}`;
      throw new AppError("BAD_INPUT", `${why} in Team; the managers are: ${list}.`);
    }
    if (!resolved.some((r) => nameKey(r) === nameKey(found))) resolved.push(found);
  }
  return resolved;
}

/** Sheet names and headers as the user wrote them, for the issues computeReport finds. */
function sourcesOf(sheets: ReportSheets): {
  sheetNames: ReportSourcesInput["sheets"];
  columns: ReportSourcesInput["columns"];
} {
  const header = <T>(read: SheetRead<T> | null, key: string): string | undefined =>
    read?.columns[key]?.header;
  const { deals, targets, team } = sheets.reads;
  const dealColumns = [
    "id",
    "owner",
    "stage",
    "probability",
    "amount",
    "revenue",
    "cost",
    "created",
    "expectedClose",
    "closedOn",
    "splitOwner",
    "splitPercent",
  ] as const;
  const columns: NonNullable<ReportSourcesInput["columns"]> = { deals: {}, targets: {} };
  for (const key of dealColumns) {
    const h = header(deals, key);
    if (h !== undefined && columns.deals) columns.deals[key] = h;
  }
  for (const key of ["owner", "period", "revenueTarget"] as const) {
    const h = header(targets, key);
    if (h !== undefined && columns.targets) columns.targets[key] = h;
  }
  const manager = header(team, "manager");
  if (manager !== undefined) columns.teamManager = manager;
  return {
    sheetNames: { deals: deals?.sheet, targets: targets?.sheet, team: team?.sheet },
    columns,
  };
}

/**
 * The managers that get a sheet: those asked for; else every manager with someone in their
 * team to report on (a director whose only reports are managers has no rep of their own, and
 * their teams are reported under each manager).
 */
function shownManagers(result: ReportResult, asked: boolean): number[] {
  return result.teams.flatMap((team, i) => (asked || team.owners.length > 0 ? [i] : []));
}

/**
 * Generates the report of a period for one, several or all managers and writes its sheets:
 * `Report 2026-Q3` (summary), `Report 2026-Q3 Ozols` per manager, `Issues 2026-Q3` (Latvian:
 * `Pārskats …`, `Problēmas …`). Throws AppError for a period that is not one (USAGE), a manager
 * the Team does not name (BAD_INPUT, listing the managers), or a missing Team or Deals sheet.
 *
 * @example
 * const doc = await generateReport(port, { period: "2026-Q3", managers: ["Ozols"] });
 * doc.managers[0] // { manager: "Jānis Ozols", revenue: 161968.73, target: 353000, attainment: 0.4588…, … }
 */
export async function generateReport(
  port: WorkbookPort,
  request: ReportRequest,
  options?: JobOptions
): Promise<ReportDocument> {
  const sheets = await readReportSheets(port, options);
  const { settings } = sheets;
  const parsed = parsePeriod(request.period, settings.fiscalYearStartMonth);
  if (!parsed.ok) {
    throw new AppError("USAGE", `"${request.period}" is not a period: use ${PERIOD_FORMS}.`);
  }
  const period = parsed.value;
  const today = request.today ?? todayIso();
  if (!isIsoDate(today)) {
    throw new AppError("USAGE", `"${today}" is not a date: write it as YYYY-MM-DD (2026-11-27).`);
  }
  const asked = resolveManagers(request.managers ?? [], knownManagers(sheets));
  const locale: Locale = request.locale ?? settings.locale ?? options?.locale ?? "en";
  const { reads } = sheets;

  const result = computeReport({
    period,
    deals: reads.deals?.rows ?? [],
    team: reads.team?.rows ?? [],
    targets: reads.targets?.rows ?? [],
    meetings: reads.meetings?.rows ?? [],
    managers: asked,
    stageProbabilities: settings.stageProbabilities,
    fiscalStartMonth: settings.fiscalYearStartMonth,
    today,
    currency: settings.currency,
    ...sourcesOf(sheets),
  });
  throwIfCancelled(options);

  const products = reads.products?.rows ?? [];
  const lines = actualLinesByDeal(reads.actuals?.rows ?? [], products);
  const quoted = acceptedQuoteLinesByDeal(
    reads.quotes?.rows ?? [],
    reads.quoteLines?.rows ?? [],
    reads.deals?.rows ?? [],
    products
  );
  for (const [deal, dealLines] of quoted) if (!lines.has(deal)) lines.set(deal, dealLines);

  const managerIndexes = shownManagers(result, asked.length > 0);
  const scopes = reportScopes({
    result,
    managerIndexes,
    managersAsked: asked.length > 0 ? asked : null,
    lines,
  });
  const issues = byPlace([...sheets.issues, ...result.issues]);

  // Names: ours from an earlier run of this period's report may be replaced, nothing else.
  const infos = await port.listSheets();
  const existing: ExistingSheet[] = infos.map((i) => ({ name: i.name, ours: i.ours }));
  const pick = (wanted: string): string => {
    const { name } = freeSheetName(wanted, existing, {
      replaceKind: (kind) => isReportKindOf(kind, period.key),
    });
    const known = existing.find((e) => e.name.toLowerCase() === name.toLowerCase());
    if (known) known.ours = WRITTEN_NOW;
    else existing.push({ name, ours: WRITTEN_NOW });
    return name;
  };
  const managerNames = managerSheetNames(
    scopes.slice(1).map((s) => s.manager ?? ""),
    period.key,
    locale
  );
  const summaryName = pick(summarySheetName(period.key, locale));
  const managerSheets = managerNames.map(pick);
  const issuesName = pick(issuesSheetName(period.key, locale));

  const context = {
    locale,
    currency: result.currency,
    period: result.period,
    start: result.start,
    end: result.end,
    generatedAt: nowIsoMinute("Europe/Riga", request.now ?? new Date()),
    sources: sheets.sources,
    dealsUsed: result.dealsUsed,
    issueCount: issues.length,
    issuesSheet: issuesName,
  };
  const plans: SheetPlan[] = scopes.map((scope, i) =>
    reportSheetPlan(
      scope,
      context,
      i === 0 ? summaryName : (managerSheets[i - 1] ?? ""),
      i === 0 ? summaryKind(period.key) : managerKind(period.key, scope.manager ?? "")
    )
  );
  plans.push(issuesSheetPlan(issues, locale, summaryName, issuesName, issuesKind(period.key)));
  const first = plans[0];
  if (first) first.activate = true;

  const written: string[] = [];
  for (const [index, plan] of plans.entries()) {
    throwIfCancelled(options);
    options?.onProgress?.({ done: index, total: plans.length, label: `Writing ${plan.name}` });
    written.push(await port.writeSheet(plan, options));
  }
  // An earlier run's sheet of a kind written now under another name (e.g. in the other
  // language) is replaced by the new one: remove it.
  const kinds = new Set(plans.map((p) => p.kind));
  const writtenKeys = new Set(written.map((n) => n.toLowerCase()));
  for (const info of infos) {
    if (info.ours !== null && kinds.has(info.ours) && !writtenKeys.has(info.name.toLowerCase())) {
      await port.deleteSheet(info.name);
    }
  }
  options?.onProgress?.({ done: plans.length, total: plans.length, label: "Done" });

  return {
    ok: true,
    period: result.period,
    start: result.start,
    end: result.end,
    currency: result.currency,
    owners: result.owners,
    managers: managerIndexes.flatMap((i) => {
      const m = result.managers[i];
      return m ? [m] : [];
    }),
    totals: result.totals,
    rows: sheets.rows,
    deals: result.dealsUsed,
    issues,
    sheets: written,
  };
}
