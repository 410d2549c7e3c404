import fc from "fast-check";
import type { SheetPlan } from "../../../src/host/port";
import {
  generateSampleWorkbook,
  type SampleWorkbook,
} from "../../../src/sheets/sample/generateSampleWorkbook";
import type { SampleBadRowReason, SampleSheetFacts } from "../../../src/sheets/sample/sampleFacts";
import {
  centsOf,
  dateOf,
  isEmpty,
  isFormula,
  leadKeys,
  planNamed,
  readPlan,
  stageOf,
  validRegNo,
  type LeadKeys,
} from "./planReader";

/** The bad rows of a sheet as a reader would find them, from the plan values alone. */
function badRowsOf(
  plan: SheetPlan,
  required: string,
  moneyColumns: readonly string[]
): { row: number; reason: SampleBadRowReason }[] {
  const { headers, rows } = readPlan(plan);
  const out: { row: number; reason: SampleBadRowReason }[] = [];
  for (const r of rows) {
    if (r.values.every(isEmpty)) out.push({ row: r.row, reason: "blank" });
    else if (r.values.every((v, i) => v === headers[i]))
      out.push({ row: r.row, reason: "repeated header" });
    else if (isEmpty(r.values[0] ?? null) && r.values.some((v) => v === "Kopā"))
      out.push({ row: r.row, reason: "total" });
    else if (isEmpty(r.get(required))) out.push({ row: r.row, reason: "missing required" });
    else {
      for (const h of moneyColumns) {
        const v = r.get(h);
        if (isFormula(v)) out.push({ row: r.row, reason: "error cell" });
        else if (!isEmpty(v) && centsOf(v) === null)
          out.push({ row: r.row, reason: "unparseable amount" });
      }
    }
  }
  return out;
}

const MONEY: Record<string, { required: string; money: string[] }> = {
  Komanda: { required: "Vārds", money: [] },
  "Potenciālie klienti": { required: "Uzņēmums", money: [] },
  Klienti: { required: "Klients", money: [] },
  Darījumi: {
    required: "Darījuma ID",
    money: ["Summa", "Ieņēmumi", "Izmaksas", "Peļņa", "Ceļa izdevumi"],
  },
  Produkti: { required: "Kods", money: ["Cena", "Pašizmaksa"] },
  Mērķi: { required: "Atbildīgais", money: ["Mērķis", "Peļņas mērķis"] },
  Tikšanās: { required: "Datums", money: ["Ceļa izdevumi"] },
  Piedāvājumi: { required: "Piedāvājums", money: ["Neto", "PVN", "Bruto", "Izmaksas"] },
  "Piedāvājumu rindas": {
    required: "Piedāvājums",
    money: ["Cena", "Neto", "Pašizmaksa", "Izmaksas"],
  },
  Fakts: { required: "Darījuma ID", money: ["Ieņēmumi", "Izmaksas"] },
};

function sheetFactsOf(wb: SampleWorkbook): SampleSheetFacts[] {
  const f = wb.facts;
  return [
    f.team,
    f.leads,
    f.accounts,
    f.deals,
    f.products,
    f.targets,
    f.meetings,
    f.quotes,
    f.quoteLines,
    f.actuals,
  ];
}

/** Every claim of the facts about rows, checked against the plans. */
function expectFactsAgree(wb: SampleWorkbook): void {
  const { plans, facts } = wb;
  for (const sf of sheetFactsOf(wb)) {
    const plan = planNamed(plans, sf.sheet);
    const { headerRow, headers, rows } = readPlan(plan);
    expect(plan.kind).toBe(`input:${sf.kind}`);
    expect(plan.tables?.[0]?.name).toBe(sf.table);
    expect([sf.sheet, sf.headerRow, sf.headers]).toEqual([sf.sheet, headerRow, headers]);
    expect(sf.titleRows).toEqual(Array.from({ length: headerRow - 1 }, (_, i) => i + 1));
    expect([sf.firstDataRow, sf.lastRow]).toEqual([headerRow + 1, headerRow + rows.length]);
    const spec = MONEY[sf.sheet];
    if (!spec) throw new Error(sf.sheet);
    const found = badRowsOf(plan, spec.required, spec.money);
    expect([sf.sheet, sf.badRows.map((b) => ({ row: b.row, reason: b.reason }))]).toEqual([
      sf.sheet,
      found,
    ]);
    expect(sf.goodRows).toBe(rows.length - found.length);
    for (const b of sf.badRows) {
      expect(b.skipped).toBe(
        ["blank", "repeated header", "total", "missing required"].includes(b.reason)
      );
      if (b.column !== null) expect(headers).toContain(b.column);
    }
  }

  // Deals: counts, stages, text cells.
  const deals = readPlan(planNamed(plans, "Darījumi")).rows.filter((r) =>
    /^D-\d+$/.test(String(r.get("Darījuma ID")))
  );
  expect(deals).toHaveLength(facts.deals.count);
  const stages: Record<string, number> = {};
  for (const r of deals) {
    const s = stageOf(r.get("Posms")) ?? "?";
    stages[s] = (stages[s] ?? 0) + 1;
  }
  expect(stages).toEqual(facts.deals.stageCounts);
  const byRow = new Map(deals.map((r) => [r.row, r]));
  for (const t of facts.deals.textAmounts) {
    expect(byRow.get(t.row)?.get(t.column)).toBe(t.value);
    expect(centsOf(t.value)).not.toBeNull();
  }
  for (const t of facts.deals.textDates) {
    expect(byRow.get(t.row)?.get(t.column)).toBe(t.value);
    expect(dateOf(t.value)).not.toBeNull();
  }
  const errorRow = facts.deals.badRows.find((b) => b.reason === "error cell");
  expect(byRow.get(errorRow?.row ?? 0)?.get("Summa")).toEqual({
    formula: "NA()",
    result: { error: "#N/A" },
  });
  const won = new Map(
    deals
      .filter((r) => stageOf(r.get("Posms")) === "Won")
      .map((r) => [String(r.get("Darījuma ID")), r])
  );
  for (const id of facts.deals.wonWithoutCost) {
    const r = won.get(id);
    expect([id, r?.get("Izmaksas"), r?.get("Peļņa"), r?.get("Marža %")]).toEqual([
      id,
      null,
      null,
      null,
    ]);
  }
  expect(deals.filter((r) => r.get("Dalītais atbildīgais") !== null)).toHaveLength(
    facts.deals.split
  );

  // Accounts: every registration number valid.
  const accounts = readPlan(planNamed(plans, "Klienti")).rows;
  expect(accounts).toHaveLength(facts.accounts.count);
  expect(accounts.every((r) => validRegNo(String(r.get("Reģ. nr."))))).toBe(true);

  // Leads: the duplicates are exactly the rows that match an earlier row by some rule.
  const leads = readPlan(planNamed(plans, "Potenciālie klienti")).rows.filter(
    (r) => !isEmpty(r.get("Uzņēmums"))
  );
  expect(leads).toHaveLength(facts.leads.count);
  const keysOf = (r: (typeof leads)[number]): LeadKeys =>
    leadKeys(
      r.get("Uzņēmums"),
      r.get("E-pasts"),
      r.get("Mājaslapa"),
      r.get("Reģ. nr."),
      r.get("PVN nr.")
    );
  const seen = new Map<string, number>();
  const repeats: { row: number; matchesRow: number }[] = [];
  const firstOf = new Map<number, number>();
  for (const r of leads) {
    const k = keysOf(r);
    const ids = [
      ...(k.email ? [`e:${k.email}`] : []),
      ...k.domains.map((d) => `d:${d}`),
      ...k.regNos.map((n) => `r:${n}`),
      ...(k.name ? [`n:${k.name}`] : []),
    ];
    // A company listed three times matches both earlier rows: they must be one company, whose
    // first row is the one repeated.
    const earlier = ids.map((id) => seen.get(id)).filter((x): x is number => x !== undefined);
    const roots = new Set(earlier.map((row) => firstOf.get(row) ?? row));
    expect(roots.size).toBeLessThanOrEqual(1);
    const [root] = [...roots];
    if (root !== undefined) {
      repeats.push({ row: r.row, matchesRow: root });
      firstOf.set(r.row, root);
    }
    for (const id of ids) if (!seen.has(id)) seen.set(id, r.row);
  }
  expect(facts.leads.duplicates.map((d) => ({ row: d.row, matchesRow: d.matchesRow }))).toEqual(
    repeats
  );
  expect(facts.leads.intendedDuplicates).toBe(repeats.length);
  expect(facts.leads.duplicates.every((d) => d.rules.length > 0 && d.rules.includes("name"))).toBe(
    true
  );
  expect(facts.leads.shows.reduce((s, x) => s + x.rows, 0)).toBe(leads.length);

  // Leads that are accounts: exactly those whose name or number is an account's.
  const accountIds = new Map<string, number>();
  for (const a of accounts) {
    const k = leadKeys(a.get("Klients"), null, null, a.get("Reģ. nr."), a.get("PVN nr."));
    for (const id of [...k.regNos.map((n) => `r:${n}`), `n:${k.name}`]) accountIds.set(id, a.row);
  }
  const asAccounts = leads.flatMap((r) => {
    const k = keysOf(r);
    const hit = [...k.regNos.map((n) => `r:${n}`), `n:${k.name}`]
      .map((id) => accountIds.get(id))
      .find((x) => x !== undefined);
    return hit === undefined ? [] : [{ row: r.row, accountRow: hit }];
  });
  expect(facts.leads.accountMatches.map((m) => ({ row: m.row, accountRow: m.accountRow }))).toEqual(
    asAccounts
  );

  // Meetings: the one clash is real, and nobody else has two meetings on a day.
  const meetings = readPlan(planNamed(plans, "Tikšanās")).rows;
  expect(meetings).toHaveLength(facts.meetings.count);
  const perDay = new Map<string, string[]>();
  for (const r of meetings) {
    for (const person of [r.get("Vadītājs"), r.get("Pārdevējs")]) {
      if (typeof person !== "string") continue;
      const key = `${person}|${String(r.get("Datums"))}`;
      perDay.set(key, [...(perDay.get(key) ?? []), String(r.get("Tikšanās ID"))]);
    }
  }
  const doubles = [...perDay]
    .filter(([, ids]) => ids.length > 1)
    .map(([key, ids]) => ({ person: key.split("|")[0], ids }));
  expect(doubles).toEqual(
    facts.meetings.clashes.map((c) => ({ person: c.person, ids: [c.a, c.b] }))
  );
  const byId = new Map(meetings.map((r) => [r.get("Tikšanās ID"), r]));
  for (const c of facts.meetings.clashes) {
    const [a, b] = [byId.get(c.a), byId.get(c.b)];
    expect((a?.get("Beigas") as number) > (b?.get("Sākums") as number)).toBe(true);
    expect(a?.get("Pilsēta")).not.toEqual(b?.get("Pilsēta"));
  }

  // Actuals: the listed deals are the ones with lines, and they are won.
  const actuals = readPlan(planNamed(plans, "Fakts")).rows.filter(
    (r) => !isEmpty(r.get("Darījuma ID"))
  );
  expect(actuals).toHaveLength(facts.actuals.lines);
  expect([...new Set(actuals.map((r) => r.get("Darījuma ID")))]).toEqual(facts.actuals.deals);
  expect(facts.actuals.deals.every((id) => won.has(id))).toBe(true);

  // Quotes: accepted and rejected per deal, revisions, the highest number of each year.
  const quotes = readPlan(planNamed(plans, "Piedāvājumi")).rows;
  const quoteLines = readPlan(planNamed(plans, "Piedāvājumu rindas")).rows;
  expect(quotes).toHaveLength(facts.quotes.count);
  expect(quoteLines).toHaveLength(facts.quoteLines.count);
  const quoteId = (r: (typeof quotes)[number]): string => String(r.get("Piedāvājums"));
  const baseOf = (id: string): string => id.replace(/-R\d+$/, "");
  expect(new Set(quotes.map((r) => baseOf(quoteId(r)))).size).toBe(facts.quotes.numbers);
  const withStatus = (status: string): Record<string, string> =>
    Object.fromEntries(
      quotes
        .filter((r) => r.get("Statuss") === status)
        .map((r) => [String(r.get("Darījuma ID")), quoteId(r)])
    );
  expect(withStatus("Pieņemts")).toEqual(facts.quotes.accepted);
  expect(withStatus("Noraidīts")).toEqual(facts.quotes.rejected);
  const dealRows = new Map(deals.map((r) => [String(r.get("Darījuma ID")), r]));
  for (const [deal, quote] of [
    ...Object.entries(facts.quotes.accepted),
    ...Object.entries(facts.quotes.rejected),
  ]) {
    expect([deal, dealRows.get(deal)?.get("Piedāvājuma nr.")]).toEqual([deal, quote]);
  }
  expect(facts.actuals.deals.every((id) => facts.quotes.accepted[id] !== undefined)).toBe(true);
  expect(
    quotes
      .filter((r) => /-R\d+$/.test(quoteId(r)))
      .map((r) => ({
        quote: quoteId(r),
        supersedes: baseOf(quoteId(r)),
        deal: String(r.get("Darījuma ID")),
      }))
  ).toEqual(facts.quotes.revisions);
  const highest: Record<string, string> = {};
  for (const r of quotes) {
    const base = baseOf(quoteId(r));
    const year = base.slice(2, 6);
    if ((highest[year] ?? "") < base) highest[year] = base;
  }
  expect(highest).toEqual(facts.quotes.highest);

  // Deviations: how each deal's Fakts rows differ from its accepted quote's lines.
  for (const id of facts.actuals.deals) {
    const quoted = new Map(
      quoteLines
        .filter((l) => l.get("Piedāvājums") === facts.quotes.accepted[id])
        .map((l) => [String(l.get("Kods")), l])
    );
    const kinds = new Set<string>();
    for (const r of actuals.filter((a) => a.get("Darījuma ID") === id)) {
      const q = quoted.get(String(r.get("Kods")));
      if (!q) kinds.add("extra line");
      else {
        if (r.get("Daudzums") !== q.get("Daudzums")) kinds.add("quantity");
        const unitCost = centsOf(q.get("Pašizmaksa")) ?? 0;
        const planned = Math.round(Number(((r.get("Daudzums") as number) * unitCost).toFixed(6)));
        if ((centsOf(r.get("Izmaksas")) ?? 0) > planned) kinds.add("cost overrun");
      }
    }
    expect([id, [...kinds].sort()]).toEqual([id, [...(facts.actuals.deviations[id] ?? [])].sort()]);
  }
  // The latest closed deal with Actuals (the one the demo's retrospective shows) has every kind.
  const latest = facts.actuals.deals
    .map((id) => ({ id, closed: dateOf(dealRows.get(id)?.get("Slēgšanas datums") ?? null) ?? "" }))
    .sort((a, b) => b.closed.localeCompare(a.closed) || a.id.localeCompare(b.id))[0];
  expect(facts.actuals.deviations[latest?.id ?? ""]?.slice().sort()).toEqual([
    "cost overrun",
    "extra line",
    "quantity",
  ]);

  // Team.
  const team = readPlan(planNamed(plans, "Komanda")).rows.map((r) => r.get("Vārds"));
  for (const name of [
    facts.team.director,
    facts.team.support,
    ...facts.team.managers,
    ...facts.team.reps,
  ])
    expect(team).toContain(name);
}

describe("the sample's facts", () => {
  const wb = generateSampleWorkbook();

  it("list exactly the bad rows a reader finds in each sheet, with their Excel row numbers", () => {
    expectFactsAgree(wb);
    expect(wb.facts.deals.badRows.map((b) => b.reason).sort()).toEqual([
      "blank",
      "error cell",
      "repeated header",
      "total",
      "unparseable amount",
      "unparseable amount",
      "unparseable amount",
    ]);
    expect(wb.facts.leads.badRows.map((b) => b.reason)).toEqual(["blank", "missing required"]);
    expect(wb.facts.actuals.badRows.map((b) => b.reason)).toEqual(["total"]);
    expect(wb.facts.quotes.badRows).toEqual([]);
    expect(wb.facts.quoteLines.badRows).toEqual([]);
  });

  it("name the team, the away rep and the sizes", () => {
    const { facts } = wb;
    expect(facts.team.managers).toEqual(["Jānis Ozols", "Ilze Kalniņa"]);
    expect(facts.team.reps.length).toBeGreaterThanOrEqual(6);
    expect(facts.team.awayRep.until > facts.today).toBe(true);
    expect(facts.team.reps).toContain(facts.team.awayRep.name);
    expect(facts.team.reps).toContain(facts.team.inactiveRep);
    expect(facts.products.count).toBeGreaterThanOrEqual(40);
    expect(facts.products.departments.length).toBeGreaterThanOrEqual(4);
    expect(facts.leads.count).toBeGreaterThanOrEqual(1500);
    expect(facts.leads.intendedDuplicates).toBeGreaterThanOrEqual(30);
    expect(facts.leads.accountMatches.length).toBeGreaterThanOrEqual(6);
    expect(facts.leads.foreign).toBeGreaterThan(30);
    expect(facts.deals.count).toBeGreaterThanOrEqual(600);
    expect(facts.targets.periodForms).toEqual(
      expect.arrayContaining([
        "YYYY-MM",
        "MM.YYYY",
        "YYYY. gada mēnesis",
        "YYYY-Qn",
        "Qn YYYY",
        "YYYY",
      ])
    );
    expect(facts.meetings.clashes).toHaveLength(1);
    expect(facts.actuals.deals.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(facts.quotes.accepted).length).toBeGreaterThan(facts.actuals.deals.length);
    expect(Object.keys(facts.quotes.rejected).length).toBeGreaterThanOrEqual(5);
    expect(facts.quotes.revisions.length).toBeGreaterThanOrEqual(5);
    expect(facts.quotes.count).toBe(facts.quotes.numbers + facts.quotes.revisions.length);
    expect(Object.keys(facts.quotes.highest)).toEqual(["2025", "2026"]);
  });

  it("agree with the plans for any seed and date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.date({
          min: new Date("2024-01-01T00:00:00Z"),
          max: new Date("2030-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (seed, date) => {
          const today = date.toISOString().slice(0, 10);
          const sample = generateSampleWorkbook({ seed, today });
          expectFactsAgree(sample);
          expect(sample.facts.deals.count).toBeGreaterThanOrEqual(600);
          expect(sample.facts.leads.count).toBeGreaterThanOrEqual(1500);
          expect(sample.facts.actuals.deals.length).toBeGreaterThanOrEqual(40);
          expect(sample.facts.meetings.count).toBeGreaterThanOrEqual(140);
        }
      ),
      { numRuns: 6 }
    );
  });
});
