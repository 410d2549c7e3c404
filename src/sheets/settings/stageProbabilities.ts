/**
 * The `Stage probabilities` setting: the default probability of a deal in each stage.
 * Syntax: `Prospecting=10%; Qualification=20%; …` (Latvian stage names accepted); a stage not
 * listed keeps its default.
 */
import type { DealStage } from "../../core/model";
import { fail, ok, type Parsed } from "../../core/parsed";
import { parseStage } from "../choiceValues";
import type { Locale } from "../sheetKinds";
import { listItems, percentText, quote, readPercent, splitPair } from "./settingSyntax";
import type { StageProbabilities } from "./settingTypes";

/** Prospecting 10 %, Qualification 20 %, Proposal 50 %, Negotiation 75 %, Won 100 %, Lost 0 %. */
export const DEFAULT_STAGE_PROBABILITIES: Readonly<StageProbabilities> = {
  Prospecting: 0.1,
  Qualification: 0.2,
  Proposal: 0.5,
  Negotiation: 0.75,
  Won: 1,
  Lost: 0,
};

const STAGES = Object.keys(DEFAULT_STAGE_PROBABILITIES) as DealStage[];
const ALLOWED = `use ${STAGES.join(", ")}, e.g. Proposal=50%`;

/**
 * Reads stage probabilities; stages not listed keep their default.
 * @example parseStageProbabilities("Piedāvājums=40 %").value.Proposal → 0.4
 */
export function parseStageProbabilities(text: string): Parsed<StageProbabilities> {
  const result: StageProbabilities = { ...DEFAULT_STAGE_PROBABILITIES };
  const seen = new Set<DealStage>();
  for (const [index, item] of listItems(text).entries()) {
    const where = `item ${index + 1} ${quote(item)}`;
    const pair = splitPair(item);
    if (!pair) return fail(`${where} is not Stage=percent — ${ALLOWED}`);
    const stage = parseStage(pair.name);
    if (stage === "Open") return fail(`${where}: ${quote(pair.name)} is not a stage — ${ALLOWED}`);
    if (seen.has(stage)) return fail(`${where}: ${stage} is given twice`);
    seen.add(stage);
    const p = readPercent(pair.value);
    if (!p.ok) return fail(`${where}: ${p.problem}`);
    result[stage] = p.value;
  }
  return ok(result);
}

/** Stage probabilities as text. @example formatStageProbabilities(DEFAULT_STAGE_PROBABILITIES, "en") → "Prospecting=10%; …; Lost=0%" */
export function formatStageProbabilities(p: StageProbabilities, locale: Locale): string {
  return STAGES.map((s) => `${s}=${percentText(p[s], locale)}`).join("; ");
}
