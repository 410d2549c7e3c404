import type { Issue } from "../core/issue";
import { normalizeKey } from "../core/normalizeText";
import type { CellValue, SheetBlock } from "../host/port";
import { parseA1Range } from "./a1Range";
import { cellText, columnLetter, isBlankRow } from "./cellText";
import { SHEET_FIELDS } from "./fields";
import type { FieldDef } from "./fields";
import { sheetKindDef } from "./sheetKinds";
import type { SheetKind } from "./sheetKinds";

/** A column matched to a field. */
export interface HeaderColumn {
  /** Header text as the user wrote it. */
  header: string;
  /** Excel column number, 1-based. */
  column: number;
  /** Index of the column in the block's rows. */
  index: number;
}

/**
 * Where a sheet's header and data are, and which column holds which field.
 *
 * @example
 * detectHeader(block, "deals") → { headerRow: 3, columns: { id: { header: "Darījuma ID", column: 1, index: 0 }, … },
 *   unknownColumns: ["Komentārs"], dataStart: 3, dataEnd: 120, … }
 */
export interface DetectedHeader {
  /** Index of the header row in `block.values`. */
  headerIndex: number;
  /** Excel row number of the header. */
  headerRow: number;
  /** Data rows are `block.values[dataStart .. dataEnd)`; trailing blank rows are left out. */
  dataStart: number;
  dataEnd: number;
  /** Columns of the data are `[colStart .. colEnd)` of each block row (a table's columns, or all). */
  colStart: number;
  colEnd: number;
  /** Field key → its column. */
  columns: Record<string, HeaderColumn>;
  /** Header texts of columns that are no field: kept in the sheet, ignored by the engine. */
  unknownColumns: string[];
  /** Duplicate columns and mappings that did not apply, each naming the sheet and header. */
  issues: Issue[];
  /** The Excel table whose range was used, or null for a plain range. */
  table: string | null;
}

/** A user's column choices for one sheet: field (key or English header) → header text. */
export type ColumnMapping = Readonly<Record<string, string>>;

const synonymIndexes = new Map<SheetKind, Map<string, string>>();
const fieldsByKey = new Map<SheetKind, Map<string, FieldDef>>();

function fieldMap(kind: SheetKind): ReadonlyMap<string, FieldDef> {
  let map = fieldsByKey.get(kind);
  if (!map) {
    map = new Map(SHEET_FIELDS[kind].map((f) => [f.key, f] as const));
    fieldsByKey.set(kind, map);
  }
  return map;
}

/**
 * Normalized header text → field key, for every header and synonym of `kind`. The first field
 * listing a synonym keeps it (the field table is checked by a test to have no such clash).
 */
export function synonymIndex(kind: SheetKind): ReadonlyMap<string, string> {
  let index = synonymIndexes.get(kind);
  if (!index) {
    index = new Map();
    for (const f of SHEET_FIELDS[kind]) {
      for (const name of [f.header, f.lv, ...f.synonyms]) {
        const key = normalizeKey(name);
        if (key !== "" && !index.has(key)) index.set(key, f.key);
      }
    }
    synonymIndexes.set(kind, index);
  }
  return index;
}

interface ResolvedMapping {
  /** Normalized header → field key. */
  byHeader: Map<string, string>;
  /** Field key → the header text the user gave. */
  headers: Map<string, string>;
  problems: { key: string; header: string; problem: string }[];
}

function resolveMapping(kind: SheetKind, mapping: ColumnMapping | undefined): ResolvedMapping {
  const resolved: ResolvedMapping = { byHeader: new Map(), headers: new Map(), problems: [] };
  if (!mapping) return resolved;
  const fields = SHEET_FIELDS[kind];
  for (const [name, header] of Object.entries(mapping)) {
    const wanted = normalizeKey(name);
    const def = fields.find(
      (f) =>
        normalizeKey(f.key) === wanted ||
        normalizeKey(f.header) === wanted ||
        normalizeKey(f.lv) === wanted
    );
    if (!def) {
      resolved.problems.push({
        key: name,
        header,
        problem: `column mapping "${name}=${header}": ${sheetKindDef(kind).title.en} has no field ${name}`,
      });
      continue;
    }
    resolved.byHeader.set(normalizeKey(header), def.key);
    resolved.headers.set(def.key, header);
  }
  return resolved;
}

interface RowMatch {
  columns: Record<string, HeaderColumn>;
  unknownColumns: string[];
  duplicates: { header: string; column: number; first: HeaderColumn; def: FieldDef }[];
  mappedBy: Set<string>;
  count: number;
}

function headerText(cell: CellValue): string | null {
  if (typeof cell !== "string") return cell === null ? null : cellText(cell, "General", false);
  const text = cell.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

function matchRow(
  kind: SheetKind,
  cells: readonly CellValue[],
  colStart: number,
  colEnd: number,
  firstColumn: number,
  mapping: ResolvedMapping
): RowMatch {
  const index = synonymIndex(kind);
  const byKey = fieldMap(kind);
  const match: RowMatch = {
    columns: {},
    unknownColumns: [],
    duplicates: [],
    mappedBy: new Set(),
    count: 0,
  };
  const texts: (string | null)[] = [];
  const taken = new Set<number>();
  for (let j = colStart; j < colEnd; j++) texts[j] = headerText(cells[j] ?? null);
  const claim = (key: string, j: number, header: string): void => {
    const first = match.columns[key];
    const def = byKey.get(key);
    if (first && def) {
      match.duplicates.push({ header, column: firstColumn + j, first, def });
    } else {
      match.columns[key] = { header, column: firstColumn + j, index: j };
      match.count++;
    }
    taken.add(j);
  };
  // The user's mapping claims its columns first; synonyms fill the rest.
  for (let j = colStart; j < colEnd; j++) {
    const text = texts[j];
    if (text == null) continue;
    const key = mapping.byHeader.get(normalizeKey(text));
    if (key !== undefined) {
      claim(key, j, text);
      match.mappedBy.add(key);
    }
  }
  for (let j = colStart; j < colEnd; j++) {
    const text = texts[j];
    if (text == null || taken.has(j)) continue;
    const key = index.get(normalizeKey(text));
    if (key !== undefined && !match.mappedBy.has(key)) claim(key, j, text);
    else match.unknownColumns.push(text);
  }
  return match;
}

function tableCandidates(block: SheetBlock, kind: SheetKind): { name: string; named: boolean }[] {
  const names = new Set(
    sheetKindDef(kind).names.map((n) => n.trim().toLowerCase().replace(/\s+/g, "_"))
  );
  const all = block.tables.map((t) => ({
    name: t.name,
    named: names.has(t.name.trim().toLowerCase().replace(/\s+/g, "_")),
  }));
  return [...all.filter((t) => t.named), ...all.filter((t) => !t.named)];
}

function lastDataIndex(
  block: SheetBlock,
  from: number,
  to: number,
  colStart: number,
  colEnd: number
): number {
  let end = to;
  while (end > from && isBlankRow(block.values[end - 1] ?? [], colStart, colEnd)) end--;
  return end;
}

/**
 * Finds the header row of a sheet of `kind`: the header row of an Excel table named for the
 * kind (or of any table whose header names two known fields), else the first row of the block
 * that maps to at least two known fields — title rows above it are skipped. Columns are matched
 * by header text without case, spacing, punctuation or diacritics; the user's `mapping` wins over
 * the synonyms. A second column for the same field is reported and ignored. Null when no row
 * qualifies.
 *
 * @example
 * // rows: ["Izstāde Riga Food 2026"], [], ["Uzņēmums", "E-pasts", "Piezīmes x"], ["SIA Koks", "a@b.lv", ""]
 * detectHeader(block, "leads")?.headerRow → 3 (columns company and email; "Piezīmes x" unknown)
 */
export function detectHeader(
  block: SheetBlock,
  kind: SheetKind,
  mapping?: ColumnMapping
): DetectedHeader | null {
  const resolved = resolveMapping(kind, mapping);
  const width = block.values[0]?.length ?? 0;
  const height = block.values.length;

  const found = ((): {
    headerIndex: number;
    end: number;
    colStart: number;
    colEnd: number;
    table: string | null;
    match: RowMatch;
  } | null => {
    for (const candidate of tableCandidates(block, kind)) {
      const info = block.tables.find((t) => t.name === candidate.name);
      const range = info ? parseA1Range(info.range) : null;
      if (!range) continue;
      const headerIndex = range.row - block.firstRow;
      const colStart = Math.max(0, range.column - block.firstColumn);
      const colEnd = Math.min(width, range.column - block.firstColumn + range.columns);
      if (headerIndex < 0 || headerIndex >= height || colStart >= colEnd) continue;
      const match = matchRow(
        kind,
        block.values[headerIndex] ?? [],
        colStart,
        colEnd,
        block.firstColumn,
        resolved
      );
      if (candidate.named || match.count >= 2) {
        const end = Math.min(height, headerIndex + range.rows);
        return { headerIndex, end, colStart, colEnd, table: candidate.name, match };
      }
    }
    for (let i = 0; i < height; i++) {
      const match = matchRow(kind, block.values[i] ?? [], 0, width, block.firstColumn, resolved);
      if (match.count >= 2)
        return { headerIndex: i, end: height, colStart: 0, colEnd: width, table: null, match };
    }
    return null;
  })();
  if (!found) return null;

  const { headerIndex, colStart, colEnd, match } = found;
  const headerRow = block.firstRow + headerIndex;
  const issues: Issue[] = [];
  for (const d of match.duplicates) {
    issues.push({
      sheet: block.name,
      row: headerRow,
      column: d.header,
      value: null,
      problem:
        `a second ${d.def.header} column: column ${columnLetter(d.first.column)} ` +
        `("${d.first.header}") is used, this one is ignored`,
    });
  }
  for (const p of resolved.problems) {
    issues.push({
      sheet: block.name,
      row: null,
      column: null,
      value: p.header,
      problem: p.problem,
    });
  }
  for (const [key, header] of resolved.headers) {
    if (!match.mappedBy.has(key)) {
      const name = fieldMap(kind).get(key)?.header ?? key;
      issues.push({
        sheet: block.name,
        row: headerRow,
        column: null,
        value: header,
        problem: `column mapping "${name}=${header}": no column "${header}" in the header row; the usual names were used`,
      });
    }
  }
  return {
    headerIndex,
    headerRow,
    dataStart: headerIndex + 1,
    dataEnd: lastDataIndex(block, headerIndex + 1, found.end, colStart, colEnd),
    colStart,
    colEnd,
    columns: match.columns,
    unknownColumns: match.unknownColumns,
    issues,
    table: found.table,
  };
}
