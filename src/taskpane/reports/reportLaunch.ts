/**
 * True when the pane was opened to refresh the report: the ribbon's "Refresh report" button
 * opens `taskpane.html?view=reports&run=refresh`, which generates the report at once for the
 * default period (the last closed quarter) and every manager, replacing that period's earlier
 * report sheets.
 *
 * @example reportRefreshRequested("?view=reports&run=refresh") === true
 */
export function reportRefreshRequested(search: string): boolean {
  const params = new URLSearchParams(search);
  return (
    params.get("view")?.trim().toLowerCase() === "reports" &&
    params.get("run")?.trim().toLowerCase() === "refresh"
  );
}
