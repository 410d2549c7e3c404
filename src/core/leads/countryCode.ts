/**
 * Countries of leads (SPEC §3): names in English, Latvian or the country's own language, and
 * ISO codes, to the ISO 3166-1 alpha-2 code the scoring and territory rules use.
 */
import { normalizeKey } from "../normalizeText";
import { fail, ok, type Parsed } from "../parsed";

// Every ISO 3166-1 alpha-2 code in use, plus EL and UK as the EU and common spellings write them.
const ISO_CODES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" ")
);

/** Written forms that are not the code itself. */
const ALIASES: Readonly<Record<string, string>> = { EL: "GR", UK: "GB" };

/** Names by code: English, Latvian, own language, and common short forms. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  LV: ["Latvia", "Latvija", "Lettland", "Läti", "Latvija Republika", "Republic of Latvia", "LVA"],
  EE: ["Estonia", "Igaunija", "Eesti", "Estland", "Estija", "EST"],
  LT: ["Lithuania", "Lietuva", "Litauen", "Leedu", "LTU"],
  FI: ["Finland", "Somija", "Suomi", "Soome", "Suomija", "FIN"],
  SE: ["Sweden", "Zviedrija", "Sverige", "Rootsi", "Švedija", "SWE"],
  NO: ["Norway", "Norvēģija", "Norge", "Norra", "Norvegija", "NOR"],
  DK: ["Denmark", "Dānija", "Danmark", "Taani", "Danija", "DNK"],
  IS: ["Iceland", "Islande", "Ísland"],
  DE: ["Germany", "Vācija", "Deutschland", "Saksamaa", "Vokietija", "DEU"],
  PL: ["Poland", "Polija", "Polska", "Poola", "Lenkija", "POL"],
  GB: [
    "United Kingdom",
    "Great Britain",
    "Britain",
    "England",
    "Lielbritānija",
    "Apvienotā Karaliste",
    "Anglija",
    "GBR",
  ],
  IE: ["Ireland", "Īrija", "Éire"],
  US: [
    "United States",
    "United States of America",
    "USA",
    "America",
    "ASV",
    "Amerikas Savienotās Valstis",
  ],
  CA: ["Canada", "Kanāda"],
  NL: ["Netherlands", "The Netherlands", "Holland", "Nīderlande", "Nederland", "NLD"],
  BE: ["Belgium", "Beļģija", "België", "Belgique"],
  LU: ["Luxembourg", "Luksemburga"],
  FR: ["France", "Francija", "FRA"],
  IT: ["Italy", "Itālija", "Italia", "ITA"],
  ES: ["Spain", "Spānija", "España", "ESP"],
  PT: ["Portugal", "Portugāle"],
  AT: ["Austria", "Austrija", "Österreich", "AUT"],
  CH: ["Switzerland", "Šveice", "Schweiz", "Suisse", "CHE"],
  CZ: ["Czechia", "Czech Republic", "Čehija", "Česko", "CZE"],
  SK: ["Slovakia", "Slovākija", "Slovensko"],
  HU: ["Hungary", "Ungārija", "Magyarország"],
  SI: ["Slovenia", "Slovēnija", "Slovenija"],
  HR: ["Croatia", "Horvātija", "Hrvatska"],
  RO: ["Romania", "Rumānija", "România"],
  BG: ["Bulgaria", "Bulgārija"],
  GR: ["Greece", "Grieķija", "Hellas"],
  CY: ["Cyprus", "Kipra"],
  MT: ["Malta"],
  UA: ["Ukraine", "Ukraina", "Україна", "UKR"],
  BY: ["Belarus", "Baltkrievija", "Беларусь", "BLR"],
  RU: ["Russia", "Russian Federation", "Krievija", "Россия", "RUS"],
  MD: ["Moldova", "Moldova Republic", "Moldāvija"],
  GE: ["Georgia", "Gruzija"],
  TR: ["Turkey", "Türkiye", "Turcija"],
  IL: ["Israel", "Izraēla"],
  CN: ["China", "Ķīna", "CHN"],
  JP: ["Japan", "Japāna"],
  KR: ["South Korea", "Korea", "Dienvidkoreja"],
  IN: ["India", "Indija"],
  KZ: ["Kazakhstan", "Kazahstāna"],
  AE: ["United Arab Emirates", "UAE", "Apvienotie Arābu Emirāti", "AAE"],
  AU: ["Australia", "Austrālija"],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  for (const name of names) BY_NAME.set(normalizeKey(name), code);
}

/**
 * The ISO 3166-1 alpha-2 code of a country as a list writes it: a code in any case (`lv`, `EE`;
 * `UK` and `EL` as GB and GR), or a name in English, Latvian or the country's own language
 * (diacritics, case and punctuation ignored). Problems name the value.
 *
 * @example countryCode("Latvija") // ok "LV"
 * @example countryCode(" igaunija") // ok "EE"
 * @example countryCode("Lietuva") // ok "LT"
 * @example countryCode("Atlantis") // problem: "Atlantis" is not a country we know — write its ISO code (LV, EE, LT, …)
 */
export function countryCode(text: string): Parsed<string> {
  const t = text.trim();
  if (t === "") return fail("empty");
  const upper = t.toUpperCase();
  if (/^[A-Z]{2}$/u.test(upper)) {
    const code = ALIASES[upper] ?? upper;
    if (ISO_CODES.has(code)) return ok(code);
  }
  const byName = BY_NAME.get(normalizeKey(t));
  if (byName !== undefined) return ok(byName);
  return fail(`"${t}" is not a country we know — write its ISO code (LV, EE, LT, …)`);
}
