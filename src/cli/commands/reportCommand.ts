import { AppError } from "../../core/appError";
import { formatMoney, toCents } from "../../core/money";
import { isIsoDate } from "../../core/parseDate";
import type { FigureSet } from "../../core/reports/figureSet";
import { generateReport, type ReportDocument } from "../../jobs/reports/generateReport";
import { ragStatus } from "../../sheets/reports/ragStatus";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCounts, formatIssue, groupDigits } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg } from "../workbookFiles";

/** Options of `dealdesk report`. */
export interface ReportCommandOptions extends GlobalOptions {
  period: string;
  manager?: string[];
  out?: string;
  date?: string;
}

const RAG_WORDS = { red: "R", amber: "A", green: "G" } as const;

function percent(ratio: number | null): string {
  return ratio === null ? "–" : `${(ratio * 100).toFixed(1)} %`;
}

/** One line of the human summary: revenue vs target, attainment with R/A/G. */
function figureLine(label: string, f: FigureSet, currency: string, width: number): string {
  const money = (v: number): string => formatMoney(toCents(v), "en", currency);
  const status = ragStatus(f.attainment);
  const rag = status === null ? "" : ` ${RAG_WORDS[status]}`;
  const against =
    f.target === null
      ? ", no target"
      : ` of target ${money(f.target)} — ${percent(f.attainment)}${rag}`;
  return `  ${label.padEnd(width)} revenue ${money(f.revenue)}${against}; profit ${f.profit === null ? "–" : money(f.profit)}`;
}

/** The human summary of a report, for stderr. */
export function formatReport(doc: ReportDocument, file: string, maxIssues = 10): string {
  const names = [...doc.managers.map((m) => m.manager ?? ""), "Total"];
  const width = Math.max(...names.map((n) => n.length));
  const lines = [
    `Deal Desk report ${doc.period} (${doc.start} – ${doc.end}) → ${file}`,
    ...doc.managers.map((m) => figureLine(m.manager ?? "", m, doc.currency, width)),
    figureLine("Total", doc.totals, doc.currency, width),
    `  R < 80 %, A 80–99 %, G ≥ 100 % of target`,
    `Sheets: ${doc.sheets.join(", ")}`,
    `Rows: ${formatCounts(doc.rows)}; deals in ${doc.period}: ${groupDigits(doc.deals.used)}`,
  ];
  if (doc.issues.length === 0) {
    lines.push("No issues.");
  } else {
    lines.push(`Issues (${groupDigits(doc.issues.length)}):`);
    for (const issue of doc.issues.slice(0, maxIssues)) lines.push(`  ${formatIssue(issue)}`);
    const more = doc.issues.length - maxIssues;
    if (more > 0)
      lines.push(
        `  … and ${groupDigits(more)} more (sheet ${doc.sheets[doc.sheets.length - 1] ?? "Issues"}, or --json)`
      );
  }
  return lines.join("\n") + "\n";
}

/**
 * `dealdesk report WB --period P [--manager NAME ...] [--out FILE] [--date YYYY-MM-DD]`: the
 * period's report sheets for one, several or all managers, written into WB (atomically) or to
 * --out; the figures as JSON with --json, a summary per manager on stderr.
 */
export async function reportCommand(
  io: CliIo,
  wbPath: string,
  opts: ReportCommandOptions
): Promise<void> {
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new AppError("USAGE", `--date "${opts.date}" is not a date: write it as YYYY-MM-DD.`);
  }
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const doc = await generateReport(
    wb,
    { period: opts.period, managers: opts.manager ?? [], today: opts.date },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...doc, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(formatReport(doc, file));
}
