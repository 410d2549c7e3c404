/**
 * The `Territories` setting (SPEC §3 assignment): which countries and cities belong to a
 * Region of the Team sheet. Syntax: `Region=place|place; …`, e.g. `Baltics=LV|EE|LT; Rīga=Rīga|Jūrmala`.
 * Empty: no rules (a lead's country or city is compared with the Region itself).
 */
import { cleanText, normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import { listItems, quote, splitPair } from "./settingSyntax";
import type { Territory } from "./settingTypes";

const EXAMPLE = "e.g. Baltics=LV|EE|LT; Rīga=Rīga|Jūrmala";

/**
 * Reads territory rules; each region once, each with at least one place.
 * @example parseTerritories("Baltics=LV|EE") → ok [{ region: "Baltics", places: ["LV", "EE"] }]
 */
export function parseTerritories(text: string): Parsed<Territory[]> {
  const territories: Territory[] = [];
  for (const [index, item] of listItems(text).entries()) {
    const where = `item ${index + 1} ${quote(item)}`;
    const pair = splitPair(item);
    const places = (pair?.value ?? "")
      .split("|")
      .map(cleanText)
      .filter((p) => p !== "");
    if (!pair || normalizeKey(pair.name) === "" || places.length === 0) {
      return fail(`${where} is not Region=place|place — ${EXAMPLE}`);
    }
    if (territories.some((t) => normalizeKey(t.region) === normalizeKey(pair.name))) {
      return fail(`${where}: the region ${quote(pair.name)} is given twice`);
    }
    territories.push({ region: pair.name, places });
  }
  return ok(territories);
}

/** Territory rules as text. @example formatTerritories([{ region: "Baltics", places: ["LV", "EE"] }]) → "Baltics=LV|EE" */
export function formatTerritories(territories: readonly Territory[]): string {
  return territories.map((t) => `${t.region}=${t.places.join("|")}`).join("; ");
}
