/**
 * `dealdesk retro WB --deal ID [--out FILE] [--date YYYY-MM-DD]`: the retrospective of a deal
 * (SPEC §6, §9) — the `Retro <Deal ID>` sheet, keeping what the team filled in, and the Lessons
 * sheet.
 */
import type { Command } from "commander";
import { AppError } from "../../core/appError";
import { formatMoney, toCents } from "../../core/money";
import { isIsoDate } from "../../core/parseDate";
import { generateRetro, type RetroResult } from "../../jobs/retro/generateRetro";
import type { RetroFigureSet } from "../../jobs/retro/retroFigures";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCounts, formatIssue, groupDigits } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg } from "../workbookFiles";

/** Options of `dealdesk retro WB`. */
export interface RetroCommandOptions extends GlobalOptions {
  deal: string;
  out?: string;
  date?: string;
}

function money(units: number | null): string {
  return units === null ? "unknown" : formatMoney(toCents(units), "en");
}

function percent(fraction: number | null): string {
  return fraction === null ? "" : ` (${(Math.round(fraction * 1000) / 10).toFixed(1)} %)`;
}

function figureLine(label: string, f: RetroFigureSet | null): string {
  if (f === null) return `  ${label.padEnd(9)} none`;
  return `  ${label.padEnd(9)} revenue ${money(f.revenue)}, cost ${money(f.cost)}, profit ${money(f.profit)}${percent(f.margin)}`;
}

function summary(r: RetroResult, file: string): string {
  const lines = [
    `Deal Desk retro: ${r.deal.id} (${r.deal.account ?? "no account"}, ${r.deal.stage}) → ${r.sheets.join(", ")} in ${file}`,
    r.compared
      ? `  Compared with ${r.compared.quote}${r.compared.accepted ? " (accepted)" : " (not accepted: the latest quote)"}; timeline ${r.timeline} events`
      : `  No quote to compare with; timeline ${r.timeline} events`,
    figureLine("Quoted", r.figures.quoted),
    figureLine("Final", r.figures.final) + `, travel ${money(r.figures.final.travel)}`,
    figureLine("Actuals", r.figures.actual),
  ];
  const by = (status: string): number => r.lines.filter((l) => l.status === status).length;
  lines.push(
    `  Lines: ${r.lines.length} (${by("matched")} matched, ${by("notDelivered")} not delivered, ${by("notQuoted")} not quoted, ${by("pending")} pending)`
  );
  for (const n of r.notes) lines.push(`  Note: ${n.text}`);
  lines.push(
    `  Filled-in items carried over: ${r.carried}; ${r.lessonsSheet} lists ${r.lessons} item(s)`,
    `  Rows: ${formatCounts(r.rows)}; ${groupDigits(r.issues.length)} issues`
  );
  for (const i of r.issues.slice(0, 10)) lines.push(`    ${formatIssue(i)}`);
  if (r.issues.length > 10)
    lines.push(`    … and ${r.issues.length - 10} more (--json lists them all)`);
  return lines.join("\n") + "\n";
}

/** Runs `dealdesk retro WB --deal ID`. */
export async function retroCommand(
  io: CliIo,
  wbPath: string,
  opts: RetroCommandOptions
): Promise<void> {
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new AppError("USAGE", `--date must be a calendar date YYYY-MM-DD, not "${opts.date}".`);
  }
  if (opts.deal.trim() === "") throw new AppError("USAGE", "--deal needs a Deal ID.");
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await generateRetro(wb, {
    dealId: opts.deal,
    today: opts.date,
    onProgress: progressReporter(io, opts.quiet === true),
  });
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(summary(result, file));
}

/**
 * Adds `retro` to the program.
 *
 * @example registerRetroCommand(program, io, run, globals)
 */
export function registerRetroCommand(
  program: Command,
  io: CliIo,
  run: (job: Promise<void>) => void,
  globals: (cmd: Command) => GlobalOptions
): void {
  program
    .command("retro")
    .description(
      "a deal's retrospective: timeline, planned against actual, final profit against the quote; and the Lessons sheet"
    )
    .argument("<wb>", "the .xlsx workbook")
    .requiredOption("--deal <id>", "the Deal ID")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the day of the retrospective (default today)")
    .action((wb: string, opts: Omit<RetroCommandOptions, "json" | "quiet">, cmd: Command) =>
      run(retroCommand(io, wb, { ...globals(cmd), ...opts }))
    );
}
