/**
 * Who a lead goes to (SPEC §3): the existing account's owner first, then the territory rules,
 * then the weighted round robin over the active reps, skipping those away.
 */
import type { IsoDate } from "../model";
import { normalizeKey, sameName } from "../normalizeText";
import {
  formatRotationPosition,
  parseRotationPosition,
  RoundRobin,
  type RotationPosition,
} from "./roundRobin";

/** A Team member as assignment sees them. */
export interface AssignableMember {
  name: string;
  role: string;
  active: boolean;
  /** Round-robin share (also the share of a territory's leads). */
  weight: number;
  /** Away until this date (inclusive); null when present. */
  awayUntil: IsoDate | null;
  region: string | null;
}

/** A territory rule: the places (ISO country codes or cities) that belong to a Team region. */
export interface TerritoryRule {
  region: string;
  places: readonly string[];
}

/** What a lead tells about where it goes. */
export interface LeadToAssign {
  /** The owner of the existing Account the lead matches, or null. */
  accountOwner: string | null;
  /** ISO country code, or null. */
  country: string | null;
  city: string | null;
}

/** How an owner was chosen. */
export type AssignedBy = "account" | "territory" | "round robin";

/** The owner chosen for a lead, how, and why in words (for issues and summaries). */
export interface Assignment {
  owner: string | null;
  by: AssignedBy | null;
  /** e.g. "territory Baltics (EE)", "round robin", "account owner" */
  detail: string;
}

/** Everything assignment depends on. */
export interface AssignmentSetup {
  /** The whole Team sheet, in sheet order. */
  team: readonly AssignableMember[];
  /** Settings' territories; empty: a lead's country or city is compared with the Region itself. */
  territories: readonly TerritoryRule[];
  today: IsoDate;
  /** Settings' round-robin position ("" = from the start). */
  position: string;
  /** Open leads each rep already owns (by name), which a territory's leads are balanced against. */
  loads?: ReadonlyMap<string, number>;
}

/**
 * True when the member takes new leads today: a Rep, active, weight above 0, and not away
 * (Away until before today). @example isAvailable({ role: "Rep", active: true, weight: 1, awayUntil: "2026-11-27", … }, "2026-11-27") === false
 */
export function isAvailable(member: AssignableMember, today: IsoDate): boolean {
  return (
    member.role === "Rep" &&
    member.active &&
    member.weight > 0 &&
    (member.awayUntil === null || member.awayUntil < today)
  );
}

/**
 * Assigns leads one after another, keeping the round-robin position and the territory loads as
 * it goes. Rules, in order:
 * 1. the owner of the matching Account, unless the Team sheet lists them as inactive (an owner
 *    the Team sheet does not list is taken as written only when there is no Team sheet);
 * 2. a territory: the reps available today whose Region is the region of the lead's city (first)
 *    or country — by the Territories setting, or, without one, the Region equal to the city or
 *    country — the one with the fewest open leads for their weight, ties in Team order;
 * 3. the weighted round robin over every rep available today.
 *
 * @example
 * const assigner = new LeadAssigner({ team, territories: [], today: "2026-11-27", position: "" });
 * assigner.assign({ accountOwner: null, country: "LV", city: "Rīga" }) // { owner: "Mārtiņš Liepiņš", by: "territory", … }
 */
export class LeadAssigner {
  private readonly available: AssignableMember[];
  private readonly rotation: RoundRobin;
  private readonly loads = new Map<string, number>();
  private readonly start: RotationPosition | null;

  constructor(private readonly setup: AssignmentSetup) {
    this.available = setup.team.filter((m) => isAvailable(m, setup.today));
    this.start = parseRotationPosition(setup.position);
    this.rotation = new RoundRobin(
      this.available.map((m) => ({ name: m.name, weight: m.weight })),
      this.start,
      setup.team.map((m) => m.name)
    );
    for (const m of this.available) this.loads.set(m.name, loadOf(setup.loads, m.name));
  }

  /** The Settings text of the round-robin position now. */
  get position(): string {
    return formatRotationPosition(this.rotation.position);
  }

  /** True when the round robin gave out at least one lead (the position must be saved). */
  get rotated(): boolean {
    return this.rotation.position !== this.start;
  }

  /** The owner of one lead (see the class). */
  assign(lead: LeadToAssign): Assignment {
    const byAccount = this.accountOwner(lead.accountOwner);
    if (byAccount) return byAccount;
    const byTerritory = this.territory(lead);
    if (byTerritory) return byTerritory;
    const owner = this.rotation.next();
    if (owner === null) {
      return { owner: null, by: null, detail: "no rep is available (active, Role Rep, not away)" };
    }
    this.loads.set(owner, (this.loads.get(owner) ?? 0) + 1);
    return { owner, by: "round robin", detail: "round robin" };
  }

  private accountOwner(name: string | null): Assignment | null {
    if (name === null || name.trim() === "") return null;
    if (this.setup.team.length === 0) {
      return { owner: name.trim(), by: "account", detail: "account owner" };
    }
    const member = this.setup.team.find((m) => sameName(m.name, name));
    if (!member || !member.active) return null;
    return { owner: member.name, by: "account", detail: "account owner" };
  }

  private territory(lead: LeadToAssign): Assignment | null {
    const cityKey = lead.city === null ? "" : normalizeKey(lead.city);
    const countryKey = lead.country === null ? "" : normalizeKey(lead.country);
    const placeMatch = (place: string, key: string): boolean =>
      key !== "" && normalizeKey(place) === key;
    for (const [key, what] of [
      [cityKey, lead.city],
      [countryKey, lead.country],
    ] as const) {
      if (key === "") continue;
      const regions =
        this.setup.territories.length > 0
          ? this.setup.territories
              .filter((t) => t.places.some((p) => placeMatch(p, key)))
              .map((t) => t.region)
          : [what ?? ""];
      const regionKeys = new Set(regions.map(normalizeKey).filter((r) => r !== ""));
      const reps = this.available.filter(
        (m) => m.region !== null && regionKeys.has(normalizeKey(m.region))
      );
      if (reps.length === 0) continue;
      let best = reps[0];
      for (const m of reps) {
        if (!best) break;
        const load = (this.loads.get(m.name) ?? 0) + 1;
        const bestLoad = (this.loads.get(best.name) ?? 0) + 1;
        if (load / m.weight < bestLoad / best.weight) best = m;
      }
      if (!best) continue;
      this.loads.set(best.name, (this.loads.get(best.name) ?? 0) + 1);
      return {
        owner: best.name,
        by: "territory",
        detail: `territory ${best.region ?? ""} (${what ?? ""})`,
      };
    }
    return null;
  }
}

function loadOf(loads: ReadonlyMap<string, number> | undefined, name: string): number {
  if (!loads) return 0;
  for (const [owner, n] of loads) if (sameName(owner, name)) return n;
  return 0;
}
