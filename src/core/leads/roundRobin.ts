/**
 * Weighted round robin over the reps who take new leads (SPEC §3), continuing across runs from
 * the position kept in Settings.
 *
 * The rotation is a fixed cycle: each rep appears in it as often as their weight (weights scaled
 * to whole numbers), spread out smoothly (the "smooth weighted round robin" of nginx), reps in
 * Team order. The position is the rep who got the last lead and which of their turns in the cycle
 * it was — `Anna Jansone` for the first, `Mārtiņš Liepiņš #2` for the second — so a rep with
 * weight 2 keeps getting two leads per cycle however the leads are split into runs.
 */
import { sameName } from "../normalizeText";

/** A rep in the rotation. */
export interface RotationRep {
  name: string;
  /** Share of leads, > 0. */
  weight: number;
}

/** Where the rotation stopped: the rep who got the last lead and which of their turns it was. */
export interface RotationPosition {
  name: string;
  /** 1-based: the first, second, … appearance of the rep in the cycle. */
  turn: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The weights as whole numbers in the same proportion, smallest possible (1.5, 1, 0.5 → 3, 2, 1).
 * Weights are scaled by the smallest multiplier up to 1000 that makes them whole, else rounded
 * to thousandths (at least 1).
 *
 * @example wholeWeights([1.5, 1, 0.5]) // [3, 2, 1]
 */
export function wholeWeights(weights: readonly number[]): number[] {
  let scale = 1000;
  for (let m = 1; m <= 1000; m++) {
    if (weights.every((w) => Math.abs(w * m - Math.round(w * m)) < 1e-9)) {
      scale = m;
      break;
    }
  }
  const whole = weights.map((w) => Math.max(1, Math.round(w * scale)));
  const divisor = whole.reduce((g, w) => gcd(g, w), 0) || 1;
  return whole.map((w) => w / divisor);
}

/**
 * One cycle of the rotation: each rep's name as many times as their whole weight, spread
 * smoothly; ties go to the rep earlier in the list. Reps with weight ≤ 0 are left out.
 *
 * @example rotationCycle([{ name: "A", weight: 2 }, { name: "B", weight: 1 }]) // ["A", "B", "A"]
 */
export function rotationCycle(reps: readonly RotationRep[]): string[] {
  const usable = reps.filter((r) => Number.isFinite(r.weight) && r.weight > 0);
  const weights = wholeWeights(usable.map((r) => r.weight));
  const total = weights.reduce((s, w) => s + w, 0);
  const current = weights.map(() => 0);
  const cycle: string[] = [];
  for (let step = 0; step < total; step++) {
    let best = 0;
    for (let i = 0; i < weights.length; i++) {
      current[i] = (current[i] ?? 0) + (weights[i] ?? 0);
      if ((current[i] ?? 0) > (current[best] ?? 0)) best = i;
    }
    current[best] = (current[best] ?? 0) - total;
    cycle.push(usable[best]?.name ?? "");
  }
  return cycle;
}

/**
 * Reads the position kept in Settings; null when empty.
 * @example parseRotationPosition("Mārtiņš Liepiņš #2") // { name: "Mārtiņš Liepiņš", turn: 2 }
 * @example parseRotationPosition("Anna Jansone") // { name: "Anna Jansone", turn: 1 }
 */
export function parseRotationPosition(text: string): RotationPosition | null {
  const t = text.trim();
  if (t === "") return null;
  const m = /^(.*\S)\s*#(\d+)$/u.exec(t);
  if (m && m[1] !== undefined && Number(m[2]) >= 1) return { name: m[1], turn: Number(m[2]) };
  return { name: t, turn: 1 };
}

/**
 * The position as Settings keep it. @example formatRotationPosition({ name: "Anna Jansone", turn: 1 }) === "Anna Jansone"
 */
export function formatRotationPosition(position: RotationPosition | null): string {
  if (position === null) return "";
  return position.turn === 1 ? position.name : `${position.name} #${position.turn}`;
}

/**
 * The rotation over the reps available today, continuing after `position`. When the rep of the
 * position is no longer in the rotation (away, inactive), it continues with the next rep after
 * them in `teamOrder` (all names of the Team sheet, in sheet order) who is in it.
 *
 * @example
 * const rr = new RoundRobin([{ name: "A", weight: 2 }, { name: "B", weight: 1 }], { name: "B", turn: 1 });
 * rr.next() // "A" (its second turn); rr.position // { name: "A", turn: 2 }
 */
export class RoundRobin {
  private readonly cycle: string[];
  private index: number;
  private last: RotationPosition | null;

  constructor(
    reps: readonly RotationRep[],
    position: RotationPosition | null,
    teamOrder: readonly string[] = reps.map((r) => r.name)
  ) {
    this.cycle = rotationCycle(reps);
    this.last = position;
    this.index = this.resume(position, teamOrder);
  }

  private resume(position: RotationPosition | null, teamOrder: readonly string[]): number {
    if (position === null || this.cycle.length === 0) return 0;
    const turns = this.cycle.flatMap((name, i) => (sameName(name, position.name) ? [i] : []));
    if (turns.length > 0) {
      const at = turns[Math.min(position.turn, turns.length) - 1] ?? 0;
      return (at + 1) % this.cycle.length;
    }
    const from = teamOrder.findIndex((n) => sameName(n, position.name));
    if (from < 0) return 0;
    for (let k = 1; k <= teamOrder.length; k++) {
      const name = teamOrder[(from + k) % teamOrder.length] ?? "";
      const at = this.cycle.findIndex((n) => sameName(n, name));
      if (at >= 0) return at;
    }
    return 0;
  }

  /** True when no rep is in the rotation. */
  get empty(): boolean {
    return this.cycle.length === 0;
  }

  /** Where the rotation stands: the last rep given a lead (the position passed in until then). */
  get position(): RotationPosition | null {
    return this.last;
  }

  /** The next rep, or null when the rotation is empty. */
  next(): string | null {
    const name = this.cycle[this.index];
    if (name === undefined) return null;
    let turn = 0;
    for (let i = 0; i <= this.index; i++) if (this.cycle[i] === name) turn++;
    this.last = { name, turn };
    this.index = (this.index + 1) % this.cycle.length;
    return name;
  }
}
