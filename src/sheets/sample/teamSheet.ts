import type { SheetPlan } from "../../host/port";
import { excelSerialFromDay, isoFromDay } from "./sampleCalendar";
import type { SampleFacts } from "./sampleFacts";
import { inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";
import { SAMPLE_TEAM_NAMES, type SampleTeamMember } from "./sampleTeam";

/**
 * The Komanda sheet: one row per person with role, manager, region, e-mail, active (jā/nē),
 * round-robin weight (reps only), away-until date and max discount.
 *
 * @example teamSheet(team).facts.managers // ["Jānis Ozols", "Ilze Kalniņa"]
 */
export function teamSheet(team: readonly SampleTeamMember[]): {
  plan: SheetPlan;
  facts: SampleFacts["team"];
} {
  const spec: InputSheetSpec = {
    kind: "team",
    name: "Komanda",
    table: "Team",
    columns: [
      { header: "Vārds", type: "text" },
      { header: "Loma", type: "text" },
      { header: "Vadītājs", type: "text" },
      { header: "Reģions", type: "text" },
      { header: "E-pasts", type: "text" },
      { header: "Aktīvs", type: "text" },
      { header: "Svars", type: "number" },
      { header: "Prombūtnē līdz", type: "date" },
      { header: "Maks. atlaide %", type: "percent" },
    ],
    rows: team.map((m) => [
      m.name,
      m.roleText,
      m.manager,
      m.region,
      m.email,
      m.active ? "jā" : "nē",
      m.role === "Rep" ? m.weight : null,
      m.awayUntil === null ? null : excelSerialFromDay(m.awayUntil),
      m.maxDiscount,
    ]),
  };
  const reps = team.filter((m) => m.role === "Rep");
  const managers = team.filter((m) => m.role === "Manager").map((m) => m.name);
  const away = team.find((m) => m.name === SAMPLE_TEAM_NAMES.awayRep);
  const facts: SampleFacts["team"] = {
    ...inputSheetFacts(spec, []),
    director: SAMPLE_TEAM_NAMES.director,
    support: SAMPLE_TEAM_NAMES.support,
    managers,
    reps: reps.map((r) => r.name),
    repsByManager: Object.fromEntries(
      managers.map((m) => [m, reps.filter((r) => r.manager === m).map((r) => r.name)])
    ),
    awayRep: { name: SAMPLE_TEAM_NAMES.awayRep, until: isoFromDay(away?.awayUntil ?? 0) },
    inactiveRep: SAMPLE_TEAM_NAMES.inactiveRep,
  };
  return { plan: inputSheetPlan(spec), facts };
}
