/**
 * An independent re-computation of the report: a deliberately naive second implementation of
 * SPEC §5 and of the rules computeReport documents — loops over deals, money as floats in
 * currency units, rounded only where a rule rounds (Excel's ROUND of one deal's amount) and at
 * the end — compared figure by figure with computeReport on random workbooks.
 */
import fc from "fast-check";
import type { Deal, DealStage, Meeting, Role, Target, TeamMember } from "../../../src/core/model";
import { excelRound } from "../../../src/core/money";
import { sameName } from "../../../src/core/normalizeText";
import {
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  yearPeriod,
  type Period,
} from "../../../src/core/period";
import { computeReport, type ReportInput } from "../../../src/core/reports/computeReport";
import type { FigureSet } from "../../../src/core/reports/figureSet";
import { STAGE_PROBABILITIES } from "./reportFixtures";

// ---------------------------------------------------------------------------------------------
// The naive implementation.

interface Sums {
  rev: number;
  knownRev: number;
  knownCost: number;
  knownN: number;
  won: number;
  lost: number;
  days: number[];
  pipe: number;
  weighted: number;
}

const zero = (): Sums => ({
  rev: 0,
  knownRev: 0,
  knownCost: 0,
  knownN: 0,
  won: 0,
  lost: 0,
  days: [],
  pipe: 0,
  weighted: 0,
});
const round2 = (x: number): number => excelRound(x, 2);

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86400000;
}

function naiveTarget(input: ReportInput, name: string, p: Period): number | null {
  const rows: Array<{ t: Target; p: Period }> = [];
  for (const t of input.targets) {
    const parsed = parsePeriod(t.period, input.fiscalStartMonth);
    if (parsed.ok && sameName(t.owner, name)) rows.push({ t, p: parsed.value });
  }
  const total = (list: Array<{ t: Target }>): number =>
    list.reduce((s, r) => s + r.t.revenueTarget / 100, 0);
  const exact = rows.filter((r) => r.p.key === p.key);
  if (exact.length > 0) return total(exact);
  let finer: Array<{ t: Target }> = [];
  const monthsIn = (keys: string[]) =>
    rows.filter((r) => r.p.kind === "month" && keys.includes(r.p.key));
  if (p.kind === "year") {
    for (let q = 1; q <= 4; q++) {
      const quarter = quarterPeriod(p.year, q, input.fiscalStartMonth);
      const qRows = rows.filter((r) => r.p.key === quarter.key);
      finer = finer.concat(qRows.length > 0 ? qRows : monthsIn(quarter.months));
    }
  } else if (p.kind === "quarter") {
    finer = monthsIn(p.months);
  }
  if (finer.length > 0) return total(finer);
  const around = (kind: Period["kind"]) =>
    rows.filter((r) => r.p.kind === kind && p.months.every((m) => r.p.months.includes(m)));
  if (p.kind === "month") {
    const quarters = around("quarter");
    if (quarters.length > 0) return round2(total(quarters) / 3);
  }
  if (p.kind !== "year") {
    const years = around("year");
    if (years.length > 0) return round2((total(years) * p.months.length) / 12);
  }
  return null;
}

function finish(s: Sums, target: number | null): Omit<FigureSet, "owner" | "manager"> {
  const known = s.knownN > 0;
  const gap = target === null ? null : round2(target - s.rev);
  return {
    revenue: round2(s.rev),
    cost: known ? round2(s.knownCost) : null,
    profit: known ? round2(s.knownRev - s.knownCost) : null,
    profitCoverage: s.rev !== 0 ? s.knownRev / s.rev : known ? 1 : 0,
    margin: known && s.knownRev !== 0 ? (s.knownRev - s.knownCost) / s.knownRev : null,
    target: target === null ? null : round2(target),
    attainment: target === null || target === 0 ? null : s.rev / target,
    variance: target === null ? null : round2(s.rev - target),
    won: s.won,
    lost: s.lost,
    winRate: s.won + s.lost === 0 ? null : s.won / (s.won + s.lost),
    avgDeal: s.won === 0 ? null : round2(s.rev / s.won),
    cycleDays: s.days.length === 0 ? null : s.days.reduce((a, b) => a + b, 0) / s.days.length,
    pipeline: round2(s.pipe),
    weightedPipeline: round2(s.weighted),
    coverage: gap !== null && gap > 0 ? s.weighted / gap : null,
  };
}

interface NaiveReport {
  owners: Array<{ name: string; figures: ReturnType<typeof finish> }>;
  managers: Array<{ name: string; figures: ReturnType<typeof finish> }>;
  totals: ReturnType<typeof finish>;
  used: number;
  otherScope: number;
}

function naiveReport(input: ReportInput, p: Period): NaiveReport {
  const selected = (input.managers ?? []).filter((m) => m.trim() !== "");
  const memberOf = (name: string): TeamMember | undefined =>
    input.team.find((m) => sameName(m.name, name));
  const inScope = (name: string): boolean => {
    if (selected.length === 0) return true;
    const boss = memberOf(name)?.manager;
    return boss != null && selected.some((s) => sameName(s, boss));
  };

  const sums = new Map<string, Sums>(); // by the name as first met; looked up with sameName
  const sumsOf = (name: string): Sums => {
    for (const [k, v] of sums) if (sameName(k, name)) return v;
    const s = zero();
    sums.set(name, s);
    return s;
  };
  const active: string[] = [];
  const touch = (name: string) => {
    if (!active.some((a) => sameName(a, name))) active.push(name);
  };
  let used = 0;
  let otherScope = 0;

  for (const d of input.deals) {
    const hasSplit =
      d.splitOwner !== null &&
      d.splitOwner.trim() !== "" &&
      !sameName(d.splitOwner, d.owner) &&
      d.splitPercent !== null;
    const share = hasSplit ? (d.splitPercent ?? 0) : 0;
    const splitName = hasSplit ? (d.splitOwner ?? "") : null;
    const ownerIn = inScope(d.owner);
    const splitIn = splitName !== null && inScope(splitName);
    if (!ownerIn && !splitIn) {
      otherScope++;
      continue;
    }
    const closed = d.stage === "Won" || d.stage === "Lost";
    const date = closed ? d.closedOn : d.expectedClose;
    if (date === null || date < p.start || date > p.end) continue;
    used++;
    // Each money amount: the split owner gets ROUND(x × share, 2), the owner the rest.
    const parts = (x: number): [number, number] => {
      const s = share === 0 ? 0 : round2(x * share);
      return [x - s, s];
    };
    const people: Array<[string | null, boolean]> = [
      [d.owner, ownerIn],
      [splitName, splitIn],
    ];
    if (d.stage === "Won") {
      const given = d.revenue ?? d.amount;
      const rev = (given ?? 0) / 100;
      let cost: number | null = null;
      if (d.cost !== null) cost = d.cost / 100;
      else if (given !== null && d.profit !== null) cost = rev - d.profit / 100;
      else if (given !== null && d.margin !== null) cost = round2(rev * (1 - d.margin));
      let travel = (d.travelCost ?? 0) / 100;
      for (const m of input.meetings) {
        if (m.dealId !== null && sameName(m.dealId, d.id) && m.status !== "Cancelled")
          travel += (m.travelCost ?? 0) / 100;
      }
      const revParts = parts(rev);
      const costParts = cost === null ? null : parts(cost + travel);
      people.forEach(([name, inside], i) => {
        if (name === null || !inside) return;
        const s = sumsOf(name);
        touch(name);
        s.rev += revParts[i] ?? 0;
        if (costParts) {
          s.knownRev += revParts[i] ?? 0;
          s.knownCost += costParts[i] ?? 0;
          s.knownN += 1;
        }
      });
      if (ownerIn) {
        const s = sumsOf(d.owner);
        s.won++;
        if (d.created !== null && d.created <= date)
          s.days.push(dayNumber(date) - dayNumber(d.created));
      }
    } else if (d.stage === "Lost") {
      if (ownerIn) {
        sumsOf(d.owner).lost++;
        touch(d.owner);
      }
    } else {
      const amount = (d.amount ?? 0) / 100;
      const probability =
        d.probability ?? (d.stage === "Open" ? 0 : input.stageProbabilities[d.stage]);
      const pipeParts = parts(amount);
      const weightParts = parts(round2(amount * probability));
      people.forEach(([name, inside], i) => {
        if (name === null || !inside) return;
        const s = sumsOf(name);
        touch(name);
        s.pipe += pipeParts[i] ?? 0;
        s.weighted += weightParts[i] ?? 0;
      });
    }
  }

  // Owners: Team order, then names from Deals not in Team.
  const candidates: Array<{ name: string; member: TeamMember | undefined }> = [];
  for (const m of input.team) candidates.push({ name: m.name, member: m });
  for (const d of input.deals) {
    const hasSplit =
      d.splitOwner !== null && !sameName(d.splitOwner, d.owner) && d.splitPercent !== null;
    for (const name of hasSplit ? [d.owner, d.splitOwner ?? ""] : [d.owner]) {
      if (!candidates.some((c) => sameName(c.name, name)))
        candidates.push({ name, member: undefined });
    }
  }
  const listed = candidates.filter(({ name, member }) => {
    if (!inScope(name)) return false;
    if (active.some((a) => sameName(a, name))) return true;
    return (
      member !== undefined &&
      member.role === "Rep" &&
      (member.active || naiveTarget(input, name, p) !== null)
    );
  });

  // Managers: the selected ones, else the Manager values of Team; display name from Team.
  const managerNames: string[] = [];
  const wanted =
    selected.length > 0
      ? selected
      : input.team.map((m) => m.manager).filter((m): m is string => m !== null);
  for (const w of wanted) {
    if (managerNames.some((n) => sameName(n, w))) continue;
    managerNames.push(
      memberOf(w)?.name ??
        input.team.find((m) => m.manager !== null && sameName(m.manager, w))?.manager ??
        w.trim()
    );
  }
  const managers = managerNames.map((name) => {
    const reps = input.team.filter((m) => m.manager !== null && sameName(m.manager, name));
    const s = zero();
    const repTargets: number[] = [];
    for (const rep of reps) {
      const r = sumsOf(rep.name);
      s.rev += r.rev;
      s.knownRev += r.knownRev;
      s.knownCost += r.knownCost;
      s.knownN += r.knownN;
      s.won += r.won;
      s.lost += r.lost;
      s.days.push(...r.days);
      s.pipe += r.pipe;
      s.weighted += r.weighted;
      const t = naiveTarget(input, rep.name, p);
      if (t !== null) repTargets.push(t);
    }
    const own = naiveTarget(input, name, p);
    const target = own ?? (repTargets.length > 0 ? repTargets.reduce((a, b) => a + b, 0) : null);
    return { name, sums: s, target };
  });

  const underListedManager = (name: string): boolean => {
    const boss = memberOf(name)?.manager;
    return boss != null && managerNames.some((m) => sameName(m, boss));
  };
  const totalParts: number[] = [];
  for (const m of managers)
    if (!underListedManager(m.name) && m.target !== null) totalParts.push(m.target);
  for (const o of listed) {
    if (underListedManager(o.name) || managerNames.some((m) => sameName(m, o.name))) continue;
    const t = naiveTarget(input, o.name, p);
    if (t !== null) totalParts.push(t);
  }
  const all = zero();
  for (const o of listed) {
    const r = sumsOf(o.name);
    all.rev += r.rev;
    all.knownRev += r.knownRev;
    all.knownCost += r.knownCost;
    all.knownN += r.knownN;
    all.won += r.won;
    all.lost += r.lost;
    all.days.push(...r.days);
    all.pipe += r.pipe;
    all.weighted += r.weighted;
  }
  return {
    owners: listed.map((o) => ({
      name: o.name,
      figures: finish(sumsOf(o.name), naiveTarget(input, o.name, p)),
    })),
    managers: managers.map((m) => ({ name: m.name, figures: finish(m.sums, m.target) })),
    totals: finish(all, totalParts.length > 0 ? totalParts.reduce((a, b) => a + b, 0) : null),
    used,
    otherScope,
  };
}

// ---------------------------------------------------------------------------------------------
// Random workbooks.

const REPS = ["Kalna", "Liepa", "Zars", "Priede", "Sīle", "Vecais"];
const MANAGERS = ["Ozols", "Bērziņa"];
const OUTSIDERS = ["Egle", "Kļava"];
const STAGES: Array<DealStage | "Open"> = [
  "Won",
  "Won",
  "Won",
  "Lost",
  "Prospecting",
  "Qualification",
  "Proposal",
  "Negotiation",
  "Open",
];

/** The same name as users write it: other case, stray spaces. */
const spelling = (name: string) =>
  fc.constantFrom(name, name.toUpperCase(), ` ${name.toLowerCase()}  `);
const anyName = fc.constantFrom(...REPS, ...MANAGERS, ...OUTSIDERS).chain(spelling);

const team: fc.Arbitrary<TeamMember[]> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom<string | null>("Ozols", "bērziņa", null),
        fc.constantFrom<Role>("Rep", "Rep", "Support"),
        fc.boolean()
      ),
      {
        minLength: REPS.length,
        maxLength: REPS.length,
      }
    ),
    fc.constantFrom<string | null>(null, "Ozols", "Direktors")
  )
  .map(([reps, bossOfBerzina]) => [
    { name: "Ozols", role: "Manager" as Role, manager: null, active: true },
    { name: "Bērziņa", role: "Manager" as Role, manager: bossOfBerzina, active: true },
    ...reps.map(([manager, role, active], i) => ({ name: REPS[i] ?? "", role, manager, active })),
  ])
  .map((rows) =>
    rows.map((r, i) => ({
      ...r,
      row: i + 2,
      region: null,
      email: null,
      weight: 1,
      awayUntil: null,
      maxDiscount: null,
    }))
  );

const date = fc
  .integer({ min: 0, max: 480 })
  .map((n) => new Date(Date.UTC(2025, 10, 1) + n * 86400000).toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>, nullFreq = 3): fc.Arbitrary<T | null> =>
  fc.oneof(
    { arbitrary: arb, weight: 10 - nullFreq },
    { arbitrary: fc.constant(null), weight: nullFreq }
  );
const cents = fc.integer({ min: 0, max: 5_000_000 });
const fraction = fc.integer({ min: 0, max: 100 }).map((k) => k / 100);

const dealArb = (row: number): fc.Arbitrary<Deal> =>
  fc
    .record({
      owner: anyName,
      stage: fc.constantFrom(...STAGES),
      probability: maybe(fraction, 6),
      amount: maybe(cents, 2),
      revenue: maybe(cents, 4),
      cost: maybe(cents, 6),
      profit: maybe(fc.integer({ min: -500_000, max: 2_000_000 }), 6),
      margin: maybe(
        fc.integer({ min: -300, max: 1000 }).map((k) => k / 1000),
        5
      ),
      created: maybe(date, 2),
      expectedClose: maybe(date, 1),
      closedOn: maybe(date, 1),
      splitOwner: maybe(anyName, 7),
      splitPercent: maybe(fraction, 2),
      travelCost: maybe(fc.integer({ min: 0, max: 100_000 }), 7),
    })
    .map((r) => ({
      ...r,
      row,
      id: `D-${row}`,
      account: null,
      stageText: r.stage === "Open" ? "On hold" : r.stage,
      lostReason: null,
      quoteId: null,
    }));

const periodKeys = [
  "2025", "2026", "2027", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1",
  ...Array.from({ length: 16 }, (_, i) => {
    const n = 2025 * 12 + 10 + i; // 2025-11 … 2027-02
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  }),
]; // prettier-ignore

const targetArb = (row: number): fc.Arbitrary<Target> =>
  fc
    .record({ owner: anyName, period: fc.constantFrom(...periodKeys), revenueTarget: cents })
    .map((t) => ({
      ...t,
      row,
      profitTarget: null,
      marginTarget: null,
    }));

const meetingArb = (row: number, deals: number): fc.Arbitrary<Meeting> =>
  fc
    .record({
      deal: fc.integer({ min: 0, max: deals + 1 }),
      lower: fc.boolean(),
      travelCost: maybe(fc.integer({ min: 0, max: 50_000 }), 2),
      status: fc.constantFrom<Meeting["status"]>("Planned", "Done", "Cancelled", null),
    })
    .map(({ deal, lower, travelCost, status }) => ({
      row,
      id: null,
      date: "2026-07-01",
      start: null,
      end: null,
      with: "SIA Koks",
      contact: null,
      manager: null,
      rep: null,
      city: null,
      kind: null,
      status,
      dealId: lower ? ` d-${deal + 2}` : `D-${deal + 2}`,
      travelCost,
      agenda: null,
    }));

const inputArb: fc.Arbitrary<ReportInput> = fc
  .record({
    fiscal: fc.constantFrom(1, 1, 4),
    periodPick: fc.integer({ min: 0, max: 16 }),
    team,
    dealCount: fc.integer({ min: 0, max: 40 }),
    targetCount: fc.integer({ min: 0, max: 25 }),
    meetingCount: fc.integer({ min: 0, max: 8 }),
    managers: fc.constantFrom<string[] | undefined>(
      undefined,
      [],
      ["Ozols"],
      ["BĒRZIŅA "],
      ["ozols", "Bērziņa"],
      ["Nobody", "Ozols"]
    ),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      deals: fc.tuple(...Array.from({ length: base.dealCount }, (_, i) => dealArb(i + 2))),
      targets: fc.tuple(...Array.from({ length: base.targetCount }, (_, i) => targetArb(i + 2))),
      meetings: fc.tuple(
        ...Array.from({ length: base.meetingCount }, (_, i) => meetingArb(i + 2, base.dealCount))
      ),
    })
  )
  .map(({ base, deals, targets, meetings }) => {
    const pick = base.periodPick;
    const period =
      pick === 0
        ? yearPeriod(2026, base.fiscal)
        : pick <= 4
          ? quarterPeriod(2026, pick, base.fiscal)
          : monthPeriod(2026, pick - 4);
    return {
      period,
      deals,
      team: base.team,
      targets,
      meetings,
      managers: base.managers,
      stageProbabilities: STAGE_PROBABILITIES,
      fiscalStartMonth: base.fiscal,
      today: "2026-10-05",
      currency: "EUR",
    };
  });

// ---------------------------------------------------------------------------------------------

const MONEY: ReadonlyArray<keyof FigureSet> = [
  "revenue",
  "cost",
  "profit",
  "target",
  "variance",
  "avgDeal",
  "pipeline",
  "weightedPipeline",
];
const COUNTS: ReadonlyArray<keyof FigureSet> = ["won", "lost"];
const RATIOS: ReadonlyArray<keyof FigureSet> = [
  "profitCoverage",
  "margin",
  "attainment",
  "winRate",
  "cycleDays",
  "coverage",
];

function expectSame(actual: FigureSet, expected: ReturnType<typeof finish>, where: string): void {
  for (const key of [...MONEY, ...COUNTS]) {
    if (actual[key] !== expected[key as keyof typeof expected]) {
      throw new Error(
        `${where}.${key}: computeReport ${String(actual[key])}, naive ${String(expected[key as keyof typeof expected])}`
      );
    }
  }
  for (const key of RATIOS) {
    const a = actual[key] as number | null;
    const e = expected[key as keyof typeof expected] as number | null;
    const same =
      a === null || e === null ? a === e : Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e));
    if (!same) throw new Error(`${where}.${key}: computeReport ${String(a)}, naive ${String(e)}`);
  }
}

describe("computeReport against an independent naive computation", () => {
  it("agrees on every figure of every owner, manager, the totals and each trend month", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const report = computeReport(input);
        const naive = naiveReport(input, input.period);
        expect(report.owners.map((o) => o.owner)).toEqual(naive.owners.map((o) => o.name));
        expect(report.managers.map((m) => m.manager)).toEqual(naive.managers.map((m) => m.name));
        report.owners.forEach((o, i) =>
          expectSame(o, naive.owners[i]?.figures ?? finish(zero(), null), `owner ${o.owner ?? ""}`)
        );
        report.managers.forEach((m, i) =>
          expectSame(
            m,
            naive.managers[i]?.figures ?? finish(zero(), null),
            `manager ${m.manager ?? ""}`
          )
        );
        expectSame(report.totals, naive.totals, "totals");
        expect(report.dealsUsed.used).toBe(naive.used);
        expect(report.dealsUsed.otherScope).toBe(naive.otherScope);
        const d = report.dealsUsed;
        expect(d.used + d.noPeriod + d.otherPeriods + d.otherScope).toBe(d.read);
        for (const month of report.trend) {
          const naiveMonth = naiveReport(
            input,
            monthPeriod(Number(month.month.slice(0, 4)), Number(month.month.slice(5)))
          );
          expectSame(month.totals, naiveMonth.totals, `${month.month} totals`);
          month.managers.forEach((m, i) =>
            expectSame(
              m,
              naiveMonth.managers[i]?.figures ?? finish(zero(), null),
              `${month.month} ${m.manager ?? ""}`
            )
          );
        }
      }),
      { numRuns: 300 }
    );
  });

  it("the generated workbooks exercise every rule (a guard against a generator that tests nothing)", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = computeReport(input);
        if (r.owners.some((o) => o.cost === null && o.revenue > 0)) seen.add("unknown cost");
        if (r.owners.some((o) => o.profitCoverage > 0 && o.profitCoverage < 1))
          seen.add("partial coverage");
        if (r.owners.some((o) => o.won === 0 && o.revenue > 0)) seen.add("split credit");
        if (r.owners.some((o) => o.coverage !== null)) seen.add("coverage");
        if (r.owners.some((o) => o.target !== null)) seen.add("owner target");
        if (r.totals.target !== null) seen.add("total target");
        if (r.issues.some((i) => i.problem.includes("not in Team"))) seen.add("outsider");
        if (r.issues.some((i) => i.problem.includes("cover only"))) seen.add("partial targets");
        if (r.wonDeals.some((w) => w.travelCost > 0 && w.cost !== null)) seen.add("travel");
        if (r.dealsUsed.otherScope > 0) seen.add("filter");
      }),
      { numRuns: 300, seed: 20260705 }
    );
    expect([...seen].sort()).toEqual(
      [
        "coverage",
        "filter",
        "outsider",
        "owner target",
        "partial coverage",
        "partial targets",
        "split credit",
        "total target",
        "travel",
        "unknown cost",
      ].sort()
    );
  });
});
