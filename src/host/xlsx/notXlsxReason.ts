/**
 * Why bytes are not an .xlsx package, judged from their first bytes, in words for the user;
 * null when they may be one (a zip).
 *
 * @example notXlsxReason(new TextEncoder().encode("Company,Email\n")) → "it is a text file (CSV?); open it in Excel and save it as .xlsx"
 */
export function notXlsxReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "the file is empty";
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7)) return null;
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) {
    return "it is an old .xls workbook or a password-protected file; save it as .xlsx without a password";
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512));
  if (/^\s*</.test(head)) return "it is an XML or HTML file; save it as .xlsx";
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x08\x0E-\x1A]/.test(head))
    return "it is a text file (CSV?); open it in Excel and save it as .xlsx";
  return "it is not a zip package";
}
