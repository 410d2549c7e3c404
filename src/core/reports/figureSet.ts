/**
 * The figures of a report line (SPEC §5, named as `report --json` carries them, SPEC §9), and
 * the exact integer tallies they are computed from.
 */
import type { Cents } from "../model";
import { fromCents } from "../money";

/**
 * One owner's, one manager's, or the total figures. Money in currency units rounded to cents
 * (1234.56), ratios as fractions (0.85 = 85 %), null where undefined.
 */
export interface FigureSet {
  owner?: string;
  manager?: string;
  /** Σ revenue credited from won deals. */
  revenue: number;
  /** Σ cost (travel included) of the credited won deals whose cost is known; null when none is. */
  cost: number | null;
  /** revenue − cost over the deals whose cost is known; null when none is. */
  profit: number | null;
  /** Share of revenue whose cost is known (0 when none is; 1 when revenue is 0 and some is). */
  profitCoverage: number;
  /** profit / revenue of the deals with known cost; null when that revenue is 0 or none is known. */
  margin: number | null;
  target: number | null;
  /** revenue / target; null without a target or with a zero target. */
  attainment: number | null;
  /** revenue − target; null without a target. */
  variance: number | null;
  /** Won deals (the owner's alone, never the split owner's). */
  won: number;
  lost: number;
  /** won / (won + lost); null when both are 0. */
  winRate: number | null;
  /** revenue / won, to the cent; null when won is 0. */
  avgDeal: number | null;
  /** Mean days from Created to Closed on of the won deals that have both; null when none. */
  cycleDays: number | null;
  /** Σ Amount of open deals expected to close in the period. */
  pipeline: number;
  /** Σ ROUND(Amount × probability, 2). */
  weightedPipeline: number;
  /** weightedPipeline / (target − revenue) when that gap is positive; else null. */
  coverage: number | null;
}

/** Exact tallies behind a {@link FigureSet}: cents and counts, added without rounding. */
export interface FigureTally {
  revenue: Cents;
  /** Revenue of the credited won deals whose cost is known. */
  knownRevenue: Cents;
  /** Their cost, travel included. */
  knownCost: Cents;
  /** How many credited won deals had a known cost. */
  knownDeals: number;
  won: number;
  lost: number;
  /** Σ cycle days, and the number of won deals in it. */
  cycleDaysSum: number;
  cycleDeals: number;
  pipeline: Cents;
  weighted: Cents;
}

/**
 * A tally with nothing in it.
 *
 * @example emptyTally().revenue === 0
 */
export function emptyTally(): FigureTally {
  return {
    revenue: 0,
    knownRevenue: 0,
    knownCost: 0,
    knownDeals: 0,
    won: 0,
    lost: 0,
    cycleDaysSum: 0,
    cycleDeals: 0,
    pipeline: 0,
    weighted: 0,
  };
}

/**
 * The sum of tallies (a manager's from their reps', the total from all owners').
 *
 * @example addTallies([a, b]).won === a.won + b.won
 */
export function addTallies(tallies: readonly FigureTally[]): FigureTally {
  const total = emptyTally();
  for (const t of tallies) {
    total.revenue += t.revenue;
    total.knownRevenue += t.knownRevenue;
    total.knownCost += t.knownCost;
    total.knownDeals += t.knownDeals;
    total.won += t.won;
    total.lost += t.lost;
    total.cycleDaysSum += t.cycleDaysSum;
    total.cycleDeals += t.cycleDeals;
    total.pipeline += t.pipeline;
    total.weighted += t.weighted;
  }
  return total;
}

/** `a / b` cents rounded half away from zero to whole cents. */
function divideCents(a: Cents, b: number): Cents {
  const q = Math.floor(Math.abs(a) / b);
  const rest = Math.abs(a) - q * b;
  const rounded = rest * 2 >= b ? q + 1 : q;
  return a < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * The figures of a tally against a target (cents or null), named for an owner or a manager.
 *
 * @example figureSet(tally, 10000000, { owner: "Kalna" }) // { owner: "Kalna", revenue: 85000, target: 100000, attainment: 0.85, … }
 */
export function figureSet(
  t: FigureTally,
  target: Cents | null,
  name: { owner?: string; manager?: string } = {}
): FigureSet {
  const known = t.knownDeals > 0;
  const profit = known ? t.knownRevenue - t.knownCost : null;
  const gap = target === null ? null : target - t.revenue;
  let profitCoverage = known ? 1 : 0;
  if (t.revenue !== 0) profitCoverage = t.knownRevenue / t.revenue;
  return {
    ...name,
    revenue: fromCents(t.revenue),
    cost: known ? fromCents(t.knownCost) : null,
    profit: profit === null ? null : fromCents(profit),
    profitCoverage,
    margin: profit === null || t.knownRevenue === 0 ? null : profit / t.knownRevenue,
    target: target === null ? null : fromCents(target),
    attainment: target === null || target === 0 ? null : t.revenue / target,
    variance: target === null ? null : fromCents(t.revenue - target),
    won: t.won,
    lost: t.lost,
    winRate: t.won + t.lost === 0 ? null : t.won / (t.won + t.lost),
    avgDeal: t.won === 0 ? null : fromCents(divideCents(t.revenue, t.won)),
    cycleDays: t.cycleDeals === 0 ? null : t.cycleDaysSum / t.cycleDeals,
    pipeline: fromCents(t.pipeline),
    weightedPipeline: fromCents(t.weighted),
    coverage: gap !== null && gap > 0 ? t.weighted / gap : null,
  };
}
