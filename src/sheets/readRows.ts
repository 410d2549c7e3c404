import { AppError } from "../core/appError";
import type { Issue, RowCounts } from "../core/issue";
import { normalizeKey } from "../core/normalizeText";
import { inferDateOrder } from "../core/parseDate";
import type { DateOrder } from "../core/parseDate";
import { inferDecimalSeparator } from "../core/parseNumber";
import type { CellValue, SheetBlock } from "../host/port";
import { cellText, isBlankCell, isBlankRow } from "./cellText";
import { detectHeader, synonymIndex } from "./detectHeader";
import type { DetectedHeader } from "./detectHeader";
import type { FieldRow } from "./fieldRow";
import { keyField, SHEET_FIELDS } from "./fields";
import type { FieldDef, FieldType } from "./fields";
import { parseFieldValue } from "./parseFieldValue";
import type { ColumnReading, FieldValue } from "./parseFieldValue";
import type { SheetKind } from "./sheetKinds";
import { isTotalLabel } from "./totalRow";

/**
 * How sheets are read: the user's column mappings (from Settings), the day/month order for
 * ambiguous text dates (Settings, DMY by default) and the fiscal year's first month.
 *
 * @example { dateOrder: "DMY", mappings: { deals: { owner: "Sales person" } } }
 */
export interface ReadOptions {
  /** Per sheet kind: field (key or English header) → header text. Wins over the synonyms. */
  mappings?: Partial<Record<SheetKind, Record<string, string>>>;
  dateOrder: DateOrder;
  /** 1–12, default 1. */
  fiscalStartMonth?: number;
}

/**
 * One sheet read into typed rows, with every row accounted for:
 * `counts.read = counts.used + counts.skipped` = the rows below the header (blank rows
 * inclusive; trailing blank rows are not rows). Every skipped row has an issue with its Excel row.
 */
export interface SheetRead<T> {
  kind: SheetKind;
  /** The sheet's actual name. */
  sheet: string;
  /** Excel row of the header, or null for an empty sheet. */
  headerRow: number | null;
  /** Field key → the header as written and its Excel column (1-based). */
  columns: Record<string, { header: string; column: number }>;
  /** Headers of columns that are no field (kept, ignored). */
  unknownColumns: string[];
  rows: T[];
  issues: Issue[];
  counts: RowCounts;
}

/** A builder's answer that skips the row (counted, and reported as an issue). */
export class RowSkip {
  constructor(
    /** Field key the problem is about, or null for the whole row. */
    readonly field: string | null,
    readonly problem: string
  ) {}
}

/** What a row builder may do besides returning its row. */
export interface RowContext {
  /** Reports a problem of a row that is still used. `value` defaults to the field's cell text. */
  issue(field: string | null, problem: string, value?: string | null): void;
  /** A value to return to skip the row: `return context.skip("end", "End is before Start")`. */
  skip(field: string | null, problem: string): RowSkip;
}

/** Turns a generic row into a typed one (or skips it). */
export type RowBuilder<T> = (row: FieldRow, context: RowContext) => T | RowSkip;

const NUMERIC: ReadonlySet<FieldType> = new Set(["number", "integer", "money", "percent"]);
const DATED: ReadonlySet<FieldType> = new Set(["date", "dateTime"]);

/**
 * The message of a missing required column, naming the sheet, the field and its usual headers.
 * @example missingColumnMessage("Deals", def) → "Deals: no Owner column — add a column named
 * Owner (or Atbildīgais, Sales rep, Rep, Pārdevējs, Salesperson), or map one in Settings."
 */
export function missingColumnMessage(sheet: string, def: FieldDef): string {
  const seen = new Set([normalizeKey(def.header)]);
  const names: string[] = [];
  for (const name of [def.lv, ...def.synonyms]) {
    const key = normalizeKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  const also = names.length > 0 ? ` (or ${names.slice(0, 5).join(", ")})` : "";
  return `${sheet}: no ${def.header} column — add a column named ${def.header}${also}, or map one in Settings.`;
}

function requireHeader(
  block: SheetBlock,
  kind: SheetKind,
  header: DetectedHeader | null
): DetectedHeader {
  if (header) {
    const missing = SHEET_FIELDS[kind].find((f) => f.required && !header.columns[f.key]);
    if (missing) throw new AppError("MISSING_COLUMN", missingColumnMessage(block.name, missing));
    return header;
  }
  const examples = SHEET_FIELDS[kind]
    .filter((f) => f.required)
    .map((f) => f.header)
    .join(", ");
  throw new AppError(
    "MISSING_COLUMN",
    `${block.name}: no header row — no row names two known columns (such as ${examples}); ` +
      "add a header row, or map the columns in Settings."
  );
}

function inferColumns(
  block: SheetBlock,
  kind: SheetKind,
  header: DetectedHeader,
  options: ReadOptions
): Map<string, ColumnReading> {
  const readings = new Map<string, ColumnReading>();
  for (const def of SHEET_FIELDS[kind]) {
    const col = header.columns[def.key];
    if (!col) continue;
    const reading: ColumnReading = {
      type: def.type,
      decimal: undefined,
      order: options.dateOrder,
      date1904: block.date1904,
    };
    if (options.fiscalStartMonth !== undefined) reading.fiscalStartMonth = options.fiscalStartMonth;
    if (NUMERIC.has(def.type) || DATED.has(def.type)) {
      const samples: string[] = [];
      for (let i = header.dataStart; i < header.dataEnd; i++) {
        const cell = block.values[i]?.[col.index];
        if (typeof cell === "string" && cell.trim() !== "") samples.push(cell.trim());
      }
      if (NUMERIC.has(def.type)) reading.decimal = inferDecimalSeparator(samples) ?? undefined;
      else reading.order = inferDateOrder(samples) ?? options.dateOrder;
    }
    readings.set(def.key, reading);
  }
  return readings;
}

function isRepeatedHeader(
  cells: readonly CellValue[],
  kind: SheetKind,
  header: DetectedHeader,
  normalize: (text: string) => string
): boolean {
  const index = synonymIndex(kind);
  const entries = Object.entries(header.columns);
  let same = 0;
  for (const [key, col] of entries) {
    const cell = cells[col.index];
    if (typeof cell !== "string") continue;
    const norm = normalize(cell);
    if (norm !== "" && (norm === normalize(col.header) || index.get(norm) === key)) same++;
  }
  return same >= Math.min(2, entries.length);
}

/** Index of the total label among the row's first two non-blank cells, or -1. */
function totalLabelIndex(cells: readonly CellValue[], from: number, to: number): number {
  let seen = 0;
  for (let j = from; j < to && seen < 2; j++) {
    const cell = cells[j] ?? null;
    if (isBlankCell(cell)) continue;
    seen++;
    if (typeof cell === "string" && isTotalLabel(cell)) return j;
  }
  return -1;
}

/**
 * Reads a sheet of `kind` into rows: finds the header (detectHeader), infers each column's
 * decimal separator and day/month order, and skips — counting each and reporting it as an issue
 * with its Excel row — blank rows, repeated header rows, total/subtotal rows without an ID, and
 * rows whose required value is missing, unusable or a cell error. An unusable optional value is
 * reported and left empty (the row is used). `build` turns each generic row into a typed one,
 * or skips it. Throws AppError("MISSING_COLUMN") when a required column is absent.
 *
 * @example
 * const deals = readRows(block, "deals", { dateOrder: "DMY" }, (r) => ({ id: requiredText(r, "id") }));
 * deals.counts → { read: 12, used: 10, skipped: 2 }
 */
export function readRows<T>(
  block: SheetBlock,
  kind: SheetKind,
  options: ReadOptions,
  build: RowBuilder<T>
): SheetRead<T> {
  return drainReadSteps(readRowsSteps(block, kind, options, build));
}

/** Rows read between two pauses of `readRowsSteps`. */
export const ROWS_PER_STEP = 2000;

/**
 * The same reading as `readRows`, in steps: the generator pauses after every `ROWS_PER_STEP`
 * rows, yielding the rows read so far, and returns the `SheetRead` at the end. A caller in a
 * task pane drains it with pauses between steps (see `jobs/readSheetInSteps`), so the pane stays
 * responsive and can cancel on 100 000-row sheets; `readRows` drains it at once.
 *
 * @example for (const step = readRowsSteps(block, "deals", o, b); ;) { const r = step.next(); if (r.done) return r.value; }
 */
export function* readRowsSteps<T>(
  block: SheetBlock,
  kind: SheetKind,
  options: ReadOptions,
  build: RowBuilder<T>
): Generator<number, SheetRead<T>, void> {
  const empty = block.values.every((row) => isBlankRow(row));
  if (empty) {
    return {
      kind,
      sheet: block.name,
      headerRow: null,
      columns: {},
      unknownColumns: [],
      rows: [],
      issues: [
        { sheet: block.name, row: null, column: null, value: null, problem: "the sheet is empty" },
      ],
      counts: { read: 0, used: 0, skipped: 0 },
    };
  }
  const header = requireHeader(block, kind, detectHeader(block, kind, options.mappings?.[kind]));
  const fields = SHEET_FIELDS[kind];
  const readings = inferColumns(block, kind, header, options);
  const key = header.columns[keyField(kind).key];
  const issues: Issue[] = [...header.issues];
  const rows: T[] = [];
  const counts: RowCounts = { read: 0, used: 0, skipped: 0 };
  // Cell texts repeat down a column (owners, stages): normalize each distinct text once.
  const normalized = new Map<string, string>();
  const normalize = (text: string): string => {
    let norm = normalized.get(text);
    if (norm === undefined) {
      norm = normalizeKey(text);
      normalized.set(text, norm);
    }
    return norm;
  };
  const headerOf = (field: string): string =>
    header.columns[field]?.header ?? fields.find((f) => f.key === field)?.header ?? field;

  for (let i = header.dataStart; i < header.dataEnd; i++) {
    const cells = block.values[i] ?? [];
    const formats = block.numberFormats[i] ?? [];
    const row = block.firstRow + i;
    if (counts.read > 0 && counts.read % ROWS_PER_STEP === 0) yield counts.read;
    counts.read++;
    const skipRow = (column: string | null, value: string | null, problem: string): void => {
      counts.skipped++;
      issues.push({ sheet: block.name, row, column, value, problem });
    };
    const textAt = (j: number): string | null =>
      cellText(cells[j] ?? null, formats[j] ?? "General", block.date1904);

    if (isBlankRow(cells, header.colStart, header.colEnd)) {
      skipRow(null, null, "blank row — skipped");
      continue;
    }
    if (isRepeatedHeader(cells, kind, header, normalize)) {
      skipRow(null, textAt(header.colStart), "repeated header row — skipped");
      continue;
    }
    const label = totalLabelIndex(cells, header.colStart, header.colEnd);
    if (label >= 0 && (!key || key.index === label || isBlankCell(cells[key.index] ?? null))) {
      const labelColumn = Object.values(header.columns).find((c) => c.index === label);
      skipRow(labelColumn?.header ?? null, textAt(label), "total row — skipped");
      continue;
    }

    const values: Record<string, FieldValue | null> = {};
    const texts: Record<string, string> = {};
    const rowIssues: Issue[] = [];
    let failure: { column: string; value: string | null; problem: string } | null = null;
    for (const def of fields) {
      const col = header.columns[def.key];
      const reading = readings.get(def.key);
      values[def.key] = null;
      if (!col || !reading) continue;
      const cell = cells[col.index] ?? null;
      const text = textAt(col.index);
      texts[def.key] = text ?? "";
      if (isBlankCell(cell)) {
        if (def.required && !failure) {
          failure = {
            column: col.header,
            value: null,
            problem: "required, but empty — row skipped",
          };
        }
        continue;
      }
      const parsed = parseFieldValue(cell, formats[col.index] ?? "General", reading);
      if (parsed.ok) {
        values[def.key] = parsed.value;
      } else if (def.required) {
        failure ??= { column: col.header, value: text, problem: `${parsed.problem} — row skipped` };
      } else {
        const outcome = def.fallback !== undefined ? `taken as ${def.fallback}` : "left empty";
        rowIssues.push({
          sheet: block.name,
          row,
          column: col.header,
          value: text,
          problem: `${parsed.problem} — ${outcome}`,
        });
      }
    }
    if (failure) {
      issues.push(...rowIssues);
      skipRow(failure.column, failure.value, failure.problem);
      continue;
    }

    const fieldRow: FieldRow = { row, values, texts };
    const context: RowContext = {
      issue: (field, problem, value) => {
        rowIssues.push({
          sheet: block.name,
          row,
          column: field === null ? null : headerOf(field),
          value:
            value !== undefined ? value : field === null ? null : (texts[field] ?? null) || null,
          problem,
        });
      },
      skip: (field, problem) => new RowSkip(field, problem),
    };
    const built = build(fieldRow, context);
    issues.push(...rowIssues);
    if (built instanceof RowSkip) {
      const value = built.field === null ? null : (texts[built.field] ?? "") || null;
      skipRow(
        built.field === null ? null : headerOf(built.field),
        value,
        `${built.problem} — row skipped`
      );
    } else {
      counts.used++;
      rows.push(built);
    }
  }

  const columns: SheetRead<T>["columns"] = {};
  for (const [k, c] of Object.entries(header.columns))
    columns[k] = { header: c.header, column: c.column };
  return {
    kind,
    sheet: block.name,
    headerRow: header.headerRow,
    columns,
    unknownColumns: header.unknownColumns,
    rows,
    issues,
    counts,
  };
}

/**
 * Reads a sheet of `kind` into generic rows (every field's typed value and cell text), with the
 * same skipping and counting as `readRows`.
 *
 * @example readFieldRows(block, "quotes", { dateOrder: "DMY" }).rows[0].values.status → "Sent"
 */
export function readFieldRows(
  block: SheetBlock,
  kind: SheetKind,
  options: ReadOptions
): SheetRead<FieldRow> {
  return readRows(block, kind, options, (row) => row);
}

/** Runs a stepwise read to its end at once. @example drainReadSteps(readRowsSteps(…)) */
export function drainReadSteps<T>(steps: Generator<number, SheetRead<T>, void>): SheetRead<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
