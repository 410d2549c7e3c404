import { escapeXml, parseAttributes, renderAttributes, unescapeXml } from "./xmlText";

/**
 * The defined name that marks a sheet as made by Deal Desk: scoped to that sheet, its value the
 * constant text of the plan's kind. Excel writes the same from Office.js with
 * `worksheet.names.add("_DealDesk", '="report:2026-Q3:summary"')`, so either host recognises
 * the other's sheets.
 */
export const OURS_NAME = "_DealDesk";

/** A defined name of workbook.xml, its scope resolved to a sheet name. */
export interface DefinedName {
  name: string;
  /** Sheet the name is scoped to (localSheetId), or null for a workbook-level name. */
  sheet: string | null;
  /** What it refers to, as stored (no leading "="), e.g. `'Deals'!$A$1:$K$9` or `"quote:Q-7"`. */
  text: string;
  /** Other attributes (hidden, comment, …) kept as they were. */
  attributes: [string, string][];
}

/** What workbook.xml says about sheets and names. */
export interface WorkbookXmlInfo {
  /** Sheet names in workbook order (the order `localSheetId` counts in). */
  sheets: string[];
  names: DefinedName[];
  date1904: boolean;
}

/**
 * Reads the sheet list and every defined name from workbook.xml, including those exceljs
 * cannot keep (sheet-scoped names, constants, formulas).
 *
 * @example readWorkbookXml(xml).names → [{ name: "_DealDesk", sheet: "Pārskats", text: '"report:2026-Q3"', attributes: [["hidden","1"]] }]
 */
export function readWorkbookXml(xml: string): WorkbookXmlInfo {
  const sheets: string[] = [];
  const sheetsBlock = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? "";
  for (const m of sheetsBlock.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = new Map(parseAttributes(m[0])).get("name");
    if (name !== undefined) sheets.push(name);
  }
  const names: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g
  )) {
    const attributes = parseAttributes(`<x ${m[1] ?? ""}>`);
    const name = attributes.find(([k]) => k === "name")?.[1];
    if (name === undefined) continue;
    const local = attributes.find(([k]) => k === "localSheetId")?.[1];
    const sheet = local === undefined ? null : (sheets[Number(local)] ?? undefined);
    if (sheet === undefined) continue; // scoped to a sheet that is not a worksheet any more
    names.push({
      name,
      sheet,
      text: unescapeXml(m[2] ?? ""),
      attributes: attributes.filter(([k]) => k !== "name" && k !== "localSheetId"),
    });
  }
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml)?.[0];
  const d = pr ? new Map(parseAttributes(pr)).get("date1904") : undefined;
  return { sheets, names, date1904: d === "1" || d === "true" };
}

/**
 * workbook.xml with its `<definedNames>` replaced by `names` (none: the element is dropped).
 * `localSheetId` is counted from the `<sheets>` of this very XML; names scoped to a sheet it
 * does not list are left out.
 */
export function writeDefinedNames(xml: string, names: DefinedName[]): string {
  const { sheets } = readWorkbookXml(xml);
  const index = new Map(sheets.map((s, i) => [s.toLowerCase(), i]));
  const body = names
    .map((n) => {
      const attrs: [string, string][] = [["name", n.name]];
      if (n.sheet !== null) {
        const i = index.get(n.sheet.toLowerCase());
        if (i === undefined) return "";
        attrs.push(["localSheetId", String(i)]);
      }
      return `<definedName${renderAttributes([...attrs, ...n.attributes])}>${escapeXml(n.text)}</definedName>`;
    })
    .join("");
  const stripped = xml.replace(
    /<(?:\w+:)?definedNames\b[^>]*\/>|<(?:\w+:)?definedNames\b[\s\S]*?<\/(?:\w+:)?definedNames>/,
    ""
  );
  if (body === "") return stripped;
  return stripped.replace(
    /<\/(?:\w+:)?sheets>/,
    (end) => `${end}<definedNames>${body}</definedNames>`
  );
}

/**
 * The text of a defined name holding a constant string, or null when it holds something else.
 *
 * @example constantText('"report:2026-Q3"') → "report:2026-Q3"; constantText('="a""b"') → 'a"b'
 */
export function constantText(text: string): string | null {
  const m = /^\s*=?\s*"((?:[^"]|"")*)"\s*$/.exec(text);
  return m ? (m[1] ?? "").replace(/""/g, '"') : null;
}

/** A constant string as a defined name stores it. @example constantFormula('a"b') → '"a""b"' */
export function constantFormula(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
