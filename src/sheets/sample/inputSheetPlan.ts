import type { FormatBlock, PlanValue, SheetPlan } from "../../host/port";
import type { SampleBadRow, SampleSheetFacts } from "./sampleFacts";
import type { SheetKind } from "../sheetKinds";

/** How a column of an input sheet is formatted. */
export type InputColumnType =
  "text" | "money" | "date" | "percent" | "percent1" | "integer" | "number" | "time";

/** One column of an input sheet: its header and how its cells are formatted. */
export interface InputColumn {
  header: string;
  type: InputColumnType;
}

/** Excel number formats of the sample's input sheets. */
export const SAMPLE_FORMATS: Readonly<Record<Exclude<InputColumnType, "text" | "number">, string>> =
  {
    money: "#,##0.00 [$€-426]",
    date: "dd.mm.yyyy",
    percent: "0%",
    percent1: "0.0%",
    integer: "0",
    time: "hh:mm",
  };

/** What an input sheet holds, before it becomes a plan. */
export interface InputSheetSpec {
  kind: SheetKind;
  /** Sheet name (Latvian). */
  name: string;
  /** Excel table name, e.g. "Deals". */
  table: string;
  /** Rows above the header (a title block), each as wide as it needs. */
  titleRows?: PlanValue[][];
  columns: InputColumn[];
  /** Rows below the header, each exactly `columns.length` wide. */
  rows: PlanValue[][];
  /** Columns to freeze at the left (default 0). */
  freezeColumns?: number;
}

function textWidth(value: PlanValue): number {
  if (value === null) return 0;
  if (typeof value === "string") return value.length;
  // Numbers are money, dates, counts: a fixed estimate (formatted widths depend on the format).
  if (typeof value === "number") return 10;
  if (typeof value === "boolean") return 5;
  return 10;
}

function columnWidth(column: InputColumn, rows: readonly PlanValue[][], index: number): number {
  const fixed: Partial<Record<InputColumnType, number>> = {
    money: 15,
    date: 12,
    percent: 10,
    percent1: 10,
    time: 8,
    integer: 10,
  };
  let width = fixed[column.type] ?? 0;
  if (width === 0) {
    for (const row of rows) width = Math.max(width, textWidth(row[index] ?? null));
  }
  return Math.min(48, Math.max(width, column.header.length + 3, 8));
}

/**
 * The plan of an input sheet as a team keeps it: optional title rows, a bold frozen header row,
 * one Excel table over header and rows, number formats per column (money, dd.mm.yyyy dates,
 * percentages, times), column widths. Kind `input:<sheet kind>`.
 *
 * @example inputSheetPlan({ kind: "team", name: "Komanda", table: "Team", columns, rows }).tables?.[0]?.name === "Team"
 */
export function inputSheetPlan(spec: InputSheetSpec): SheetPlan {
  const width = spec.columns.length;
  const titleRows = spec.titleRows ?? [];
  for (const [i, row] of spec.rows.entries()) {
    if (row.length !== width)
      throw new Error(`${spec.name}: row ${i} has ${row.length} cells, expected ${width}`);
  }
  const headerRow = titleRows.length + 1;
  const firstDataRow = headerRow + 1;
  const lastRow = headerRow + spec.rows.length;
  const pad = (row: PlanValue[]): PlanValue[] => [
    ...row,
    ...Array<PlanValue>(Math.max(0, width - row.length)).fill(null),
  ];
  const values: PlanValue[][] = [
    ...titleRows.map(pad),
    spec.columns.map((c) => c.header),
    ...spec.rows.map((r) => r.slice()),
  ];

  const formats: FormatBlock[] = [];
  if (titleRows.length > 0) {
    formats.push({
      range: { row: 1, column: 1, rows: 1, columns: 1 },
      font: { bold: true, size: 14 },
    });
  }
  formats.push({
    range: { row: headerRow, column: 1, rows: 1, columns: width },
    font: { bold: true, color: "FFFFFF" },
    fill: "1F4E78",
    verticalAlignment: "center",
    wrapText: true,
  });
  if (spec.rows.length > 0) {
    for (const [index, column] of spec.columns.entries()) {
      if (column.type === "text" || column.type === "number") continue;
      formats.push({
        range: { row: firstDataRow, column: index + 1, rows: spec.rows.length, columns: 1 },
        numberFormat: SAMPLE_FORMATS[column.type],
      });
    }
  }

  return {
    name: spec.name,
    kind: `input:${spec.kind}`,
    values,
    formats,
    columnWidths: spec.columns.map((c, i) => columnWidth(c, spec.rows, i)),
    font: { name: "Calibri", size: 11 },
    freeze: { rows: headerRow, columns: spec.freezeColumns ?? 0 },
    tables: [
      {
        name: spec.table,
        range: { row: headerRow, column: 1, rows: lastRow - headerRow + 1, columns: width },
        style: "TableStyleMedium2",
      },
    ],
  };
}

/**
 * The row accounting of an input sheet spec: header row, data rows, and the bad rows given
 * (positions as indices into `spec.rows`, converted here to Excel rows).
 *
 * @example inputSheetFacts(spec, [{ index: 0, reason: "blank", skipped: true, column: null, value: null }]).badRows[0].row === 2
 */
export function inputSheetFacts(
  spec: InputSheetSpec,
  bad: readonly (Omit<SampleBadRow, "row"> & { index: number })[]
): SampleSheetFacts {
  const titleCount = spec.titleRows?.length ?? 0;
  const headerRow = titleCount + 1;
  const badRows = bad
    .map(({ index, ...rest }) => ({ row: headerRow + 1 + index, ...rest }))
    .sort((a, b) => a.row - b.row);
  return {
    kind: spec.kind,
    sheet: spec.name,
    table: spec.table,
    headers: spec.columns.map((c) => c.header),
    headerRow,
    titleRows: Array.from({ length: titleCount }, (_, i) => i + 1),
    firstDataRow: headerRow + 1,
    lastRow: headerRow + spec.rows.length,
    goodRows: spec.rows.length - badRows.length,
    badRows,
  };
}

/**
 * Cents as the euro number a money cell holds. @example euros(123456) === 1234.56
 */
export function euros(cents: number): number {
  return Math.round(cents) / 100;
}
