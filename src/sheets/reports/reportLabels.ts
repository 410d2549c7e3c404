/**
 * Every text of the report sheets (SPEC §5), in English and Latvian. Placeholders `{name}` are
 * filled by {@link fillReportLabel}.
 */
import type { Locale } from "../sheetKinds";

/** The texts of one locale. */
export interface ReportLabels {
  /** Sheet name of the summary: `Report {period}`. */
  summarySheet: string;
  /** Sheet name of a manager's report: `Report {period} {surname}`. */
  managerSheet: string;
  /** Sheet name of the issues: `Issues {period}`. */
  issuesSheet: string;
  summaryTitle: string;
  managerTitle: string;
  allManagers: string;
  subtitle: string;
  headline: string;
  revenue: string;
  target: string;
  attainment: string;
  status: string;
  variance: string;
  cost: string;
  profit: string;
  margin: string;
  profitCoverage: string;
  won: string;
  lost: string;
  winRate: string;
  avgDeal: string;
  cycleDays: string;
  pipeline: string;
  weightedPipeline: string;
  coverage: string;
  wonDeals: string;
  lostDeals: string;
  noTarget: string;
  notDefined: string;
  profitCoverageNote: string;
  attainmentNote: string;
  pipelineNote: string;
  weightedNote: string;
  coverageNote: string;
  marginNote: string;
  red: string;
  amber: string;
  green: string;
  byManager: string;
  byRep: string;
  manager: string;
  salesRep: string;
  total: string;
  teamTotal: string;
  trend: string;
  month: string;
  byDepartment: string;
  byProduct: string;
  department: string;
  product: string;
  sku: string;
  deals: string;
  share: string;
  noDepartment: string;
  noSku: string;
  notItemised: string;
  /** Deals without lines: [one, several]. */
  notItemisedDeals: readonly [string, string];
  productNote: string;
  topWon: string;
  dealId: string;
  account: string;
  owner: string;
  splitOwner: string;
  splitShare: string;
  closedOn: string;
  costFrom: string;
  costSources: Record<"cost" | "profit" | "margin", string>;
  travelCost: string;
  overdue: string;
  stage: string;
  expectedClose: string;
  daysOverdue: string;
  amount: string;
  probability: string;
  none: string;
  chartTitle: string;
  provenance: string;
  generated: string;
  generatedBy: string;
  sources: string;
  sheet: string;
  rowsRead: string;
  rowsUsed: string;
  rowsSkipped: string;
  notFound: string;
  dealsLine: string;
  /** The issues line of the footer: [one issue, several]. */
  issuesLine: readonly [string, string];
  noIssues: string;
  legend: string;
  issuesTitle: string;
  issuesIntro: string;
  row: string;
  column: string;
  value: string;
  problem: string;
  months: readonly string[];
  /** Shorter headers of table columns (the headline says each figure in full). */
  short: {
    profitCoverage: string;
    avgDeal: string;
    cycleDays: string;
    coverage: string;
    splitOwner: string;
    closedOn: string;
    daysOverdue: string;
  };
}

const EN: ReportLabels = {
  summarySheet: "Report {period}",
  managerSheet: "Report {period} {surname}",
  issuesSheet: "Issues {period}",
  summaryTitle: "Sales report {period}: {managers}",
  managerTitle: "Sales report {period}: team of {manager}",
  allManagers: "all managers",
  subtitle: "{start} – {end} · amounts in {currency}",
  headline: "Headline figures",
  revenue: "Revenue",
  target: "Target",
  attainment: "Attainment",
  status: "Status",
  variance: "Variance",
  cost: "Cost",
  profit: "Profit",
  margin: "Margin",
  profitCoverage: "Profit coverage",
  won: "Won",
  lost: "Lost",
  winRate: "Win rate",
  avgDeal: "Average deal",
  cycleDays: "Cycle days",
  pipeline: "Pipeline",
  weightedPipeline: "Weighted pipeline",
  coverage: "Coverage",
  wonDeals: "Won deals",
  lostDeals: "Lost deals",
  noTarget: "no target for the period",
  notDefined: "–",
  profitCoverageNote: "share of revenue whose cost is known",
  attainmentNote: "revenue / target",
  pipelineNote: "open deals expected to close in the period",
  weightedNote: "Σ amount × probability",
  coverageNote: "weighted pipeline / target still to reach",
  marginNote: "profit / revenue of the deals with known cost",
  red: "Red",
  amber: "Amber",
  green: "Green",
  byManager: "By manager",
  byRep: "By sales rep",
  manager: "Manager",
  salesRep: "Sales rep",
  total: "Total",
  teamTotal: "Team total",
  trend: "Monthly trend",
  month: "Month",
  byDepartment: "By department",
  byProduct: "By product",
  department: "Department",
  product: "Product",
  sku: "SKU",
  deals: "Deals",
  share: "Share",
  noDepartment: "(no department)",
  noSku: "(no SKU)",
  notItemised: "Not itemised",
  notItemisedDeals: [
    "deal without Actuals or accepted quote lines",
    "deals without Actuals or accepted quote lines",
  ],
  productNote:
    "Lines from Actuals (a deal without Actuals: its accepted quote's lines); each won deal's credited revenue is shared over its lines in proportion to their amounts, costs scaled alike.",
  topWon: "Top won deals",
  dealId: "Deal ID",
  account: "Account",
  owner: "Owner",
  splitOwner: "Split owner",
  splitShare: "Split %",
  closedOn: "Closed on",
  costFrom: "Cost from",
  costSources: { cost: "Cost", profit: "Profit", margin: "Margin %" },
  travelCost: "Travel cost",
  overdue: "Open deals past their expected close",
  stage: "Stage",
  expectedClose: "Expected close",
  daysOverdue: "Days overdue",
  amount: "Amount",
  probability: "Probability",
  none: "None.",
  chartTitle: "Revenue against target",
  provenance: "Where these figures come from",
  generated: "Generated",
  generatedBy: "by Deal Desk from the sheets below",
  sources: "Sheet",
  sheet: "Sheet",
  rowsRead: "Rows read",
  rowsUsed: "Used",
  rowsSkipped: "Skipped",
  notFound: "(not in the workbook)",
  dealsLine:
    "Deals: {used} in {period}, {other} in other periods, {noPeriod} without a date (issues), {otherScope} outside the selected teams.",
  issuesLine: [
    "{count} issue: it is listed on sheet {sheet}.",
    "{count} issues: every skipped row is listed on sheet {sheet}.",
  ],
  noIssues: "No issues: no row was skipped.",
  legend:
    "Attainment: red below 80 %, amber 80–99 %, green 100 % and above; the Status column says the same in words.",
  issuesTitle: "Issues of {report}",
  issuesIntro:
    "Rows the report skipped or could not use as written, by sheet and row as Excel shows them.",
  row: "Row",
  column: "Column",
  value: "Value",
  problem: "Problem",
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  short: {
    profitCoverage: "Profit cov.",
    avgDeal: "Avg deal",
    cycleDays: "Cycle days",
    coverage: "Coverage",
    splitOwner: "Split with",
    closedOn: "Closed on",
    daysOverdue: "Days late",
  },
};

const LV: ReportLabels = {
  summarySheet: "Pārskats {period}",
  managerSheet: "Pārskats {period} {surname}",
  issuesSheet: "Problēmas {period}",
  summaryTitle: "Pārdošanas pārskats {period}: {managers}",
  managerTitle: "Pārdošanas pārskats {period}: komanda — {manager}",
  allManagers: "visi vadītāji",
  subtitle: "{start} – {end} · summas {currency}",
  headline: "Galvenie rādītāji",
  revenue: "Ieņēmumi",
  target: "Mērķis",
  attainment: "Izpilde",
  status: "Statuss",
  variance: "Novirze",
  cost: "Izmaksas",
  profit: "Peļņa",
  margin: "Marža",
  profitCoverage: "Peļņas pārklājums",
  won: "Uzvarēti",
  lost: "Zaudēti",
  winRate: "Uzvaru īpatsvars",
  avgDeal: "Vidējais darījums",
  cycleDays: "Cikls, dienas",
  pipeline: "Piltuve",
  weightedPipeline: "Svērtā piltuve",
  coverage: "Piltuves pārklājums",
  wonDeals: "Uzvarēti darījumi",
  lostDeals: "Zaudēti darījumi",
  noTarget: "periodam nav mērķa",
  notDefined: "–",
  profitCoverageNote: "ieņēmumu daļa ar zināmām izmaksām",
  attainmentNote: "ieņēmumi / mērķis",
  pipelineNote: "atvērtie darījumi ar plānoto slēgšanu periodā",
  weightedNote: "Σ summa × varbūtība",
  coverageNote: "svērtā piltuve / vēl sasniedzamais mērķis",
  marginNote: "peļņa / ieņēmumi darījumiem ar zināmām izmaksām",
  red: "Sarkans",
  amber: "Dzeltens",
  green: "Zaļš",
  byManager: "Pa vadītājiem",
  byRep: "Pa pārdevējiem",
  manager: "Vadītājs",
  salesRep: "Pārdevējs",
  total: "Kopā",
  teamTotal: "Komandā kopā",
  trend: "Pa mēnešiem",
  month: "Mēnesis",
  byDepartment: "Pa nodaļām",
  byProduct: "Pa produktiem",
  department: "Nodaļa",
  product: "Produkts",
  sku: "Kods",
  deals: "Darījumi",
  share: "Daļa",
  noDepartment: "(bez nodaļas)",
  noSku: "(bez koda)",
  notItemised: "Nav sadalīts",
  notItemisedDeals: [
    "darījums bez Fakta vai pieņemta piedāvājuma rindām",
    "darījumi bez Fakta vai pieņemta piedāvājuma rindām",
  ],
  productNote:
    "Rindas no Fakta (darījumam bez Fakta — pieņemtā piedāvājuma rindas); katra uzvarētā darījuma ieskaitītie ieņēmumi sadalīti pa rindām proporcionāli to summām, izmaksas tāpat.",
  topWon: "Lielākie uzvarētie darījumi",
  dealId: "Darījuma ID",
  account: "Klients",
  owner: "Atbildīgais",
  splitOwner: "Dalītais atbildīgais",
  splitShare: "Dalījums %",
  closedOn: "Slēgšanas datums",
  costFrom: "Izmaksas no",
  costSources: { cost: "Izmaksas", profit: "Peļņa", margin: "Marža %" },
  travelCost: "Ceļa izdevumi",
  overdue: "Atvērtie darījumi ar nokavētu plānoto slēgšanu",
  stage: "Posms",
  expectedClose: "Plānotā slēgšana",
  daysOverdue: "Kavētas dienas",
  amount: "Summa",
  probability: "Varbūtība",
  none: "Nav.",
  chartTitle: "Ieņēmumi pret mērķi",
  provenance: "No kurienes ir šie skaitļi",
  generated: "Sagatavots",
  generatedBy: "ar Deal Desk no zemāk minētajām lapām",
  sources: "Lapa",
  sheet: "Lapa",
  rowsRead: "Nolasītas rindas",
  rowsUsed: "Izmantotas",
  rowsSkipped: "Izlaistas",
  notFound: "(darbgrāmatā nav)",
  dealsLine:
    "Darījumi: {used} periodā {period}, {other} citos periodos, {noPeriod} bez datuma (problēmas), {otherScope} ārpus izvēlētajām komandām.",
  issuesLine: [
    "{count} problēma: tā ir lapā {sheet}.",
    "{count} problēmas: katra izlaistā rinda ir lapā {sheet}.",
  ],
  noIssues: "Problēmu nav: neviena rinda nav izlaista.",
  legend:
    "Izpilde: sarkans zem 80 %, dzeltens 80–99 %, zaļš no 100 %; kolonna Statuss to pašu saka vārdos.",
  issuesTitle: "Problēmas: {report}",
  issuesIntro:
    "Rindas, ko pārskats izlaida vai nevarēja izmantot, kā rakstīts; lapa un rinda kā Excel tās rāda.",
  row: "Rinda",
  column: "Kolonna",
  value: "Vērtība",
  problem: "Problēma",
  months: [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
  ],
  short: {
    profitCoverage: "Peļņas pārkl.",
    avgDeal: "Vid. darījums",
    cycleDays: "Cikls, d.",
    coverage: "Pārklājums",
    splitOwner: "Dalīts ar",
    closedOn: "Slēgts",
    daysOverdue: "Kavēts, d.",
  },
};

/**
 * The report texts per locale.
 *
 * @example REPORT_LABELS.lv.revenue === "Ieņēmumi"
 */
export const REPORT_LABELS: Readonly<Record<Locale, ReportLabels>> = { en: EN, lv: LV };

/**
 * Fills `{name}` placeholders; an unknown placeholder stays as written.
 *
 * @example fillReportLabel("Report {period}", { period: "2026-Q3" }) === "Report 2026-Q3"
 */
export function fillReportLabel(
  text: string,
  values: Readonly<Record<string, string | number>>
): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The singular or plural of a counted word: English 1 → one; Latvian numbers ending in 1 (not
 * 11) take the singular (1, 21, 101 darījums; 11, 12 darījumi).
 *
 * @example countForm(21, "lv", ["darījums", "darījumi"]) === "darījums"
 */
export function countForm(count: number, locale: Locale, forms: readonly [string, string]): string {
  const one = locale === "lv" ? count % 10 === 1 && count % 100 !== 11 : count === 1;
  return one ? forms[0] : forms[1];
}

/**
 * A calendar month `2026-07` in words: en `July 2026`, lv `2026. gada jūlijs`.
 *
 * @example monthLabel("2026-07", "lv") === "2026. gada jūlijs"
 */
export function monthLabel(month: string, locale: Locale): string {
  const year = month.slice(0, 4);
  const name = REPORT_LABELS[locale].months[Number(month.slice(5, 7)) - 1] ?? month;
  return locale === "lv" ? `${year}. gada ${name}` : `${name} ${year}`;
}
