import fc from "fast-check";
import {
  isAvailable,
  LeadAssigner,
  type AssignableMember,
  type LeadToAssign,
} from "../../../src/core/leads/assignOwner";
import {
  formatRotationPosition,
  parseRotationPosition,
  RoundRobin,
  rotationCycle,
  wholeWeights,
} from "../../../src/core/leads/roundRobin";

const TODAY = "2026-11-27";

function rep(name: string, extra: Partial<AssignableMember> = {}): AssignableMember {
  return { name, role: "Rep", active: true, weight: 1, awayUntil: null, region: null, ...extra };
}

const nowhere: LeadToAssign = { accountOwner: null, country: null, city: null };

describe("round robin", () => {
  it("scales weights to whole numbers", () => {
    expect(wholeWeights([1.5, 1, 0.5])).toEqual([3, 2, 1]);
    expect(wholeWeights([2, 2, 4])).toEqual([1, 1, 2]);
    expect(wholeWeights([1 / 3, 1])).toEqual([1, 3]);
  });

  it("spreads a rep's turns through the cycle", () => {
    expect(
      rotationCycle([
        { name: "A", weight: 2 },
        { name: "B", weight: 1 },
      ])
    ).toEqual(["A", "B", "A"]);
    expect(
      rotationCycle([
        { name: "A", weight: 1.5 },
        { name: "B", weight: 1 },
        { name: "C", weight: 0.5 },
      ])
    ).toEqual(["A", "B", "A", "C", "B", "A"]);
  });

  it("keeps the position as the rep and their turn", () => {
    expect(parseRotationPosition("Mārtiņš Liepiņš #2")).toEqual({
      name: "Mārtiņš Liepiņš",
      turn: 2,
    });
    expect(parseRotationPosition("Anna Jansone")).toEqual({ name: "Anna Jansone", turn: 1 });
    expect(parseRotationPosition("  ")).toBeNull();
    expect(formatRotationPosition({ name: "A", turn: 1 })).toBe("A");
    expect(formatRotationPosition({ name: "A", turn: 3 })).toBe("A #3");
  });

  it("continues after the position, by the rep's turn", () => {
    const reps = [
      { name: "A", weight: 2 },
      { name: "B", weight: 1 },
    ];
    const rr = new RoundRobin(reps, { name: "A", turn: 1 });
    expect([rr.next(), rr.next(), rr.next()]).toEqual(["B", "A", "A"]);
    expect(rr.position).toEqual({ name: "A", turn: 1 });
  });

  it("continues with the next rep in Team order when the last one is away now", () => {
    const rr = new RoundRobin(
      [
        { name: "A", weight: 1 },
        { name: "C", weight: 1 },
      ],
      { name: "B", turn: 1 },
      ["A", "B", "C"]
    );
    expect(rr.next()).toBe("C");
  });
});

describe("LeadAssigner", () => {
  const team = [
    rep("Anna Bērziņa", { region: "Rīga", weight: 2 }),
    rep("Jānis Ozols", { region: "Kurzeme" }),
    rep("Laura Krūmiņa", { region: "Rīga", awayUntil: "2026-12-15" }),
    rep("Toms Eglītis", { region: "Baltics" }),
    rep("Kristaps Zariņš", { active: false, region: "Baltics" }),
    rep("Mara Manager", { role: "Manager", region: "Rīga" }),
  ];
  const territories = [
    { region: "Baltics", places: ["EE", "LT"] },
    { region: "Kurzeme", places: ["Liepāja", "Ventspils"] },
  ];
  const assigner = (position = "") =>
    new LeadAssigner({ team, territories, today: TODAY, position });

  it("gives a lead of an existing account to the account's owner first", () => {
    const a = assigner().assign({ accountOwner: " jānis ozols", country: "EE", city: "Tallinn" });
    expect(a).toEqual({ owner: "Jānis Ozols", by: "account", detail: "account owner" });
  });

  it("skips an inactive account owner", () => {
    const a = assigner().assign({ accountOwner: "Kristaps Zariņš", country: "EE", city: null });
    expect(a.owner).toBe("Toms Eglītis");
    expect(a.by).toBe("territory");
  });

  it("then the territory: the city's region before the country's", () => {
    expect(assigner().assign({ accountOwner: null, country: "LT", city: "Vilnius" })).toEqual({
      owner: "Toms Eglītis",
      by: "territory",
      detail: "territory Baltics (LT)",
    });
    expect(assigner().assign({ accountOwner: null, country: "LV", city: "Liepāja" }).owner).toBe(
      "Jānis Ozols"
    );
  });

  it("compares the Region itself when Settings have no territories", () => {
    const a = new LeadAssigner({ team, territories: [], today: TODAY, position: "" });
    expect(a.assign({ accountOwner: null, country: "LV", city: "Rīga" })).toEqual({
      owner: "Anna Bērziņa",
      by: "territory",
      detail: "territory Rīga (Rīga)",
    });
  });

  it("never gives a territory's lead to a rep who is away", () => {
    const a = new LeadAssigner({
      team: [rep("Laura Krūmiņa", { region: "Rīga", awayUntil: TODAY }), rep("Toms Eglītis")],
      territories: [],
      today: TODAY,
      position: "",
    });
    expect(a.assign({ accountOwner: null, country: "LV", city: "Rīga" })).toEqual({
      owner: "Toms Eglītis",
      by: "round robin",
      detail: "round robin",
    });
  });

  it("balances a territory's leads by open leads and weight", () => {
    const a = new LeadAssigner({
      team: [rep("A", { region: "Rīga" }), rep("B", { region: "Rīga", weight: 2 })],
      territories: [],
      today: TODAY,
      position: "",
      loads: new Map([["a", 1]]),
    });
    const owners = Array.from(
      { length: 5 },
      () => a.assign({ accountOwner: null, country: null, city: "Rīga" }).owner
    );
    // A starts with one open lead; B (weight 2) takes leads until it holds twice A's: 3 to 1,
    // then on a tie (A 2/1, B 4/2) the rep first in Team order.
    expect(owners).toEqual(["B", "B", "B", "A", "B"]);
  });

  it("then the weighted round robin over active reps who are not away", () => {
    const a = assigner();
    const owners = Array.from({ length: 8 }, () => a.assign(nowhere).owner);
    expect(owners).toEqual([
      "Anna Bērziņa",
      "Jānis Ozols",
      "Toms Eglītis",
      "Anna Bērziņa",
      "Anna Bērziņa",
      "Jānis Ozols",
      "Toms Eglītis",
      "Anna Bērziņa",
    ]);
    // The cycle is Anna, Jānis, Toms, Anna: the 8th lead was Anna's second turn.
    expect(a.position).toBe("Anna Bērziņa #2");
    expect(a.rotated).toBe(true);
  });

  it("has no owner when nobody is available", () => {
    const a = new LeadAssigner({
      team: [rep("A", { active: false })],
      territories: [],
      today: TODAY,
      position: "",
    });
    expect(a.assign(nowhere)).toEqual({
      owner: null,
      by: null,
      detail: "no rep is available (active, Role Rep, not away)",
    });
    expect(a.rotated).toBe(false);
  });

  it("counts a rep away until today as away, back the day after", () => {
    expect(isAvailable(rep("A", { awayUntil: TODAY }), TODAY)).toBe(false);
    expect(isAvailable(rep("A", { awayUntil: "2026-11-26" }), TODAY)).toBe(true);
  });
});

describe("round robin across runs (property)", () => {
  const member = fc.record({
    weight: fc.constantFrom(0.5, 1, 1.5, 2, 3),
    active: fc.boolean(),
    away: fc.boolean(),
    role: fc.constantFrom("Rep", "Rep", "Rep", "Manager"),
  });

  it("gives each available rep its weight's share, continuing run after run, nobody away or inactive", () => {
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        (members, runs) => {
          const team = members.map((m, i) =>
            rep(`Rep ${i + 1}`, {
              weight: m.weight,
              active: m.active,
              role: m.role,
              awayUntil: m.away ? "2026-12-31" : "2026-11-01",
            })
          );
          const available = team.filter((m) => isAvailable(m, TODAY));
          const counts = new Map<string, number>();
          let position = "";
          let total = 0;
          for (const n of runs) {
            const a = new LeadAssigner({ team, territories: [], today: TODAY, position });
            for (let k = 0; k < n; k++) {
              const owner = a.assign(nowhere).owner;
              if (available.length === 0) {
                expect(owner).toBeNull();
                continue;
              }
              expect(owner).not.toBeNull();
              counts.set(owner ?? "", (counts.get(owner ?? "") ?? 0) + 1);
              total++;
            }
            position = a.position;
          }
          const whole = wholeWeights(available.map((m) => m.weight));
          const sum = whole.reduce((s, w) => s + w, 0);
          for (const name of counts.keys()) {
            expect(available.map((m) => m.name)).toContain(name);
          }
          available.forEach((m, i) => {
            const expected = (total * (whole[i] ?? 0)) / sum;
            expect(Math.abs((counts.get(m.name) ?? 0) - expected)).toBeLessThanOrEqual(1);
          });
          if (total % sum === 0) {
            available.forEach((m, i) => {
              expect(counts.get(m.name) ?? 0).toBe((total / sum) * (whole[i] ?? 0));
            });
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
