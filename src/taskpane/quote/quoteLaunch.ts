/**
 * True when the pane was opened to quote the deal selected in Excel: the ribbon's "New quote"
 * button opens `taskpane.html?view=quote&from=selection`.
 *
 * @example quoteFromSelection("?view=quote&from=selection") === true
 */
export function quoteFromSelection(search: string): boolean {
  const params = new URLSearchParams(search);
  return (
    params.get("view")?.trim().toLowerCase() === "quote" &&
    params.get("from")?.trim().toLowerCase() === "selection"
  );
}
