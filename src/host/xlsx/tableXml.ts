import { parseRangeA1, rangeA1 } from "./a1";
import { parseAttributes, removeAttribute, setAttribute, unescapeXml } from "./xmlText";

/** What a table part says of itself. */
export interface TableXmlInfo {
  /** The part's `name` (exceljs keys tables by it). */
  name: string;
  /** The name users see and formulas use (usually the same). */
  displayName: string;
  ref: string;
  /** False only when the part says `headerRowCount="0"` (the default is one header row). */
  headerRow: boolean;
  totalsRow: boolean;
}

/** Reads name, ref, header and totals rows of an xl/tables/tableN.xml part; null when it is not one. */
export function readTableXml(xml: string): TableXmlInfo | null {
  const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  if (!tag) return null;
  const a = new Map(parseAttributes(tag));
  const name = a.get("name") ?? a.get("displayName");
  const ref = a.get("ref");
  if (!name || !ref) return null;
  return {
    name,
    displayName: a.get("displayName") ?? name,
    ref,
    headerRow: a.get("headerRowCount") !== "0",
    totalsRow: Number(a.get("totalsRowCount") ?? "0") > 0,
  };
}

/** Cell-format and style references that point into the styles.xml the file came with. */
const STYLE_REFERENCES = [
  "dataDxfId",
  "headerRowDxfId",
  "totalsRowDxfId",
  "headerRowBorderDxfId",
  "tableBorderDxfId",
  "totalsRowBorderDxfId",
  "dataCellStyle",
  "headerRowCellStyle",
  "totalsRowCellStyle",
];

/**
 * A table part as the file had it, brought up to date: its new `id`, its (possibly grown) `ref`
 * and the autoFilter's ref. Everything else — header row, filter buttons, calculated columns,
 * totals formulas, style — stays as the user made it (exceljs would rewrite the part without
 * the header row and with hidden filter buttons). References into the old styles.xml (dxf ids,
 * cell style names) are dropped: styles.xml is written anew.
 *
 * @example patchTableXml(original, { id: 3, ref: "A1:K121" })
 */
export function patchTableXml(xml: string, update: { id: number; ref: string }): string {
  const info = readTableXml(xml);
  let out = xml.replace(/<(?:\w+:)?table\b[^>]*>/, (tag) => {
    let t = setAttribute(tag, "id", String(update.id));
    t = setAttribute(t, "ref", update.ref);
    for (const attr of STYLE_REFERENCES) t = removeAttribute(t, attr);
    return t;
  });
  out = out.replace(/<(?:\w+:)?tableColumn\b[^>]*>/g, (tag) => {
    let t = tag;
    for (const attr of STYLE_REFERENCES) t = removeAttribute(t, attr);
    return t;
  });
  const range = parseRangeA1(update.ref);
  if (range && info) {
    const filterRows = range.rows - (info.totalsRow ? 1 : 0);
    const filterRef = rangeA1({ ...range, rows: Math.max(1, filterRows) });
    out = out.replace(/<(?:\w+:)?autoFilter\b[^>]*>/, (tag) => setAttribute(tag, "ref", filterRef));
  }
  return out;
}

/**
 * Calculated-column formulas of a table part, by 0-based column index: what Excel fills into
 * a new row of the table.
 *
 * @example readCalculatedColumns(xml).get(3) → 'IF(Leads[[#This Row],[Employees]]>50,"large","small")'
 */
export function readCalculatedColumns(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  const cols =
    /<(?:\w+:)?tableColumns\b[^>]*>([\s\S]*?)<\/(?:\w+:)?tableColumns>/.exec(xml)?.[1] ?? "";
  let index = 0;
  for (const m of cols.matchAll(
    /<(?:\w+:)?tableColumn\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?tableColumn>)/g
  )) {
    const f =
      /<(?:\w+:)?calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/(?:\w+:)?calculatedColumnFormula>/.exec(
        m[1] ?? ""
      );
    if (f?.[1]) out.set(index, unescapeXml(f[1]));
    index++;
  }
  return out;
}
