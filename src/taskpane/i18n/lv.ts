import type { Strings } from "./en";

/** Latvian labels of the task pane (every key of `en`). */
export const lv: Strings = {
  appTitle: "Deal Desk",
  navLabel: "Deal Desk skati",
  viewHome: "Sākums",
  viewSettings: "Iestatījumi",

  cancel: "Atcelt",
  working: "Strādā…",
  errorTitle: "Neizdevās pabeigt",
  cancelledTitle: "Atcelts",
  unexpectedError:
    "Notika kas negaidīts ({message}). Mēģiniet vēlreiz; ja tas atkārtojas, pārlādējiet Deal Desk.",

  homeIntro:
    "Pārbaude nolasa visas Deal Desk izmantotās lapas un parāda, kuras rindas tiktu izlaistas un kāpēc.",
  checkWorkbook: "Pārbaudīt darbgrāmatu",
  prepareWorkbook: "Sagatavot darbgrāmatu",
  prepareHint: "Pievieno trūkstošās lapas ar to virsrakstiem. Esošās lapas netiek mainītas.",
  preparedTitle: "Darbgrāmata sagatavota",
  preparedAdded: "Pievienotas: {sheets}.",
  preparedNothing: "Darbgrāmatā jau ir visas lapas.",

  sheetsHeading: "Lapas",
  sheetsTableLabel: "Atrastās lapas un to rindas",
  colKind: "Veids",
  colSheet: "Lapa",
  colRead: "Nolasītas",
  colUsed: "Izmantotas",
  colSkipped: "Izlaistas",
  sheetMissing: "nav",
  sheetUnreadable: "nenolasīta",
  rowsSummary: "Nolasītas {read} rindas: {used} izmantotas, {skipped} izlaistas.",
  missingSheets: "Trūkst lapu: {sheets}. “Sagatavot darbgrāmatu” tās pievieno.",

  issuesHeading: "Problēmas ({count})",
  issuesTableLabel: "Izlaistās rindas un iemesli; izvēlieties kādu, lai pārietu uz tās šūnu",
  issuesNone: "Problēmu nav: visas nolasītās rindas izmantotas.",
  issuesHint: "Izvēlieties problēmu, lai pārietu uz tās šūnu.",
  colWhere: "Kur",
  colValue: "Vērtība",
  colProblem: "Problēma",
  goToCell: "{sheet} {row}: pāriet uz šūnu",
  goToSheet: "{sheet}: pāriet uz lapu",
  pageInfo: "{from}–{to} no {total}",
  previousPage: "Iepriekšējā lappuse",
  nextPage: "Nākamā lappuse",
  filterSheet: "Rādīt problēmas lapā",
  allSheets: "Visas lapas",

  settingsIntro: "Rediģējiet iestatījumu lapu. Katra vērtība tiek pārbaudīta pirms saglabāšanas.",
  settingsNoSheet:
    "Darbgrāmatā vēl nav iestatījumu lapas: redzamas noklusējuma vērtības, un saglabājot lapa tiks izveidota.",
  settingsSheet: "No lapas {sheet}.",
  settingDefault: "noklusējums",
  settingsIssues: "Iestatījumi ar problēmām ({count}); tiem izmanto noklusējumu:",
  saveSettings: "Saglabāt iestatījumus",
  reloadSettings: "Pārlādēt",
  settingsNoChanges: "Nekas nav mainīts: neviens iestatījums netika ierakstīts.",
  settingsFixFirst: "Nekas netika saglabāts: vispirms izlabojiet sarkanā iezīmētos iestatījumus.",
  settingsSavedTitle: "Iestatījumi saglabāti",
  settingsSaved: "Saglabāti: {keys}.",
  settingsNotSaved: "Nekas netika saglabāts:",

  notInExcelTitle: "Atveriet Deal Desk no Excel",
  notInExcel:
    "Šī lapa ir pievienojumprogrammas uzdevumrūts: atveriet to no Deal Desk grupas Excel cilnē Sākums. Lai izmēģinātu Deal Desk bez Excel, atveriet darbgaldu.",
  apiTooOldTitle: "Šī Excel versija Deal Desk ir par vecu",
  apiTooOld:
    "Deal Desk vajag Excel JavaScript API {version} vai jaunāku. Atjauniniet Office vai izmantojiet Excel tīmeklī.",
};
