const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_1900 = 25_569;
/** Days between the 1900 and the 1904 date systems' day zero. */
const OFFSET_1904 = 1_462;

/**
 * The Excel serial a JS Date stands for. exceljs turns date-formatted numbers into Dates by
 * reading the serial as UTC days since 1899-12-30 (1904 system: since 1904-01-01), so this is its
 * exact inverse: date-only serials come back as the same integer in every time zone, times to the
 * millisecond exceljs kept.
 *
 * @example serialFromDate(new Date(Date.UTC(2026, 6, 1)), false) → 46204
 * @example serialFromDate(new Date(Date.UTC(2026, 6, 1)), true) → 44742
 */
export function serialFromDate(date: Date, date1904: boolean): number {
  const ms = date.getTime();
  // Whole days and the remainder apart, so date-only values stay exact integers.
  const days = Math.floor(ms / MS_PER_DAY);
  const rest = ms - days * MS_PER_DAY;
  const whole = days + UNIX_EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
  return rest === 0 ? whole : whole + rest / MS_PER_DAY;
}
