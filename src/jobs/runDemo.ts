import type { WorkbookPort } from "../host/port";
import { checkWorkbook, type CheckResult } from "./checkWorkbook";
import { demoQuotes, type DemoQuotes } from "./quotes/demoQuotes";
import type { JobOptions } from "./jobOptions";
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
  check: CheckResult;
  /** The demo's quotes: one approved by a manager, one revised (R2), one accepted (deal Won). */
  quotes: DemoQuotes;
  /** The retrospective of the first complex deal with Actuals (and the Lessons sheet). */
  retro: RetroResult;
  /** The last closed quarter's report for all managers (2026-Q3 for the sample's 2026-11-27). */
  report: ReportDocument;
}

/**
 * The demo: fills an empty workbook with the Latvian sample, then runs every job that exists
 * on it (today: check). Later jobs append their steps here.
 *
 * @example const demo = await runDemo(createXlsx()); demo.check.rows.used // 3 700+
 */
export async function runDemo(port: WorkbookPort, options?: JobOptions): Promise<DemoResult> {
  const sample = await writeSampleWorkbook(port, options);
  const check = await checkWorkbook(port, options);
  const retro = await demoRetro(port, DEFAULT_SAMPLE_TODAY, options);
  const quotes = await demoQuotes(port, DEFAULT_SAMPLE_TODAY, options);
  const report = await generateReport(
    port,
    { period: lastClosedQuarter(DEFAULT_SAMPLE_TODAY).key, today: DEFAULT_SAMPLE_TODAY },
    options
  );
  return {
    ok: true,
    sheets: [...sample.sheets, ...retro.sheets, ...quotes.sheets, ...report.sheets],
    check,
    report,
    retro,
    quotes,
  };
}
