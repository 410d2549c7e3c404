import type { PlanValue, SheetPlan } from "../../host/port";
import { dayFromIso, monthKey, type YearMonth } from "./sampleCalendar";
import type { SampleFacts } from "./sampleFacts";
import { inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";
import type { SampleRandom } from "./sampleRandom";
import type { SampleTeamMember } from "./sampleTeam";
import { LV_MONTHS } from "./sampleVocabulary";

// Monthly revenue target of a rep by region, in euros, before seasonality.
const BASE_BY_REGION: Readonly<Record<string, number>> = {
  Rīga: 40000,
  Vidzeme: 27000,
  Kurzeme: 33000,
  Latgale: 16000,
  Zemgale: 26000,
  Baltics: 33000,
};
// Summer is slow, December busy.
const SEASON = [0.9, 0.95, 1, 1, 1, 1, 0.85, 0.8, 1, 1.05, 1.05, 1.15];

/**
 * The Mērķi sheet: a monthly revenue target for every rep for each of the 18 months (a rep who
 * left: up to their last month; one in five rows written `07.2026`, a few `2026. gada jūlijs`),
 * with profit and margin targets for the current year; quarterly team targets of both managers
 * for the quarters of the current year (`2026-Q1`, `Q2 2026`, …) and the one before; a yearly
 * target for the Baltics rep (`2026`).
 *
 * @example targetsSheet(rng, team, months).facts.periodForms.includes("Q3 2026")
 */
export function targetsSheet(
  rng: SampleRandom,
  team: readonly SampleTeamMember[],
  months: readonly YearMonth[]
): { plan: SheetPlan; facts: SampleFacts["targets"] } {
  const reps = team.filter((m) => m.role === "Rep");
  const managers = team.filter((m) => m.role === "Manager");
  const last = months[months.length - 1] ?? { year: 2026, month: 1 };
  const year = last.year;
  const rows: PlanValue[][] = [];
  const forms = new Set<string>();
  // Targets are whole euros (written as euro numbers); owner|YYYY-MM → euros.
  const monthly = new Map<string, number>();
  let monthlyCount = 0;

  for (const rep of reps) {
    // A rep with a larger share of leads carries a larger target.
    const base = (BASE_BY_REGION[rep.region ?? "Rīga"] ?? 25000) * Math.max(1, rep.weight);
    for (const ym of months) {
      const key = monthKey(ym);
      if (rep.leftOn !== null && dayFromIso(`${key}-01`) > rep.leftOn) continue;
      const target = Math.round((base * (SEASON[ym.month - 1] ?? 1)) / 500) * 500;
      monthly.set(`${rep.name}|${key}`, target);
      const form = rng.weighted<"iso" | "dotted" | "words">([
        ["iso", 72],
        ["dotted", 22],
        ["words", 6],
      ]);
      const period =
        form === "iso"
          ? key
          : form === "dotted"
            ? `${String(ym.month).padStart(2, "0")}.${ym.year}`
            : `${ym.year}. gada ${LV_MONTHS[ym.month - 1] ?? ""}`;
      forms.add(form === "iso" ? "YYYY-MM" : form === "dotted" ? "MM.YYYY" : "YYYY. gada mēnesis");
      const current = ym.year === year;
      rows.push([
        rep.name,
        period,
        target,
        current ? Math.round(target * 0.24) : null,
        current ? 0.24 : null,
      ]);
      monthlyCount += 1;
    }
  }

  // Quarterly team targets: the current year's quarters and the last one of the year before.
  let quarterly = 0;
  const quarters: [number, number][] = [
    [year - 1, 4],
    [year, 1],
    [year, 2],
    [year, 3],
    [year, 4],
  ];
  for (const manager of managers) {
    const mine = reps.filter((r) => r.manager === manager.name);
    for (const [y, q] of quarters) {
      let sum = 0;
      for (let m = (q - 1) * 3 + 1; m <= q * 3; m++) {
        for (const r of mine)
          sum += monthly.get(`${r.name}|${monthKey({ year: y, month: m })}`) ?? 0;
      }
      if (sum === 0) continue;
      const target = Math.round((sum * 1.05) / 1000) * 1000;
      const period = q % 2 === 1 ? `${y}-Q${q}` : `Q${q} ${y}`;
      forms.add(q % 2 === 1 ? "YYYY-Qn" : "Qn YYYY");
      rows.push([manager.name, period, target, Math.round(target * 0.25), null]);
      quarterly += 1;
    }
  }

  // A yearly target for the Baltics rep.
  let yearly = 0;
  const baltics = reps.find((r) => r.region === "Baltics");
  if (baltics) {
    let sum = 0;
    for (let m = 1; m <= 12; m++) {
      sum +=
        monthly.get(`${baltics.name}|${monthKey({ year, month: m })}`) ??
        BASE_BY_REGION.Baltics ??
        0;
    }
    rows.push([baltics.name, String(year), Math.round(sum / 1000) * 1000, null, 0.22]);
    forms.add("YYYY");
    yearly = 1;
  }

  const spec: InputSheetSpec = {
    kind: "targets",
    name: "Mērķi",
    table: "Targets",
    columns: [
      { header: "Atbildīgais", type: "text" },
      { header: "Periods", type: "text" },
      { header: "Mērķis", type: "money" },
      { header: "Peļņas mērķis", type: "money" },
      { header: "Maržas mērķis %", type: "percent" },
    ],
    rows,
  };
  return {
    plan: inputSheetPlan(spec),
    facts: {
      ...inputSheetFacts(spec, []),
      monthly: monthlyCount,
      quarterly,
      yearly,
      periodForms: [...forms],
    },
  };
}
