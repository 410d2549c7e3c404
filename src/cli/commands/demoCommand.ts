import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createXlsx } from "../../host/xlsx/xlsxWorkbook";
import { saveXlsxFile } from "../../host/xlsx/xlsxFile";
import { formatMoney, toCents } from "../../core/money";
import { runDemo, type DemoResult } from "../../jobs/runDemo";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCounts, groupDigits } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { userPath } from "../workbookFiles";

/** The demo workbook's file name inside --out DIR. */
export const DEMO_FILE = "deal-desk-demo.xlsx";

/** `dealdesk demo [--out DIR]`: sample workbook → every job → DIR/deal-desk-demo.xlsx. */
export async function demoCommand(
  io: CliIo,
  opts: GlobalOptions & { out?: string }
): Promise<void> {
  const dir = userPath(io.cwd, opts.out ?? "out");
  mkdirSync(dir, { recursive: true });
  const wb = createXlsx();
  const result = await runDemo(wb, {
    locale: "lv",
    onProgress: progressReporter(io, opts.quiet === true),
  });
  const file = join(dir, DEMO_FILE);
  await saveXlsxFile(wb, file);
  if (opts.json) {
    const { check, ...rest } = result;
    io.stdout(
      JSON.stringify({ ...rest, file, rows: check.rows, issues: check.issues }, null, 2) + "\n"
    );
  }
  if (!opts.quiet) io.stderr(demoSummary(result, file));
}

/** The terminal summary of the demo: one line per step, figures in the sample's locale. */
export function demoSummary(result: DemoResult, file: string): string {
  const money = (units: number | null): string =>
    units === null ? "—" : formatMoney(toCents(units), "lv", result.report.currency);
  const percent = (ratio: number | null): string =>
    ratio === null ? "—" : `${Math.round(ratio * 100)} %`;
  const { totals } = result.report;
  const lines = [
    `Deal Desk demo → ${file}`,
    `  Sample workbook  ${result.sampleSheets.length} sheets: ${result.sampleSheets.join(", ")}`,
    `  Check            ${formatCounts(result.check.rows)}; ${groupDigits(result.check.issues.length)} issues`,
    `  Leads            ${result.leads.show}: ${result.leads.import.added.length} added, ${result.leads.import.duplicates.length} duplicates, ${result.leads.import.rejected.length} rejected; ${result.leads.assign.assigned.length} owners assigned; call sheets: ${(result.leads.assign.calls?.sheets ?? []).length}`,
    ...result.quotes.quotes.map(
      (q, i) =>
        `  ${i === 0 ? "Quotes          " : "                "} ${q.quote} (${q.deal}): ${q.story} — ${q.status}`
    ),
    `  Report ${result.report.period.padEnd(10)}revenue ${money(totals.revenue)} against target ${money(totals.target)} (${percent(totals.attainment)}), profit ${money(totals.profit)}; sheets: ${result.report.sheets.join(", ")}`,
    `  Retrospective    ${result.retro.deal.id}: ${result.retro.sheets.join(", ")}`,
    `  Meetings         ${result.meetings.meetings.length} planned, ${result.meetings.trips.length} trips, ${result.meetings.clashes.length} clash(es) → ${result.meetings.sheet}`,
    "",
    `Open it in Excel, or look inside: npm run -s dealdesk -- check ${file}`,
  ];
  return lines.join("\n") + "\n";
}
