import type { Locale } from "../sheets/sheetKinds";

/** Labels of the workbench page around the task pane (the pane has its own, in taskpane/i18n). */
const en = {
  title: "Deal Desk workbench",
  open: "Open .xlsx…",
  download: "Download",
  loadingSample: "Loading the sample workbook…",
  opening: "Opening {file}…",
  sheetTabs: "Sheets of the workbook",
  gridLabel: "Sheet {sheet}",
  nameBox: "Selected cell",
  emptySheet: "This sheet is empty.",
  openFailedTitle: "Could not open the file",
  downloadFailedTitle: "Could not download the workbook",
  taskPane: "Deal Desk task pane",
  workbook: "Workbook",
  darkTheme: "Dark theme",
};

const lv: typeof en = {
  title: "Deal Desk darbgalds",
  open: "Atvērt .xlsx…",
  download: "Lejupielādēt",
  loadingSample: "Ielādē parauga darbgrāmatu…",
  opening: "Atver {file}…",
  sheetTabs: "Darbgrāmatas lapas",
  gridLabel: "Lapa {sheet}",
  nameBox: "Izvēlētā šūna",
  emptySheet: "Šī lapa ir tukša.",
  openFailedTitle: "Neizdevās atvērt failu",
  downloadFailedTitle: "Neizdevās lejupielādēt darbgrāmatu",
  taskPane: "Deal Desk uzdevumrūts",
  workbook: "Darbgrāmata",
  darkTheme: "Tumšais motīvs",
};

export type WorkbenchStrings = typeof en;

/** The workbench's labels in `locale`. */
export const WORKBENCH_STRINGS: Record<Locale, WorkbenchStrings> = { en, lv };
