import { AppError } from "../../core/appError";
import type { PlanValue } from "../port";
import { cellAddress } from "./a1";

/** A value as it goes into `Range.formulas` (or `TableRowCollection.add`). */
export type ExcelInput = string | number | boolean;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;
/** Excel's limit on the characters of one formula. */
export const MAX_FORMULA_CHARS = 8192;

/**
 * What one planned value becomes in the `formulas` array Excel receives:
 * - a `FormulaValue` becomes `"=" + formula` (English, as the port promises);
 * - every non-empty string gets a leading apostrophe, Excel's text marker: Excel stores the rest as
 *   text, exactly, and shows no apostrophe. So `=HYPERLINK(…)`, `+371 2000 0000`, `-5`, `@SUM`,
 *   `\t=1`, `＝1`, `2026-07-01` or `TRUE` stay strings (SPEC §8) — never a formula, number, date or
 *   boolean. (Chosen over number format "@": that needs a second per-cell array in the request,
 *   fights the plan's own number formats, and turns later user input in those cells into text too.)
 * - numbers and booleans go as they are; null becomes "" (an empty cell).
 * Throws AppError("WRITE_FAILED") naming the cell for values Excel cannot hold.
 *
 * @example encodePlanValue("=1+1", "Leads", 2, 1) → "'=1+1"; encodePlanValue({ formula: "SUM(A1:A3)" }, …) → "=SUM(A1:A3)"
 */
export function encodePlanValue(
  v: PlanValue,
  sheet: string,
  row: number,
  column: number
): ExcelInput {
  if (v === null) return "";
  if (typeof v === "string") {
    if (v === "") return "";
    if (v.length > MAX_CELL_CHARS) {
      throw new AppError(
        "WRITE_FAILED",
        `Sheet "${sheet}", cell ${cellAddress(row, column)}: text of ${v.length} characters is longer than Excel allows (${MAX_CELL_CHARS}).`
      );
    }
    return `'${v}`;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) {
      throw new AppError(
        "WRITE_FAILED",
        `Sheet "${sheet}", cell ${cellAddress(row, column)}: ${String(v)} is not a number Excel can hold.`
      );
    }
    return v;
  }
  if (typeof v === "boolean") return v;
  const f = v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
  if (f.length > MAX_FORMULA_CHARS) {
    throw new AppError(
      "WRITE_FAILED",
      `Sheet "${sheet}", cell ${cellAddress(row, column)}: the formula is longer than Excel allows (${MAX_FORMULA_CHARS} characters).`
    );
  }
  return f;
}

/**
 * Encodes a block of planned rows, laid out from (`firstRow`, `firstColumn`), padded with "" to
 * `width` (a rectangle, as Excel wants).
 */
export function encodeRows(
  rows: readonly (readonly PlanValue[])[],
  width: number,
  sheet: string,
  firstRow: number,
  firstColumn: number
): ExcelInput[][] {
  return rows.map((row, r) => {
    const out: ExcelInput[] = new Array<ExcelInput>(width);
    for (let c = 0; c < width; c++) {
      const v = c < row.length ? row[c] : null;
      out[c] = encodePlanValue(v ?? null, sheet, firstRow + r, firstColumn + c);
    }
    return out;
  });
}
