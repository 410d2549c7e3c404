import type { WorkbookPort } from "../host/port";
import { checkWorkbook, type CheckResult } from "./checkWorkbook";
import { demoLeads, type DemoLeads } from "./leads/demoLeads";
import { demoQuotes, type DemoQuotes } from "./quotes/demoQuotes";
import type { JobOptions } from "./jobOptions";
import { planMeetings, type PlanMeetingsResult } from "./meetings/planMeetings";
import { DEFAULT_SAMPLE_TODAY } from "../sheets/sample/generateSampleWorkbook";
import { generateReport, type ReportDocument } from "./reports/generateReport";
import { lastClosedQuarter } from "./reports/lastClosedQuarter";
import { demoRetro } from "./retro/demoRetro";
import type { RetroResult } from "./retro/generateRetro";
import { writeSampleWorkbook } from "./writeSampleWorkbook";

/** What the demo did, step by step, for the terminal summary and `demo --json`. */
export interface DemoResult {
  ok: true;
  /** Every sheet written, in order. */
  sheets: string[];
  /** The sample's own sheets (Settings and the team's input sheets). */
  sampleSheets: string[];
  check: CheckResult;
  /** A new show's exhibitor list imported into the Leads sheet, owners assigned, call sheets. */
  leads: DemoLeads;
  /** The demo's quotes: one approved by a manager, one revised (R2), one accepted (deal Won). */
  quotes: DemoQuotes;
  /** The retrospective of the first complex deal with Actuals (and the Lessons sheet). */
  retro: RetroResult;
  /** The last closed quarter's report for all managers (2026-Q3 for the sample's 2026-11-27). */
  report: ReportDocument;
  /** The trip plan of the meetings planned from the sample's today (with its one clash); no .ics files. */
  meetings: PlanMeetingsResult;
}

/**
 * The demo: fills an empty workbook with the Latvian sample, then runs every job on it as of the
 * sample's today (2026-11-27): check, a new show's exhibitor list into the leads (owners and
 * call sheets), three quotes through their life, the last closed quarter's
 * report for all managers, a retrospective of a complex won deal, and the trip plan of the
 * planned meetings (Trips sheet). A new job adds its step here.
 *
 * @example const demo = await runDemo(createXlsx()); demo.report.period // "2026-Q3"
 */
export async function runDemo(port: WorkbookPort, options?: JobOptions): Promise<DemoResult> {
  const sample = await writeSampleWorkbook(port, options);
  const check = await checkWorkbook(port, options);
  const leads = await demoLeads(port, DEFAULT_SAMPLE_TODAY, options);
  const quotes = await demoQuotes(port, DEFAULT_SAMPLE_TODAY, options);
  const report = await generateReport(
    port,
    { period: lastClosedQuarter(DEFAULT_SAMPLE_TODAY).key, today: DEFAULT_SAMPLE_TODAY },
    options
  );
  const retro = await demoRetro(port, DEFAULT_SAMPLE_TODAY, options);
  const meetings = await planMeetings(port, { today: DEFAULT_SAMPLE_TODAY }, options);
  return {
    ok: true,
    sheets: [
      ...sample.sheets,
      ...leads.sheets.filter((s) => !sample.sheets.includes(s)),
      ...quotes.sheets,
      ...report.sheets,
      ...retro.sheets,
      ...meetings.sheets,
    ],
    sampleSheets: sample.sheets,
    check,
    leads,
    report,
    retro,
    quotes,
    meetings,
  };
}
