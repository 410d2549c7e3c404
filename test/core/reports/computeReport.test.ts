import type { Deal, Meeting, Target, TeamMember } from "../../../src/core/model";
import { monthPeriod, quarterPeriod, type Period } from "../../../src/core/period";
import { computeReport, type ReportInput } from "../../../src/core/reports/computeReport";
import { deal, meeting, member, STAGE_PROBABILITIES, target } from "./reportFixtures";

const Q3 = quarterPeriod(2026, 3);

const TEAM: TeamMember[] = [
  member("Ozols", null, { role: "Manager" }),
  member("Kalna", "Ozols"),
  member("Liepa", "ozols"),
  member("Bērziņa", null, { role: "Manager" }),
  member("Zars", "Bērziņa"),
];

function report(
  deals: Deal[],
  options: {
    period?: Period;
    targets?: Target[];
    meetings?: Meeting[];
    team?: TeamMember[];
  } & Partial<ReportInput> = {}
) {
  return computeReport({
    period: Q3,
    deals,
    team: TEAM,
    targets: [],
    meetings: [],
    stageProbabilities: STAGE_PROBABILITIES,
    fiscalStartMonth: 1,
    today: "2026-10-05",
    currency: "EUR",
    ...options,
  });
}

function owner(r: ReturnType<typeof report>, name: string) {
  const found = r.owners.find((o) => o.owner === name);
  if (!found) throw new Error(`${name} is not in the report's owners`);
  return found;
}

describe("computeReport: which period a deal counts in", () => {
  const deals = [
    deal({
      owner: "Kalna",
      stage: "Won",
      revenue: 100000,
      cost: 60000,
      closedOn: "2026-07-01",
      expectedClose: "2026-12-01",
    }),
    deal({ owner: "Kalna", stage: "Won", revenue: 700000, cost: 1, closedOn: "2026-06-30" }),
    deal({ owner: "Kalna", stage: "Lost", closedOn: "2026-09-30", expectedClose: "2026-05-01" }),
    deal({ owner: "Kalna", stage: "Lost", closedOn: "2026-10-01" }),
    deal({
      owner: "Kalna",
      stage: "Proposal",
      amount: 40000,
      expectedClose: "2026-08-15",
      closedOn: "2026-12-01",
    }),
    deal({
      owner: "Kalna",
      stage: "Proposal",
      amount: 990000,
      expectedClose: "2026-10-01",
      closedOn: "2026-08-01",
    }),
  ];

  it("won and lost by Closed on, open deals by Expected close", () => {
    const r = report(deals);
    expect(owner(r, "Kalna")).toMatchObject({
      revenue: 1000,
      won: 1,
      lost: 1,
      winRate: 0.5,
      pipeline: 400,
      weightedPipeline: 200,
    });
    expect(r.dealsUsed).toEqual({ read: 6, used: 3, noPeriod: 0, otherPeriods: 3, otherScope: 0 });
  });

  it("a deal without the date that places it belongs to no period: an issue, not a guess", () => {
    const rows = [
      deal({
        owner: "Kalna",
        row: 20,
        stage: "Won",
        revenue: 5000,
        cost: 1000,
        expectedClose: "2026-08-01",
      }),
      deal({ owner: "Kalna", row: 21, stage: "Lost", expectedClose: "2026-08-01" }),
      deal({ owner: "Kalna", row: 22, stage: "Negotiation", amount: 5000, closedOn: "2026-08-01" }),
    ];
    const r = report(rows, {
      sheetNames: { deals: "Darījumi" },
      columns: { deals: { closedOn: "Slēgšanas datums" } },
    });
    expect(owner(r, "Kalna")).toMatchObject({ revenue: 0, won: 0, lost: 0, pipeline: 0 });
    expect(r.dealsUsed.noPeriod).toBe(3);
    expect(r.issues).toEqual([
      expect.objectContaining({
        sheet: "Darījumi",
        row: 20,
        column: "Slēgšanas datums",
        problem: expect.stringContaining("won deal without Closed on"),
      }),
      expect.objectContaining({
        sheet: "Darījumi",
        row: 21,
        column: "Slēgšanas datums",
        problem: expect.stringContaining("lost deal without Closed on"),
      }),
      expect.objectContaining({
        sheet: "Darījumi",
        row: 22,
        column: "Expected close",
        problem: expect.stringContaining("open deal without Expected close"),
      }),
    ]);
  });
});

describe("computeReport: revenue, cost, profit and coverage", () => {
  it("profit over the deals whose cost is known, with profitCoverage the share of revenue they carry", () => {
    const r = report([
      deal({ owner: "Kalna", revenue: 100000, cost: 60000, closedOn: "2026-07-10" }), // Cost
      deal({ owner: "Kalna", revenue: 50000, profit: 10000, closedOn: "2026-07-11" }), // cost 400 from Profit
      deal({ owner: "Kalna", amount: 20000, margin: 0.25, closedOn: "2026-07-12" }), // revenue from Amount, cost 150
      deal({ owner: "Kalna", row: 33, revenue: 30000, closedOn: "2026-07-13" }), // no cost
    ]);
    const k = owner(r, "Kalna");
    expect(k).toMatchObject({ revenue: 2000, cost: 1150, profit: 550, won: 4, avgDeal: 500 });
    expect(k.profitCoverage).toBeCloseTo(1700 / 2000, 12);
    expect(k.margin).toBeCloseTo(550 / 1700, 12);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        row: 33,
        column: "Cost",
        problem: "no cost: profit not computed for this deal",
      })
    );
  });

  it("cost, profit and margin are null, profitCoverage 0, when no won deal has a known cost", () => {
    const r = report([deal({ owner: "Kalna", revenue: 30000, closedOn: "2026-07-13" })]);
    expect(owner(r, "Kalna")).toMatchObject({
      revenue: 300,
      cost: null,
      profit: null,
      margin: null,
      profitCoverage: 0,
    });
  });

  it("travel costs of the deal and of its meetings enter the cost", () => {
    const r = report(
      [
        deal({
          owner: "Kalna",
          id: "D-7",
          revenue: 100000,
          cost: 50000,
          travelCost: 2500,
          closedOn: "2026-07-13",
        }),
      ],
      {
        meetings: [meeting("D-7", 10000), meeting("d-7", 5000, { status: "Cancelled" })],
      }
    );
    expect(owner(r, "Kalna")).toMatchObject({ cost: 625, profit: 375, margin: 0.375 });
    expect(r.wonDeals[0]).toMatchObject({
      id: "D-7",
      cost: 625,
      travelCost: 125,
      profit: 375,
      costSource: "cost",
    });
  });

  it("avgDeal and cycleDays are null without won deals; winRate null without closed deals", () => {
    const r = report([
      deal({ owner: "Kalna", stage: "Proposal", amount: 10000, expectedClose: "2026-07-02" }),
    ]);
    expect(owner(r, "Kalna")).toMatchObject({
      won: 0,
      lost: 0,
      winRate: null,
      avgDeal: null,
      cycleDays: null,
      revenue: 0,
    });
  });

  it("cycleDays is the mean of Closed on − Created; won deals without Created are left out with an issue", () => {
    const r = report([
      deal({
        owner: "Kalna",
        revenue: 100,
        cost: 0,
        created: "2026-06-01",
        closedOn: "2026-07-01",
      }), // 30
      deal({
        owner: "Kalna",
        revenue: 100,
        cost: 0,
        created: "2026-07-01",
        closedOn: "2026-07-16",
      }), // 15
      deal({ owner: "Kalna", row: 44, revenue: 100, cost: 0, closedOn: "2026-07-16" }),
      deal({
        owner: "Kalna",
        row: 45,
        revenue: 100,
        cost: 0,
        created: "2026-08-01",
        closedOn: "2026-07-16",
      }),
    ]);
    expect(owner(r, "Kalna").cycleDays).toBe(22.5);
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 44,
        column: "Created",
        problem: expect.stringContaining("without Created"),
      }),
      expect.objectContaining({
        row: 45,
        column: "Created",
        value: "2026-08-01",
        problem: expect.stringContaining("after Closed on"),
      }),
    ]);
  });
});

describe("computeReport: split deals", () => {
  const split = deal({
    owner: "Kalna",
    splitOwner: "Zars",
    splitPercent: 0.5,
    revenue: 100001,
    cost: 60001,
    created: "2026-07-01",
    closedOn: "2026-07-11",
  });

  it("credits the split owner with Split % of revenue, cost and profit; counts and cycle days to the owner", () => {
    const r = report([split]);
    // Split part = ROUND(1000.01 × 50 %, 2) = 500.01; the owner keeps 500.00.
    expect(owner(r, "Kalna")).toMatchObject({
      revenue: 500,
      cost: 300,
      profit: 200,
      won: 1,
      cycleDays: 10,
      avgDeal: 500,
    });
    expect(owner(r, "Zars")).toMatchObject({
      revenue: 500.01,
      cost: 300.01,
      profit: 200,
      won: 0,
      cycleDays: null,
      avgDeal: null,
    });
    expect(r.totals).toMatchObject({ revenue: 1000.01, cost: 600.01, profit: 400, won: 1 });
    // Each team gets its rep's share.
    expect(r.managers.map((m) => [m.manager, m.revenue])).toEqual([
      ["Ozols", 500],
      ["Bērziņa", 500.01],
    ]);
    expect(r.wonDeals[0]).toMatchObject({
      splitOwner: "Zars",
      splitShare: 0.5,
      managers: ["Ozols", "Bērziņa"],
      revenue: 1000.01,
    });
  });

  it("splits the pipeline too", () => {
    const open = deal({
      owner: "Kalna",
      splitOwner: "Zars",
      splitPercent: 0.25,
      stage: "Negotiation",
      amount: 100000,
      expectedClose: "2026-09-01",
    });
    const r = report([open]);
    expect(owner(r, "Kalna")).toMatchObject({ pipeline: 750, weightedPipeline: 562.5 });
    expect(owner(r, "Zars")).toMatchObject({ pipeline: 250, weightedPipeline: 187.5 });
  });

  it("with a manager filter, only the selected team's share counts", () => {
    const r = report([split], { managers: ["bērziņa "] });
    expect(r.owners.map((o) => o.owner)).toEqual(["Zars"]);
    expect(r.managers).toEqual([
      expect.objectContaining({ manager: "Bērziņa", revenue: 500.01, won: 0 }),
    ]);
    expect(r.totals).toMatchObject({ revenue: 500.01, won: 0 });
  });

  it("a Split owner without Split % credits the owner alone, with an issue", () => {
    const r = report([
      deal({
        owner: "Kalna",
        row: 50,
        splitOwner: "Zars",
        revenue: 1000,
        cost: 0,
        closedOn: "2026-07-11",
      }),
    ]);
    expect(owner(r, "Kalna").revenue).toBe(10);
    expect(r.owners.map((o) => [o.owner, o.revenue])).toContainEqual(["Zars", 0]); // an active rep, listed
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        row: 50,
        column: "Split %",
        problem: expect.stringContaining("credited to the owner alone"),
      })
    );
  });
});

describe("computeReport: pipeline", () => {
  it("weights by the deal's Probability, else the stage's; an unknown open stage weighs 0 with an issue", () => {
    const r = report([
      deal({
        owner: "Kalna",
        stage: "Proposal",
        amount: 10000,
        probability: 0.9,
        expectedClose: "2026-07-02",
      }), // 90
      deal({ owner: "Kalna", stage: "Qualification", amount: 10000, expectedClose: "2026-07-02" }), // 20
      deal({
        owner: "Kalna",
        row: 60,
        stage: "Open",
        stageText: "On hold",
        amount: 10000,
        expectedClose: "2026-07-02",
      }),
      deal({
        owner: "Kalna",
        row: 61,
        stage: "Open",
        stageText: "Demo",
        amount: 10000,
        probability: 0.4,
        expectedClose: "2026-07-02",
      }), // 40
      deal({ owner: "Kalna", row: 62, stage: "Proposal", expectedClose: "2026-07-02" }),
    ]);
    expect(owner(r, "Kalna")).toMatchObject({ pipeline: 400, weightedPipeline: 150 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 60,
        column: "Probability",
        problem: expect.stringContaining('stage "On hold" has no default probability'),
      }),
      expect.objectContaining({
        row: 62,
        column: "Amount",
        problem: expect.stringContaining("without Amount"),
      }),
    ]);
  });
});

describe("computeReport: targets", () => {
  const deals = [
    deal({ owner: "Kalna", revenue: 600000, cost: 0, closedOn: "2026-07-11" }),
    deal({ owner: "Kalna", stage: "Proposal", amount: 800000, expectedClose: "2026-09-11" }),
    deal({ owner: "Liepa", revenue: 200000, cost: 0, closedOn: "2026-07-11" }),
  ];

  it("attainment, variance and coverage against the owner's target; the team target sums the reps'", () => {
    const r = report(deals, {
      targets: [target("Kalna", "2026-Q3", 1000000), target("Liepa", "2026", 400000)],
    });
    const k = owner(r, "Kalna");
    expect(k).toMatchObject({
      target: 10000,
      attainment: 0.6,
      variance: -4000,
      weightedPipeline: 4000,
      coverage: 1,
    });
    // Liepa: a year's 4 000 prorated to a quarter = 1 000; revenue 2 000 ≥ target → coverage null.
    expect(owner(r, "Liepa")).toMatchObject({
      target: 1000,
      attainment: 2,
      variance: 1000,
      coverage: null,
    });
    expect(r.managers[0]).toMatchObject({
      manager: "Ozols",
      target: 11000,
      revenue: 8000,
      variance: -3000,
    });
    expect(r.managers[1]).toMatchObject({
      manager: "Bērziņa",
      target: null,
      attainment: null,
      variance: null,
      coverage: null,
    });
    expect(r.totals).toMatchObject({ target: 11000, revenue: 8000 });
  });

  it("a manager's own Targets row is the team target", () => {
    const r = report(deals, {
      targets: [
        target("Kalna", "2026-Q3", 1000000),
        target("OZOLS", "2026-07", 500000),
        target("Ozols", "2026-08", 500000),
        target("Ozols", "2026-09", 500000),
      ],
    });
    expect(r.managers[0]).toMatchObject({ manager: "Ozols", target: 15000 });
    expect(r.totals.target).toBe(15000);
  });

  it("no target: target, attainment, variance and coverage are null; a zero target has no attainment", () => {
    const r = report(deals, { targets: [target("Liepa", "2026-Q3", 0)] });
    expect(owner(r, "Kalna")).toMatchObject({
      target: null,
      attainment: null,
      variance: null,
      coverage: null,
    });
    expect(owner(r, "Liepa")).toMatchObject({
      target: 0,
      attainment: null,
      variance: 2000,
      coverage: null,
    });
  });
});

describe("computeReport: owners, managers and totals", () => {
  it("lists active reps without deals, and owners not in Team with an issue, in the totals but in no team", () => {
    const r = report([
      deal({
        owner: "Kalna",
        revenue: 10000,
        cost: 5000,
        created: "2026-07-01",
        closedOn: "2026-07-11",
      }),
      deal({
        owner: "Egle",
        row: 70,
        revenue: 20000,
        cost: 5000,
        created: "2026-07-01",
        closedOn: "2026-07-12",
      }),
      deal({ owner: "egle", revenue: 1, cost: 0, closedOn: "2025-07-12" }),
    ]);
    expect(r.owners.map((o) => o.owner)).toEqual(["Kalna", "Liepa", "Zars", "Egle"]);
    expect(owner(r, "Liepa")).toMatchObject({ revenue: 0, cost: null, profitCoverage: 0 });
    expect(r.totals).toMatchObject({ revenue: 300, cost: 100, profit: 200, won: 2, avgDeal: 150 });
    expect(r.managers.map((m) => [m.manager, m.revenue])).toEqual([
      ["Ozols", 100],
      ["Bērziņa", 0],
    ]);
    expect(r.teams).toEqual([
      { manager: "Ozols", owners: ["Kalna", "Liepa"] },
      { manager: "Bērziņa", owners: ["Zars"] },
    ]);
    expect(r.issues).toEqual([
      {
        sheet: "Deals",
        row: 70,
        column: "Owner",
        value: "Egle",
        problem: expect.stringContaining("owner not in Team"),
      },
    ]);
  });

  it("leaves out inactive reps without deals or target", () => {
    const team = [...TEAM, member("Vecais", "Ozols", { active: false })];
    expect(report([], { team }).owners.map((o) => o.owner)).not.toContain("Vecais");
    expect(
      report([], { team, targets: [target("Vecais", "2026-Q3", 100)] }).owners.map((o) => o.owner)
    ).toContain("Vecais");
  });

  it("with a manager filter: only their reps, totals over them, and overdue deals of their reps", () => {
    const deals = [
      deal({
        owner: "Kalna",
        revenue: 10000,
        cost: 5000,
        created: "2026-07-01",
        closedOn: "2026-07-11",
      }),
      deal({ owner: "Zars", revenue: 20000, cost: 5000, closedOn: "2026-07-12" }),
      deal({ owner: "Egle", revenue: 20000, cost: 5000, closedOn: "2026-07-12" }),
      deal({
        owner: "Zars",
        id: "D-late",
        stage: "Proposal",
        amount: 500,
        expectedClose: "2026-09-01",
      }),
      deal({ owner: "Kalna", stage: "Proposal", amount: 500, expectedClose: "2026-10-04" }),
      deal({ owner: "Kalna", stage: "Proposal", amount: 500, expectedClose: "2026-10-05" }),
    ];
    const r = report(deals, { managers: ["ozols", "Nobody"] });
    expect(r.owners.map((o) => o.owner)).toEqual(["Kalna", "Liepa"]);
    expect(r.managers.map((m) => m.manager)).toEqual(["Ozols", "Nobody"]);
    expect(r.managers[1]).toMatchObject({ revenue: 0, won: 0, target: null });
    expect(r.totals).toMatchObject({ revenue: 100, won: 1 });
    expect(r.dealsUsed).toMatchObject({ read: 6, otherScope: 3 });
    expect(r.overdueOpenDeals.map((d) => [d.owner, d.daysOverdue, d.manager])).toEqual([
      ["Kalna", 1, "Ozols"],
    ]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        sheet: "Team",
        row: null,
        column: "Manager",
        value: "Nobody",
        problem: expect.stringContaining("team is empty"),
      }),
    ]);
    const all = report(deals);
    expect(all.overdueOpenDeals.map((d) => d.id)).toEqual(["D-late", expect.any(String)]);
    expect(all.overdueOpenDeals[0]).toMatchObject({
      daysOverdue: 34,
      manager: "Bērziņa",
      probability: 0.5,
      amount: 5,
    });
  });
});

describe("computeReport: detail for the report sheets", () => {
  it("top won deals by revenue (10), and a monthly trend with each month's target", () => {
    const deals = Array.from({ length: 12 }, (_, i) =>
      deal({
        owner: "Kalna",
        revenue: (i + 1) * 1000,
        cost: 0,
        closedOn: `2026-0${7 + (i % 3)}-10`,
      })
    );
    const r = report(deals, {
      targets: [target("Kalna", "2026-Q3", 9000), target("Kalna", "2026-08", 5000)],
    });
    expect(r.topWonDeals.map((d) => d.revenue)).toEqual([
      120, 110, 100, 90, 80, 70, 60, 50, 40, 30,
    ]);
    expect(r.wonDeals).toHaveLength(12);
    expect(r.trend.map((m) => [m.month, m.totals.revenue, m.totals.won, m.totals.target])).toEqual([
      ["2026-07", 220, 4, 30], // 10+40+70+100; target 90 / 3
      ["2026-08", 260, 4, 50], // 20+50+80+110; its own row
      ["2026-09", 300, 4, 30],
    ]);
    expect(r.trend[0]?.managers[0]).toMatchObject({ manager: "Ozols", revenue: 220 });
    const july = report(deals, { period: monthPeriod(2026, 7) });
    expect(july.trend).toEqual([
      { month: "2026-07", totals: july.totals, managers: july.managers },
    ]);
  });
});

describe("computeReport: Team", () => {
  it("uses the first row of a name given twice in Team, with an issue on the other", () => {
    const twice = member("KALNA", "Bērziņa");
    const r = report([], { team: [...TEAM, twice] });
    expect(r.teams[0]?.owners).toEqual(["Kalna", "Liepa"]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        sheet: "Team",
        row: twice.row,
        problem: expect.stringContaining("already in Team"),
      }),
    ]);
  });

  it("counts a team target once in the total when its manager reports to another manager in the report", () => {
    const team = TEAM.map((m) => (m.name === "Bērziņa" ? { ...m, manager: "Ozols" } : m));
    const r = report([], {
      team,
      targets: [
        target("Ozols", "2026-Q3", 1000000),
        target("Bērziņa", "2026-Q3", 300000),
        target("Zars", "2026-Q3", 200000),
      ],
    });
    expect(r.managers.map((m) => [m.manager, m.target])).toEqual([
      ["Ozols", 10000],
      ["Bērziņa", 3000],
    ]);
    expect(r.totals.target).toBe(10000);
  });
});
