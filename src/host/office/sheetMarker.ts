/**
 * The mark of a sheet Deal Desk made: a sheet-scoped defined name `_DealDesk` whose formula is the
 * plan's kind as a string constant, e.g. `="report:2026-Q3:summary"`. The xlsx adapter writes the
 * same name, so sheets made by the CLI are recognised in Excel and the other way round.
 */

/** Name of the marker (sheet-scoped). */
export const MARKER_NAME = "_DealDesk";

/**
 * The marker's formula for a kind: a string constant with quotes doubled.
 * @example markerFormula('quote:Q-2026-0007') → '="quote:Q-2026-0007"'
 */
export function markerFormula(kind: string): string {
  return `="${kind.replace(/"/g, '""')}"`;
}

/**
 * The kind stored in a marker, from the name's value (Excel computes `="x"` to `x`) or its formula.
 * Null when it holds no usable text.
 * @example markerKind('="report:2026"') → "report:2026"; markerKind("report:2026") → "report:2026"
 */
export function markerKind(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^="(.*)"$/s.exec(value);
  const kind = m?.[1] !== undefined ? m[1].replace(/""/g, '"') : value;
  return kind.trim() === "" ? null : kind;
}

/**
 * Queues the load of a sheet's marker (no sync). After the sync, pass the result to
 * {@link loadedMarkerKind}.
 */
export function queueMarkerLoad(ws: Excel.Worksheet): Excel.NamedItem {
  const mark = ws.names.getItemOrNullObject(MARKER_NAME);
  mark.load("value");
  return mark;
}

/** The kind of a synced marker from {@link queueMarkerLoad}; null when the sheet has none (not ours). */
export function loadedMarkerKind(mark: Excel.NamedItem): string | null {
  return mark.isNullObject ? null : markerKind(mark.value);
}
