/**
 * English labels of the task pane. The key set is the contract: `lv.ts` must have every key
 * (the type enforces it, a test checks it at run time). `{name}` marks a value filled in by `fill`.
 */
export const en = {
  appTitle: "Deal Desk",
  navLabel: "Deal Desk views",
  viewHome: "Home",
  viewSettings: "Settings",

  cancel: "Cancel",
  working: "Working…",
  errorTitle: "Could not finish",
  cancelledTitle: "Cancelled",
  unexpectedError:
    "Something unexpected went wrong ({message}). Try again; if it keeps happening, reload Deal Desk.",

  homeIntro: "Check reads every sheet Deal Desk uses and lists the rows it would skip, and why.",
  checkWorkbook: "Check workbook",
  prepareWorkbook: "Prepare workbook",
  prepareHint:
    "Adds the sheets the workbook lacks, with their headers. Existing sheets are not touched.",
  preparedTitle: "Workbook prepared",
  preparedAdded: "Added: {sheets}.",
  preparedNothing: "The workbook already has every sheet.",

  sheetsHeading: "Sheets",
  sheetsTableLabel: "Sheets found and their rows",
  colKind: "Kind",
  colSheet: "Sheet",
  colRead: "Read",
  colUsed: "Used",
  colSkipped: "Skipped",
  sheetMissing: "missing",
  sheetUnreadable: "not read",
  rowsSummary: "{read} rows read: {used} used, {skipped} skipped.",
  missingSheets: "Missing sheets: {sheets}. “Prepare workbook” adds them.",

  issuesHeading: "Issues ({count})",
  issuesTableLabel: "Rows skipped and why; select one to go to its cell",
  issuesNone: "No issues: every row read was used.",
  issuesHint: "Select an issue to go to its cell.",
  colWhere: "Where",
  colValue: "Value",
  colProblem: "Problem",
  goToCell: "{sheet} {row}: go to the cell",
  goToSheet: "{sheet}: go to the sheet",
  pageInfo: "{from}–{to} of {total}",
  previousPage: "Previous page",
  nextPage: "Next page",
  filterSheet: "Show issues of",
  allSheets: "All sheets",

  settingsIntro: "Edit the Settings sheet. Each value is checked before anything is written.",
  settingsNoSheet:
    "The workbook has no Settings sheet yet: defaults are shown, and saving creates the sheet.",
  settingsSheet: "From sheet {sheet}.",
  settingDefault: "default",
  settingsIssues: "Settings with problems ({count}); defaults are used for them:",
  saveSettings: "Save settings",
  reloadSettings: "Reload",
  settingsNoChanges: "Nothing changed: no setting was written.",
  settingsFixFirst: "Nothing was saved: fix the settings marked in red first.",
  settingsSavedTitle: "Settings saved",
  settingsSaved: "Saved: {keys}.",
  settingsNotSaved: "Nothing was saved:",

  notInExcelTitle: "Open Deal Desk from Excel",
  notInExcel:
    "This page is the add-in's task pane: open it from the Deal Desk group on Excel's Home tab. To try Deal Desk without Excel, open the workbench page.",
  apiTooOldTitle: "This Excel is too old for Deal Desk",
  apiTooOld:
    "Deal Desk needs the Excel JavaScript API {version} or newer. Update Office, or use Excel on the web.",
} as const;

/** Every label key of the task pane. */
export type StringKey = keyof typeof en;

/** A complete set of labels in one language. */
export type Strings = Record<StringKey, string>;
