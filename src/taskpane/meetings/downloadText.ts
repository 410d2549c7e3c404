/** The MIME type of an iCalendar invitation (RFC 5545). */
export const ICS_MIME = "text/calendar;charset=utf-8";

/**
 * Hands text to the browser as a file download (a Blob behind a hidden link): the same in
 * Excel's task pane and in the workbench, with no network involved.
 *
 * @example downloadText(ics, "M-00012.ics", ICS_MIME)
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
