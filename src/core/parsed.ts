/**
 * The result of reading one value: the typed value, or a short problem a user can act on
 * (e.g. `"not a number"`), which the sheets layer turns into an Issue naming sheet, row and column.
 *
 * @example
 * const r = parseNumber("12,5");
 * if (r.ok) use(r.value); else report(r.problem);
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A successful {@link Parsed}. Example: `ok(12)` → `{ ok: true, value: 12 }`. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed {@link Parsed} with a short, user-facing problem. Example: `fail("empty")`. */
export function fail<T>(problem: string): Parsed<T> {
  return { ok: false, problem };
}
