import { legalEntityCheckDigit } from "./latvianRegNo";
import { SampleRandom } from "./sampleRandom";
import {
  COMPANY_GROUPS,
  EE_NAME_NOUNS,
  EE_NAME_PREFIXES,
  LT_NAME_NOUNS,
  LT_NAME_PREFIXES,
  LV_CITIES,
  LV_NAME_NOUNS,
  LV_NAME_PREFIXES,
  asciiFold,
  type CompanyGroup,
} from "./sampleVocabulary";

/** Where a sample company is registered. */
export type CompanyCountry = "LV" | "EE" | "LT";

/** A company of the sample world: one identity that may appear in several sheets and lists. */
export interface SampleCompany {
  /** Stable key, e.g. "LV-food-12". */
  key: string;
  /** The name without legal form, e.g. "Rīgas Piens". */
  base: string;
  legalForm: "SIA" | "AS" | "OÜ" | "UAB";
  country: CompanyCountry;
  group: CompanyGroup;
  /** Industry in Latvian, e.g. "Piena pārstrāde". */
  industry: string;
  /** Latvian registration number (11 digits, valid check digit); null outside Latvia. */
  regNo: string | null;
  /** The company's web and e-mail domain, e.g. "rigaspiens.lv". */
  domain: string;
  city: string;
  /** Latvian planning region of the city ("Rīga", "Kurzeme", …); "Baltics" abroad. */
  region: string;
  employees: number;
}

/** Every company of the sample world, per country and group, each list in a fixed random order. */
export interface CompanyPool {
  LV: Record<CompanyGroup, SampleCompany[]>;
  EE: Record<CompanyGroup, SampleCompany[]>;
  LT: Record<CompanyGroup, SampleCompany[]>;
}

/**
 * Which slice of each pool list which part of the sample uses, so the workbook and the exhibitor
 * lists (generated separately from the same seed) never collide and can overlap on purpose.
 * Half-open ranges of indices.
 */
export const POOL_SLICES = {
  /** Latvian exhibitors at the three shows of the Leads sheet (food, build, tech). */
  leads: [0, 475],
  /** Accounts drawn from the food, build and tech lists. */
  groupAccounts: [480, 505],
  /** Accounts drawn from the trade list. */
  tradeAccounts: [0, 45],
  /** Prospects of deals that are neither accounts nor show leads (trade list), 25 per rep. */
  dealProspects: [100, 300],
  /** New companies of generated exhibitor lists. */
  exhibitors: [540, 720],
  /** Foreign exhibitors at each show of the Leads sheet. */
  foreignLeads: [0, 15],
  /** Foreign deal prospects (trade list): this many of it, capital-city companies first. */
  foreignProspects: [0, 20],
  /** Foreign companies of generated exhibitor lists. */
  foreignExhibitors: [60, 100],
} as const;

const LV_LIST_SIZE = 720;
const FOREIGN_LIST_SIZE = 100;

// Real registration numbers start like these (entity type and register digits).
const REG_PREFIXES = [
  "40003",
  "40103",
  "40203",
  "50003",
  "50103",
  "42103",
  "41203",
  "44103",
  "45403",
];

/** Rīga weighs heavily: most companies are registered there. */
function pickLatvianCity(rng: SampleRandom): readonly [string, string] {
  if (rng.chance(0.45)) return ["Rīga", "Rīga"];
  const [city, region] = rng.pick(LV_CITIES);
  return [city, region];
}

function regionOfLatvianCity(city: string): string {
  return LV_CITIES.find(([c]) => c === city)?.[1] ?? "Rīga";
}

const { exp, log, round } = Math;
const LOG_3 = log(3);
const LOG_900 = log(900);

function employeesCount(rng: SampleRandom): number {
  // Log-uniform 3..900: many small firms, a few large ones.
  return round(exp(LOG_3 + rng.float() * (LOG_900 - LOG_3)));
}

/**
 * Builds the company pool from a seed. Names (without legal form, case, punctuation and
 * diacritics), domains and registration numbers are unique across the whole pool, so two pool
 * companies never look like duplicates of each other.
 *
 * @example buildCompanyPool(2026).LV.food[0].base // e.g. "Gaujas Siers"
 */
export function buildCompanyPool(seed: number): CompanyPool {
  const rng = new SampleRandom(seed).fork("companies");
  const names = new Set<string>();
  const domains = new Set<string>();
  const regNos = new Set<string>();
  // Reserved: the seller's own name in the sample.
  names.add(asciiFold("Baltic Office Systems"));
  domains.add("balticofficesystems");

  const newRegNo = (): string => {
    for (;;) {
      const first10 = rng.pick(REG_PREFIXES) + `${rng.int(0, 99999)}`.padStart(5, "0");
      const check = legalEntityCheckDigit(first10);
      if (check === null) continue;
      const regNo = `${first10}${check}`;
      if (regNos.has(regNo)) continue;
      regNos.add(regNo);
      return regNo;
    }
  };

  const build = (
    country: CompanyCountry,
    group: CompanyGroup,
    combos: readonly (readonly [
      prefix: string,
      city: string | null,
      noun: string,
      industry: string,
    ])[],
    size: number
  ): SampleCompany[] => {
    const out: SampleCompany[] = [];
    for (const [prefix, prefixCity, noun, industry] of rng.shuffle(combos)) {
      if (out.length >= size) break;
      const base = `${prefix} ${noun}`;
      const nameKey = asciiFold(base);
      const tld = country === "LV" ? "lv" : country === "EE" ? "ee" : "lt";
      const hyphen = rng.chance(0.2);
      const domainKey = nameKey;
      if (names.has(nameKey) || domains.has(domainKey)) continue;
      names.add(nameKey);
      domains.add(domainKey);
      const domain = `${hyphen ? `${asciiFold(prefix)}-${asciiFold(noun)}` : nameKey}.${tld}`;
      let city: string;
      let region: string;
      if (country === "LV") {
        [city, region] = prefixCity
          ? [prefixCity, regionOfLatvianCity(prefixCity)]
          : pickLatvianCity(rng);
      } else {
        city = prefixCity ?? (country === "EE" ? "Tallinn" : "Vilnius");
        region = "Baltics";
      }
      const legalForm =
        country === "EE" ? "OÜ" : country === "LT" ? "UAB" : rng.chance(0.12) ? "AS" : "SIA";
      out.push({
        key: `${country}-${group}-${out.length}`,
        base,
        legalForm,
        country,
        group,
        industry,
        regNo: country === "LV" ? newRegNo() : null,
        domain,
        city,
        region,
        employees: employeesCount(rng),
      });
    }
    if (out.length < size)
      throw new Error(`company pool ${country}/${group}: only ${out.length} names`);
    return out;
  };

  const lvIndustry = (group: CompanyGroup, noun: string): string =>
    LV_NAME_NOUNS[group].find(([n]) => n === noun)?.[1] ?? "";

  const pool: CompanyPool = {
    LV: { food: [], build: [], tech: [], trade: [] },
    EE: { food: [], build: [], tech: [], trade: [] },
    LT: { food: [], build: [], tech: [], trade: [] },
  };
  for (const group of COMPANY_GROUPS) {
    const combos = LV_NAME_PREFIXES.flatMap(([prefix, city]) =>
      LV_NAME_NOUNS[group].map(([noun]) => [prefix, city, noun, lvIndustry(group, noun)] as const)
    );
    pool.LV[group] = build("LV", group, combos, LV_LIST_SIZE);
  }
  for (const group of COMPANY_GROUPS) {
    const ee = EE_NAME_PREFIXES.flatMap(([prefix, city]) =>
      EE_NAME_NOUNS[group].map(([noun, industry]) => [prefix, city, noun, industry] as const)
    );
    pool.EE[group] = build("EE", group, ee, FOREIGN_LIST_SIZE);
    const lt = LT_NAME_PREFIXES.flatMap(([prefix, city]) =>
      LT_NAME_NOUNS[group].map(([noun, industry]) => [prefix, city, noun, industry] as const)
    );
    pool.LT[group] = build("LT", group, lt, FOREIGN_LIST_SIZE);
  }
  return pool;
}

/** A half-open slice of a pool list. */
export function poolSlice(
  list: readonly SampleCompany[],
  range: readonly [number, number]
): SampleCompany[] {
  return list.slice(range[0], range[1]);
}

/**
 * The company's name as the registry writes it.
 * @example officialName({ base: "Rīgas Piens", legalForm: "SIA", … }) === 'SIA "Rīgas Piens"'
 */
export function officialName(company: SampleCompany): string {
  switch (company.legalForm) {
    case "OÜ":
      return `${company.base} OÜ`;
    case "UAB":
      return `UAB "${company.base}"`;
    default:
      return `${company.legalForm} "${company.base}"`;
  }
}
