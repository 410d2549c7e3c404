import type { PlanValue, SheetPlan } from "../../host/port";
import { excelSerialFromDay, isoFromDay } from "./sampleCalendar";
import { POOL_SLICES, poolSlice, type CompanyPool, type SampleCompany } from "./sampleCompanies";
import type { SampleAccount } from "./sampleAccounts";
import type { SampleBadRow, SampleFacts } from "./sampleFacts";
import { inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";
import { leadMatchKeys, matchingRules } from "./leadMatchKeys";
import { companyContact, leadFields, type LeadFields } from "./sampleLeadFields";
import type { SampleRandom } from "./sampleRandom";
import type { SampleShow } from "./sampleShows";
import type { SampleTeamMember } from "./sampleTeam";
import { FREE_MAIL_DOMAINS } from "./sampleVocabulary";

/** One row of a show's exhibitors as the Leads sheet holds it. */
interface Appearance {
  company: SampleCompany;
  show: SampleShow;
  fields: LeadFields;
  booth: string;
}

/** Per show: companies listed twice at the show, and existing accounts among the exhibitors. */
const PER_SHOW = { withinShowRepeats: 8, accounts: 4 } as const;
/** Per show (in date order): companies already listed at an earlier show. */
const CROSS_SHOW_REPEATS = [0, 14, 20] as const;

const STATUS_FORMS: Readonly<Record<string, readonly string[]>> = {
  New: ["New", "Jauns"],
  Researched: ["Researched", "Izpētīts"],
  Contacted: ["Contacted", "Sazināts"],
  "Materials sent": ["Materials sent", "Materiāli nosūtīti"],
  Interested: ["Interested", "Ieinteresēts"],
  "Meeting set": ["Meeting set", "Tikšanās norunāta"],
  "Handed off": ["Handed off", "Nodots"],
  "Not interested": ["Not interested", "Nav ieinteresēts"],
  Disqualified: ["Disqualified", "Diskvalificēts"],
};

const NEXT_STEPS = [
  "Zvanīt vēlreiz",
  "Nosūtīt piedāvājumu",
  "Norunāt tikšanos",
  "Nosūtīt katalogu",
  "Sagatavot demo",
];
const MATERIALS = ["Katalogs 2026", "Cenu lapa", "Prezentācija", "Katalogs 2026; Cenu lapa"];
const NOTES = [
  "Interesē piegāde reģionos",
  "Zvanīt pēc izstādes",
  "Stends kopā ar partneri",
  "Jauns birojs 2027. gadā",
  "Vēlas demo",
];

function booth(rng: SampleRandom): string {
  const hall = rng.pick(["A", "B", "C", "D", "E", "F"]);
  const n = rng.int(1, 80);
  return rng.weighted<string>([
    [`${hall}${n}`, 60],
    [`${hall}-${String(n).padStart(2, "0")}`, 25],
    [`${hall} ${n}`, 15],
  ]);
}

/** Everything the Leads sheet is drawn from. */
export interface LeadsSheetInput {
  rng: SampleRandom;
  seed: number;
  today: number;
  pool: CompanyPool;
  shows: readonly SampleShow[];
  team: readonly SampleTeamMember[];
  accounts: readonly SampleAccount[];
  /** Companies that became deals, with the deal's owner: their lead rows are handed off. */
  handedOff: ReadonlyMap<string, string>;
}

/**
 * The exhibitors of each show that the Leads sheet lists: the show's Latvian and foreign
 * companies, some listed twice, some already listed at an earlier show, a few existing accounts.
 */
export function showExhibitors(pool: CompanyPool, show: SampleShow): SampleCompany[] {
  return [
    ...poolSlice(pool.LV[show.group], POOL_SLICES.leads),
    ...poolSlice(pool.EE[show.group], POOL_SLICES.foreignLeads),
    ...poolSlice(pool.LT[show.group], POOL_SLICES.foreignLeads),
  ];
}

/**
 * The Potenciālie klienti sheet: about 1 580 exhibitors of three trade shows as a team pastes
 * them in — messy names, addresses, phones and countries, companies repeated within a show and
 * across shows, a few existing accounts — with statuses, owners and next steps for the ones
 * worked on, a blank row between the first two shows and one row without a company.
 *
 * @example leadsSheet(input).facts.shows.map((s) => s.name) // ["Riga Food 2026", "Build Baltic 2026", "Tech Industry 2026"]
 */
export function leadsSheet(input: LeadsSheetInput): {
  plan: SheetPlan;
  facts: SampleFacts["leads"];
} {
  const { rng, seed, today, pool, shows, team, accounts, handedOff } = input;
  const contactOf = new Map<string, ReturnType<typeof companyContact>>();
  const contact = (c: SampleCompany): ReturnType<typeof companyContact> => {
    let found = contactOf.get(c.key);
    if (!found) {
      found = companyContact(seed, c);
      contactOf.set(c.key, found);
    }
    return found;
  };

  const sections: Appearance[][] = [];
  for (const [s, show] of shows.entries()) {
    const own = showExhibitors(pool, show);
    const repeatsWithin = rng.sample(
      own.slice(0, POOL_SLICES.leads[1]),
      PER_SHOW.withinShowRepeats
    );
    const accountKeys = new Set(accounts.map((a) => a.company.key));
    const earlier = sections
      .flat()
      .filter((a) => a.company.country === "LV" && !accountKeys.has(a.company.key));
    const seen = new Set<string>();
    const crossShow = rng
      .shuffle(earlier)
      .filter((a) => (seen.has(a.company.key) ? false : (seen.add(a.company.key), true)))
      .slice(0, CROSS_SHOW_REPEATS[s] ?? 0)
      .map((a) => a.company);
    const accountCompanies = rng
      .sample(
        accounts.filter((a) => a.company.group === show.group),
        PER_SHOW.accounts
      )
      .map((a) => a.company);
    const companies = rng.shuffle([...own, ...repeatsWithin, ...crossShow, ...accountCompanies]);
    sections.push(
      companies.map((company) => ({
        company,
        show,
        fields: leadFields(rng, company, contact(company)),
        booth: booth(rng),
      }))
    );
  }

  const reps = team.filter((m) => m.role === "Rep" && m.active);
  const ownerFor = (company: SampleCompany): string => {
    const region = company.country === "LV" ? company.region : "Baltics";
    const local = reps.filter((r) => r.region === region);
    const name = rng.pick(local.length > 0 ? local : reps).name;
    return rng.chance(0.03) ? rng.pick([name.toLowerCase(), `${name} `]) : name;
  };
  const statusWeights = (daysAgo: number): (readonly [string | null, number])[] =>
    daysAgo < 30
      ? [
          [null, 70],
          ["New", 15],
          ["Researched", 5],
          ["Contacted", 10],
        ]
      : daysAgo < 60
        ? [
            [null, 40],
            ["New", 5],
            ["Contacted", 20],
            ["Materials sent", 15],
            ["Interested", 8],
            ["Not interested", 7],
            ["Meeting set", 5],
            ["Disqualified", 5],
          ]
        : [
            [null, 30],
            ["Contacted", 20],
            ["Materials sent", 15],
            ["Interested", 10],
            ["Not interested", 12],
            ["Meeting set", 5],
            ["Researched", 3],
            ["Disqualified", 5],
          ];

  const columns: InputSheetSpec["columns"] = [
    { header: "Līda ID", type: "text" },
    { header: "Uzņēmums", type: "text" },
    { header: "Reģ. nr.", type: "text" },
    { header: "PVN nr.", type: "text" },
    { header: "Kontaktpersona", type: "text" },
    { header: "Amats", type: "text" },
    { header: "E-pasts", type: "text" },
    { header: "Tālrunis", type: "text" },
    { header: "Mājaslapa", type: "text" },
    { header: "Valsts", type: "text" },
    { header: "Pilsēta", type: "text" },
    { header: "Nozare", type: "text" },
    { header: "Darbinieku skaits", type: "integer" },
    { header: "Avots", type: "text" },
    { header: "Stends", type: "text" },
    { header: "Statuss", type: "text" },
    { header: "Atbildīgais", type: "text" },
    { header: "Nākamais solis", type: "text" },
    { header: "Nākamā soļa datums", type: "date" },
    { header: "Pēdējais kontakts", type: "date" },
    { header: "Nosūtītie materiāli", type: "text" },
    { header: "Piezīmes", type: "text" },
  ];
  const width = columns.length;

  const rows: PlanValue[][] = [];
  const bad: (Omit<SampleBadRow, "row"> & { index: number })[] = [];
  const appearances: { index: number; appearance: Appearance }[] = [];
  let leadNo = 0;
  for (const [s, section] of sections.entries()) {
    if (s === 1) {
      bad.push({ index: rows.length, reason: "blank", skipped: true, column: null, value: null });
      rows.push(Array<PlanValue>(width).fill(null));
    }
    const missingAt = s === 1 ? Math.floor(section.length / 3) : -1;
    for (const [i, appearance] of section.entries()) {
      if (i === missingAt) {
        bad.push({
          index: rows.length,
          reason: "missing required",
          skipped: true,
          column: "Uzņēmums",
          value: null,
        });
        const row = Array<PlanValue>(width).fill(null);
        row[6] = "jauns.dalibnieks.izstade@gmail.com";
        row[7] = "+371 2000 0000";
        row[13] = appearance.show.name;
        row[14] = booth(rng);
        row[21] = "Vizītkarte bez uzņēmuma nosaukuma";
        rows.push(row);
      }
      const { company, show, fields } = appearance;
      const daysAgo = today - show.day;
      const owner = handedOff.get(company.key);
      const status = owner !== undefined ? "Handed off" : rng.weighted(statusWeights(daysAgo));
      const worked = status !== null && status !== "New" && status !== "Researched";
      const followUp =
        status === "Contacted" ||
        status === "Materials sent" ||
        status === "Interested" ||
        status === "Meeting set";
      leadNo += 1;
      appearances.push({ index: rows.length, appearance });
      rows.push([
        `L-${String(leadNo).padStart(5, "0")}`,
        fields.company,
        fields.regNo,
        fields.vatNo,
        fields.contact,
        fields.title,
        fields.email,
        fields.phone,
        fields.website,
        fields.country,
        fields.city,
        fields.industry,
        fields.employees,
        show.name,
        appearance.booth,
        status === null ? null : rng.pick(STATUS_FORMS[status] ?? [status]),
        owner ?? (worked ? ownerFor(company) : null),
        followUp ? rng.pick(NEXT_STEPS) : null,
        followUp ? excelSerialFromDay(today + rng.int(-10, 14)) : null,
        worked ? excelSerialFromDay(show.day + rng.int(1, Math.max(1, daysAgo - 1))) : null,
        status === "Materials sent" || status === "Interested" || status === "Meeting set"
          ? rng.pick(MATERIALS)
          : null,
        rng.chance(0.05) ? rng.pick(NOTES) : null,
      ]);
    }
  }

  const spec: InputSheetSpec = {
    kind: "leads",
    name: "Potenciālie klienti",
    table: "Leads",
    columns,
    rows,
    freezeColumns: 2,
  };
  const base = inputSheetFacts(spec, bad);
  const excelRow = (index: number): number => base.firstDataRow + index;

  // Duplicates: every later appearance of a company repeats its first row.
  const firstOf = new Map<string, { index: number; keys: ReturnType<typeof leadMatchKeys> }>();
  const duplicates: SampleFacts["leads"]["duplicates"] = [];
  const accountRow = new Map(accounts.map((a, i) => [a.company.key, { account: a, row: i + 2 }]));
  const accountMatches: SampleFacts["leads"]["accountMatches"] = [];
  for (const { index, appearance } of appearances) {
    const keys = leadMatchKeys(appearance.fields);
    const first = firstOf.get(appearance.company.key);
    if (first) {
      duplicates.push({
        row: excelRow(index),
        matchesRow: excelRow(first.index),
        rules: matchingRules(keys, first.keys),
      });
    } else {
      firstOf.set(appearance.company.key, { index, keys });
    }
    const account = accountRow.get(appearance.company.key);
    if (account) {
      const accountKeys = leadMatchKeys({
        company: account.account.name,
        regNo: account.account.company.regNo,
        vatNo: account.account.company.regNo === null ? null : `LV${account.account.company.regNo}`,
      });
      accountMatches.push({
        row: excelRow(index),
        account: account.account.name,
        accountRow: account.row,
        rules: matchingRules(keys, accountKeys),
      });
    }
  }

  const facts: SampleFacts["leads"] = {
    ...base,
    count: appearances.length,
    shows: shows.map((show) => ({
      name: show.name,
      date: isoFromDay(show.day),
      rows: appearances.filter((a) => a.appearance.show === show).length,
    })),
    duplicates,
    intendedDuplicates: duplicates.length,
    accountMatches,
    foreign: appearances.filter((a) => a.appearance.company.country !== "LV").length,
    freeMailDomains: [...FREE_MAIL_DOMAINS],
  };
  return { plan: inputSheetPlan(spec), facts };
}
