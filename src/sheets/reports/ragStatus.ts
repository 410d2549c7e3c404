/**
 * Red/amber/green attainment (SPEC §5): red below 80 %, amber 80 % up to (not including) 100 %,
 * green from 100 %. The same thresholds drive the cell fills (conditional formats) and the
 * Status text, so a printout without colour says the same.
 */

/** An attainment band. */
export type RagStatus = "red" | "amber" | "green";

/** Attainment from which a figure is amber (a fraction). */
export const AMBER_FROM = 0.8;

/** Attainment from which a figure is green (a fraction). */
export const GREEN_FROM = 1;

/**
 * The band of an attainment (revenue / target), or null when there is none (no target).
 *
 * @example ragStatus(0.79) === "red"; ragStatus(0.8) === "amber"; ragStatus(1) === "green"; ragStatus(null) === null
 */
export function ragStatus(attainment: number | null): RagStatus | null {
  if (attainment === null || !Number.isFinite(attainment)) return null;
  if (attainment >= GREEN_FROM) return "green";
  if (attainment >= AMBER_FROM) return "amber";
  return "red";
}

/** Fill colours ("RRGGBB") of the bands: light, so the figures stay readable in print. */
export const RAG_FILLS: Readonly<Record<RagStatus, string>> = {
  red: "F8CBAD",
  amber: "FFE699",
  green: "C6EFCE",
};

/** Font colours of the bands, dark enough on their fills. */
export const RAG_FONTS: Readonly<Record<RagStatus, string>> = {
  red: "9C0006",
  amber: "7F6000",
  green: "006100",
};
