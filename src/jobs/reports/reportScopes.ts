/**
 * What each sheet of a report shows (the summary, and one sheet per manager), cut from the
 * computed report: the scope's figures, reps, trend, deals and product breakdown.
 */
import type { Cents } from "../../core/model";
import { toCents } from "../../core/money";
import type { ReportResult, WonDeal } from "../../core/reports/computeReport";
import { nameKey } from "../../core/reports/nameKey";
import { splitCents } from "../../core/reports/splitCredit";
import type { DealLines } from "../../sheets/reports/dealLines";
import { productBreakdown } from "../../sheets/reports/productBreakdown";
import type { NamedFigures, ReportSheetScope } from "../../sheets/reports/reportSheetPlan";

/** Top won deals shown per sheet. */
const TOP_WON = 10;

/**
 * The revenue of a won deal credited to the people in `scope` (name keys): all of it, or the
 * owner's or the split owner's part (the same split as the report's figures).
 *
 * @example creditedRevenue({ revenue: 100, owner: "A", splitOwner: "B", splitShare: 0.4, … }, new Set(["b"])) === 4000
 */
export function creditedRevenue(deal: WonDeal, scope: ReadonlySet<string>): Cents {
  const total = toCents(deal.revenue);
  const [ownerPart, splitPart] = splitCents(total, deal.splitShare ?? 0);
  const ownerIn = scope.has(nameKey(deal.owner));
  const splitIn = deal.splitOwner !== null && scope.has(nameKey(deal.splitOwner));
  return (ownerIn ? ownerPart : 0) + (splitIn ? splitPart : 0);
}

/** How the scopes are cut. */
export interface ScopeInput {
  result: ReportResult;
  /** Indexes into `result.managers` of the managers that get a sheet, in order. */
  managerIndexes: readonly number[];
  /** Managers asked for by name, or null for all. */
  managersAsked: readonly string[] | null;
  /** Each won deal's lines, by name key of its Deal ID. */
  lines: ReadonlyMap<string, DealLines>;
}

function breakdown(
  deals: readonly WonDeal[],
  scope: ReadonlySet<string>,
  lines: ReadonlyMap<string, DealLines>
): ReportSheetScope["products"] {
  return productBreakdown(
    deals.map((deal) => {
      const found = lines.get(nameKey(deal.id));
      return {
        id: deal.id,
        credited: creditedRevenue(deal, scope),
        lines: found?.lines ?? [],
        source: found?.source ?? null,
      };
    })
  );
}

/**
 * The summary's scope (everyone in the report), then one per manager of `managerIndexes`.
 *
 * @example reportScopes({ result, managerIndexes: [1, 2], managersAsked: null, lines })[0].manager === null
 */
export function reportScopes(input: ScopeInput): ReportSheetScope[] {
  const { result, lines } = input;
  const named = (name: string, figures: NamedFigures["figures"]): NamedFigures => ({
    name,
    figures,
  });
  const everyone = new Set(result.owners.map((o) => nameKey(o.owner ?? "")));
  const summary: ReportSheetScope = {
    manager: null,
    managersAsked: input.managersAsked,
    headline: result.totals,
    managers: input.managerIndexes.flatMap((i) => {
      const m = result.managers[i];
      return m ? [named(m.manager ?? "", m)] : [];
    }),
    owners: result.owners.map((o) => named(o.owner ?? "", o)),
    trend: result.trend.map((t) => named(t.month, t.totals)),
    topWon: result.topWonDeals,
    overdue: result.overdueOpenDeals,
    products: breakdown(result.wonDeals, everyone, lines),
  };
  const managers = input.managerIndexes.flatMap((i): ReportSheetScope[] => {
    const figures = result.managers[i];
    const team = result.teams[i];
    if (!figures || !team) return [];
    const name = team.manager;
    const members = new Set(team.owners.map(nameKey));
    const won = result.wonDeals.filter((d) => d.managers.includes(name));
    return [
      {
        manager: name,
        managersAsked: input.managersAsked,
        headline: figures,
        managers: [],
        owners: team.owners.flatMap((owner) => {
          const o = result.owners.find((x) => nameKey(x.owner ?? "") === nameKey(owner));
          return o ? [named(owner, o)] : [];
        }),
        trend: result.trend.flatMap((t) => {
          const m = t.managers[i];
          return m ? [named(t.month, m)] : [];
        }),
        topWon: won.slice(0, TOP_WON),
        overdue: result.overdueOpenDeals.filter((d) => d.manager === name),
        products: breakdown(won, members, lines),
      },
    ];
  });
  return [summary, ...managers];
}
