/**
 * The Leads sheet for a workbook that has none yet: `init`'s sheet (headers in the locale, an
 * Excel table, formats on every data row) holding the imported leads. The team owns it from then.
 */
import type { SheetPlan } from "../../host/port";
import { SHEET_FIELDS } from "../fields";
import { inputSheetPlan } from "../inputSheetPlans";
import { recordInColumns, type RegisterRecord } from "../quotes/registerRows";
import type { Locale } from "../sheetKinds";

/**
 * A new Leads sheet with `records` (field key → value) as its rows, in the field order of SPEC §2.
 *
 * @example newLeadsSheetPlan("lv", [{ id: "L-00001", company: "SIA Koks" }]).name === "Potenciālie klienti"
 */
export function newLeadsSheetPlan(
  locale: Locale,
  records: readonly RegisterRecord[],
  date1904 = false
): SheetPlan {
  const base = inputSheetPlan("leads", locale);
  const fields = SHEET_FIELDS.leads;
  const n = Math.max(1, records.length);
  const formatOf = (column: number): string =>
    base.formats?.find((f) => f.range.row === 2 && f.range.column === column)?.numberFormat ??
    "General";
  const columns = Object.fromEntries(fields.map((f, i) => [f.key, { column: i + 1 }]));
  const rows = records.map((r) => {
    const row = recordInColumns(r, columns, 1, formatOf, date1904);
    while (row.length < fields.length) row.push(null);
    return row;
  });
  return {
    ...base,
    values: [base.values[0] ?? [], ...(rows.length > 0 ? rows : [fields.map(() => null)])],
    formats: (base.formats ?? []).map((f) =>
      f.range.row === 2 ? { ...f, range: { ...f.range, rows: n } } : f
    ),
    tables: (base.tables ?? []).map((t) => ({ ...t, range: { ...t.range, rows: 1 + n } })),
    owner: "user",
  };
}
