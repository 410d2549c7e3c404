import { AppError } from "../../core/appError";
import type { PlanValue } from "../port";

/** A value as exceljs takes it for a cell we write. */
export type ExcelValue =
  | null
  | string
  | number
  | boolean
  | { formula: string; result?: number | string | boolean | { error: ExcelErrorText } };

/** The error values exceljs can store as a formula's cached result. */
type ExcelErrorText = "#N/A" | "#REF!" | "#NAME?" | "#DIV/0!" | "#NULL!" | "#VALUE!" | "#NUM!";
const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#VALUE!",
  "#NUM!",
];

/**
 * The exceljs value of a planned cell. Strings stay strings whatever they start with (exceljs
 * writes them as shared strings, never as formulas; `toBuffer` escapes what XML cannot carry
 * and adds the quote prefix); only a `FormulaValue` makes a formula,
 * without its leading "=". A number Excel cannot store (NaN, ±Infinity) is refused, naming the cell.
 *
 * @example excelValue("=1+1", "Report!B2") → "=1+1"   (text)
 * @example excelValue({ formula: "=SUM(B2:B9)", result: 10 }, "Report!B10") → { formula: "SUM(B2:B9)", result: 10 }
 */
export function excelValue(value: PlanValue, where: string): ExcelValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new AppError(
        "WRITE_FAILED",
        `${where}: ${String(value)} is not a number Excel can store.`
      );
    }
    return value;
  }
  if (typeof value === "boolean") return value;
  const formula = value.formula.replace(/^\s*=/, "");
  if (formula.trim() === "") throw new AppError("WRITE_FAILED", `${where}: empty formula.`);
  const { result } = value;
  if (result === undefined) return { formula };
  if (typeof result === "number" && !Number.isFinite(result)) return { formula };
  if (typeof result === "object") {
    return EXCEL_ERRORS.includes(result.error)
      ? { formula, result: { error: result.error as ExcelErrorText } }
      : { formula };
  }
  return { formula, result };
}
