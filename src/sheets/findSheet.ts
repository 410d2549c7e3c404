import type { SheetInfo } from "../host/port";
import { sheetKindDef } from "./sheetKinds";
import type { SheetKind } from "./sheetKinds";

/** Kinds whose sheet may be one Deal Desk wrote itself (the registers it keeps, and Settings). */
const OURS_ALLOWED: ReadonlySet<SheetKind> = new Set(["quotes", "quoteLines", "settings"]);

/** Sheet or table name as compared: trimmed, lower case, spaces and underscores alike. */
function nameKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/**
 * The sheet holding `kind`: the sheet with an Excel table of one of the kind's names (English
 * or Latvian; `Quote_lines` matches `Quote lines`), else the sheet of that name — a table wins
 * over a sheet name. Names compare trimmed and case-insensitively. Sheets Deal Desk made itself
 * (`ours`) never count as the team's input, except for Quotes, Quote lines and Settings.
 * Null when none is found.
 *
 * @example findSheet("deals", [{ name: "darījumi ", … }]) → that sheet
 */
export function findSheet(kind: SheetKind, sheets: readonly SheetInfo[]): SheetInfo | null {
  const names = new Set(sheetKindDef(kind).names.map(nameKey));
  const eligible = sheets.filter((s) => s.ours === null || OURS_ALLOWED.has(kind));
  return (
    eligible.find((s) => s.tables.some((t) => names.has(nameKey(t)))) ??
    eligible.find((s) => names.has(nameKey(s.name))) ??
    null
  );
}
