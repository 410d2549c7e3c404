/**
 * The report of SPEC §5 for a period and one, several or all managers: every figure per owner,
 * per manager and in total, the monthly trend, the won deals and the open deals past their
 * expected close, with an issue for every deal or target row that could not be used as is.
 * Pure: no sheets, no I/O. Money in the result is in currency units rounded to cents.
 *
 * Rules decided here (beyond SPEC §5):
 * - Scope: with `managers` given, the owners are the Team members whose Manager is one of them
 *   (direct reports; a manager's own deals count only when they report to a selected manager);
 *   without, everyone, and the managers are the distinct Manager values of Team, in Team order.
 *   A selected manager no one reports to gets an empty figure set and an issue.
 * - Owners listed: in scope and with a deal in the period (as owner, or as split owner of a won
 *   or open deal), or a Team member with Role Rep who is active or has a target for the period.
 *   Order: Team order, then owners not in Team in the order of Deals (those only without a
 *   manager filter, with the issue "owner not in Team"; they are in the totals, in no team).
 * - Deals that touch neither the owner nor the split owner in scope are left out (counted in
 *   `dealsUsed.otherScope`), without issues; issues are about the deals of the report only.
 * - Split: see {@link dealSplit} and {@link splitCents}; revenue, cost (travel included),
 *   pipeline and weighted pipeline are each split, profit follows as revenue − cost. Won/lost
 *   counts and cycle days go to the owner alone, so a split owner can have revenue and no avgDeal.
 * - Weighted pipeline: per deal ROUND(Amount × probability, 2); probability = the deal's, else
 *   the stage's from Settings; an unknown open stage without Probability weighs 0, with an issue.
 *   An open deal without Amount counts 0, with an issue.
 * - cycleDays: won deals without Created, or Created after Closed on, are left out (issue).
 * - Targets: {@link resolveTarget} for owners and managers alike (a manager who owns deals has
 *   their own rows as owner target too). Team target = the manager's own rows, else the sum of
 *   the known targets of everyone reporting to them (null when none has one). Total target = Σ
 *   team targets of the listed managers who do not report to another listed manager + Σ targets
 *   of listed owners in no listed team who are not listed managers; null when none is known.
 * - Trend: the same computation for each calendar month inside the period (totals and teams).
 */
import type { Issue } from "../issue";
import type { Cents, Deal, DealStage, IsoDate, Meeting, Target, TeamMember } from "../model";
import { fromCents, multiplyCents } from "../money";
import { daysBetween } from "../parseDate";
import { monthsOf, periodContains, type Period } from "../period";
import {
  dealEconomics,
  meetingTravelByDeal,
  type CostSource,
  type DealEconomics,
} from "./dealEconomics";
import { addTallies, emptyTally, figureSet, type FigureSet, type FigureTally } from "./figureSet";
import { nameKey } from "./nameKey";
import { reportSources, type ReportSources, type ReportSourcesInput } from "./reportSources";
import { indexTargets, resolveTarget, type TargetIndex } from "./resolveTarget";
import { dealSplit, splitCents, type DealSplit } from "./splitCredit";

/** What a report is computed from. */
export interface ReportInput {
  period: Period;
  deals: readonly Deal[];
  team: readonly TeamMember[];
  targets: readonly Target[];
  meetings: readonly Meeting[];
  /** Manager names (trimmed, case-insensitive); empty or undefined = all. */
  managers?: readonly string[];
  /** Default probability per stage (Settings). */
  stageProbabilities: Readonly<Record<DealStage, number>>;
  /** 1–12; how Targets periods such as `2026-Q1` are read. */
  fiscalStartMonth: number;
  /** For overdue open deals. */
  today: IsoDate;
  /** ISO code, carried into the result. */
  currency: string;
  /** Sheet names as in the workbook, for issues (default Deals, Targets, Team). */
  sheetNames?: ReportSourcesInput["sheets"];
  /** Column headers as in the workbook, for issues (default the English headers). */
  columns?: ReportSourcesInput["columns"];
}

/** How the Deals rows were used: read = used + noPeriod + otherPeriods + otherScope. */
export interface DealUsage {
  read: number;
  /** Counted in the period's figures. */
  used: number;
  /** Won/lost without Closed on, open without Expected close (each an issue). */
  noPeriod: number;
  /** Dated outside the period. */
  otherPeriods: number;
  /** Neither owner nor split owner in the selected managers' teams. */
  otherScope: number;
}

/** A won deal of the period, whole (not split), money in currency units. */
export interface WonDeal {
  id: string;
  row: number;
  account: string | null;
  owner: string;
  /** The split owner credited, or null. */
  splitOwner: string | null;
  /** Their share (fraction), or null. */
  splitShare: number | null;
  /** The listed managers whose teams are credited with the deal. */
  managers: string[];
  created: IsoDate | null;
  closedOn: IsoDate;
  revenue: number;
  /** Cost with travel, or null when unknown. */
  cost: number | null;
  costSource: CostSource | null;
  travelCost: number;
  profit: number | null;
  /** profit / revenue, or null. */
  margin: number | null;
  cycleDays: number | null;
}

/** An open deal whose Expected close is before today (any period). */
export interface OverdueDeal {
  id: string;
  row: number;
  account: string | null;
  owner: string;
  /** The owner's manager when that manager is in the report, else null. */
  manager: string | null;
  stage: string;
  expectedClose: IsoDate;
  daysOverdue: number;
  amount: number | null;
  /** The probability used: the deal's, else the stage's default, else null. */
  probability: number | null;
}

/** One calendar month of the trend: the same figures as the report, for that month. */
export interface TrendMonth {
  /** `2026-07`. */
  month: string;
  totals: FigureSet;
  /** In the order of {@link ReportResult.managers}. */
  managers: FigureSet[];
}

/** The report: SPEC §9 `report --json` (period, currency, owners, managers, totals) and more. */
export interface ReportResult {
  /** Period key: `2026`, `2026-Q3`, `2026-07`. */
  period: string;
  start: IsoDate;
  end: IsoDate;
  currency: string;
  owners: FigureSet[];
  managers: FigureSet[];
  totals: FigureSet;
  /** Each listed manager's listed owners, in the order of `managers`. */
  teams: Array<{ manager: string; owners: string[] }>;
  trend: TrendMonth[];
  /** Won deals of the period credited to a listed owner, by revenue, largest first. */
  wonDeals: WonDeal[];
  /** The first 10 of `wonDeals`. */
  topWonDeals: WonDeal[];
  /** Open deals of the listed owners past their Expected close, oldest first. */
  overdueOpenDeals: OverdueDeal[];
  issues: Issue[];
  dealsUsed: DealUsage;
}

interface Person {
  key: string;
  name: string;
  member: TeamMember | null;
  /** Where a person not in Team first appears in Deals. */
  firstRow: number;
  firstColumn: "owner" | "splitOwner";
}

interface PreparedDeal {
  deal: Deal;
  ownerKey: string;
  split: DealSplit;
  splitKey: string | null;
  economics: DealEconomics | null;
}

interface Context {
  input: ReportInput;
  sources: ReportSources;
  people: Person[];
  personByKey: Map<string, Person>;
  /** Listed managers, in order. */
  managers: Array<{ key: string; name: string }>;
  managerKeys: Set<string>;
  inScope(key: string): boolean;
  deals: PreparedDeal[];
  targets: TargetIndex;
}

interface Pass {
  owners: FigureSet[];
  managers: FigureSet[];
  totals: FigureSet;
  teams: Array<{ manager: string; owners: string[] }>;
  issues: Issue[];
  usage: DealUsage;
  won: WonDeal[];
}

function managerKeyOf(member: TeamMember | null): string | null {
  return member?.manager != null && nameKey(member.manager) !== "" ? nameKey(member.manager) : null;
}

function prepare(input: ReportInput): { context: Context; issues: Issue[] } {
  const sources = reportSources({ sheets: input.sheetNames, columns: input.columns });
  const issues: Issue[] = [];
  const people: Person[] = [];
  const personByKey = new Map<string, Person>();
  for (const member of input.team) {
    const key = nameKey(member.name);
    const known = personByKey.get(key);
    if (known) {
      issues.push({
        sheet: sources.sheets.team,
        row: member.row,
        column: null,
        value: member.name,
        problem: `${member.name} is already in Team (row ${known.member?.row ?? "?"}): this row is left out`,
      });
      continue;
    }
    const person: Person = {
      key,
      name: member.name,
      member,
      firstRow: member.row,
      firstColumn: "owner",
    };
    people.push(person);
    personByKey.set(key, person);
  }
  const travel = meetingTravelByDeal(input.meetings);
  const deals = input.deals.map((deal): PreparedDeal => {
    const split = dealSplit(deal);
    const ownerKey = nameKey(deal.owner);
    const splitKey = split.splitOwner === null ? null : nameKey(split.splitOwner);
    const named: Array<[string, string, "owner" | "splitOwner"]> = [
      [ownerKey, deal.owner, "owner"],
    ];
    if (split.splitOwner !== null && splitKey !== null) {
      named.push([splitKey, split.splitOwner, "splitOwner"]);
    }
    for (const [key, name, column] of named) {
      if (personByKey.has(key)) continue;
      const person: Person = { key, name, member: null, firstRow: deal.row, firstColumn: column };
      people.push(person);
      personByKey.set(key, person);
    }
    return {
      deal,
      ownerKey,
      split,
      splitKey,
      economics: deal.stage === "Won" ? dealEconomics(deal, travel, sources) : null,
    };
  });

  const managers: Array<{ key: string; name: string }> = [];
  const managerKeys = new Set<string>();
  const addManager = (key: string, name: string): void => {
    if (key === "" || managerKeys.has(key)) return;
    managerKeys.add(key);
    managers.push({ key, name });
  };
  const writtenManager = (key: string): string | undefined =>
    personByKey.get(key)?.member?.name ??
    input.team.find((m) => managerKeyOf(m) === key)?.manager ??
    undefined;
  const filtered = (input.managers ?? []).some((m) => nameKey(m) !== "");
  if (filtered) {
    for (const asked of input.managers ?? []) {
      const key = nameKey(asked);
      if (key === "" || managerKeys.has(key)) continue;
      addManager(key, writtenManager(key) ?? asked.trim());
      if (!input.team.some((m) => managerKeyOf(m) === key)) {
        issues.push({
          sheet: sources.sheets.team,
          row: null,
          column: sources.columns.teamManager,
          value: asked,
          problem: `no one in Team has ${asked.trim()} as Manager: their team is empty`,
        });
      }
    }
  } else {
    for (const member of input.team) {
      const key = managerKeyOf(member);
      if (key !== null) addManager(key, writtenManager(key) ?? key);
    }
  }
  const inScope = (key: string): boolean => {
    if (!filtered) return true;
    const managerKey = managerKeyOf(personByKey.get(key)?.member ?? null);
    return managerKey !== null && managerKeys.has(managerKey);
  };
  const targets = indexTargets(input.targets, input.fiscalStartMonth, sources);
  issues.push(...targets.issues);
  return {
    context: {
      input,
      sources,
      people,
      personByKey,
      managers,
      managerKeys,
      inScope,
      deals,
      targets,
    },
    issues,
  };
}

function sumKnown(values: ReadonlyArray<Cents | null>): Cents | null {
  const known = values.filter((v): v is Cents => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** The figures of one period (the report's, or one month of its trend). */
function computePass(context: Context, period: Period): Pass {
  const { input, sources } = context;
  const sheet = sources.sheets.deals;
  const columns = sources.columns.deals;
  const issues: Issue[] = [];
  const usage: DealUsage = {
    read: input.deals.length,
    used: 0,
    noPeriod: 0,
    otherPeriods: 0,
    otherScope: 0,
  };
  const tallies = new Map<string, FigureTally>();
  const tally = (key: string): FigureTally => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally()));
    return t;
  };
  const active = new Set<string>();
  const wonRows: Array<{ prepared: PreparedDeal; cycle: number | null }> = [];
  const issue = (
    deal: Deal,
    column: keyof typeof columns,
    value: string | null,
    problem: string
  ): void => {
    issues.push({ sheet, row: deal.row, column: columns[column], value, problem });
  };

  for (const prepared of context.deals) {
    const { deal, ownerKey, split, splitKey, economics } = prepared;
    const ownerIn = context.inScope(ownerKey);
    const splitIn = splitKey !== null && context.inScope(splitKey);
    if (!ownerIn && !splitIn) {
      usage.otherScope++;
      continue;
    }
    const closed = deal.stage === "Won" || deal.stage === "Lost";
    const date = closed ? deal.closedOn : deal.expectedClose;
    if (date === null) {
      usage.noPeriod++;
      if (closed) {
        issue(
          deal,
          "closedOn",
          null,
          `${deal.stage.toLowerCase()} deal without Closed on: it belongs to no period and is in no report`
        );
      } else {
        issue(
          deal,
          "expectedClose",
          null,
          "open deal without Expected close: it belongs to no period and is in no pipeline"
        );
      }
      continue;
    }
    if (!periodContains(period, date)) {
      usage.otherPeriods++;
      continue;
    }
    usage.used++;
    if (split.missingPercent && deal.stage !== "Lost") {
      issue(deal, "splitPercent", null, "Split owner without Split %: credited to the owner alone");
    }
    const credits: Array<[string | null, boolean]> = [
      [ownerKey, ownerIn],
      [splitKey, splitIn],
    ];
    if (deal.stage === "Won" && economics !== null) {
      issues.push(...economics.issues);
      const revenue = splitCents(economics.revenue, split.share);
      const cost = economics.cost === null ? null : splitCents(economics.cost, split.share);
      credits.forEach(([key, inScope], i) => {
        if (key === null || !inScope) return;
        const t = tally(key);
        active.add(key);
        t.revenue += revenue[i] ?? 0;
        if (cost !== null) {
          t.knownRevenue += revenue[i] ?? 0;
          t.knownCost += cost[i] ?? 0;
          t.knownDeals++;
        }
      });
      // Cycle days go to the owner alone: no issue when only the split owner is in the report.
      let cycle: number | null = null;
      if (deal.created === null) {
        if (ownerIn)
          issue(deal, "created", null, "won deal without Created: left out of the cycle days");
      } else if (deal.created > date) {
        if (ownerIn) {
          const problem = "Created is after Closed on: left out of the cycle days";
          issue(deal, "created", deal.created, problem);
        }
      } else {
        cycle = daysBetween(deal.created, date);
      }
      if (ownerIn) {
        const t = tally(ownerKey);
        t.won++;
        if (cycle !== null) {
          t.cycleDaysSum += cycle;
          t.cycleDeals++;
        }
      }
      wonRows.push({ prepared, cycle });
    } else if (deal.stage === "Lost") {
      if (ownerIn) {
        tally(ownerKey).lost++;
        active.add(ownerKey);
      }
    } else {
      if (deal.amount === null) {
        issue(deal, "amount", null, "open deal without Amount: counts 0 in the pipeline");
      }
      let probability = deal.probability;
      if (probability === null && deal.stage !== "Open") {
        probability = input.stageProbabilities[deal.stage];
      }
      if (probability === null) {
        issue(
          deal,
          "probability",
          null,
          `stage "${deal.stageText}" has no default probability: weighted as 0 — enter a Probability`
        );
      }
      const amount = splitCents(deal.amount ?? 0, split.share);
      const weighted = splitCents(multiplyCents(deal.amount ?? 0, probability ?? 0), split.share);
      credits.forEach(([key, inScope], i) => {
        if (key === null || !inScope) return;
        const t = tally(key);
        active.add(key);
        t.pipeline += amount[i] ?? 0;
        t.weighted += weighted[i] ?? 0;
      });
    }
  }

  const targetOf = (name: string): Cents | null => {
    const resolved = resolveTarget(context.targets, name, period);
    issues.push(...resolved.issues);
    return resolved.cents;
  };
  const ownerTargets = new Map<string, Cents | null>();
  const ownerTarget = (person: Person): Cents | null => {
    if (!ownerTargets.has(person.key)) ownerTargets.set(person.key, targetOf(person.name));
    return ownerTargets.get(person.key) ?? null;
  };

  const listed = context.people.filter((person) => {
    if (!context.inScope(person.key)) return false;
    if (active.has(person.key)) return true;
    const member = person.member;
    return (
      member !== null && member.role === "Rep" && (member.active || ownerTarget(person) !== null)
    );
  });
  const owners: FigureSet[] = [];
  for (const person of listed) {
    if (person.member === null) {
      issues.push({
        sheet,
        row: person.firstRow,
        column: columns[person.firstColumn],
        value: person.name,
        problem: `owner not in Team: ${person.name} is reported on their own, in no manager's figures`,
      });
    }
    owners.push(figureSet(tally(person.key), ownerTarget(person), { owner: person.name }));
  }

  const managers: FigureSet[] = [];
  const teams: Pass["teams"] = [];
  const teamTargets = new Map<string, Cents | null>();
  for (const manager of context.managers) {
    const reps = context.people.filter((p) => managerKeyOf(p.member) === manager.key);
    const own = targetOf(manager.name);
    const target = own ?? sumKnown(reps.map(ownerTarget));
    teamTargets.set(manager.key, target);
    managers.push(
      figureSet(addTallies(reps.map((p) => tally(p.key))), target, { manager: manager.name })
    );
    teams.push({
      manager: manager.name,
      owners: listed.filter((p) => managerKeyOf(p.member) === manager.key).map((p) => p.name),
    });
  }

  const inListedTeam = (person: Person | undefined): boolean => {
    const key = managerKeyOf(person?.member ?? null);
    return key !== null && context.managerKeys.has(key);
  };
  const totalTarget = sumKnown([
    ...context.managers
      .filter((m) => !inListedTeam(context.personByKey.get(m.key)))
      .map((m) => teamTargets.get(m.key) ?? null),
    ...listed.filter((p) => !inListedTeam(p) && !context.managerKeys.has(p.key)).map(ownerTarget),
  ]);
  const totals = figureSet(addTallies(listed.map((p) => tally(p.key))), totalTarget);

  const won = wonRows.map(({ prepared, cycle }): WonDeal => {
    const { deal, economics, split } = prepared;
    const revenue = economics?.revenue ?? 0;
    const credited = [prepared.ownerKey, prepared.splitKey]
      .filter((key): key is string => key !== null && context.inScope(key))
      .map((key) => managerKeyOf(context.personByKey.get(key)?.member ?? null))
      .filter((key): key is string => key !== null && context.managerKeys.has(key));
    return {
      id: deal.id,
      row: deal.row,
      account: deal.account,
      owner: deal.owner,
      splitOwner: split.splitOwner,
      splitShare: split.splitOwner === null ? null : split.share,
      managers: context.managers.filter((m) => credited.includes(m.key)).map((m) => m.name),
      created: deal.created,
      closedOn: deal.closedOn ?? "",
      revenue: fromCents(revenue),
      cost: economics?.cost == null ? null : fromCents(economics.cost),
      costSource: economics?.costSource ?? null,
      travelCost: fromCents(economics?.travelCost ?? 0),
      profit: economics?.profit == null ? null : fromCents(economics.profit),
      margin: economics?.profit == null || revenue === 0 ? null : economics.profit / revenue,
      cycleDays: cycle,
    };
  });
  won.sort(
    (a, b) => b.revenue - a.revenue || a.closedOn.localeCompare(b.closedOn) || a.row - b.row
  );
  return { owners, managers, totals, teams, issues, usage, won };
}

function overdueDeals(context: Context): OverdueDeal[] {
  const { input } = context;
  const overdue: OverdueDeal[] = [];
  for (const { deal, ownerKey } of context.deals) {
    if (deal.stage === "Won" || deal.stage === "Lost") continue;
    if (deal.expectedClose === null || deal.expectedClose >= input.today) continue;
    if (!context.inScope(ownerKey)) continue;
    const managerKey = managerKeyOf(context.personByKey.get(ownerKey)?.member ?? null);
    const manager = context.managers.find((m) => m.key === managerKey)?.name ?? null;
    overdue.push({
      id: deal.id,
      row: deal.row,
      account: deal.account,
      owner: deal.owner,
      manager,
      stage: deal.stageText || deal.stage,
      expectedClose: deal.expectedClose,
      daysOverdue: daysBetween(deal.expectedClose, input.today),
      amount: deal.amount === null ? null : fromCents(deal.amount),
      probability:
        deal.probability ?? (deal.stage === "Open" ? null : input.stageProbabilities[deal.stage]),
    });
  }
  return overdue.sort((a, b) => a.expectedClose.localeCompare(b.expectedClose) || a.row - b.row);
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.sheet, i.row, i.column, i.value, i.problem]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Computes the report of a period (SPEC §5) over the deals, team, targets and meetings read from
 * the workbook; see this module's comment for every rule beyond the SPEC's.
 *
 * @example
 * computeReport({ period: quarterPeriod(2026, 3), deals, team, targets, meetings: [],
 *   stageProbabilities: DEFAULT_STAGE_PROBABILITIES, fiscalStartMonth: 1, today: "2026-10-05",
 *   currency: "EUR" }).totals // { revenue: 123456.78, target: 150000, attainment: 0.823…, … }
 */
export function computeReport(input: ReportInput): ReportResult {
  const { context, issues: setup } = prepare(input);
  const main = computePass(context, input.period);
  const trendIssues: Issue[] = [];
  const trend = monthsOf(input.period).map((month): TrendMonth => {
    const pass = month.key === input.period.key ? main : computePass(context, month);
    if (pass !== main) trendIssues.push(...pass.issues);
    return { month: month.key, totals: pass.totals, managers: pass.managers };
  });
  return {
    period: input.period.key,
    start: input.period.start,
    end: input.period.end,
    currency: input.currency,
    owners: main.owners,
    managers: main.managers,
    totals: main.totals,
    teams: main.teams,
    trend,
    wonDeals: main.won,
    topWonDeals: main.won.slice(0, 10),
    overdueOpenDeals: overdueDeals(context),
    // Setup issues first, then the period's; a trend month only adds what it alone found.
    issues: dedupe([...setup, ...main.issues, ...trendIssues]),
    dealsUsed: main.usage,
  };
}
