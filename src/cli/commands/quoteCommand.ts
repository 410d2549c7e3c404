/**
 * `dealdesk quote WB --deal ID …` builds (or revises) a quote; `dealdesk quote approve|send|
 * accept|reject|confirm WB --quote QUOTE …` moves one along (SPEC §9).
 */
import { Command, Option } from "commander";
import { AppError } from "../../core/appError";
import { formatMoney } from "../../core/money";
import { todayIso } from "../../core/parseDate";
import {
  buildQuote,
  type BuildQuoteResult,
  type QuoteLineRequest,
} from "../../jobs/quotes/buildQuote";
import {
  QUOTE_ACTIONS,
  quoteAction,
  type QuoteActionName,
  type QuoteActionResult,
} from "../../jobs/quotes/quoteAction";
import type { Locale } from "../../sheets/sheetKinds";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatIssue } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg, userPath } from "../workbookFiles";
import { nowIsoMinute } from "../../core/parseDate";
import { parseDateArg, parseLineArg, parsePercentArg } from "./quoteArgs";
import { customerSheetPdf } from "./quotePdf";

/** Options of `dealdesk quote WB`. */
export interface QuoteBuildOptions extends GlobalOptions {
  deal?: string;
  line?: string[];
  optional?: string[];
  discount?: string;
  revise?: string;
  pdf?: string;
  out?: string;
  date?: string;
  by?: string;
  locale?: Locale;
}

/** Options of `dealdesk quote ACTION WB`. */
export interface QuoteActionOptions extends GlobalOptions {
  quote?: string;
  by?: string;
  role?: string;
  department?: string;
  reason?: string;
  out?: string;
  date?: string;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function percentText(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100} %`;
}

function summary(result: BuildQuoteResult, file: string, pdf: string | null): string {
  const m = (euros: number): string => formatMoney(Math.round(euros * 100), "en");
  const lines = [
    `${result.quote} (${result.status}) for deal ${result.deal}, valid until ${result.validUntil} → ${file}`,
    `  Net ${m(result.net)}   VAT ${m(result.vat)}   Gross ${m(result.gross)}`,
  ];
  for (const g of result.vatByRate) {
    lines.push(`    VAT ${percentText(g.rate)}: net ${m(g.net)}, VAT ${m(g.vat)}`);
  }
  lines.push(
    `  Cost ${result.cost === null ? "unknown" : m(result.cost)}   Margin ${result.margin === null ? "unknown" : percentText(result.margin)}`
  );
  if (result.approval.needed) {
    const who = result.approval.approvedBy
      ? `approved by ${result.approval.approvedBy}`
      : `needs a ${result.approval.level ?? "manager"}'s approval`;
    lines.push(`  Approval: ${who}`);
    for (const r of result.approval.reasons) lines.push(`    - ${r.message}`);
  } else {
    lines.push("  Approval: not needed (within every limit)");
  }
  if (result.departments.length > 0) {
    lines.push(
      `  Departments: ${result.departments.map((d) => `${d.department} ${d.status.toLowerCase()}`).join(", ")}`
    );
  }
  lines.push(`  Sheets: ${result.sheets.join(", ")}`);
  if (pdf) lines.push(`  PDF: ${pdf}`);
  if (result.issues.length > 0) {
    lines.push(`  Issues (${result.issues.length}):`);
    for (const i of result.issues.slice(0, 20)) lines.push(`    ${formatIssue(i)}`);
    if (result.issues.length > 20)
      lines.push(`    … and ${result.issues.length - 20} more (--json lists them all)`);
  }
  return lines.join("\n") + "\n";
}

/** `dealdesk quote WB --deal ID [--line SKU:QTY[:DISC%] …] …`: builds a quote and saves WB. */
export async function quoteCommand(
  io: CliIo,
  wbPath: string,
  opts: QuoteBuildOptions
): Promise<void> {
  const lines: QuoteLineRequest[] = [
    ...(opts.line ?? []).map((l) => parseLineArg(l, "--line")),
    ...(opts.optional ?? []).map((l) => parseLineArg(l, "--optional")),
  ];
  if (!opts.deal && !opts.revise) {
    throw new AppError("USAGE", "Which deal? Give --deal ID (or --revise QUOTE).");
  }
  if (!opts.revise && lines.length === 0) {
    throw new AppError("USAGE", "A quote needs at least one line: --line SKU:QTY[:DISCOUNT%].");
  }
  const discount =
    opts.discount === undefined ? undefined : parsePercentArg(opts.discount, "--discount");
  const today = parseDateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await buildQuote(
    wb,
    {
      ...(opts.deal !== undefined ? { dealId: opts.deal } : {}),
      lines,
      ...(discount !== undefined ? { discount } : {}),
      ...(opts.revise !== undefined ? { revise: opts.revise } : {}),
      today,
      ...(opts.by !== undefined ? { by: opts.by } : {}),
      ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  const pdf = opts.pdf
    ? await customerSheetPdf(result.detail.customerPlan, userPath(io.cwd, opts.pdf))
    : null;
  // The detail (plans, the document) is for the task pane and --pdf, not the JSON document.
  if (opts.json)
    io.stdout(JSON.stringify({ ...result, detail: undefined, file, pdf }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(summary(result, file, pdf));
}

function actionSummary(result: QuoteActionResult, file: string): string {
  const lines = [
    `${result.quote}: ${result.action} — ${result.previousStatus} → ${result.status} (${file})`,
  ];
  if (result.action === "approve" && result.approval.approvedBy) {
    lines.push(
      `  Approved by ${result.approval.approvedBy} at ${result.approval.approvedAt ?? ""}`
    );
  }
  if (result.deal) {
    const d = result.deal;
    lines.push(
      `  Deal ${d.id} closed ${d.stage} on ${d.closedOn}` +
        (d.revenue !== null ? `: revenue ${formatMoney(Math.round(d.revenue * 100), "en")}` : "") +
        (d.cost !== null ? `, cost ${formatMoney(Math.round(d.cost * 100), "en")}` : "") +
        (d.lostReason ? ` (${d.lostReason})` : "")
    );
  }
  if (result.departments.length > 0) {
    lines.push(
      `  Departments: ${result.departments.map((d) => `${d.department} ${d.status.toLowerCase()}`).join(", ")}`
    );
  }
  for (const i of result.issues.slice(0, 10)) lines.push(`  ${formatIssue(i)}`);
  return lines.join("\n") + "\n";
}

/** `dealdesk quote ACTION WB --quote QUOTE …`: one step of a quote's life, saved to WB. */
export async function quoteActionCommand(
  io: CliIo,
  action: QuoteActionName,
  wbPath: string,
  opts: QuoteActionOptions
): Promise<void> {
  if (!opts.quote)
    throw new AppError("USAGE", `quote ${action} needs --quote QUOTE (e.g. Q-2026-0007).`);
  const today = parseDateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await quoteAction(
    wb,
    {
      quote: opts.quote,
      action,
      today,
      at: opts.date !== undefined ? today : nowIsoMinute(),
      ...(opts.by !== undefined ? { by: opts.by } : {}),
      ...(opts.role !== undefined ? { role: opts.role } : {}),
      ...(opts.department !== undefined ? { department: opts.department } : {}),
      ...(opts.reason !== undefined ? { reason: opts.reason } : {}),
    },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(actionSummary(result, file));
}

/**
 * Adds `quote` and its actions to the program. `run` takes the command's promise (the program
 * awaits it); `globals` gives the options every command shares.
 */
export function registerQuoteCommands(
  program: Command,
  io: CliIo,
  run: (job: Promise<void>) => void,
  globals: (cmd: Command) => GlobalOptions
): void {
  const quote = program
    .command("quote")
    .description(
      "build a quote for a deal (or revise one); quote approve|send|accept|reject|confirm WB moves one along"
    )
    .argument("<wb>", "the .xlsx workbook")
    .option("--deal <id>", "the deal to quote (Deals)")
    .option(
      "--line <spec>",
      "a line SKU:QTY[:DISCOUNT%] (SKU or product name); repeat for more",
      collect
    )
    .option(
      "--optional <spec>",
      "an optional line SKU:QTY[:DISCOUNT%]: shown, not in the totals; repeat",
      collect
    )
    .option("--discount <pct>", "quote discount in %, e.g. 5")
    .option("--revise <quote>", "make the next revision of this quote (-R2, -R3…)")
    .option("--pdf <dir>", "also save the customer sheet as PDF into DIR (needs LibreOffice)")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the quote's date (default today)")
    .option("--by <name>", "who prepares the quote")
    .addOption(
      new Option("--locale <locale>", "language of the quote sheets").choices(["en", "lv"])
    )
    .action((wb: string, opts: QuoteBuildOptions, cmd: Command) =>
      run(quoteCommand(io, wb, { ...globals(cmd), ...opts }))
    );

  const help: Record<QuoteActionName, string> = {
    approve:
      "approve a quote that needs approval (--by: someone in Team whose role may approve it)",
    send: "mark a quote sent: needs its approval and every department confirmed",
    accept: "the customer accepted: the deal is closed Won with the quote's figures",
    reject: "the customer rejected: the deal is closed Lost (--reason)",
    confirm: "a department confirms its lines (--department, --by)",
  };
  for (const action of QUOTE_ACTIONS) {
    quote
      .command(action)
      .description(help[action])
      .argument("<wb>", "the .xlsx workbook")
      .option("--quote <quote>", "the quote number, e.g. Q-2026-0007 or Q-2026-0007-R2")
      .option("--by <name>", "who does it")
      .option("--role <role>", "the approver's role when they are not in Team")
      .option("--department <name>", "the department that confirms (confirm)")
      .option("--reason <text>", "why the customer rejected (reject)")
      .option("--out <file>", "write the result to a new file and leave WB untouched")
      .option("--date <yyyy-mm-dd>", "the day it happens (default today)")
      .action((wb: string, opts: QuoteActionOptions, cmd: Command) =>
        run(quoteActionCommand(io, action, wb, { ...globals(cmd), ...opts }))
      );
  }
}
