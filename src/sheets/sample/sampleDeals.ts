import type { Cents, DealStage } from "../../core/model";
import {
  POOL_SLICES,
  officialName,
  poolSlice,
  type CompanyPool,
  type SampleCompany,
} from "./sampleCompanies";
import type { SampleAccount } from "./sampleAccounts";
import type { SampleProduct } from "./sampleProducts";
import type { SampleRandom } from "./sampleRandom";
import type { SampleShow } from "./sampleShows";
import type { SampleTeamMember } from "./sampleTeam";

/** A planned line of a deal (what was offered). */
export interface SampleDealLine {
  sku: string;
  qty: number;
  unitPrice: Cents;
  /** Line discount, fraction. */
  discount: number;
  unitCost: Cents;
}

/** A delivered line of a won deal (the Fakts sheet). */
export interface SampleActualLine {
  sku: string;
  qty: number;
  revenue: Cents;
  cost: Cents;
}

/** How the cost of a won deal is written: Izmaksas, Peļņa only, Marža % only, or not at all. */
export type SampleCostMode = "cost" | "profit" | "margin" | "missing";

/** A deal of the sample, before it is written to the Darījumi sheet. */
export interface SampleDeal {
  id: string;
  company: SampleCompany;
  /** The Klients cell. */
  accountName: string;
  /** True when the company is in Klienti. */
  isAccount: boolean;
  owner: string;
  stage: DealStage;
  /** The Posms cell. */
  stageText: string;
  /** The Varbūtība cell (fraction), or null when left empty. */
  probability: number | null;
  lines: SampleDealLine[];
  /** The Summa cell: expected value, rounded to 10 €. */
  amount: Cents;
  /** The Ieņēmumi cell (won deals), or null when left empty (revenue falls back to Summa). */
  revenue: Cents | null;
  /** The cost of a won deal (what Izmaksas, Peļņa or Marža % express), else null. */
  cost: Cents | null;
  costMode: SampleCostMode | null;
  created: number;
  expectedClose: number;
  closedOn: number | null;
  lostReason: string | null;
  splitOwner: string | null;
  splitPercent: number | null;
  /** The Piedāvājuma nr. cell: the deal's final quote in the register (set by `sampleQuotes`), or null. */
  quoteId: string | null;
  travelCost: Cents | null;
  /** Delivered lines for the deals with actuals (set by `sampleQuotes`), else null. */
  actuals: SampleActualLine[] | null;
}

/** Everything the deals are drawn from. */
export interface SampleDealsInput {
  rng: SampleRandom;
  today: number;
  /** First day of the 18 months. */
  start: number;
  team: readonly SampleTeamMember[];
  products: readonly SampleProduct[];
  accounts: readonly SampleAccount[];
  pool: CompanyPool;
  shows: readonly SampleShow[];
  /** Show exhibitors that may turn into deals after their show. */
  showCompanies: readonly { company: SampleCompany; show: SampleShow }[];
  count: number;
}

const STAGE_FORMS: Readonly<Record<DealStage, readonly (readonly [string, number])[]>> = {
  Prospecting: [
    ["Prospecting", 60],
    ["Izpēte", 40],
  ],
  Qualification: [
    ["Qualification", 60],
    ["Kvalifikācija", 40],
  ],
  Proposal: [
    ["Proposal", 60],
    ["Piedāvājums", 40],
  ],
  Negotiation: [
    ["Negotiation", 60],
    ["Pārrunas", 40],
  ],
  Won: [
    ["Won", 47],
    ["Closed Won", 20],
    ["Uzvarēts", 27],
    ["won", 3],
    ["WON", 3],
  ],
  Lost: [
    ["Lost", 47],
    ["Closed Lost", 20],
    ["Zaudēts", 28],
    ["lost", 5],
  ],
};

const PROBABILITY: Readonly<Record<DealStage, number>> = {
  Prospecting: 0.1,
  Qualification: 0.25,
  Proposal: 0.5,
  Negotiation: 0.75,
  Won: 1,
  Lost: 0,
};

const LOST_REASONS = [
  "Cena par augstu",
  "Izvēlējās konkurentu",
  "Nav budžeta",
  "Projekts atlikts",
  "Klients nereaģē",
  "Neatbilst prasībām",
  "Piegādes termiņš par garu",
];

/** Ids of the deals' line builders and their shares. */
type DealType = "hardware" | "software" | "support" | "project" | "retail";

/**
 * An expected value as the Summa cell holds it: rounded to 10 €, at least 10 €.
 * @example roundTo10Euro(123456) === 123000
 */
export function roundTo10Euro(c: Cents): Cents {
  return Math.max(1000, Math.round(c / 1000) * 1000);
}

function lineNet(line: SampleDealLine): Cents {
  return Math.round(line.qty * line.unitPrice * (1 - line.discount));
}

function lineCost(line: SampleDealLine): Cents {
  return Math.round(line.qty * line.unitCost);
}

/**
 * The sample's deals over the 18 months up to `today`, in created order with ids D-1001….
 * Older deals are mostly closed (about 45 % won), recent ones open in every stage; closed deals
 * close after they were created and never after `today`; the rep who left closed all theirs
 * before leaving. Won deals carry revenue and a cost in one of four forms.
 *
 * @example sampleDeals(input).filter((d) => d.stage === "Won").every((d) => d.closedOn! > d.created)
 */
export function sampleDeals(input: SampleDealsInput): SampleDeal[] {
  const { rng, today, start, team, products, accounts, pool } = input;
  const product = new Map(products.map((p) => [p.sku, p]));
  const reps = team.filter((m) => m.role === "Rep");
  const skill = new Map(reps.map((r) => [r.name, 0.38 + rng.float() * 0.14]));

  const line = (sku: string, qty: number): SampleDealLine => {
    const p = product.get(sku);
    if (!p) throw new Error(`sample product ${sku} missing`);
    const discount = rng.weighted<number>([
      [0, 55],
      [0.03, 12],
      [0.05, 15],
      [0.08, 10],
      [Math.min(0.1, p.maxDiscount), 8],
    ]);
    return {
      sku,
      qty,
      unitPrice: p.listPrice,
      discount: Math.min(discount, p.maxDiscount),
      unitCost: p.unitCost,
    };
  };

  const buildLines = (type: DealType, old: boolean): SampleDealLine[] => {
    const out: SampleDealLine[] = [];
    const add = (sku: string, qty: number): void => {
      if (qty > 0) out.push(line(sku, qty));
    };
    switch (type) {
      case "hardware": {
        const seats = rng.int(3, 30);
        add(
          old && rng.chance(0.25)
            ? "HW-1020"
            : rng.pick(["HW-1001", "HW-1001", "HW-1002", "HW-1003"]),
          seats
        );
        if (rng.chance(0.5)) add(rng.pick(["HW-1004", "HW-1005"]), seats);
        if (rng.chance(0.3)) add("HW-1006", seats);
        if (rng.chance(0.25)) {
          add("HW-1007", rng.int(1, 3));
          add("HW-1008", rng.int(2, 10));
        }
        if (rng.chance(0.2)) add(rng.pick(["HW-1014", "HW-1015"]), rng.int(1, 3));
        if (rng.chance(0.1)) add("HW-1021", rng.int(1, 4));
        add(rng.pick(["LG-5001", "LG-5002"]), 1);
        if (rng.chance(0.5)) add("SV-3001", rng.int(4, 24));
        break;
      }
      case "software": {
        const users = rng.int(5, 90);
        const main = rng.pick(["SW-2004", "SW-2001", "SW-2002", "SW-2003"]);
        add(main, main === "SW-2001" ? rng.int(1, 5) : main === "SW-2003" ? users * 12 : users);
        if (rng.chance(0.2)) add("SW-2007", 1);
        if (rng.chance(0.3)) add(old && rng.chance(0.3) ? "SW-2011" : "SW-2005", users);
        if (rng.chance(0.2)) add("SW-2010", rng.int(5, 40));
        if (rng.chance(0.4)) add("TR-4001", rng.int(1, 3));
        if (rng.chance(0.2)) add("TR-4003", users);
        if (rng.chance(0.4)) add("SV-3009", rng.int(8, 60));
        break;
      }
      case "support": {
        add(rng.chance(0.65) ? "SV-3004" : "SV-3005", rng.pick([12, 12, 24]));
        if (rng.chance(0.3)) add("SV-3003", 1);
        if (rng.chance(0.2)) add("SW-2006", rng.int(1, 3));
        break;
      }
      case "project": {
        add(rng.pick(["HW-1010", "HW-1011"]), rng.int(1, 2));
        if (rng.chance(0.7)) add("HW-1012", 1);
        add("HW-1013", rng.int(1, 3));
        if (rng.chance(0.4)) add("HW-1009", 1);
        add("SW-2008", 1);
        add("SW-2006", rng.int(1, 2));
        add("SV-3006", rng.int(20, 80));
        add("SV-3007", rng.int(10, 40));
        add("SV-3001", rng.int(16, 60));
        if (rng.chance(0.6)) add("TR-4002", rng.int(1, 4));
        if (rng.chance(0.3)) add("TR-4006", rng.int(2, 8));
        add("LG-5002", 1);
        if (rng.chance(0.5)) add("LG-5004", rng.int(4, 16));
        if (rng.chance(0.2)) add("LG-5005", rng.int(5, 30));
        break;
      }
      case "retail": {
        const tills = rng.int(2, 12);
        add("HW-1017", tills);
        add("HW-1016", tills);
        add("SW-2009", rng.int(1, 5) * 12);
        if (rng.chance(0.5)) add("HW-1018", rng.int(1, 6));
        add("LG-5001", 1);
        if (rng.chance(0.3)) add("LG-5006", rng.int(1, 3));
        if (rng.chance(0.5)) add("TR-4005", rng.int(2, 8));
        break;
      }
    }
    return out;
  };

  // Who may own a deal created on `day`.
  const repsOn = (day: number): SampleTeamMember[] =>
    reps.filter((r) => (r.leftOn === null ? true : day <= r.leftOn - 40));
  const accountsOf = new Map<string, SampleAccount[]>();
  for (const a of accounts) accountsOf.set(a.owner, [...(accountsOf.get(a.owner) ?? []), a]);
  const rigaAccounts = accounts.filter((a) => a.company.region === "Rīga");
  const prospectsOf = new Map<string, SampleCompany[]>();
  const tradeProspects = poolSlice(pool.LV.trade, POOL_SLICES.dealProspects);
  for (const [i, rep] of reps.entries()) {
    const own = tradeProspects.slice(i * 25, i * 25 + 25);
    // The Baltics rep sells abroad, mostly to companies in Tallinn and Vilnius.
    const capitalFirst = (list: readonly SampleCompany[], capital: string): SampleCompany[] =>
      [...list.filter((c) => c.city === capital), ...list.filter((c) => c.city !== capital)].slice(
        0,
        POOL_SLICES.foreignProspects[1] - POOL_SLICES.foreignProspects[0]
      );
    prospectsOf.set(
      rep.name,
      rep.region === "Baltics"
        ? [...capitalFirst(pool.EE.trade, "Tallinn"), ...capitalFirst(pool.LT.trade, "Vilnius")]
        : own
    );
  }
  const showLeft = rng.shuffle(input.showCompanies);

  const days = Array.from(
    { length: input.count },
    () => start + Math.floor(rng.float() * (today - start + 1))
  ).sort((a, b) => a - b);

  const deals: SampleDeal[] = days.map((created, index) => {
    const rep = rng.weighted(repsOn(created).map((r) => [r, r.weight] as const));
    const age = today - created;

    // The customer: mostly the rep's own accounts; else a prospect, or an exhibitor after a show.
    let company: SampleCompany;
    let accountName: string;
    let isAccount = false;
    const own = rep.leftOn !== null ? rigaAccounts : (accountsOf.get(rep.name) ?? []);
    const exhibitorIndex = showLeft.findIndex((s) => s.show.day + 3 <= created);
    const exhibitor =
      exhibitorIndex >= 0 && rng.chance(0.6) ? showLeft.splice(exhibitorIndex, 1)[0] : undefined;
    if (own.length > 0 && rng.chance(rep.region === "Baltics" ? 0.45 : 0.7)) {
      if (exhibitor) showLeft.splice(exhibitorIndex, 0, exhibitor);
      const account = rng.pick(own);
      company = account.company;
      accountName = account.name;
      isAccount = true;
    } else if (exhibitor) {
      company = exhibitor.company;
      accountName = officialName(company);
    } else {
      company = rng.pick(prospectsOf.get(rep.name) ?? tradeProspects);
      accountName = officialName(company);
    }

    const type = rng.weighted<DealType>([
      ["hardware", 35],
      ["software", 25],
      ["support", 15],
      ["project", 12],
      ["retail", 13],
    ]);
    const lines = buildLines(type, created < today - 300);
    const planned = lines.reduce((s, l) => s + lineNet(l), 0);
    const amount = roundTo10Euro(planned);

    const plannedCycle = rng.int(21, 120);
    const expectedClose = created + plannedCycle;
    const pClosed = Math.min(0.9, Math.max(0, (age - 20) / 160));
    const mustClose = rep.leftOn !== null;
    let stage: DealStage;
    let closedOn: number | null = null;
    if (mustClose || rng.chance(pClosed)) {
      stage = rng.chance(skill.get(rep.name) ?? 0.45) ? "Won" : "Lost";
      let cycle = Math.max(5, plannedCycle + rng.int(-15, 30));
      cycle = Math.min(cycle, Math.max(1, age));
      if (rep.leftOn !== null) cycle = Math.min(cycle, Math.max(1, rep.leftOn - created));
      closedOn = created + cycle;
    } else {
      stage = rng.weighted<DealStage>(
        age < 20
          ? [
              ["Prospecting", 50],
              ["Qualification", 30],
              ["Proposal", 15],
              ["Negotiation", 5],
            ]
          : [
              ["Prospecting", 20],
              ["Qualification", 25],
              ["Proposal", 32],
              ["Negotiation", 23],
            ]
      );
    }

    let revenue: Cents | null = null;
    let cost: Cents | null = null;
    let costMode: SampleCostMode | null = null;
    if (stage === "Won") {
      const final = rng.chance(0.5) ? planned : Math.round(planned * (0.96 + rng.float() * 0.08));
      revenue = rng.chance(0.85) ? final : null;
      const effective = revenue ?? amount;
      const trueCost = lines.reduce((s, l) => s + lineCost(l), 0);
      // The cost moves with the revenue actually billed.
      cost = Math.round(
        ((trueCost * effective) / Math.max(1, planned)) * (0.98 + rng.float() * 0.08)
      );
      costMode = rng.weighted<SampleCostMode>([
        ["cost", 60],
        ["profit", 20],
        ["margin", 15],
        ["missing", 5],
      ]);
    }

    // About 5 % of deals are shared with another rep, mostly one of the same team.
    const others = repsOn(created).filter((r) => r.name !== rep.name);
    const teammates = others.filter((r) => r.manager === rep.manager);
    const split = others.length > 0 && rng.chance(0.05);
    const splitMate = split
      ? rng.pick(teammates.length > 0 && rng.chance(0.7) ? teammates : others)
      : null;

    return {
      id: `D-${1001 + index}`,
      company,
      accountName,
      isAccount,
      owner: rep.name,
      stage,
      stageText: rng.weighted(STAGE_FORMS[stage]),
      probability: rng.chance(0.85) ? PROBABILITY[stage] : null,
      lines,
      amount,
      revenue,
      cost,
      costMode,
      created,
      expectedClose,
      closedOn,
      lostReason: stage === "Lost" && rng.chance(0.9) ? rng.pick(LOST_REASONS) : null,
      splitOwner: splitMate?.name ?? null,
      splitPercent: split ? rng.pick([0.3, 0.4, 0.5]) : null,
      quoteId: null,
      travelCost:
        company.city !== "Rīga" && rng.chance(0.2)
          ? rng.int(30, 450) * 100 + rng.pick([0, 0, 50, 90])
          : null,
      actuals: null,
    };
  });

  return deals;
}
