import {
  POOL_SLICES,
  officialName,
  poolSlice,
  type CompanyPool,
  type SampleCompany,
} from "./sampleCompanies";
import type { SampleRandom } from "./sampleRandom";
import type { SampleTeamMember } from "./sampleTeam";
import { LV_CITIES, LV_STREETS, asciiFold } from "./sampleVocabulary";

/** An existing customer of the sample. */
export interface SampleAccount {
  company: SampleCompany;
  /** Name as the Klienti sheet writes it, e.g. `SIA "Rīgas Piens"`. */
  name: string;
  owner: string;
  /** e.g. "Brīvības iela 12, Rīga, LV-1010" */
  address: string;
}

function postalCode(rng: SampleRandom, city: string): string {
  const prefix = LV_CITIES.find(([c]) => c === city)?.[2] ?? "10";
  return `LV-${prefix}${String(rng.int(1, 99)).padStart(2, "0")}`;
}

/**
 * The sample's 120 accounts (Latvian companies from every industry group), sorted by name, each
 * owned by an active rep of its region (Rīga accounts shared by the Rīga reps and the Baltics rep).
 *
 * @example sampleAccounts(rng, pool, team).length === 120
 */
export function sampleAccounts(
  rng: SampleRandom,
  pool: CompanyPool,
  team: readonly SampleTeamMember[]
): SampleAccount[] {
  const companies = [
    ...poolSlice(pool.LV.food, POOL_SLICES.groupAccounts),
    ...poolSlice(pool.LV.build, POOL_SLICES.groupAccounts),
    ...poolSlice(pool.LV.tech, POOL_SLICES.groupAccounts),
    ...poolSlice(pool.LV.trade, POOL_SLICES.tradeAccounts),
  ];
  const reps = team.filter((m) => m.role === "Rep" && m.active);
  const repsOf = (region: string): SampleTeamMember[] => {
    const own = reps.filter((r) => r.region === region);
    if (region === "Rīga") return [...own, ...reps.filter((r) => r.region === "Baltics")];
    return own.length > 0 ? own : reps;
  };
  const accounts = companies.map((company): SampleAccount => {
    const owner = rng.weighted(repsOf(company.region).map((r) => [r.name, r.weight] as const));
    const address = `${rng.pick(LV_STREETS)} ${rng.int(1, 120)}${rng.chance(0.15) ? rng.pick(["A", "B", "k-2"]) : ""}, ${company.city}, ${postalCode(rng, company.city)}`;
    return { company, name: officialName(company), owner, address };
  });
  // A plain code-point order on the folded name: the same on every machine, whatever its ICU data.
  const key = (a: SampleAccount): string => `${asciiFold(a.company.base)} ${a.company.base}`;
  return accounts.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
