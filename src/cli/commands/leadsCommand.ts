/**
 * `dealdesk leads import|assign|log|overdue WB …` (SPEC §3, §9): an exhibitor list into the
 * Leads sheet, owners and call sheets, outreach on one lead, overdue next steps.
 */
import type { Command } from "commander";
import { AppError } from "../../core/appError";
import { isIsoDate, todayIso } from "../../core/parseDate";
import { assignLeads, type AssignLeadsResult } from "../../jobs/leads/assignLeads";
import { handOffSheets, type HandOffResult } from "../../jobs/leads/handOffSheets";
import { importLeads, type ImportLeadsResult } from "../../jobs/leads/importLeads";
import { logOutreach, type LogOutreachResult } from "../../jobs/leads/logOutreach";
import { overdueNextSteps, type OverdueResult } from "../../jobs/leads/overdueNextSteps";
import { DUPLICATE_RULE_TEXT } from "../../core/leads/leadKeys";
import { openXlsx } from "../../host/xlsx/xlsxWorkbook";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCounts, formatIssue, groupDigits } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg } from "../workbookFiles";
import { parseDateArg } from "./quoteArgs";
import { listSource, parseMapArgs, parseOutcomeArg } from "./leadsArgs";

/** Options of `dealdesk leads import WB`. */
export interface LeadsImportOptions extends GlobalOptions {
  from?: string;
  source?: string;
  map?: string[];
  sheet?: string;
  fillBlanks?: boolean;
  out?: string;
  date?: string;
}

/** Options of `dealdesk leads assign WB`. */
export interface LeadsAssignOptions extends GlobalOptions {
  calls?: boolean;
  out?: string;
  date?: string;
}

/** Options of `dealdesk leads log WB`. */
export interface LeadsLogOptions extends GlobalOptions {
  lead?: string;
  call?: string;
  materials?: string;
  nextStep?: string;
  nextDate?: string;
  note?: string;
  out?: string;
  date?: string;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function issuesBlock(
  issues: readonly {
    sheet: string;
    row: number | null;
    column: string | null;
    value: string | null;
    problem: string;
  }[],
  max = 15
): string[] {
  if (issues.length === 0) return [];
  const lines = [`  Issues (${groupDigits(issues.length)}):`];
  for (const i of issues.slice(0, max)) lines.push(`    ${formatIssue(i)}`);
  if (issues.length > max)
    lines.push(`    … and ${issues.length - max} more (--json lists them all)`);
  return lines;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
}

function importSummary(r: ImportLeadsResult, file: string): string {
  const lines = [
    `${r.list} → ${r.leadsSheet} (${file})`,
    `  Rows ${r.rows.read}: ${r.added.length} added, ${r.duplicates.length} duplicates, ${r.rejected.length} rejected`,
  ];
  if (r.added.length > 0) {
    const grades = ["A", "B", "C", "D"].map(
      (g) => `${g} ${r.added.filter((a) => a.grade === g).length}`
    );
    lines.push(`  Grades: ${grades.join(", ")}`);
    lines.push(`  Owners: ${countBy(r.added, (a) => a.owner ?? "(none)")}`);
    const inside = r.added.filter((a) => a.insideSales !== null);
    if (inside.length > 0) {
      lines.push(
        `  Inside sales (existing accounts): ${inside.map((a) => `${a.company} → ${a.owner ?? "?"}`).join("; ")}`
      );
    }
  }
  for (const d of r.duplicates.slice(0, 20)) {
    const m = d.matches;
    lines.push(
      `  Duplicate row ${d.row} ${d.company} = ${m.sheet}!${m.row}${m.lead ? ` (${m.lead})` : ""}: ${DUPLICATE_RULE_TEXT[d.rule].en}${d.filled.length > 0 ? `; filled ${d.filled.join(", ")}` : ""}`
    );
  }
  if (r.duplicates.length > 20) lines.push(`  … and ${r.duplicates.length - 20} more duplicates`);
  for (const x of r.rejected.slice(0, 20)) lines.push(`  Rejected ${formatIssue(x)}`);
  if (r.roundRobinPosition !== "")
    lines.push(`  Round robin continues after ${r.roundRobinPosition}`);
  lines.push(...issuesBlock(r.issues.filter((i) => !r.rejected.includes(i))));
  return lines.join("\n") + "\n";
}

/** `dealdesk leads import WB --from LIST …`: the list's new leads into the Leads sheet. */
export async function leadsImportCommand(
  io: CliIo,
  wbPath: string,
  opts: LeadsImportOptions
): Promise<void> {
  if (!opts.from)
    throw new AppError("USAGE", "Which list? Give --from FILE.csv|FILE.xlsx (or a sheet's name).");
  const mappings = parseMapArgs(opts.map ?? []);
  const today = parseDateArg(opts.date, todayIso());
  const from = listSource(io.cwd, opts.from, opts.sheet);
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await importLeads(
    wb,
    {
      from,
      today,
      mappings,
      ...(opts.source !== undefined ? { source: opts.source } : {}),
      ...(opts.fillBlanks ? { fillBlanks: true } : {}),
    },
    {
      openWorkbook: (data, name) => openXlsx(data, { name }),
      onProgress: progressReporter(io, opts.quiet === true),
    }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(importSummary(result, file));
}

function callsLines(c: HandOffResult): string[] {
  const lines = c.owners.map(
    (o) =>
      `  ${o.sheet}: ${o.leads} leads (A ${o.byGrade.A}, B ${o.byGrade.B}, C ${o.byGrade.C}, D ${o.byGrade.D})${o.overdue > 0 ? `, ${o.overdue} overdue` : ""}`
  );
  if (c.deleted.length > 0)
    lines.push(`  Removed call sheets with nothing to call: ${c.deleted.join(", ")}`);
  return lines;
}

function assignSummary(r: AssignLeadsResult, file: string): string {
  const lines = [
    `Assigned ${r.assigned.length} leads (${file})${r.assigned.length > 0 ? `: ${countBy(r.assigned, (a) => a.owner)}` : ""}`,
  ];
  if (r.assigned.length > 0) lines.push(`  By rule: ${countBy(r.assigned, (a) => a.by)}`);
  if (r.roundRobinPosition !== "")
    lines.push(`  Round robin continues after ${r.roundRobinPosition}`);
  if (r.calls) lines.push(...callsLines(r.calls));
  lines.push(...issuesBlock(r.unassigned));
  return lines.join("\n") + "\n";
}

/** `dealdesk leads assign WB [--calls]`: owners for leads without one (and the call sheets). */
export async function leadsAssignCommand(
  io: CliIo,
  wbPath: string,
  opts: LeadsAssignOptions
): Promise<void> {
  const today = parseDateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await assignLeads(
    wb,
    { today, calls: opts.calls === true },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(assignSummary(result, file));
}

/** `dealdesk leads calls WB`: the call sheets alone. */
export async function leadsCallsCommand(
  io: CliIo,
  wbPath: string,
  opts: LeadsAssignOptions
): Promise<void> {
  const today = parseDateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await handOffSheets(
    wb,
    { today },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr([`Call sheets (${file}):`, ...callsLines(result)].join("\n") + "\n");
}

function logSummary(r: LogOutreachResult, file: string): string {
  const next =
    r.nextStep === null
      ? "no next step"
      : `next: ${r.nextStep}${r.nextStepDate ? ` on ${r.nextStepDate}` : ""}`;
  const lines = [
    `${r.lead} ${r.company}: ${r.status || "status unchanged"}, ${next} (${r.sheet}!${r.row}, ${file})`,
  ];
  lines.push(...issuesBlock(r.issues));
  return lines.join("\n") + "\n";
}

/** `dealdesk leads log WB --lead ID --call OUTCOME | --materials TEXT`: outreach on one lead. */
export async function leadsLogCommand(
  io: CliIo,
  wbPath: string,
  opts: LeadsLogOptions
): Promise<void> {
  if (!opts.lead) throw new AppError("USAGE", "Which lead? Give --lead ID (e.g. L-00042).");
  if ((opts.call === undefined) === (opts.materials === undefined)) {
    throw new AppError("USAGE", "Give either --call OUTCOME or --materials TEXT.");
  }
  const today = parseDateArg(opts.date, todayIso());
  const nextStepDate = opts.nextDate?.trim();
  if (nextStepDate !== undefined && !isIsoDate(nextStepDate)) {
    throw new AppError(
      "USAGE",
      `--next-date "${opts.nextDate ?? ""}": write the date as YYYY-MM-DD, e.g. 2026-12-03.`
    );
  }
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await logOutreach(
    wb,
    {
      leadId: opts.lead,
      today,
      ...(opts.call !== undefined
        ? { action: "call" as const, outcome: parseOutcomeArg(opts.call) }
        : { action: "materials" as const, materials: opts.materials ?? "" }),
      ...(opts.nextStep !== undefined ? { nextStep: opts.nextStep } : {}),
      ...(nextStepDate !== undefined ? { nextStepDate } : {}),
      ...(opts.note !== undefined ? { note: opts.note } : {}),
    },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(logSummary(result, file));
}

function overdueSummary(r: OverdueResult): string {
  if (r.overdue.length === 0) return `No overdue next steps${r.sheet ? ` in ${r.sheet}` : ""}.\n`;
  const lines = [`${r.overdue.length} overdue next steps in ${r.sheet ?? "Leads"}:`];
  for (const o of r.overdue.slice(0, 40)) {
    lines.push(
      `  ${o.nextStepDate} (${o.daysOverdue} d) ${o.id ?? `row ${o.row}`} ${o.company} — ${o.nextStep ?? "next step"}, ${o.owner ?? "no owner"}`
    );
  }
  if (r.overdue.length > 40)
    lines.push(`  … and ${r.overdue.length - 40} more (--json lists them all)`);
  lines.push(`  Rows: ${formatCounts(r.rows)}`);
  return lines.join("\n") + "\n";
}

/** `dealdesk leads overdue WB`: open leads whose next step is past its date. Writes nothing. */
export async function leadsOverdueCommand(
  io: CliIo,
  wbPath: string,
  opts: { date?: string } & GlobalOptions
): Promise<void> {
  const today = parseDateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await overdueNextSteps(wb, { today });
  if (opts.json) io.stdout(JSON.stringify(result, null, 2) + "\n");
  if (!opts.quiet) io.stderr(overdueSummary(result));
}

/**
 * Adds `leads` and its subcommands to the program. `run` takes the command's promise (the
 * program awaits it); `globals` gives the options every command shares.
 */
export function registerLeadsCommands(
  program: Command,
  io: CliIo,
  run: (job: Promise<void>) => void,
  globals: (cmd: Command) => GlobalOptions
): void {
  const leads = program
    .command("leads")
    .description(
      "leads: import an exhibitor list, assign owners and call sheets, log outreach, list overdue next steps"
    );
  leads
    .command("import")
    .description(
      "an exhibitor or contact list (.csv, .xlsx or a sheet) into the Leads sheet: deduplicated, scored, assigned"
    )
    .argument("<wb>", "the .xlsx workbook")
    .option(
      "--from <list>",
      "the list: a .csv (, or ; separated, UTF-8) or .xlsx file, or a sheet of WB"
    )
    .option("--sheet <name>", "the sheet of an .xlsx list (default: the first with a header)")
    .option(
      "--source <name>",
      "the Source of the new leads, e.g. the trade show (default: the file's name)"
    )
    .option(
      "--map <field=header>",
      "read the list's column HEADER as FIELD (saved in Settings); repeat",
      collect
    )
    .option("--fill-blanks", "fill blank fields of the lead a duplicate repeats")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the import's day: due dates count from it (default today)")
    .action((wb: string, opts: LeadsImportOptions, cmd: Command) =>
      run(leadsImportCommand(io, wb, { ...globals(cmd), ...opts }))
    );
  leads
    .command("assign")
    .description("owners for leads without one: account owner, territory, weighted round robin")
    .argument("<wb>", "the .xlsx workbook")
    .option("--calls", "also write one call sheet per owner")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the day: reps away until it are skipped (default today)")
    .action((wb: string, opts: LeadsAssignOptions, cmd: Command) =>
      run(leadsAssignCommand(io, wb, { ...globals(cmd), ...opts }))
    );
  leads
    .command("calls")
    .description("one call sheet per owner: A leads first, due dates, columns for the outcome")
    .argument("<wb>", "the .xlsx workbook")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the day due dates count from (default today)")
    .action((wb: string, opts: LeadsAssignOptions, cmd: Command) =>
      run(leadsCallsCommand(io, wb, { ...globals(cmd), ...opts }))
    );
  leads
    .command("log")
    .description(
      "log outreach on a lead: --call OUTCOME (interested, not interested, no answer, call back) or --materials TEXT"
    )
    .argument("<wb>", "the .xlsx workbook")
    .option("--lead <id>", "the lead, e.g. L-00042")
    .option(
      "--call <outcome>",
      "interested | not interested | no answer | call back (with --next-date)"
    )
    .option("--materials <text>", 'which materials were sent, e.g. "Katalogs 2026"')
    .option("--next-step <text>", "the next step (default by the outcome)")
    .option("--next-date <yyyy-mm-dd>", "its date (for call back: when to call)")
    .option("--note <text>", "a few words for the Notes log")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the day it happened (default today)")
    .action((wb: string, opts: LeadsLogOptions, cmd: Command) =>
      run(leadsLogCommand(io, wb, { ...globals(cmd), ...opts }))
    );
  leads
    .command("overdue")
    .description("open leads whose next step is past its date")
    .argument("<wb>", "the .xlsx workbook")
    .option("--date <yyyy-mm-dd>", "the day to compare with (default today)")
    .action((wb: string, opts: { date?: string }, cmd: Command) =>
      run(leadsOverdueCommand(io, wb, { ...globals(cmd), ...opts }))
    );
}
