/**
 * A lead's score (0–100) by the scoring rules of Settings, with a short explanation of its
 * points, and its grade A/B/C/D by the grade bands (SPEC §3).
 */
import type { LeadGrade } from "../../core/leads/followUpDue";
import { contactPoints, employeePoints, gradeFor, textPoints } from "../settings/leadScoring";
import type { ContactField, Settings, TextScoring } from "../settings/settingTypes";
import type { Locale } from "../sheetKinds";

/** The lead fields scoring looks at (country as an ISO code). */
export interface ScorableLead {
  industry: string | null;
  employees: number | null;
  country: string | null;
  source: string | null;
  email: string | null;
  phone: string | null;
  contact: string | null;
  title: string | null;
  website: string | null;
}

/** The settings scoring uses. */
export type ScoringSettings = Pick<
  Settings,
  | "scoringIndustry"
  | "scoringEmployees"
  | "scoringCountry"
  | "scoringContact"
  | "scoringSource"
  | "gradeBands"
>;

/** The points of one rule family, with what earned them in words. */
export interface ScorePart {
  family: "industry" | "employees" | "country" | "contact" | "source";
  /** e.g. "Industry Food", "50–249 employees", "LV", "e-mail, phone" */
  label: string;
  points: number;
}

/** A lead's score, grade and the explanation of its points. */
export interface LeadScore {
  /** 0–100 (the sum of the parts, capped). */
  score: number;
  grade: LeadGrade;
  /** Parts with points other than 0, in family order. */
  parts: ScorePart[];
  /** e.g. "Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone +14" */
  explanation: string;
}

const WORDS: Record<
  Locale,
  {
    industry: string;
    otherIndustry: string;
    employees: string;
    unknownEmployees: string;
    otherSize: string;
    otherSource: string;
    contact: Record<ContactField, string>;
  }
> = {
  en: {
    industry: "Industry",
    otherIndustry: "Industry other",
    employees: "employees",
    unknownEmployees: "employees unknown",
    otherSize: "employees other",
    otherSource: "other source",
    contact: {
      email: "e-mail",
      phone: "phone",
      contact: "contact",
      title: "title",
      website: "website",
    },
  },
  lv: {
    industry: "Nozare",
    otherIndustry: "Nozare cita",
    employees: "darbinieki",
    unknownEmployees: "darbinieku skaits nezināms",
    otherSize: "darbinieki cits",
    otherSource: "cits avots",
    contact: {
      email: "e-pasts",
      phone: "tālrunis",
      contact: "kontaktpersona",
      title: "amats",
      website: "mājaslapa",
    },
  },
};

/** The name of a rule that matched `value` (the rule's names are its synonyms), or null for `*`. */
function matchedName(scoring: TextScoring, value: string | null): string | null {
  const hit = textPoints(scoring, value);
  if (hit.rule === null || hit.rule === "*") return null;
  const rule = scoring.rules.find((r) => r.names.join("|") === hit.rule);
  if (!rule) return hit.rule;
  for (const [i, name] of rule.names.entries()) {
    const keys = rule.keys[i];
    if (!keys) continue;
    const one: TextScoring = {
      match: scoring.match,
      rules: [{ names: [name], keys: [keys], points: rule.points }],
      otherwise: null,
    };
    if (textPoints(one, value).rule !== null) return name;
  }
  return rule.names[0] ?? hit.rule;
}

function signed(points: number): string {
  return points < 0 ? `−${-points}` : `+${points}`;
}

/**
 * Scores a lead by Settings' rules (industry, employees, country, contact completeness, source),
 * caps the sum to 0–100, grades it by the bands and explains the points in `locale`.
 *
 * @example scoreLead({ industry: "Food processing", employees: 120, country: "LV", email: "a@b.lv", phone: "+371 29123456", … }, settings, "en")
 * // { score: 74, grade: "A", explanation: "Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone +14" }
 */
export function scoreLead(
  lead: ScorableLead,
  settings: ScoringSettings,
  locale: Locale
): LeadScore {
  const w = WORDS[locale];
  const parts: ScorePart[] = [];
  const add = (family: ScorePart["family"], label: string, points: number): void => {
    if (points !== 0) parts.push({ family, label, points });
  };

  const industry = textPoints(settings.scoringIndustry, lead.industry);
  const industryName = matchedName(settings.scoringIndustry, lead.industry);
  add(
    "industry",
    industryName === null ? w.otherIndustry : `${w.industry} ${industryName}`,
    industry.points
  );

  const employees = employeePoints(settings.scoringEmployees, lead.employees);
  const band =
    employees.rule === null || employees.rule === "*"
      ? lead.employees === null
        ? w.unknownEmployees
        : w.otherSize
      : `${employees.rule.replace("-", "–")} ${w.employees}`;
  add("employees", band, employees.points);

  const country = textPoints(settings.scoringCountry, lead.country);
  add("country", (lead.country ?? "").toUpperCase(), country.points);

  const contact = contactPoints(settings.scoringContact, lead);
  add("contact", contact.fields.map((f) => w.contact[f]).join(", "), contact.points);

  const source = textPoints(settings.scoringSource, lead.source);
  const sourceName = matchedName(settings.scoringSource, lead.source);
  add("source", sourceName ?? w.otherSource, source.points);

  const sum = parts.reduce((s, p) => s + p.points, 0);
  const score = Math.max(0, Math.min(100, sum));
  return {
    score,
    grade: gradeFor(score, settings.gradeBands),
    parts,
    explanation: parts.map((p) => `${p.label} ${signed(p.points)}`).join("; "),
  };
}
