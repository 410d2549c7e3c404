import type { SampleCompany } from "./sampleCompanies";
import type { SampleRandom } from "./sampleRandom";

/**
 * The messy ways real exhibitor and contact lists write the same facts: company names with
 * legal forms in front, behind or missing, quotes of every kind, shouting capitals; e-mail
 * addresses in mixed case with stray spaces; websites with scheme, www and paths; phone numbers
 * in many notations; country names and codes.
 */

/**
 * The company's name as a list might write it. The name without legal form, quotes, case,
 * punctuation and diacritics is always the company's `base`.
 * @example messyCompanyName(rng, rigasPiens) // 'SIA "Rīgas Piens"', "Rīgas piens SIA", "RĪGAS PIENS", …
 */
export function messyCompanyName(rng: SampleRandom, company: SampleCompany): string {
  const b = company.base;
  const [firstWord = b, ...rest] = b.split(" ");
  const lowerRest = [firstWord, ...rest.map((w) => w.toLowerCase())].join(" ");
  const f = company.legalForm;
  if (company.country === "EE") {
    return rng.form<string>([
      [50, () => `${b} OÜ`],
      [20, () => `OÜ ${b}`],
      [15, () => `${b} OU`],
      [10, () => `${b.toUpperCase()} OÜ`],
      [5, () => `${lowerRest} OÜ`],
    ]);
  }
  if (company.country === "LT") {
    return rng.form<string>([
      [45, () => `UAB "${b}"`],
      [25, () => `UAB ${lowerRest}`],
      [15, () => `${b}, UAB`],
      [15, () => `UAB „${b}“`],
    ]);
  }
  return rng.form<string>([
    [35, () => `${f} "${b}"`],
    [18, () => `${f} ${b}`],
    [10, () => `${b}, ${f}`],
    [6, () => `${lowerRest} ${f}`],
    [6, () => b.toUpperCase()],
    [10, () => b],
    [5, () => `${b} Ltd`],
    [5, () => `${f} „${b}”`],
    [5, () => `"${b}" ${f}`],
  ]);
}

/**
 * A website as written in a list: with or without scheme and www, sometimes with a path.
 * @example messyWebsite(rng, "rigaspiens.lv") // "https://www.rigaspiens.lv/lv/kontakti"
 */
export function messyWebsite(rng: SampleRandom, domain: string): string {
  return rng.form<string>([
    [25, () => `https://www.${domain}/`],
    [25, () => `www.${domain}`],
    [15, () => domain],
    [10, () => `http://${domain}`],
    [10, () => `https://${domain}/lv/kontakti`],
    [5, () => `https://www.${domain}/en/about-us?lang=en`],
    [5, () => `HTTP://WWW.${domain.toUpperCase()}`],
    [5, () => ` www.${domain} `],
  ]);
}

/**
 * An e-mail address as typed into a list: sometimes capitalised, sometimes with spaces around.
 * @example messyEmail(rng, "janis.ozols@rigaspiens.lv") // " Janis.Ozols@RigasPiens.lv"
 */
export function messyEmail(rng: SampleRandom, email: string): string {
  return rng.form<string>([
    [72, () => email],
    [12, () => capitalizeEmail(email)],
    [4, () => email.toUpperCase()],
    [4, () => ` ${email}`],
    [4, () => `${email} `],
    [4, () => ` ${capitalizeEmail(email)} `],
  ]);
}

function capitalizeEmail(email: string): string {
  return email.replace(/(^|[.@])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function digits(rng: SampleRandom, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += `${rng.int(0, 9)}`;
  return s;
}

/**
 * A phone number of the company's country in one of the notations lists use.
 * @example messyPhone(rng, "LV") // "+371 2912 3456", "29123456", "(+371) 67 123 456", …
 */
export function messyPhone(rng: SampleRandom, country: SampleCompany["country"]): string {
  if (country === "EE") {
    const n = `5${digits(rng, 7)}`;
    return rng.pick([
      `+372 ${n.slice(0, 4)} ${n.slice(4)}`,
      `${n.slice(0, 4)} ${n.slice(4)}`,
      `+372${n}`,
    ]);
  }
  if (country === "LT") {
    const n = `6${digits(rng, 7)}`;
    return rng.pick([
      `+370 ${n.slice(0, 3)} ${n.slice(3)}`,
      `8 ${n.slice(0, 3)} ${n.slice(3)}`,
      `+370${n}`,
    ]);
  }
  if (rng.chance(0.35)) {
    const n = `${rng.pick(["67", "67", "63", "65", "64"])}${digits(rng, 6)}`;
    return rng.pick([
      `(+371) ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
      `+371 ${n}`,
      n,
      `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`,
    ]);
  }
  const n = `2${digits(rng, 7)}`;
  return rng.form<string>([
    [30, () => `+371 ${n.slice(0, 4)} ${n.slice(4)}`],
    [25, () => n],
    [10, () => `+371${n}`],
    [8, () => `+371-${n.slice(0, 4)}-${n.slice(4)}`],
    [7, () => `00371 ${n}`],
    [5, () => `371 ${n}`],
    [10, () => `${n.slice(0, 4)} ${n.slice(4)}`],
    [5, () => `(+371) ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`],
  ]);
}

/**
 * The country as a list writes it: Latvian name, code or English name.
 * @example messyCountry(rng, "LV") // "Latvija", "LV", "Latvia", "latvija "
 */
export function messyCountry(rng: SampleRandom, country: SampleCompany["country"]): string {
  if (country === "EE")
    return rng.weighted<string>([
      ["Igaunija", 40],
      ["EE", 25],
      ["Estonia", 25],
      ["Eesti", 10],
    ]);
  if (country === "LT")
    return rng.weighted<string>([
      ["Lietuva", 45],
      ["LT", 25],
      ["Lithuania", 30],
    ]);
  return rng.weighted<string>([
    ["Latvija", 45],
    ["LV", 25],
    ["Latvia", 20],
    ["latvija ", 5],
    ["LATVIJA", 5],
  ]);
}

/**
 * A Latvian registration number as typed: mostly plain, sometimes grouped with spaces.
 * @example messyRegNo(rng, "40003521600") // "40003521600" or "4000 352 1600"
 */
export function messyRegNo(rng: SampleRandom, regNo: string): string {
  return rng.chance(0.85) ? regNo : `${regNo.slice(0, 4)} ${regNo.slice(4, 7)} ${regNo.slice(7)}`;
}

/**
 * A PVN (VAT) number as typed: `LV` and the registration number, sometimes with a space.
 * @example messyVatNo(rng, "40003521600") // "LV40003521600" or "LV 40003521600"
 */
export function messyVatNo(rng: SampleRandom, regNo: string): string {
  return rng.chance(0.8) ? `LV${regNo}` : `LV ${regNo}`;
}
