/**
 * `dealdesk meetings plan WB [--ics DIR]` — the trip plan, clashes and invitations of the
 * planned meetings — and `dealdesk meetings add WB …` — schedule a meeting, refused on a clash
 * unless --force (SPEC §7, §9).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import { AppError } from "../../core/appError";
import type { Cents, MeetingKind } from "../../core/model";
import { formatMoney, toCents } from "../../core/money";
import { parseMoney } from "../../core/parseNumber";
import { isIsoDate, todayIso } from "../../core/parseDate";
import { planMeetings, type PlanMeetingsResult } from "../../jobs/meetings/planMeetings";
import { scheduleMeeting, type ScheduleMeetingResult } from "../../jobs/meetings/scheduleMeeting";
import { parseMeetingKind } from "../../sheets/choiceValues";
import { parseDuration } from "../../sheets/parseDuration";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCounts, formatIssue } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg, userPath } from "../workbookFiles";

/** Options of `dealdesk meetings plan WB`. */
export interface MeetingsPlanOptions extends GlobalOptions {
  ics?: string;
  out?: string;
  date?: string;
}

/** Options of `dealdesk meetings add WB`. */
export interface MeetingsAddOptions extends GlobalOptions {
  date: string;
  start: string;
  end?: string;
  duration?: string;
  with: string;
  contact?: string;
  manager: string;
  rep?: string;
  city: string;
  kind?: string;
  deal?: string;
  travelCost?: string;
  agenda?: string;
  force?: boolean;
  out?: string;
}

function dateArg(text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  const t = text.trim();
  if (!isIsoDate(t)) {
    throw new AppError("USAGE", `--date "${text}": write the date as YYYY-MM-DD, e.g. 2026-12-03.`);
  }
  return t;
}

function euros(units: number | null, currency: string): string {
  return units === null ? "—" : formatMoney(toCents(units), "en", currency);
}

function planSummary(r: PlanMeetingsResult, file: string, ics: readonly string[]): string {
  const entered = r.travelByDeal.reduce((s, d) => s + d.travelCost, 0);
  const lines = [
    `Deal Desk meetings plan from ${r.today} → ${r.sheet} in ${file}`,
    `  Planned meetings ${r.meetings.length}; trips ${r.trips.length}; travel costs entered ${euros(entered, r.currency)}`,
  ];
  if (r.clashes.length === 0) lines.push("  Clashes: none");
  else {
    lines.push(`  Clashes (${r.clashes.length}):`);
    for (const c of r.clashes) lines.push(`    ${c.person}: ${c.a} and ${c.b} — ${c.reason}`);
  }
  for (const t of r.trips.slice(0, 20)) {
    const span = t.from === t.to ? t.from : `${t.from} – ${t.to}`;
    lines.push(
      `  Trip ${t.person} ${t.trip}: ${span}, ${t.cities.join(", ")} — ${t.meetings.length} meeting(s), travel ${euros(t.travelCost, r.currency)}`
    );
  }
  if (r.trips.length > 20)
    lines.push(`  … and ${r.trips.length - 20} more trips (--json lists them all)`);
  if (ics.length > 0)
    lines.push(`  Invitations: ${ics.length} .ics file(s) in ${dirname(ics[0] ?? "")}`);
  lines.push(`  Rows: ${formatCounts(r.rows)}; ${r.issues.length} issues`);
  for (const i of r.issues.slice(0, 10)) lines.push(`    ${formatIssue(i)}`);
  if (r.issues.length > 10)
    lines.push(`    … and ${r.issues.length - 10} more (--json lists them all)`);
  return lines.join("\n") + "\n";
}

/** Runs `dealdesk meetings plan WB`: writes the Trips sheet (in place or --out) and the .ics files. */
export async function meetingsPlanCommand(
  io: CliIo,
  wbPath: string,
  opts: MeetingsPlanOptions
): Promise<void> {
  const today = dateArg(opts.date, todayIso());
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await planMeetings(
    wb,
    { today, ...(opts.ics !== undefined ? { icsDir: opts.ics } : {}) },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  const written: string[] = [];
  if (opts.ics !== undefined) {
    await mkdir(userPath(io.cwd, opts.ics), { recursive: true });
    for (const f of result.ics) {
      const path = userPath(io.cwd, f.path);
      await writeFile(path, f.text, "utf8");
      written.push(path);
    }
  }
  if (opts.json) {
    io.stdout(JSON.stringify({ ...result, ics: written, file }, null, 2) + "\n");
  }
  if (!opts.quiet) io.stderr(planSummary(result, file, written));
}

function kindArg(text: string | undefined): MeetingKind | undefined {
  if (text === undefined) return undefined;
  const kind = parseMeetingKind(text);
  if (!kind.ok) {
    throw new AppError("USAGE", `--kind "${text}": use Visit, Video, Call or Trade show.`);
  }
  return kind.value;
}

function durationArg(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const d = parseDuration(text);
  if (!d.ok || d.value <= 0) {
    throw new AppError(
      "USAGE",
      `--duration "${text}": write minutes (90), h:mm (1:30) or hours (1,5 h).`
    );
  }
  return d.value;
}

function travelCostArg(text: string | undefined): Cents | undefined {
  if (text === undefined) return undefined;
  const m = parseMoney(text);
  if (!m.ok || m.value < 0) {
    throw new AppError("USAGE", `--travel-cost "${text}": write an amount in euros, e.g. 120.50.`);
  }
  return m.value;
}

function addSummary(r: ScheduleMeetingResult, file: string): string {
  const m = r.meeting;
  const people = [m.manager, m.rep].filter((p) => p !== null).join(", ");
  const lines = [
    `Saved ${m.id ?? ""} on ${m.date} ${m.start ?? ""}–${m.end ?? ""} ${m.city ?? m.kind ?? ""} with ${m.with} (${people}) → ${r.sheet ?? ""} row ${m.row} in ${file}`,
  ];
  for (const c of r.clashes)
    lines.push(`  Saved despite a clash (--force): ${c.person} — ${c.reason} (${c.a} and ${c.b})`);
  for (const i of r.issues.slice(0, 10)) lines.push(`  ${formatIssue(i)}`);
  return lines.join("\n") + "\n";
}

/** Runs `dealdesk meetings add WB …`: a clash exits 1 with one line naming it, unless --force. */
export async function meetingsAddCommand(
  io: CliIo,
  wbPath: string,
  opts: MeetingsAddOptions
): Promise<void> {
  if (opts.end === undefined && opts.duration === undefined) {
    throw new AppError("USAGE", "Give --end HH:MM or --duration MIN.");
  }
  if (opts.end !== undefined && opts.duration !== undefined) {
    throw new AppError("USAGE", "Give --end or --duration, not both.");
  }
  const kind = kindArg(opts.kind);
  const duration = durationArg(opts.duration);
  const travelCost = travelCostArg(opts.travelCost);
  const date = dateArg(opts.date, "");
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await scheduleMeeting(
    wb,
    {
      date,
      start: opts.start,
      ...(opts.end !== undefined ? { end: opts.end } : {}),
      ...(duration !== undefined ? { duration } : {}),
      with: opts.with,
      ...(opts.contact !== undefined ? { contact: opts.contact } : {}),
      manager: opts.manager,
      ...(opts.rep !== undefined ? { rep: opts.rep } : {}),
      city: opts.city,
      ...(kind !== undefined ? { kind } : {}),
      ...(opts.deal !== undefined ? { dealId: opts.deal } : {}),
      ...(travelCost !== undefined ? { travelCost } : {}),
      ...(opts.agenda !== undefined ? { agenda: opts.agenda } : {}),
      force: opts.force === true,
    },
    { onProgress: progressReporter(io, opts.quiet === true) }
  );
  if (!result.saved) {
    const what = result.clashes
      .map((c) => `${c.person} — ${c.reason} (${c.a === result.meeting.id ? c.b : c.a})`)
      .join("; ");
    throw new AppError(
      "BAD_INPUT",
      `Not saved: the meeting clashes for ${what}. Change the time, or add --force to save it anyway.`
    );
  }
  const file = await saveWorkbookArg(wb, io.cwd, wbPath, opts.out);
  if (opts.json) io.stdout(JSON.stringify({ ...result, file }, null, 2) + "\n");
  if (!opts.quiet) io.stderr(addSummary(result, file));
}

/**
 * Adds `meetings plan` and `meetings add` to the program.
 *
 * @example registerMeetingsCommands(program, io, run, globals)
 */
export function registerMeetingsCommands(
  program: Command,
  io: CliIo,
  run: (job: Promise<void>) => void,
  globals: (cmd: Command) => GlobalOptions
): void {
  const meetings = program
    .command("meetings")
    .description("meetings and travel: plan trips and find clashes; schedule a meeting");
  meetings
    .command("plan")
    .description(
      "the planned meetings' clashes, trips with a day-by-day itinerary and travel costs by deal (Trips sheet); --ics writes one invitation per meeting"
    )
    .argument("<wb>", "the .xlsx workbook")
    .option("--ics <dir>", "also write one .ics invitation per planned meeting into DIR")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the plan's first day (default today)")
    .action((wb: string, opts: Omit<MeetingsPlanOptions, "json" | "quiet">, cmd: Command) =>
      run(meetingsPlanCommand(io, wb, { ...globals(cmd), ...opts }))
    );
  meetings
    .command("add")
    .description(
      "schedule a meeting: checked for clashes first (refused unless --force), then appended to Meetings"
    )
    .argument("<wb>", "the .xlsx workbook")
    .requiredOption("--date <yyyy-mm-dd>", "the meeting's day")
    .requiredOption("--start <hh:mm>", "when it starts (Riga time)")
    .option("--end <hh:mm>", "when it ends")
    .option("--duration <min>", "how long, in minutes (instead of --end)")
    .requiredOption("--with <name>", "the lead or account met")
    .option("--contact <name>", "the contact person")
    .requiredOption("--manager <name>", "the sales manager attending (Team name or unique surname)")
    .option("--rep <name>", "the rep attending")
    .requiredOption("--city <city>", "where (for a video or a call, where the customer is)")
    .option("--kind <kind>", "Visit (default), Video, Call or Trade show")
    .option("--deal <id>", "the Deal ID it is about")
    .option("--travel-cost <eur>", "travel cost in euros")
    .option("--agenda <text>", "what it is about")
    .option("--force", "save it even when it clashes")
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .action((wb: string, opts: Omit<MeetingsAddOptions, "json" | "quiet">, cmd: Command) =>
      run(meetingsAddCommand(io, wb, { ...globals(cmd), ...opts }))
    );
}
