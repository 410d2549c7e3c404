import type { CompanyCountry } from "./sampleCompanies";
import type { SampleRandom } from "./sampleRandom";
import {
  EE_PEOPLE,
  JOB_TITLES,
  LT_PEOPLE,
  LV_FEMALE_NAMES,
  LV_MALE_NAMES,
  LV_SURNAMES,
} from "./sampleVocabulary";

/** A contact person of the sample world. */
export interface SamplePerson {
  /** Full name, e.g. "Inese Kalniņa". */
  name: string;
  first: string;
  last: string;
  female: boolean;
  /** Job title in Latvian, matching the person's gender. */
  title: string;
}

/**
 * A random contact person from the given country.
 * @example samplePerson(rng, "LV").name // e.g. "Māris Bērziņš"
 */
export function samplePerson(rng: SampleRandom, country: CompanyCountry): SamplePerson {
  const female = rng.chance(0.5);
  const titlePair = rng.pick(JOB_TITLES);
  const title = female ? titlePair[1] : titlePair[0];
  if (country === "LV") {
    const first = rng.pick(female ? LV_FEMALE_NAMES : LV_MALE_NAMES);
    const surname = rng.pick(LV_SURNAMES);
    const last = female ? surname[1] : surname[0];
    return { name: `${first} ${last}`, first, last, female, title };
  }
  const full = rng.pick(country === "EE" ? EE_PEOPLE : LT_PEOPLE);
  const [first = full, last = ""] = full.split(" ");
  return { name: full, first, last, female, title };
}
