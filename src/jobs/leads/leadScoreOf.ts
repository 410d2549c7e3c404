/**
 * The score and grade of a lead already in the Leads sheet: its Score and Grade cells when the
 * sheet has them filled, else computed by Settings' rules; the explanation always computed.
 */
import { countryCode } from "../../core/leads/countryCode";
import type { LeadGrade } from "../../core/leads/followUpDue";
import { normalizeEmail } from "../../core/leads/normalizeEmail";
import type { Lead } from "../../core/model";
import { scoreLead, type ScoringSettings } from "../../sheets/leads/scoreLead";
import { gradeFor } from "../../sheets/settings/leadScoring";
import type { Locale } from "../../sheets/sheetKinds";

/** A lead's score, grade and explanation. */
export interface LeadScoreOf {
  score: number;
  grade: LeadGrade;
  explanation: string;
}

/**
 * The lead's score and grade (cells first, else computed) and the explanation of the computed
 * points. A Grade cell other than A–D is ignored; a Score cell alone gives the grade by the bands.
 *
 * @example leadScoreOf(lead, settings, "lv") // { score: 63, grade: "B", explanation: "Nozare Pārtika +25; …" }
 */
export function leadScoreOf(lead: Lead, settings: ScoringSettings, locale: Locale): LeadScoreOf {
  const country = lead.country === null ? null : countryCode(lead.country);
  const email = lead.email === null ? null : normalizeEmail(lead.email);
  const computed = scoreLead(
    {
      industry: lead.industry,
      employees: lead.employees,
      country: country?.ok ? country.value : null,
      source: lead.source,
      email: email?.ok ? email.value : null,
      phone: lead.phone,
      contact: lead.contact,
      title: lead.title,
      website: lead.website,
    },
    settings,
    locale
  );
  const score =
    lead.score === null ? computed.score : Math.max(0, Math.min(100, Math.round(lead.score)));
  const written = lead.grade?.trim().toUpperCase();
  const grade: LeadGrade =
    written === "A" || written === "B" || written === "C" || written === "D"
      ? written
      : lead.score !== null
        ? gradeFor(score, settings.gradeBands)
        : computed.grade;
  return { score, grade, explanation: computed.explanation };
}
