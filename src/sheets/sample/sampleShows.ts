import { isoFromDay } from "./sampleCalendar";
import type { CompanyGroup } from "./sampleVocabulary";

/** A trade show whose exhibitors became leads. */
export interface SampleShow {
  /** e.g. "Riga Food 2026" */
  name: string;
  /** Industry group its exhibitors come from. */
  group: CompanyGroup;
  /** Day number of its first day. */
  day: number;
}

/**
 * The three trade shows of the sample's Leads sheet, oldest first: Riga Food (80 days before
 * `today`), Build Baltic (45 days) and Tech Industry (20 days), each named with its year.
 *
 * @example sampleShows(dayFromIso("2026-11-27")).map((s) => s.name)
 * // ["Riga Food 2026", "Build Baltic 2026", "Tech Industry 2026"]
 */
export function sampleShows(today: number): SampleShow[] {
  const show = (base: string, group: CompanyGroup, daysBefore: number): SampleShow => {
    const day = today - daysBefore;
    return { name: `${base} ${isoFromDay(day).slice(0, 4)}`, group, day };
  };
  return [
    show("Riga Food", "food", 80),
    show("Build Baltic", "build", 45),
    show("Tech Industry", "tech", 20),
  ];
}

/**
 * The industry group an exhibitor list of `show` draws from, by keywords in its name.
 * @example showGroup("Riga Food 2027") === "food"; showGroup("Vide un Enerģija") === "trade"
 */
export function showGroup(show: string): CompanyGroup {
  const s = show.toLowerCase();
  if (/food|pārtik|partik|horeca/.test(s)) return "food";
  if (/build|būv|buv|construct|wood|koks/.test(s)) return "build";
  if (/tech|industr|robot|it\b|elektron/.test(s)) return "tech";
  return "trade";
}
