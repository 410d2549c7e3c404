/** What Excel accepts as sheet and table names, and what becomes of references to a deleted sheet. */

/**
 * Why Excel would refuse a sheet name, or null when it takes it.
 *
 * @example sheetNameProblem("Q3/Q4") → "Excel does not allow : \\ / ? * [ ] in sheet names"
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "the name is empty";
  if (name.length > 31) return "Excel allows at most 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "Excel does not allow : \\ / ? * [ ] in sheet names";
  if (/^'|'$/.test(name)) return "a sheet name cannot start or end with an apostrophe";
  if (name.toLowerCase() === "history") return "Excel reserves the name History";
  return null;
}

/**
 * Why Excel would refuse a table name, or null when it takes it.
 *
 * @example tableNameProblem("T1") → "it reads as a cell address"
 */
export function tableNameProblem(name: string): string | null {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    return "use letters, digits and underscores, starting with a letter";
  if (name.length > 255) return "it is longer than 255 characters";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    return "it reads as a cell address";
  }
  return null;
}

/**
 * A formula with its references to deleted sheets turned into #REF!, as Excel does.
 *
 * @example withoutSheets("SUM('Tmp calc'!$A$1,Data!$A$1)", ["tmp calc"]) → "SUM(#REF!,Data!$A$1)"
 */
export function withoutSheets(text: string, sheets: string[]): string {
  let out = text;
  for (const name of sheets) {
    const quoted = `'${name.replace(/'/g, "''")}'`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const bare = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const ref = "\\$?[A-Za-z]{0,3}\\$?\\d*(?::\\$?[A-Za-z]{0,3}\\$?\\d*)?";
    out = out.replace(new RegExp(`(?:${quoted}|\\b${bare})!${ref}`, "gi"), "#REF!");
  }
  return out;
}
