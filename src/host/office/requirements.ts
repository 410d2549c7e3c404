/**
 * ExcelApi requirement sets of the Office adapter: the lowest one it cannot run without, and the
 * features it skips on hosts that lack them.
 *
 * Why 1.4: `Worksheet.names` / `NamedItemCollection.add` (the `_DealDesk` marker of the sheets we
 * write), `getUsedRangeOrNullObject` and `getItemOrNullObject` are ExcelApi 1.4. Everything else the
 * core needs is older: `Range.formulas/values/numberFormat/valueTypes`, tables, charts (1.1),
 * `Range.merge`, `format.columnWidth`, `workbook.functions` (1.2), `Table.showTotals` (1.3).
 */

/**
 * The ExcelApi the add-in declares in its manifest (`<Set Name="ExcelApi" MinVersion="1.9"/>`).
 * The adapter itself runs from 1.4 (above), but the task pane is ES2020 React + Fluent UI, which the
 * Internet Explorer / EdgeHTML webviews of Excel 2016 and 2019 (ExcelApi ≤ 1.8) cannot run: declaring
 * 1.9 keeps the add-in from installing where it would show a broken pane, and makes print setup
 * (1.9), freeze panes (1.7) and conditional formats (1.6) available wherever it does install.
 * The feature checks below stay: they cost nothing and guard hosts that misreport their sets.
 */
export const REQUIRED_API = "1.9";

/** A part of a sheet plan that needs more than {@link REQUIRED_API}; skipped where the host lacks it. */
export type ExcelFeature =
  "charts" | "date1904" | "conditionalFormats" | "freezePanes" | "tabColor" | "printSetup";

/**
 * The ExcelApi version each feature needs.
 * charts 1.1 (`ChartCollection.add`, `Chart.setPosition`); date1904 1.2 (read through
 * `workbook.functions.date`, see `officeReadSheet`); conditional formats 1.6; freeze panes and tab
 * colour 1.7; page layout (orientation, paper size, fit to width, print titles, print area) 1.9.
 */
export const FEATURE_API: Readonly<Record<ExcelFeature, string>> = {
  charts: "1.1",
  date1904: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  printSetup: "1.9",
};

/**
 * True when the running host supports ExcelApi `version` (e.g. "1.9"). False outside Office
 * (no `Office` global), so callers can use it anywhere.
 *
 * @example hasApi("1.9") // Excel on the web → true; Excel 2016 MSI → false
 */
export function hasApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements) return false;
  return requirements.isSetSupported("ExcelApi", version);
}

/** True when the host supports `feature` (see {@link FEATURE_API}). @example hasFeature("printSetup") */
export function hasFeature(feature: ExcelFeature): boolean {
  return hasApi(FEATURE_API[feature]);
}

/** Every feature with its availability on this host, e.g. for a "what this Excel can do" line. */
export function excelFeatures(): Record<ExcelFeature, boolean> {
  const out = {} as Record<ExcelFeature, boolean>;
  for (const f of Object.keys(FEATURE_API) as ExcelFeature[]) out[f] = hasFeature(f);
  return out;
}
