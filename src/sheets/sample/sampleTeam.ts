import type { Role } from "../../core/model";

/** The seller's e-mail domain in the sample (the company whose sales team this is). */
export const SELLER_DOMAIN = "balticofficesystems.lv";

/** A person of the sample sales team, with the dates that shape their deals and meetings. */
export interface SampleTeamMember {
  name: string;
  role: Role;
  /** The Role cell as written (English or Latvian). */
  roleText: string;
  manager: string | null;
  region: string | null;
  email: string;
  active: boolean;
  weight: number;
  /** Max discount as a fraction. */
  maxDiscount: number;
  /** Day number from which the person is away (inclusive), or null. */
  awayFrom: number | null;
  /** Day number until which the person is away (the Away until cell), or null. */
  awayUntil: number | null;
  /** Day number of the last working day of a person who left (inactive), or null. */
  leftOn: number | null;
}

/** Names of the fixed sample team. */
export const SAMPLE_TEAM_NAMES = {
  director: "Andris Bērziņš",
  support: "Līga Siliņa",
  managers: ["Jānis Ozols", "Ilze Kalniņa"],
  awayRep: "Laura Krūmiņa",
  inactiveRep: "Kristaps Zariņš",
} as const;

function email(name: string): string {
  return `${name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, ".")}@${SELLER_DOMAIN}`;
}

/**
 * The sample sales team: a director, two managers (Ozols: Rīga and Vidzeme; Kalniņa: Kurzeme,
 * Zemgale, Latgale and the Baltics), eight reps — one away until 18 days after `today`, one who
 * left 200 days before it — and the sales support rep.
 *
 * @example sampleTeam(dayFromIso("2026-11-27")).filter((m) => m.role === "Rep").length === 8
 */
export function sampleTeam(today: number): SampleTeamMember[] {
  const [ozols, kalnina] = SAMPLE_TEAM_NAMES.managers;
  const person = (
    name: string,
    role: Role,
    roleText: string,
    manager: string | null,
    region: string | null,
    weight: number,
    maxDiscount: number,
    extra: Partial<Pick<SampleTeamMember, "active" | "awayFrom" | "awayUntil" | "leftOn">> = {}
  ): SampleTeamMember => ({
    name,
    role,
    roleText,
    manager,
    region,
    email: email(name),
    active: extra.active ?? true,
    weight,
    maxDiscount,
    awayFrom: extra.awayFrom ?? null,
    awayUntil: extra.awayUntil ?? null,
    leftOn: extra.leftOn ?? null,
  });
  const director = SAMPLE_TEAM_NAMES.director;
  return [
    person(director, "Director", "Direktors", null, "Baltics", 1, 0.3),
    person(ozols, "Manager", "Manager", director, "Rīga", 1, 0.2),
    person(kalnina, "Manager", "Manager", director, "Kurzeme", 1, 0.2),
    person("Mārtiņš Liepiņš", "Rep", "Rep", ozols, "Rīga", 1.5, 0.15),
    person(SAMPLE_TEAM_NAMES.awayRep, "Rep", "Rep", ozols, "Rīga", 1, 0.1, {
      awayFrom: today - 10,
      awayUntil: today + 18,
    }),
    person("Edgars Vītols", "Rep", "Rep", ozols, "Vidzeme", 1, 0.1),
    person(SAMPLE_TEAM_NAMES.inactiveRep, "Rep", "Rep", ozols, "Rīga", 1, 0.1, {
      active: false,
      leftOn: today - 200,
    }),
    person("Anna Jansone", "Rep", "Rep", kalnina, "Kurzeme", 1, 0.1),
    person("Roberts Kļaviņš", "Rep", "Rep", kalnina, "Latgale", 0.5, 0.1),
    person("Dace Pētersone", "Rep", "Pārdevēja", kalnina, "Zemgale", 1, 0.12),
    person("Toms Eglītis", "Rep", "Rep", kalnina, "Baltics", 1, 0.12),
    person(SAMPLE_TEAM_NAMES.support, "Support", "Pārdošanas atbalsts", director, "Rīga", 0, 0.05),
  ];
}
