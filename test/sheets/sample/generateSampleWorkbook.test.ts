import { generateSampleWorkbook } from "../../../src/sheets/sample/generateSampleWorkbook";
import {
  centsOf,
  dateOf,
  fold,
  isoToSerial,
  planNamed,
  readPlan,
  stageOf,
  validRegNo,
  type PlanTable,
} from "./planReader";

const TODAY = "2026-11-27";
const { plans, facts } = generateSampleWorkbook({ today: TODAY });
const table = (name: string): PlanTable => readPlan(planNamed(plans, name));
const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

describe("the sample workbook's sheets", () => {
  it("are the ten Latvian input sheets in workbook order, each an Excel table with a frozen bold header", () => {
    expect(plans.map((p) => [p.name, p.kind])).toEqual([
      ["Komanda", "input:team"],
      ["Potenciālie klienti", "input:leads"],
      ["Klienti", "input:accounts"],
      ["Darījumi", "input:deals"],
      ["Produkti", "input:products"],
      ["Mērķi", "input:targets"],
      ["Tikšanās", "input:meetings"],
      ["Piedāvājumi", "input:quotes"],
      ["Piedāvājumu rindas", "input:quoteLines"],
      ["Fakts", "input:actuals"],
    ]);
    for (const plan of plans) {
      const { headerRow, headers, rows } = readPlan(plan);
      const width = headers.length;
      expect(plan.values.every((r) => r.length === width)).toBe(true);
      expect(plan.freeze?.rows).toBe(headerRow);
      expect(plan.columnWidths).toHaveLength(width);
      expect(plan.tables).toEqual([
        expect.objectContaining({
          range: { row: headerRow, column: 1, rows: rows.length + 1, columns: width },
        }),
      ]);
      const bold = plan.formats?.find((f) => f.range.row === headerRow && f.font?.bold);
      expect(bold?.range.columns).toBe(width);
    }
    expect(plans.map((p) => p.tables?.[0]?.name)).toEqual([
      "Team",
      "Leads",
      "Accounts",
      "Deals",
      "Products",
      "Targets",
      "Meetings",
      "Quotes",
      "Quote_lines",
      "Actuals",
    ]);
    expect(plans.some((p) => p.name === "Iestatījumi" || p.kind.includes("settings"))).toBe(false);
  });

  it("formats money in euros, dates as dd.mm.yyyy serials and ratios as percentages", () => {
    const deals = planNamed(plans, "Darījumi");
    const { headers, headerRow } = readPlan(deals);
    const formatOf = (header: string): string | undefined =>
      deals.formats?.find(
        (f) => f.range.column === headers.indexOf(header) + 1 && f.range.row === headerRow + 1
      )?.numberFormat;
    expect(formatOf("Summa")).toBe("#,##0.00 [$€-426]");
    expect(formatOf("Izveidots")).toBe("dd.mm.yyyy");
    expect(formatOf("Varbūtība")).toBe("0%");
    expect(formatOf("Marža %")).toBe("0.0%");
    const created = readPlan(deals)
      .rows.map((r) => r.get("Izveidots"))
      .filter((v) => typeof v === "number");
    expect(created.length).toBeGreaterThan(600);
    expect(created.every((v) => Number.isInteger(v))).toBe(true);
  });
});

describe("Komanda", () => {
  const { rows } = table("Komanda");
  const role = (v: unknown): string =>
    ({
      rep: "Rep",
      pardeveja: "Rep",
      pardevejs: "Rep",
      manager: "Manager",
      direktors: "Director",
      pardosanasatbalsts: "Support",
    })[fold(text(v))] ?? "?";

  it("has a director, two managers with at least six reps under them across the regions, and the support rep", () => {
    const managers = rows
      .filter((r) => role(r.get("Loma")) === "Manager")
      .map((r) => text(r.get("Vārds")));
    const reps = rows.filter((r) => role(r.get("Loma")) === "Rep");
    expect(managers.length).toBeGreaterThanOrEqual(2);
    expect(reps.length).toBeGreaterThanOrEqual(6);
    expect(reps.every((r) => managers.includes(text(r.get("Vadītājs"))))).toBe(true);
    for (const m of managers)
      expect(reps.filter((r) => text(r.get("Vadītājs")) === m).length).toBeGreaterThanOrEqual(3);
    expect(new Set(reps.map((r) => text(r.get("Reģions"))))).toEqual(
      new Set(["Rīga", "Kurzeme", "Vidzeme", "Latgale", "Zemgale", "Baltics"])
    );
    expect(rows.filter((r) => role(r.get("Loma")) === "Support")).toHaveLength(1);
    expect(rows.filter((r) => role(r.get("Loma")) === "Director")).toHaveLength(1);
    expect(rows.every((r) => role(r.get("Loma")) !== "?")).toBe(true);
  });

  it("has one rep away until a day after today and one rep no longer active", () => {
    const away = rows.filter((r) => typeof r.get("Prombūtnē līdz") === "number");
    expect(away).toHaveLength(1);
    expect(away[0]?.get("Prombūtnē līdz") as number).toBeGreaterThan(isoToSerial(TODAY));
    expect(text(away[0]?.get("Aktīvs"))).toBe("jā");
    expect(
      rows.filter((r) => text(r.get("Aktīvs")) === "nē").map((r) => role(r.get("Loma")))
    ).toEqual(["Rep"]);
    expect(rows.every((r) => typeof r.get("Maks. atlaide %") === "number")).toBe(true);
  });
});

describe("Produkti", () => {
  const { rows } = table("Produkti");

  it("lists at least 40 products in at least 4 departments with units, prices, costs, VAT and limits", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.get("Nodaļa"))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.map((r) => r.get("Kods"))).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.get("Mērvienība")))).toEqual(
      new Set(["gab.", "licence", "mēn.", "st."])
    );
    for (const r of rows) {
      const price = centsOf(r.get("Cena"));
      const cost = centsOf(r.get("Pašizmaksa"));
      expect(price !== null && cost !== null && cost < price).toBe(true);
    }
    const vat = rows.map((r) => r.get("PVN likme"));
    expect(vat.filter((v) => v === 0.21).length).toBeGreaterThan(vat.length * 0.9);
    expect(vat.filter((v) => v === 0.12).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => text(r.get("Aktīvs")) === "nē").length).toBeGreaterThanOrEqual(2);
  });
});

describe("Klienti", () => {
  const { rows } = table("Klienti");

  it("holds about 120 Latvian companies, every registration number with a valid check digit", () => {
    expect(rows.length).toBeGreaterThanOrEqual(110);
    expect(rows.length).toBeLessThanOrEqual(130);
    expect(new Set(rows.map((r) => r.get("Klients"))).size).toBe(rows.length);
    for (const r of rows) {
      const regNo = text(r.get("Reģ. nr."));
      expect([regNo, validRegNo(regNo)]).toEqual([regNo, true]);
      expect(r.get("PVN nr.")).toBe(`LV${regNo}`);
      expect(text(r.get("Adrese"))).toMatch(/, LV-\d{4}$/);
      expect(text(r.get("Atbildīgais"))).not.toBe("");
    }
    expect(rows.every((r) => /^(SIA|AS) "/.test(text(r.get("Klients"))))).toBe(true);
  });
});

describe("Potenciālie klienti", () => {
  const { rows } = table("Potenciālie klienti");
  const leads = rows.filter((r) => text(r.get("Uzņēmums")) !== "");

  it("lists at least 1 500 exhibitors of three trade shows", () => {
    expect(leads.length).toBeGreaterThanOrEqual(1500);
    const sources = new Map<string, number>();
    for (const r of leads)
      sources.set(text(r.get("Avots")), (sources.get(text(r.get("Avots"))) ?? 0) + 1);
    expect([...sources.keys()].sort()).toEqual([
      "Build Baltic 2026",
      "Riga Food 2026",
      "Tech Industry 2026",
    ]);
    for (const n of sources.values()) expect(n).toBeGreaterThan(450);
  });

  it("has the messy values real lists have", () => {
    const col = (h: string): string[] =>
      leads.map((r) => r.get(h)).filter((v): v is string => typeof v === "string");
    const names = col("Uzņēmums");
    expect(names.some((n) => /^SIA "/.test(n))).toBe(true);
    expect(names.some((n) => / SIA$/.test(n))).toBe(true);
    expect(names.some((n) => / Ltd$/.test(n))).toBe(true);
    expect(names.some((n) => /„/.test(n))).toBe(true);
    expect(names.some((n) => / OÜ$/.test(n))).toBe(true);
    expect(names.some((n) => /^UAB /.test(n))).toBe(true);
    const emails = col("E-pasts");
    expect(emails.some((e) => e !== e.trim())).toBe(true);
    expect(emails.some((e) => e !== e.toLowerCase())).toBe(true);
    const sites = col("Mājaslapa");
    expect(sites.some((s) => /^https:\/\/www\./.test(s))).toBe(true);
    expect(sites.some((s) => /^http:\/\//.test(s))).toBe(true);
    expect(sites.some((s) => /\.lv\/./.test(s))).toBe(true);
    const phoneShapes = new Set(col("Tālrunis").map((p) => p.replace(/\d/g, "9")));
    expect(phoneShapes.size).toBeGreaterThanOrEqual(8);
    for (const shape of ["+999 9999 9999", "99999999", "(+999) 99 999 999"])
      expect(phoneShapes.has(shape)).toBe(true);
    for (const c of ["Latvija", "LV", "Latvia", "Igaunija", "Lietuva"])
      expect(col("Valsts").includes(c)).toBe(true);
    expect(leads.filter((r) => r.get("E-pasts") === null).length).toBeGreaterThan(50);
    expect(leads.filter((r) => r.get("Kontaktpersona") === null).length).toBeGreaterThan(50);
    const worked = leads.filter((r) => r.get("Statuss") !== null);
    expect(worked.length).toBeGreaterThan(300);
    expect(worked.filter((r) => r.get("Atbildīgais") !== null).length).toBeGreaterThan(200);
  });

  it("lists some companies twice (within and across shows) and some existing accounts", () => {
    const byName = new Map<string, Set<string>>();
    for (const r of leads) {
      const key = fold(text(r.get("Uzņēmums")).replace(/\b(SIA|AS|Ltd|OÜ|OU|UAB)\b/g, ""));
      byName.set(key, new Set([...(byName.get(key) ?? []), text(r.get("Avots"))]));
    }
    const twice = leads.length - byName.size;
    expect(twice).toBeGreaterThanOrEqual(30);
    expect([...byName.values()].filter((s) => s.size > 1).length).toBeGreaterThanOrEqual(20);
    const accounts = new Set(
      table("Klienti").rows.map((r) => fold(text(r.get("Klients")).replace(/^(SIA|AS) /, "")))
    );
    expect([...byName.keys()].filter((k) => accounts.has(k)).length).toBeGreaterThanOrEqual(6);
  });
});

describe("Darījumi", () => {
  const { rows } = table("Darījumi");
  const deals = rows.filter((r) => /^D-\d+$/.test(text(r.get("Darījuma ID"))));
  const months = facts.months;
  const start = `${months[0]}-01`;

  it("holds at least 600 deals created over the 18 months up to today, in every stage", () => {
    expect(deals.length).toBeGreaterThanOrEqual(600);
    expect(months).toHaveLength(18);
    expect(months[17]).toBe("2026-11");
    const created = deals.map((r) => dateOf(r.get("Izveidots")));
    expect(created.every((d) => d !== null && d >= start && d <= TODAY)).toBe(true);
    const sorted = (created as string[]).slice().sort();
    expect(sorted[0]! < `${months[1]}-01`).toBe(true);
    expect(sorted[sorted.length - 1]! > `${months[16]}-01`).toBe(true);
    const stages = new Map<string, number>();
    for (const r of deals) {
      const s = stageOf(r.get("Posms"));
      expect([r.get("Posms"), s]).toEqual([r.get("Posms"), expect.any(String)]);
      stages.set(s ?? "", (stages.get(s ?? "") ?? 0) + 1);
    }
    for (const stage of [
      "Prospecting",
      "Qualification",
      "Proposal",
      "Negotiation",
      "Won",
      "Lost",
    ]) {
      expect(stages.get(stage) ?? 0).toBeGreaterThan(5);
    }
    const forms = new Set(deals.map((r) => text(r.get("Posms"))));
    for (const form of [
      "Won",
      "Closed Won",
      "Uzvarēts",
      "Lost",
      "Zaudēts",
      "lost",
      "Piedāvājums",
      "Proposal",
    ]) {
      expect(forms.has(form)).toBe(true);
    }
  });

  it("closes won and lost deals after they were created, within the 18 months, with reasons for losses", () => {
    const closed = deals.filter((r) => ["Won", "Lost"].includes(stageOf(r.get("Posms")) ?? ""));
    for (const r of closed) {
      const created = dateOf(r.get("Izveidots")) ?? "";
      const closedOn = dateOf(r.get("Slēgšanas datums")) ?? "";
      expect([
        r.get("Darījuma ID"),
        closedOn > created && closedOn <= TODAY && closedOn >= start,
      ]).toEqual([r.get("Darījuma ID"), true]);
    }
    const open = deals.filter((r) => !["Won", "Lost"].includes(stageOf(r.get("Posms")) ?? ""));
    expect(
      open.every(
        (r) => r.get("Slēgšanas datums") === null && dateOf(r.get("Plānotā slēgšana")) !== null
      )
    ).toBe(true);
    const lost = closed.filter((r) => stageOf(r.get("Posms")) === "Lost");
    expect(lost.filter((r) => text(r.get("Zaudējuma iemesls")) !== "").length).toBeGreaterThan(
      lost.length * 0.8
    );
  });

  it("gives won deals revenue and a cost as Izmaksas, as Peļņa only, as Marža % only, or not at all", () => {
    const won = deals.filter((r) => stageOf(r.get("Posms")) === "Won");
    const has = (r: (typeof won)[number], h: string): boolean => r.get(h) !== null;
    expect(won.filter((r) => has(r, "Ieņēmumi")).length).toBeGreaterThan(won.length * 0.7);
    expect(won.filter((r) => has(r, "Izmaksas")).length).toBeGreaterThan(won.length * 0.4);
    expect(won.filter((r) => !has(r, "Izmaksas") && has(r, "Peļņa")).length).toBeGreaterThan(5);
    expect(
      won.filter((r) => !has(r, "Izmaksas") && !has(r, "Peļņa") && has(r, "Marža %")).length
    ).toBeGreaterThan(5);
    const none = won.filter((r) => !has(r, "Izmaksas") && !has(r, "Peļņa") && !has(r, "Marža %"));
    expect(none.length).toBeGreaterThan(0);
    expect(none.length).toBeLessThan(won.length * 0.1);
  });

  it("splits about 5 % of deals, and carries travel costs and quote numbers (with revision) on some", () => {
    const split = deals.filter((r) => r.get("Dalītais atbildīgais") !== null);
    expect(split.length / deals.length).toBeGreaterThan(0.02);
    expect(split.length / deals.length).toBeLessThan(0.1);
    for (const r of split) {
      expect(r.get("Dalītais atbildīgais")).not.toBe(r.get("Atbildīgais"));
      expect(r.get("Dalījums %")).toEqual(expect.any(Number));
    }
    expect(deals.filter((r) => r.get("Ceļa izdevumi") !== null).length).toBeGreaterThan(30);
    const quotes = deals.map((r) => r.get("Piedāvājuma nr.")).filter((q) => q !== null);
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.every((q) => /^Q-\d{4}-\d{4}(-R\d)?$/.test(String(q)))).toBe(true);
    expect(quotes.some((q) => String(q).endsWith("-R2"))).toBe(true);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it("starts with a title row and holds a little mess: blank row, repeated header, bad amounts, #N/A, a Kopā row", () => {
    const plan = planNamed(plans, "Darījumi");
    expect(plan.values[0]?.[0]).toBe("Darījumu reģistrs 2025–2026");
    expect(rows.filter((r) => r.values.every((v) => v === null))).toHaveLength(1);
    expect(rows.filter((r) => r.get("Darījuma ID") === "Darījuma ID")).toHaveLength(1);
    expect(rows[rows.length - 1]?.get("Klients")).toBe("Kopā");
    expect(
      deals.filter((r) => typeof r.get("Summa") === "object" && r.get("Summa") !== null)
    ).toHaveLength(1);
    expect(
      deals.filter((r) => typeof r.get("Summa") === "string" && centsOf(r.get("Summa")) === null)
    ).toHaveLength(3);
    expect(
      deals.filter((r) => typeof r.get("Summa") === "string" && centsOf(r.get("Summa")) !== null)
        .length
    ).toBeGreaterThan(4);
    expect(deals.filter((r) => typeof r.get("Izveidots") === "string").length).toBeGreaterThan(2);
  });
});

describe("Mērķi", () => {
  const { rows } = table("Mērķi");
  const LV_MONTHS = [
    "janvaris",
    "februaris",
    "marts",
    "aprilis",
    "maijs",
    "junijs",
    "julijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
  ];
  const period = (v: unknown): string => {
    const t = text(v);
    let m = /^(\d{4})-(\d{2})$/.exec(t) ?? /^(\d{2})\.(\d{4})$/.exec(t);
    if (m) return t.includes(".") ? `${m[2]}-${m[1]}` : t;
    m = /^(\d{4})\. gada (\S+)$/.exec(t);
    if (m) return `${m[1]}-${String(LV_MONTHS.indexOf(fold(m[2] ?? "")) + 1).padStart(2, "0")}`;
    m = /^(\d{4})-Q([1-4])$/.exec(t) ?? /^Q([1-4]) (\d{4})$/.exec(t);
    if (m) return t.startsWith("Q") ? `${m[2]}-Q${m[1]}` : `${m[1]}-Q${m[2]}`;
    return /^\d{4}$/.test(t) ? t : `? ${t}`;
  };

  it("sets a monthly target for every active rep for each of the 18 months, in mixed period forms", () => {
    const periods = rows.map(
      (r) => [text(r.get("Atbildīgais")), period(r.get("Periods"))] as const
    );
    expect(periods.filter(([, p]) => p.startsWith("?"))).toEqual([]);
    const team = table("Komanda").rows;
    const activeReps = team.filter(
      (r) =>
        ["rep", "pardeveja", "pardevejs"].includes(fold(text(r.get("Loma")))) &&
        text(r.get("Aktīvs")) === "jā"
    );
    expect(activeReps.length).toBeGreaterThanOrEqual(6);
    for (const rep of activeReps) {
      const name = text(rep.get("Vārds"));
      for (const month of facts.months)
        expect([name, periods.some(([o, p]) => o === name && p === month)]).toEqual([name, true]);
    }
    const written = rows.map((r) => text(r.get("Periods")));
    expect(written.some((p) => /^\d{4}-\d{2}$/.test(p))).toBe(true);
    expect(written.some((p) => /^\d{2}\.\d{4}$/.test(p))).toBe(true);
    expect(written.some((p) => /gada/.test(p))).toBe(true);
    expect(
      rows.every((r) => typeof r.get("Mērķis") === "number" && (r.get("Mērķis") as number) > 0)
    ).toBe(true);
  });

  it("sets quarterly targets for both managers and a yearly one for one rep", () => {
    const quarterly = rows.filter((r) => /Q/.test(period(r.get("Periods"))));
    expect(new Set(quarterly.map((r) => text(r.get("Atbildīgais"))))).toEqual(
      new Set(facts.team.managers)
    );
    const written = quarterly.map((r) => text(r.get("Periods")));
    expect(
      written.some((p) => /^\d{4}-Q\d$/.test(p)) && written.some((p) => /^Q\d \d{4}$/.test(p))
    ).toBe(true);
    const yearly = rows.filter((r) => /^\d{4}$/.test(period(r.get("Periods"))));
    expect(yearly).toHaveLength(1);
    expect(facts.team.reps).toContain(text(yearly[0]?.get("Atbildīgais")));
  });
});

describe("Tikšanās", () => {
  const { rows } = table("Tikšanās");
  const dealIds = new Set(table("Darījumi").rows.map((r) => r.get("Darījuma ID")));

  it("holds about 150 past and planned meetings with managers and reps across the Baltics", () => {
    expect(rows.length).toBeGreaterThanOrEqual(140);
    const today = isoToSerial(TODAY);
    expect(rows.filter((r) => (r.get("Datums") as number) < today).length).toBeGreaterThan(80);
    expect(rows.filter((r) => (r.get("Datums") as number) > today).length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.get("Vadītājs") !== null).length).toBeGreaterThan(40);
    expect(rows.every((r) => r.get("Pārdevējs") !== null && text(r.get("Ar")) !== "")).toBe(true);
    const cities = new Set(rows.map((r) => r.get("Pilsēta")));
    for (const city of ["Rīga", "Liepāja", "Daugavpils", "Ventspils", "Tallinn", "Vilnius"])
      expect(cities.has(city)).toBe(true);
    const kinds = new Set(rows.map((r) => fold(text(r.get("Veids")))));
    for (const k of [
      ["visit", "vizite"],
      ["video", "teams"],
      ["call", "zvans"],
      ["tradeshow", "izstade"],
    ]) {
      expect(k.some((w) => kinds.has(w))).toBe(true);
    }
    for (const r of rows) {
      expect((r.get("Beigas") as number) > (r.get("Sākums") as number)).toBe(true);
      if (r.get("Darījuma ID") !== null) expect(dealIds.has(r.get("Darījuma ID"))).toBe(true);
    }
    expect(rows.filter((r) => r.get("Ceļa izdevumi") !== null).length).toBeGreaterThan(20);
  });
});

describe("Fakts", () => {
  const { rows } = table("Fakts");
  const lines = rows.filter((r) => text(r.get("Darījuma ID")) !== "");
  const deals = new Map(table("Darījumi").rows.map((r) => [r.get("Darījuma ID"), r]));

  it("holds delivered lines of at least 40 won deals whose revenue is the sum of their lines", () => {
    const ids = new Set(lines.map((r) => r.get("Darījuma ID")));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    const products = new Set(table("Produkti").rows.map((r) => r.get("Kods")));
    for (const id of ids) {
      const deal = deals.get(id);
      expect(stageOf(deal?.get("Posms") ?? null)).toBe("Won");
      const mine = lines.filter((r) => r.get("Darījuma ID") === id);
      expect(mine.every((r) => products.has(r.get("Kods")))).toBe(true);
      const sum = mine.reduce((s, r) => s + (centsOf(r.get("Ieņēmumi")) ?? 0), 0);
      expect([id, sum]).toEqual([id, centsOf(deal?.get("Ieņēmumi") ?? null)]);
    }
  });
});

describe("Piedāvājumi and Piedāvājumu rindas (the quote registers)", () => {
  const quotes = table("Piedāvājumi").rows;
  const lines = table("Piedāvājumu rindas").rows;
  const deals = new Map(
    table("Darījumi")
      .rows.filter((r) => /^D-\d+$/.test(text(r.get("Darījuma ID"))))
      .map((r) => [text(r.get("Darījuma ID")), r])
  );
  const products = new Map(table("Produkti").rows.map((r) => [text(r.get("Kods")), r]));
  const factsLines = table("Fakts").rows.filter((r) => text(r.get("Darījuma ID")) !== "");
  const factsDeals = [...new Set(factsLines.map((r) => text(r.get("Darījuma ID"))))];
  const linesOf = (quote: string) => lines.filter((l) => text(l.get("Piedāvājums")) === quote);
  const status = (r: (typeof quotes)[number]): string => text(r.get("Statuss"));
  /** ROUND(x, 0) on a cents amount, half away from zero, without float noise. */
  const round = (x: number): number => Math.round(Number(x.toFixed(6)));

  it("hold an accepted quote behind every won deal with Fakts rows, a few more won and some rejected; each deal's Quote ID is its final quote", () => {
    expect(new Set(quotes.map(status))).toEqual(new Set(["Pieņemts", "Noraidīts", "Aizstāts"]));
    for (const id of factsDeals) {
      const accepted = quotes.filter(
        (q) => text(q.get("Darījuma ID")) === id && status(q) === "Pieņemts"
      );
      expect([id, accepted.length]).toEqual([id, 1]);
      expect(deals.get(id)?.get("Piedāvājuma nr.")).toBe(accepted[0]?.get("Piedāvājums"));
    }
    const acceptedDeals = quotes.filter((q) => status(q) === "Pieņemts");
    expect(acceptedDeals.length).toBeGreaterThan(factsDeals.length);
    const rejected = quotes.filter((q) => status(q) === "Noraidīts");
    expect(rejected.length).toBeGreaterThanOrEqual(3);
    for (const q of [...acceptedDeals, ...rejected]) {
      const deal = deals.get(text(q.get("Darījuma ID")));
      expect(stageOf(deal?.get("Posms") ?? null)).toBe(status(q) === "Pieņemts" ? "Won" : "Lost");
      expect(deal?.get("Piedāvājuma nr.")).toBe(q.get("Piedāvājums"));
    }
    // Every Quote ID in Darījumi is in the register: a new quote's number cannot meet an old one.
    const numbers = new Set(quotes.map((q) => q.get("Piedāvājums")));
    for (const deal of deals.values()) {
      const id = deal.get("Piedāvājuma nr.");
      if (id !== null) expect(numbers.has(id)).toBe(true);
    }
  });

  it("number quotes Q-YYYY-NNNN by the year of their date, counting up in date order; a revision -R2 keeps the number and supersedes the first", () => {
    const firsts = quotes
      .filter((q) => !/-R\d+$/.test(text(q.get("Piedāvājums"))))
      .map((q) => ({ id: text(q.get("Piedāvājums")), date: dateOf(q.get("Datums")) ?? "" }));
    expect(
      firsts.every((q) => /^Q-\d{4}-\d{4}$/.test(q.id) && q.id.slice(2, 6) === q.date.slice(0, 4))
    ).toBe(true);
    const byYear = new Map<string, typeof firsts>();
    for (const q of firsts)
      byYear.set(q.date.slice(0, 4), [...(byYear.get(q.date.slice(0, 4)) ?? []), q]);
    for (const [year, list] of byYear) {
      const inDateOrder = list
        .slice()
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      expect(inDateOrder.map((q) => q.id)).toEqual(
        inDateOrder.map((_, i) => `Q-${year}-${String(i + 1).padStart(4, "0")}`)
      );
    }
    const revisions = quotes.filter((q) => /-R2$/.test(text(q.get("Piedāvājums"))));
    expect(revisions.length).toBeGreaterThanOrEqual(5);
    for (const r2 of revisions) {
      const id = text(r2.get("Piedāvājums"));
      const first = quotes.find((q) => q.get("Piedāvājums") === id.replace(/-R2$/, ""));
      expect([id, r2.get("Versija"), first?.get("Versija"), first && status(first)]).toEqual([
        id,
        2,
        1,
        "Aizstāts",
      ]);
      expect(first?.get("Darījuma ID")).toBe(r2.get("Darījuma ID"));
      expect((dateOf(first?.get("Datums") ?? null) ?? "") <= (dateOf(r2.get("Datums")) ?? "")).toBe(
        true
      );
      expect(r2.get("Piezīmes")).toEqual(expect.any(String));
    }
    expect(quotes.filter((q) => status(q) === "Aizstāts")).toHaveLength(revisions.length);
  });

  it("are dated after the deal was created and before it closed, valid 30 days, sent, approved where needed", () => {
    for (const q of quotes) {
      const deal = deals.get(text(q.get("Darījuma ID")));
      const date = dateOf(q.get("Datums")) ?? "";
      const created = dateOf(deal?.get("Izveidots") ?? null) ?? "";
      const closed = dateOf(deal?.get("Slēgšanas datums") ?? null) ?? "";
      expect([q.get("Piedāvājums"), created <= date && date < closed]).toEqual([
        q.get("Piedāvājums"),
        true,
      ]);
      expect((q.get("Derīgs līdz") as number) - (q.get("Datums") as number)).toBe(30);
      expect(Math.floor(q.get("Nosūtīts") as number)).toBe(q.get("Datums"));
      expect(q.get("Atbildīgais")).toBe(deal?.get("Atbildīgais"));
      const needed = text(q.get("Vajag apstiprinājumu"));
      expect(["jā", "nē"]).toContain(needed);
      expect(q.get("Apstiprināja") !== null).toBe(needed === "jā");
      expect(q.get("Apstiprināšanas iemesli") !== null).toBe(needed === "jā");
    }
  });

  it("have 2–5 lines from Produkti, and net, VAT, gross, cost and margin as the quote math gives them", () => {
    expect(lines.every((l) => text(l.get("Nodaļas statuss")) === "Apstiprināts")).toBe(true);
    for (const q of quotes) {
      const id = text(q.get("Piedāvājums"));
      const mine = linesOf(id);
      expect([id, mine.length >= 2 && mine.length <= 5]).toEqual([id, true]);
      expect(mine.map((l) => l.get("Rinda"))).toEqual(mine.map((_, i) => i + 1));
      let net = 0;
      let cost = 0;
      const byRate = new Map<number, number>();
      for (const l of mine) {
        const p = products.get(text(l.get("Kods")));
        expect([
          l.get("Apraksts"),
          l.get("Nodaļa"),
          l.get("Mērvienība"),
          l.get("PVN likme"),
        ]).toEqual([
          p?.get("Nosaukums"),
          p?.get("Nodaļa"),
          p?.get("Mērvienība"),
          p?.get("PVN likme"),
        ]);
        expect([l.get("Cena"), l.get("Pašizmaksa")]).toEqual([
          p?.get("Cena"),
          p?.get("Pašizmaksa"),
        ]);
        const discount = l.get("Atlaide %") as number;
        expect(discount).toBeLessThanOrEqual(p?.get("Maks. atlaide %") as number);
        const qty = l.get("Daudzums") as number;
        const lineNet = round(qty * (centsOf(l.get("Cena")) ?? 0) * (1 - discount));
        const lineCost = round(qty * (centsOf(l.get("Pašizmaksa")) ?? 0));
        expect([id, centsOf(l.get("Neto")), centsOf(l.get("Izmaksas"))]).toEqual([
          id,
          lineNet,
          lineCost,
        ]);
        net += lineNet;
        cost += lineCost;
        const rate = l.get("PVN likme") as number;
        byRate.set(rate, (byRate.get(rate) ?? 0) + lineNet);
      }
      const vat = [...byRate].reduce((s, [rate, n]) => s + round(n * rate), 0);
      expect([id, centsOf(q.get("Neto")), centsOf(q.get("PVN")), centsOf(q.get("Bruto"))]).toEqual([
        id,
        net,
        vat,
        net + vat,
      ]);
      expect(centsOf(q.get("Izmaksas"))).toBe(cost);
      expect(q.get("Marža %") as number).toBeCloseTo((net - cost) / net, 9);
    }
  });

  it("are what Fakts was delivered from: every accepted line billed at its price, with a changed quantity, an extra line and a cost overrun here and there", () => {
    let changedQty = 0;
    let extra = 0;
    let overrun = 0;
    for (const id of factsDeals) {
      const quote = text(deals.get(id)?.get("Piedāvājuma nr.") ?? null);
      const quoted = new Map(linesOf(quote).map((l) => [text(l.get("Kods")), l]));
      const delivered = factsLines.filter((r) => text(r.get("Darījuma ID")) === id);
      expect(delivered.filter((r) => quoted.has(text(r.get("Kods")))).length).toBe(quoted.size);
      for (const r of delivered) {
        const qty = r.get("Daudzums") as number;
        const q = quoted.get(text(r.get("Kods")));
        const price =
          centsOf(q ? q.get("Cena") : (products.get(text(r.get("Kods")))?.get("Cena") ?? null)) ??
          0;
        const unitCost =
          centsOf(
            q ? q.get("Pašizmaksa") : (products.get(text(r.get("Kods")))?.get("Pašizmaksa") ?? null)
          ) ?? 0;
        const discount = q ? (q.get("Atlaide %") as number) : 0;
        expect([id, centsOf(r.get("Ieņēmumi"))]).toEqual([id, round(qty * price * (1 - discount))]);
        const cost = centsOf(r.get("Izmaksas")) ?? 0;
        expect(cost).toBeGreaterThanOrEqual(round(qty * unitCost));
        if (!q) extra++;
        else if (qty !== q.get("Daudzums")) changedQty++;
        if (cost > round(qty * unitCost)) overrun++;
      }
    }
    expect(changedQty).toBeGreaterThan(5);
    expect(extra).toBeGreaterThan(5);
    expect(overrun).toBeGreaterThan(5);
  });
});
