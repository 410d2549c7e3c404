/**
 * Excel's column letters for a 1-based column number.
 *
 * @example columnLetters(1) // "A"
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  let n = Math.floor(column);
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * An A1 address, with the sheet name quoted as Excel writes it when it needs quotes.
 *
 * @example cellAddress(14, 2) // "B14"
 * @example cellAddress(3, 1, "Quote lines") // "'Quote lines'!A3"
 */
export function cellAddress(row: number, column: number, sheet?: string): string {
  const a1 = `${columnLetters(column)}${row}`;
  if (sheet === undefined) return a1;
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1}`;
}
