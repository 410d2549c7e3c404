/**
 * Column widths: the port speaks characters (Excel's own unit in the UI and in .xlsx files),
 * `Range.format.columnWidth` speaks points.
 *
 * Excel's width in characters counts the maximum digit width of the default font (7 px for Calibri 11
 * and Arial 10 at 96 dpi) and adds 5 px of cell padding: pixels = chars × 7 + 5. One pixel is 0.75 pt
 * at 96 dpi. Excel's default 8.43 characters → 64 px → 48 pt, which this formula reproduces.
 */

/** Maximum digit width of the default font, in pixels. */
export const DIGIT_WIDTH_PX = 7;
/** Cell padding Excel adds to every column, in pixels. */
export const COLUMN_PADDING_PX = 5;

/**
 * Points for a width in characters (rounded to 0.01 pt); 0 hides nothing and stays 0.
 * @example charsToPoints(10) → 56.25; charsToPoints(8.43) → 48
 */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  const px = Math.round(chars * DIGIT_WIDTH_PX + COLUMN_PADDING_PX);
  return Math.round(px * 0.75 * 100) / 100;
}
