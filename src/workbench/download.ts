/** The MIME type of an .xlsx workbook. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Hands bytes to the browser as a file download named `fileName`.
 *
 * @example saveBytes(await wb.toBuffer(), "deal-desk-sample.xlsx")
 */
export function saveBytes(bytes: Uint8Array, fileName: string, type: string = XLSX_MIME): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
