/**
 * The lead scoring settings (SPEC §3): one cell per rule family, `name=points` items separated
 * by `;`, and the grade bands. Also how a family turns a lead's value into points.
 *
 *   Scoring: industry   `Manufacturing|Ražošana=30; Food|Pārtika=25; *=5`   (`|` separates synonyms)
 *   Scoring: employees  `250+=20; 50-249=15; 10-49=8; 1-9=3; *=0`
 *   Scoring: country    `LV=20; EE|LT=15; *=5`                              (ISO country codes)
 *   Scoring: contact    `Email=8; Phone=6; Contact=4; Title=2`              (points per filled field)
 *   Scoring: source     `Referral|Ieteikums=10; Trade show|Izstāde=8; *=4`
 *   Grade bands         `A=70; B=50; C=30`                                  (below C: D)
 */
import { cleanText, normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import type { Locale } from "../sheetKinds";
import { listItems, quote, splitPair } from "./settingSyntax";
import type {
  ContactField,
  ContactScoring,
  EmployeeBand,
  EmployeeScoring,
  GradeBands,
  TextScoreRule,
  TextScoring,
} from "./settingTypes";

const MAX_POINTS = 100;

/** Whole points from -100 to 100. */
function readPoints(text: string, where: string): Parsed<number> {
  const t = text.replace(/\s+/gu, "");
  if (/^[+-]?\d+$/u.test(t) && Math.abs(Number(t)) <= MAX_POINTS) return ok(Number(t) + 0);
  return fail(`${where}: ${quote(text)} is not whole points from -100 to 100`);
}

/** The normalized words of a text, for `contains` matching. */
function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(normalizeKey)
    .filter((w) => w !== "");
}

/** `name=points` items, or the problem naming the item. */
function pairs(
  text: string,
  example: string
): Parsed<{ name: string; points: number; where: string }[]> {
  const out: { name: string; points: number; where: string }[] = [];
  for (const [index, item] of listItems(text).entries()) {
    const where = `item ${index + 1} ${quote(item)}`;
    const pair = splitPair(item);
    if (!pair || pair.name === "") return fail(`${where} is not name=points — ${example}`);
    const points = readPoints(pair.value, where);
    if (!points.ok) return points;
    out.push({ name: pair.name, points: points.value, where });
  }
  return ok(out);
}

/**
 * Reads a text family (industry, source: `contains`; country: `equals` on upper-case ISO codes).
 * Names in an item are separated by `|`; `*` gives the points of any other non-empty value.
 * Empty text is valid: no points from this family.
 *
 * @example parseTextScoring("Food|Pārtika=15; *=5", "contains") → ok { match: "contains", rules: [{ names: ["Food", "Pārtika"], … points: 15 }], otherwise: 5 }
 */
export function parseTextScoring(text: string, match: "contains" | "equals"): Parsed<TextScoring> {
  const example =
    match === "equals"
      ? "e.g. LV=20; EE|LT=15; *=5"
      : "e.g. Manufacturing|Ražošana=20; Food=15; *=5";
  const read = pairs(text, example);
  if (!read.ok) return read;
  const rules: TextScoreRule[] = [];
  let otherwise: number | null = null;
  const seen = new Set<string>();
  for (const { name, points, where } of read.value) {
    if (name === "*") {
      if (otherwise !== null) return fail(`${where}: * is given twice`);
      otherwise = points;
      continue;
    }
    const names = name.split("|").map(cleanText);
    if (names.some((n) => n === "" || n === "*")) {
      return fail(`${where}: empty name or * among names — ${example}`);
    }
    for (const n of names) {
      if (match === "equals" && !/^[A-Za-z]{2}$/u.test(n)) {
        return fail(
          `${where}: ${quote(n)} is not a two-letter country code — use ISO codes such as LV, EE, LT`
        );
      }
      const key = normalizeKey(n);
      if (key === "") return fail(`${where}: ${quote(n)} has no letters or digits to match`);
      if (seen.has(key)) return fail(`${where}: ${quote(n)} is listed twice`);
      seen.add(key);
    }
    rules.push({
      names: match === "equals" ? names.map((n) => n.toUpperCase()) : names,
      keys: names.map((n) => (match === "equals" ? [normalizeKey(n)] : words(n))),
      points,
    });
  }
  return ok({ match, rules, otherwise });
}

/** `name=points` items as text; `*` last. */
function formatItems(items: { name: string; points: number }[], otherwise: number | null): string {
  const all = otherwise === null ? items : [...items, { name: "*", points: otherwise }];
  return all.map((i) => `${i.name}=${i.points}`).join("; ");
}

/**
 * A text family as text; `parseTextScoring` reads it back.
 * @example formatTextScoring(parsed("Food|Pārtika=15; *=5")) → "Food|Pārtika=15; *=5"
 */
export function formatTextScoring(scoring: TextScoring): string {
  return formatItems(
    scoring.rules.map((r) => ({ name: r.names.join("|"), points: r.points })),
    scoring.otherwise
  );
}

/** True when the rule's words start consecutive words of the value. */
function containsWords(value: string[], rule: string[]): boolean {
  for (let start = 0; start + rule.length <= value.length; start++) {
    if (rule.every((w, i) => (value[start + i] ?? "").startsWith(w))) return true;
  }
  return false;
}

/**
 * The points a text family gives a value, and the rule's name that gave them (for the lead's
 * explanation): the first matching rule, else `*`, else 0; an empty value scores 0.
 *
 * @example textPoints(industry, "Pārtikas ražošana") → { points: 25, rule: "Food|Pārtika" }
 */
export function textPoints(
  scoring: TextScoring,
  value: string | null
): { points: number; rule: string | null } {
  if (value === null || cleanText(value) === "") return { points: 0, rule: null };
  const valueWords = words(value);
  const whole = normalizeKey(value);
  for (const rule of scoring.rules) {
    const hit =
      scoring.match === "equals"
        ? rule.keys.some((k) => k.join("") === whole)
        : rule.keys.some((k) => containsWords(valueWords, k));
    if (hit) return { points: rule.points, rule: rule.names.join("|") };
  }
  return scoring.otherwise === null
    ? { points: 0, rule: null }
    : { points: scoring.otherwise, rule: "*" };
}

const BAND_EXAMPLE = "e.g. 250+=20; 50-249=15; 10-49=8; *=2";

/**
 * Reads employee bands: `min-max=points` or `min+=points`, not overlapping; `*` for an unknown
 * count or one in no band.
 *
 * @example parseEmployeeScoring("250+=20; 50-249=15") → ok { bands: [{ min: 250, max: null, points: 20 }, { min: 50, max: 249, points: 15 }], otherwise: null }
 */
export function parseEmployeeScoring(text: string): Parsed<EmployeeScoring> {
  const read = pairs(text, BAND_EXAMPLE);
  if (!read.ok) return read;
  const bands: EmployeeBand[] = [];
  let otherwise: number | null = null;
  for (const { name, points, where } of read.value) {
    if (name === "*") {
      if (otherwise !== null) return fail(`${where}: * is given twice`);
      otherwise = points;
      continue;
    }
    const compact = name.replace(/\s+/gu, "");
    const range = /^(\d+)[-–](\d+)$/u.exec(compact);
    const open = /^(\d+)\+$/u.exec(compact);
    if (!range && !open)
      return fail(`${where}: ${quote(name)} is not a band like 50-249 or 250+ — ${BAND_EXAMPLE}`);
    const min = Number(range ? range[1] : open?.[1]);
    const max = range ? Number(range[2]) : null;
    if (max !== null && max < min)
      return fail(`${where}: the band ${quote(name)} ends before it starts`);
    const overlap = bands.find((b) => min <= (b.max ?? Infinity) && b.min <= (max ?? Infinity));
    if (overlap) return fail(`${where}: the band ${quote(name)} overlaps ${bandName(overlap)}`);
    bands.push({ min, max, points });
  }
  return ok({ bands, otherwise });
}

function bandName(band: EmployeeBand): string {
  return band.max === null ? `${band.min}+` : `${band.min}-${band.max}`;
}

/** Employee bands as text; `parseEmployeeScoring` reads it back. @example "250+=20; 50-249=15; *=0" */
export function formatEmployeeScoring(scoring: EmployeeScoring): string {
  return formatItems(
    scoring.bands.map((b) => ({ name: bandName(b), points: b.points })),
    scoring.otherwise
  );
}

/**
 * The points for an employee count: its band, else `*`, else 0.
 * @example employeePoints(bands, 120) → { points: 15, rule: "50-249" }
 */
export function employeePoints(
  scoring: EmployeeScoring,
  employees: number | null
): { points: number; rule: string | null } {
  const band =
    employees === null
      ? undefined
      : scoring.bands.find((b) => employees >= b.min && employees <= (b.max ?? Infinity));
  if (band) return { points: band.points, rule: bandName(band) };
  return scoring.otherwise === null
    ? { points: 0, rule: null }
    : { points: scoring.otherwise, rule: "*" };
}

const CONTACT_FIELDS: readonly ContactField[] = ["email", "phone", "contact", "title", "website"];
const CONTACT_WORDS: Record<Locale, Record<ContactField, string>> = {
  en: { email: "Email", phone: "Phone", contact: "Contact", title: "Title", website: "Website" },
  lv: {
    email: "E-pasts",
    phone: "Tālrunis",
    contact: "Kontaktpersona",
    title: "Amats",
    website: "Mājaslapa",
  },
};
const CONTACT_SYNONYMS: Record<ContactField, readonly string[]> = {
  email: ["Email", "E-mail", "E-pasts", "Mail"],
  phone: ["Phone", "Telephone", "Tel", "Mobile", "Tālrunis", "Telefons"],
  contact: ["Contact", "Contact person", "Kontaktpersona", "Kontakts"],
  title: ["Title", "Job title", "Amats"],
  website: ["Website", "Web", "Mājaslapa", "Tīmekļa vietne"],
};
const CONTACT_EXAMPLE = "use Email, Phone, Contact, Title or Website, e.g. Email=8; Phone=6";

/**
 * Reads contact-completeness points: `field=points` for Email, Phone, Contact, Title, Website
 * (or their Latvian names); a field not listed gives 0.
 *
 * @example parseContactScoring("E-pasts=8; Tālrunis=6") → ok { email: 8, phone: 6, contact: 0, title: 0, website: 0 }
 */
export function parseContactScoring(text: string): Parsed<ContactScoring> {
  const read = pairs(text, CONTACT_EXAMPLE);
  if (!read.ok) return read;
  const scoring: ContactScoring = { email: 0, phone: 0, contact: 0, title: 0, website: 0 };
  const seen = new Set<ContactField>();
  for (const { name, points, where } of read.value) {
    const field = CONTACT_FIELDS.find((f) =>
      CONTACT_SYNONYMS[f].some((s) => normalizeKey(s) === normalizeKey(name))
    );
    if (!field) return fail(`${where}: ${quote(name)} is not a contact field — ${CONTACT_EXAMPLE}`);
    if (seen.has(field)) return fail(`${where}: ${quote(name)} is listed twice`);
    seen.add(field);
    scoring[field] = points;
  }
  return ok(scoring);
}

/**
 * Contact points as text in a locale (fields with 0 points left out); `parseContactScoring`
 * reads it back. @example formatContactScoring(s, "lv") → "E-pasts=8; Tālrunis=6; Kontaktpersona=4; Amats=2"
 */
export function formatContactScoring(scoring: ContactScoring, locale: Locale): string {
  return formatItems(
    CONTACT_FIELDS.filter((f) => scoring[f] !== 0).map((f) => ({
      name: CONTACT_WORDS[locale][f],
      points: scoring[f],
    })),
    null
  );
}

/**
 * The contact points of a lead: the sum over its filled-in fields, with the fields that counted.
 * @example contactPoints(s, { email: "a@b.lv", phone: null }) → { points: 8, fields: ["email"] }
 */
export function contactPoints(
  scoring: ContactScoring,
  lead: Partial<Record<ContactField, string | null>>
): { points: number; fields: ContactField[] } {
  const fields = CONTACT_FIELDS.filter((f) => scoring[f] !== 0 && cleanText(lead[f] ?? "") !== "");
  return { points: fields.reduce((sum, f) => sum + scoring[f], 0), fields };
}

const GRADE_EXAMPLE = "e.g. A=70; B=50; C=30";

/**
 * Reads grade bands: the lowest score of A, B and C, each from 0 to 100, A > B > C.
 * @example parseGradeBands("A=70; B=50; C=30") → ok { A: 70, B: 50, C: 30 }
 */
export function parseGradeBands(text: string): Parsed<GradeBands> {
  const read = pairs(text, GRADE_EXAMPLE);
  if (!read.ok) return read;
  const bands: Partial<GradeBands> = {};
  for (const { name, points, where } of read.value) {
    const grade = name.toUpperCase();
    if (grade !== "A" && grade !== "B" && grade !== "C") {
      return fail(
        `${where}: ${quote(name)} is not a grade — give A, B and C (below C is D), ${GRADE_EXAMPLE}`
      );
    }
    if (bands[grade] !== undefined) return fail(`${where}: ${grade} is given twice`);
    if (points < 0) return fail(`${where}: a score is from 0 to 100`);
    bands[grade] = points;
  }
  const { A, B, C } = bands;
  if (A === undefined || B === undefined || C === undefined) {
    return fail(`give the lowest score of A, B and C — ${GRADE_EXAMPLE}`);
  }
  if (!(A > B && B > C)) return fail(`A must be above B and B above C — ${GRADE_EXAMPLE}`);
  return ok({ A, B, C });
}

/** Grade bands as text. @example formatGradeBands({ A: 70, B: 50, C: 30 }) → "A=70; B=50; C=30" */
export function formatGradeBands(bands: GradeBands): string {
  return `A=${bands.A}; B=${bands.B}; C=${bands.C}`;
}

/**
 * The grade of a score. @example gradeFor(55, { A: 70, B: 50, C: 30 }) → "B"
 */
export function gradeFor(score: number, bands: GradeBands): "A" | "B" | "C" | "D" {
  if (score >= bands.A) return "A";
  if (score >= bands.B) return "B";
  if (score >= bands.C) return "C";
  return "D";
}
