import { AppError } from "../../core/appError";
import type {
  BorderEdge,
  ChartPlan,
  ConditionalFormatPlan,
  FontStyle,
  FormatBlock,
  PortOptions,
  SheetPlan,
} from "../port";
import { cellAddress, columnsAddress, rangeAddress, rowsAddress } from "./a1";
import { BatchPlan } from "./batchPlan";
import { throwIfCancelled } from "./cancel";
import { charsToPoints } from "./columnWidth";
import { encodeRows, type ExcelInput } from "./encodeCell";
import { CALL_OVERHEAD_BYTES, jsonBytes } from "./payloadSize";
import { FEATURE_API, hasFeature, type ExcelFeature } from "./requirements";
import { runExcel } from "./runExcel";
import { MARKER_NAME, loadedMarkerKind, markerFormula, queueMarkerLoad } from "./sheetMarker";

/** What a write did besides the sheet itself: features the host could not do. */
export interface WriteOutcome {
  name: string;
  /** Human-readable parts skipped for lack of an ExcelApi, e.g. "print setup (needs ExcelApi 1.9)". */
  skipped: string[];
}

/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_CHARS = /[:\\/?*[\]]/;

/**
 * Checks a sheet name as Excel does (1–31 characters, none of `: \ / ? * [ ]`, no apostrophe at
 * either end, not "History"); throws AppError("WRITE_FAILED") saying what is wrong.
 */
export function assertSheetName(name: string): void {
  const problem =
    name.length === 0
      ? "is empty"
      : name.length > 31
        ? "is longer than 31 characters"
        : BAD_SHEET_CHARS.test(name)
          ? "contains one of : \\ / ? * [ ]"
          : name.startsWith("'") || name.endsWith("'")
            ? "starts or ends with an apostrophe"
            : name.toLowerCase() === "history"
              ? "is reserved by Excel"
              : null;
  if (problem) throw new AppError("WRITE_FAILED", `Sheet name "${name}" ${problem}.`);
}

const hex = (c: string): string => (c.startsWith("#") ? c : `#${c}`);

const BORDER_EDGES: Record<BorderEdge, Excel.BorderIndex[] | string[]> = {
  top: ["EdgeTop"],
  bottom: ["EdgeBottom"],
  left: ["EdgeLeft"],
  right: ["EdgeRight"],
  outline: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"],
  all: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"],
};

const CF_OPERATOR: Record<
  Extract<ConditionalFormatPlan, { type: "cellValue" }>["operator"],
  | Excel.ConditionalCellValueOperator
  | "LessThan"
  | "GreaterThanOrEqual"
  | "Between"
  | "GreaterThan"
  | "LessThanOrEqual"
  | "EqualTo"
> = {
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  greaterThan: "GreaterThan",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
};

const CHART_TYPE: Record<ChartPlan["type"], "ColumnClustered" | "Line" | "BarClustered"> = {
  columnClustered: "ColumnClustered",
  line: "Line",
  barClustered: "BarClustered",
};

const operand = (v: string): string => (v.startsWith("=") ? v : `=${v}`);

/** Sets the font properties `f` names on every cell of `range` (one call per property). */
function applyFont(range: Excel.Range, f: FontStyle): void {
  if (f.name !== undefined) range.format.font.name = f.name;
  if (f.size !== undefined) range.format.font.size = f.size;
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.color !== undefined) range.format.font.color = hex(f.color);
}

/** Calls a format block makes (for the request estimate). */
function formatCalls(b: FormatBlock): number {
  let n = 1; // getRange
  if (b.numberFormat !== undefined) n++;
  if (b.font) n += Object.keys(b.font).length;
  if (b.fill !== undefined) n++;
  if (b.border) n += BORDER_EDGES[b.border.edges].length * 4;
  if (b.horizontalAlignment) n++;
  if (b.verticalAlignment) n++;
  if (b.wrapText !== undefined) n++;
  return n;
}

function applyFormat(ws: Excel.Worksheet, b: FormatBlock): void {
  const r = ws.getRange(rangeAddress(b.range));
  // A 1×1 array is applied to every cell of the range: one call per block, not per cell.
  if (b.numberFormat !== undefined) r.numberFormat = [[b.numberFormat]];
  if (b.font) applyFont(r, b.font);
  if (b.fill !== undefined) r.format.fill.color = hex(b.fill);
  if (b.border) {
    const { style, color } = b.border;
    for (const edge of BORDER_EDGES[b.border.edges]) {
      const border = r.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = style === "medium" ? "Medium" : "Thin";
      if (color !== undefined) border.color = hex(color);
    }
  }
  if (b.horizontalAlignment) {
    r.format.horizontalAlignment =
      b.horizontalAlignment === "left"
        ? "Left"
        : b.horizontalAlignment === "center"
          ? "Center"
          : "Right";
  }
  if (b.verticalAlignment) {
    r.format.verticalAlignment =
      b.verticalAlignment === "top"
        ? "Top"
        : b.verticalAlignment === "center"
          ? "Center"
          : "Bottom";
  }
  if (b.wrapText !== undefined) r.format.wrapText = b.wrapText;
}

function applyConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const r = ws.getRange(rangeAddress(cf.range));
  if (cf.type === "dataBar") {
    const f = r.conditionalFormats.add("DataBar");
    f.dataBar.positiveFormat.fillColor = hex(cf.color);
    // Bars start at zero (as the xlsx adapter writes them), so the smallest value still shows a bar.
    f.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    return;
  }
  const f = r.conditionalFormats.add("CellValue");
  const [v1, v2] = cf.values;
  f.cellValue.rule = {
    formula1: operand(v1 ?? "0"),
    ...(v2 !== undefined ? { formula2: operand(v2) } : {}),
    operator: CF_OPERATOR[cf.operator],
  };
  if (cf.fill !== undefined) f.cellValue.format.fill.color = hex(cf.fill);
  if (cf.fontColor !== undefined) f.cellValue.format.font.color = hex(cf.fontColor);
}

/** Columns with the same width next to each other, as [first, last, chars] (1-based). */
function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i && last[2] === w) last[1] = i + 1;
    else runs.push([i + 1, i + 1, w]);
  });
  return runs;
}

interface WriteState {
  replacing: boolean;
  tmpName: string;
  /** A write batch was sent (something may have changed). */
  touched: boolean;
  /** The batch that renames the old sheet and adds the new one succeeded. */
  created: boolean;
  /** The batch that deletes the old sheet succeeded. */
  oldDeleted: boolean;
}

/**
 * Writes a sheet plan into the workbook (see `WorkbookPort.writeSheet`):
 * 1. inspect: is there a sheet of that name, and is it ours (1 sync, +1 when it exists);
 * 2. write, packed into batches of ≤ 4 MiB of request each, one sync per batch: add the sheet (the
 *    old one of ours is renamed aside first), mark it `_DealDesk` = kind, default font, tab colour,
 *    position; the values and formulas in bands of whole rows through ONE `range.formulas` assignment
 *    per band (strings made text, see `encodePlanValue`); then delete the old sheet; tables, formats
 *    per block, column widths, merges, conditional formats, freeze panes, print setup, charts,
 *    activation.
 * Syncs: 1 (+1 when replacing) + ⌈request bytes / 4 MiB⌉ (bands fill batches; at most one extra
 * batch when the small parts do not fit the last one).
 * A failure or cancellation part-way removes the half-written sheet and gives the old one its name
 * back, and the error says what state the workbook is in.
 */
export async function writeSheetPlan(
  plan: SheetPlan,
  options?: PortOptions
): Promise<WriteOutcome> {
  assertSheetName(plan.name);
  const width = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
  const rows: ExcelInput[][] = encodeRows(plan.values, width, plan.name, 1, 1);
  const skipped: string[] = [];
  const can = (feature: ExcelFeature, what: string, wanted: boolean): boolean => {
    if (!wanted) return false;
    if (hasFeature(feature)) return true;
    skipped.push(`${what} (needs ExcelApi ${FEATURE_API[feature]})`);
    return false;
  };
  const state: WriteState = {
    replacing: false,
    tmpName: `~DealDesk ${Date.now().toString(36)}`.slice(0, 31),
    touched: false,
    created: false,
    oldDeleted: false,
  };
  const signal = options?.signal;
  const progress = options?.onProgress;
  throwIfCancelled(signal, `nothing was written.`);

  try {
    await runExcel(
      async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject(plan.name);
        existing.load("name,position");
        await context.sync();
        if (!existing.isNullObject) {
          const mark = queueMarkerLoad(existing);
          await context.sync();
          if (loadedMarkerKind(mark) === null) {
            throw new AppError(
              "WRITE_FAILED",
              `A sheet named "${existing.name}" already exists and Deal Desk did not make it: rename that sheet or pick another name (Deal Desk never replaces your sheets).`
            );
          }
          state.replacing = true;
        }

        let ws: Excel.Worksheet | null = null;
        const sheet = (): Excel.Worksheet => {
          if (!ws) throw new Error("writeSheetPlan: sheet not created yet");
          return ws;
        };
        const batches = new BatchPlan();
        const tabColor =
          plan.tabColor !== undefined && can("tabColor", "tab colour", true) ? plan.tabColor : null;

        batches.add({
          tag: "create",
          bytes: CALL_OVERHEAD_BYTES * 12 + jsonBytes([plan.name, plan.kind, plan.font ?? null]),
          queue: () => {
            if (state.replacing) existing.name = state.tmpName;
            const added = context.workbook.worksheets.add(plan.name);
            ws = added;
            // Sheets written for the user (init's input sheets, the sample) carry no mark: they are
            // the team's from then on, never replaced or deleted by Deal Desk.
            if (plan.owner !== "user") {
              const mark = added.names.add(
                MARKER_NAME,
                markerFormula(plan.kind),
                "Deal Desk: marks a sheet the add-in made and may replace."
              );
              mark.visible = false;
            }
            if (plan.font) applyFont(added.getRange(), plan.font);
            if (plan.position === "first") added.position = 0;
            else if (state.replacing && plan.position === undefined)
              added.position = existing.position;
            if (tabColor !== null) added.tabColor = hex(tabColor);
          },
        });

        if (width > 0)
          batches.addRows(rows, (r0, r1, c0, c1) => {
            const block =
              c0 === 0 && c1 === width
                ? rows.slice(r0, r1)
                : rows.slice(r0, r1).map((r) => r.slice(c0, c1));
            sheet().getRange(
              rangeAddress({ row: r0 + 1, column: c0 + 1, rows: r1 - r0, columns: c1 - c0 })
            ).formulas = block;
          });

        if (state.replacing) {
          batches.add({
            tag: "deleteOld",
            bytes: CALL_OVERHEAD_BYTES,
            queue: () => existing.delete(),
          });
        }
        for (const t of plan.tables ?? []) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * 4 + jsonBytes(t),
            queue: () => {
              const table = sheet().tables.add(rangeAddress(t.range), true);
              table.name = t.name;
              if (t.style !== undefined) table.style = t.style;
              if (t.showTotalRow) table.showTotals = true;
            },
          });
        }
        for (const b of plan.formats ?? []) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * formatCalls(b) + jsonBytes(b),
            queue: () => applyFormat(sheet(), b),
          });
        }
        for (const [first, last, chars] of widthRuns(plan.columnWidths ?? [])) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * 2,
            queue: () => {
              sheet().getRange(columnsAddress(first, last)).format.columnWidth =
                charsToPoints(chars);
            },
          });
        }
        for (const m of plan.merges ?? []) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * 2,
            queue: () => sheet().getRange(rangeAddress(m)).merge(false),
          });
        }
        const cfs = plan.conditionalFormats ?? [];
        if (can("conditionalFormats", "conditional formats", cfs.length > 0)) {
          for (const cf of cfs) {
            batches.add({
              bytes: CALL_OVERHEAD_BYTES * 6 + jsonBytes(cf),
              queue: () => applyConditionalFormat(sheet(), cf),
            });
          }
        }
        const freeze = plan.freeze;
        if (freeze && can("freezePanes", "frozen panes", freeze.rows > 0 || freeze.columns > 0)) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * 3,
            queue: () => {
              const panes = sheet().freezePanes;
              if (freeze.rows > 0 && freeze.columns > 0) {
                panes.freezeAt(
                  sheet().getRange(
                    rangeAddress({ row: 1, column: 1, rows: freeze.rows, columns: freeze.columns })
                  )
                );
              } else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
              else panes.freezeColumns(freeze.columns);
            },
          });
        }
        const print = plan.print;
        if (print && can("printSetup", "print setup", true)) {
          batches.add({
            bytes: CALL_OVERHEAD_BYTES * 6 + jsonBytes(print),
            queue: () => {
              const layout = sheet().pageLayout;
              layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
              layout.paperSize = "A4";
              // One page wide, as many tall as needed (0 = automatic, as "Fit All Columns on One Page").
              if (print.fitToWidth)
                layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
              if (print.repeatRows) {
                layout.setPrintTitleRows(
                  rowsAddress(print.repeatRows.first, print.repeatRows.last)
                );
              }
              if (print.printArea) layout.setPrintArea(rangeAddress(print.printArea));
            },
          });
        }
        const charts = plan.charts ?? [];
        if (can("charts", "charts", charts.length > 0)) {
          for (const c of charts) {
            batches.add({
              bytes: CALL_OVERHEAD_BYTES * 5 + jsonBytes(c),
              queue: () => {
                const chart = sheet().charts.add(
                  CHART_TYPE[c.type],
                  sheet().getRange(rangeAddress(c.data)),
                  "Auto"
                );
                chart.title.text = c.title;
                chart.setPosition(cellAddress(c.anchor.row, c.anchor.column));
              },
            });
          }
        }
        if (plan.activate)
          batches.add({ bytes: CALL_OVERHEAD_BYTES, queue: () => sheet().activate() });

        const total = rows.length;
        let done = 0;
        progress?.({ done, total, label: `Writing ${plan.name}` });
        for (const batch of batches.result()) {
          throwIfCancelled(signal, "stopped before the sheet was complete.");
          for (const op of batch) op.queue();
          state.touched = true;
          // One sync per ≤ 4 MiB batch by design (the web's 5 MB request limit).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          for (const op of batch) {
            if (op.tag === "create") state.created = true;
            if (op.tag === "deleteOld") state.oldDeleted = true;
            done += op.rows ?? 0;
          }
          progress?.({ done, total, label: `Writing ${plan.name}` });
        }
      },
      { sheet: plan.name }
    );
  } catch (e) {
    if (!(e instanceof AppError) || !state.touched) throw e;
    const note = await undoPartialWrite(plan.name, state);
    throw new AppError(e.code, `${e.message} ${note}`, e.cause);
  }
  return { name: plan.name, skipped };
}

/**
 * After a failed or cancelled write: removes the half-written sheet and gives the old sheet of ours
 * its name back when it is still there. Returns a sentence saying what state the workbook is in.
 */
async function undoPartialWrite(name: string, state: WriteState): Promise<string> {
  const intact = `Sheet "${name}" was not written; the workbook is as it was.`;
  try {
    return await runExcel(
      async (context) => {
        const current = context.workbook.worksheets.getItemOrNullObject(name);
        current.load("name");
        const aside = state.replacing
          ? context.workbook.worksheets.getItemOrNullObject(state.tmpName)
          : null;
        aside?.load("name");
        await context.sync();
        const asideExists = aside !== null && !aside.isNullObject;
        // Once the old sheet was renamed aside, a sheet with the wanted name is the new, partial one.
        const renamed = state.created || asideExists;
        if (!current.isNullObject && (!state.replacing || renamed)) current.delete();
        if (aside !== null && asideExists) aside.name = name;
        await context.sync();
        if (state.replacing && !asideExists && (renamed || state.oldDeleted)) {
          return `The previous "${name}" had already been removed: run the job again to recreate it.`;
        }
        return intact;
      },
      { sheet: name }
    );
  } catch {
    return `Deal Desk could not remove the half-written sheet "${name}": delete it by hand, then run the job again.`;
  }
}
