import { normalizeKey } from "../../core/normalizeText";

/**
 * How many leads each owner got, in the order owners first appear (names compared without case
 * or spacing; the first spelling kept).
 *
 * @example countByOwner([{ owner: "Anna" }, { owner: "Rita" }, { owner: "anna" }]) // [["Anna", 2], ["Rita", 1]]
 */
export function countByOwner(leads: readonly { owner: string }[]): [string, number][] {
  const counts = new Map<string, [string, number]>();
  for (const { owner } of leads) {
    const key = normalizeKey(owner);
    const entry = counts.get(key);
    if (entry) entry[1]++;
    else counts.set(key, [owner, 1]);
  }
  return [...counts.values()];
}
