/**
 * The command-line words of `dealdesk quote`: `--line SKU:QTY[:DISC%]`, percentages and dates.
 * Anything malformed is a usage error (exit 2) saying what to write.
 */
import { AppError } from "../../core/appError";
import { isIsoDate } from "../../core/parseDate";
import type { QuoteLineRequest } from "../../jobs/quotes/buildQuote";

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/u;
const PERCENT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*%?$/u;

function number(text: string): number {
  return Number(text.trim().replace(",", "."));
}

/**
 * A percentage as typed (`5`, `5%`, `2,5 %`) as a fraction; USAGE error when it is not one.
 *
 * @example parsePercentArg("12,5%", "--discount") === 0.125
 */
export function parsePercentArg(text: string, option: string): number {
  const t = text.trim();
  if (!PERCENT.test(t)) {
    throw new AppError("USAGE", `${option} "${text}": write a percentage such as 5 or 12.5%.`);
  }
  return number(t.replace("%", "")) / 100;
}

/**
 * One `--line` (or `--optional`) as a line request: `SKU:QTY` or `SKU:QTY:DISC%`. The SKU may
 * be a product name, and may itself hold colons (the numbers are read from the right).
 *
 * @example parseLineArg("HW-1004:2:5%", "--line") // { sku: "HW-1004", qty: 2, discount: 0.05 }
 * @example parseLineArg("Monitors 24\":1,5", "--optional") // { sku: "Monitors 24\"", qty: 1.5, optional: true }
 */
export function parseLineArg(text: string, option: "--line" | "--optional"): QuoteLineRequest {
  const parts = text.split(":");
  const bad = (): AppError =>
    new AppError(
      "USAGE",
      `${option} "${text}": write SKU:QTY or SKU:QTY:DISCOUNT%, e.g. ${option} HW-1004:2:5%.`
    );
  let sku: string;
  let qty: number;
  let discount: number | undefined;
  const last = parts[parts.length - 1]?.trim() ?? "";
  const second = parts[parts.length - 2]?.trim() ?? "";
  if (parts.length >= 3 && NUMBER.test(second) && PERCENT.test(last)) {
    sku = parts.slice(0, -2).join(":");
    qty = number(second);
    discount = number(last.replace("%", "")) / 100;
  } else if (parts.length >= 2 && NUMBER.test(last)) {
    sku = parts.slice(0, -1).join(":");
    qty = number(last);
  } else {
    throw bad();
  }
  if (sku.trim() === "" || !Number.isFinite(qty)) throw bad();
  if (qty === 0) {
    throw new AppError("USAGE", `${option} "${text}": the quantity cannot be 0.`);
  }
  if (discount !== undefined && (discount < 0 || discount > 1)) {
    throw new AppError("USAGE", `${option} "${text}": a discount lies between 0 % and 100 %.`);
  }
  const line: QuoteLineRequest = { sku: sku.trim(), qty };
  if (discount !== undefined) line.discount = discount;
  if (option === "--optional") line.optional = true;
  return line;
}

/**
 * A `--date` value, or today in Riga when none is given; USAGE error when it is not YYYY-MM-DD.
 *
 * @example parseDateArg("2026-07-03") === "2026-07-03"
 */
export function parseDateArg(text: string | undefined, today: string): string {
  if (text === undefined) return today;
  const t = text.trim();
  if (!isIsoDate(t)) {
    throw new AppError("USAGE", `--date "${text}": write the date as YYYY-MM-DD, e.g. 2026-07-03.`);
  }
  return t;
}
