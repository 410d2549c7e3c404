import type { RowRef } from "../core/model";
import type { FieldValue } from "./parseFieldValue";

/**
 * One data row read generically: every field of the sheet kind with its typed value (null when
 * the column is absent, the cell blank, or the value unusable) and its cell text as written.
 *
 * @example
 * { row: 7, values: { id: "D-1", owner: "Ozols", amount: 1250000, closedOn: null, … },
 *   texts: { id: "D-1", owner: "Ozols", amount: "12 500,00", closedOn: "", … } }
 */
export interface FieldRow extends RowRef {
  values: Readonly<Record<string, FieldValue | null>>;
  /** Cleaned cell text of each mapped field ("" when blank); absent fields are missing. */
  texts: Readonly<Record<string, string>>;
}

/** The text value of a field, or null. @example textOf(row, "owner") → "Ozols" */
export function textOf(row: FieldRow, key: string): string | null {
  const v = row.values[key];
  return typeof v === "string" ? v : null;
}

/** The number value of a field (cents for money, a fraction for percent), or null. */
export function numberOf(row: FieldRow, key: string): number | null {
  const v = row.values[key];
  return typeof v === "number" ? v : null;
}

/** The yes/no value of a field, or null. @example booleanOf(row, "active") → true */
export function booleanOf(row: FieldRow, key: string): boolean | null {
  const v = row.values[key];
  return typeof v === "boolean" ? v : null;
}

/**
 * The value of a required text field. The reader skips rows without one, so a null here is a
 * bug in the reader, not a user's mistake.
 */
export function requiredText(row: FieldRow, key: string): string {
  const v = textOf(row, key);
  if (v === null) throw new Error(`internal: row ${row.row} reached the builder without ${key}`);
  return v;
}

/** The value of a required number field (see `requiredText`). */
export function requiredNumber(row: FieldRow, key: string): number {
  const v = numberOf(row, key);
  if (v === null) throw new Error(`internal: row ${row.row} reached the builder without ${key}`);
  return v;
}
