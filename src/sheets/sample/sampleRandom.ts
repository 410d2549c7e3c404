/**
 * A small seeded pseudo-random generator for the sample workbook: mulberry32 (32-bit state),
 * so the same seed always yields the same workbook on every machine. Never `Math.random`.
 */

/**
 * mulberry32: a function returning floats in [0, 1) from a 32-bit seed.
 * @example const next = mulberry32(7); next() === mulberry32(7)()
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Held in module constants: looking up the global `Math` on every draw is many times slower
// inside a vm context (Jest's test environment) than in plain Node.
const { imul, floor } = Math;

/** FNV-1a hash of a label mixed with a seed: the seed of a derived stream. */
function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Seeded random choices used by the sample generator.
 *
 * @example
 * const rng = new SampleRandom(42);
 * rng.int(1, 6); // 1..6 inclusive, the same for every run with seed 42
 * rng.fork("deals"); // an independent stream: adding draws elsewhere does not shift it
 */
export class SampleRandom {
  private readonly next: () => number;
  /** The seed this stream started from. */
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.next = mulberry32(this.seed);
  }

  /** A new independent stream derived from this stream's seed and a label. */
  fork(label: string): SampleRandom {
    return new SampleRandom(deriveSeed(this.seed, label));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  /** True with probability `p` (0..1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("SampleRandom.pick: empty list");
    return items[floor(this.next() * items.length)] as T;
  }

  /** One value of `[value, weight]` pairs, chosen in proportion to the weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error("SampleRandom.weighted: empty list");
    return last[0];
  }

  /**
   * One of several forms chosen in proportion to its weight; only the chosen form is built.
   * @example rng.form([[3, () => "often"], [1, () => "rarely"]])
   */
  form<T>(forms: readonly (readonly [weight: number, build: () => T])[]): T {
    return this.weighted(forms.map(([weight, build]) => [build, weight] as const))();
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /** `n` distinct elements (or all of them when fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }
}
