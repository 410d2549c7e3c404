import { Command, CommanderError, Option } from "commander";
import { AppError, isAppError } from "../core/appError";
import type { CliIo, GlobalOptions } from "./cliIo";
import { checkCommand } from "./commands/checkCommand";
import { demoCommand } from "./commands/demoCommand";
import { initCommand } from "./commands/initCommand";
import { registerLeadsCommands } from "./commands/leadsCommand";
import { registerMeetingsCommands } from "./commands/meetingsCommand";
import { registerRetroCommand } from "./commands/retroCommand";
import { reportCommand, type ReportCommandOptions } from "./commands/reportCommand";
import { registerQuoteCommands } from "./commands/quoteCommand";

/** Exit codes of SPEC §9. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

function buildProgram(io: CliIo, run: (job: Promise<void>) => void): Command {
  const program = new Command("dealdesk")
    .description(
      "Deal Desk on .xlsx files: leads, quotes, reports against targets, retrospectives."
    )
    .option("--json", "print one JSON document on stdout")
    .option("-q, --quiet", "no human-readable output on stderr")
    .showHelpAfterError("(dealdesk --help lists the commands)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const globals = (cmd: Command): GlobalOptions => cmd.optsWithGlobals<GlobalOptions>();

  program
    .command("demo")
    .description("sample workbook → every job → DIR/deal-desk-demo.xlsx")
    .option("--out <dir>", "directory to write into", "out")
    .action((opts: { out: string }, cmd: Command) =>
      run(demoCommand(io, { ...globals(cmd), out: opts.out }))
    );

  program
    .command("init")
    .description(
      "a new workbook with every sheet and Settings with defaults; on an existing one, adds the sheets it lacks"
    )
    .argument("<file>", "the .xlsx workbook to create or complete")
    .option("--out <file>", "write the result to a new file and leave FILE untouched")
    .addOption(
      new Option("--locale <locale>", "language of new sheets").choices(["en", "lv"]).default("en")
    )
    .action((file: string, opts: { out?: string; locale: "en" | "lv" }, cmd: Command) =>
      run(initCommand(io, file, { ...globals(cmd), out: opts.out, locale: opts.locale }))
    );

  program
    .command("check")
    .description("read every sheet, list what would be skipped and why")
    .argument("<wb>", "the .xlsx workbook")
    .action((wb: string, _opts: unknown, cmd: Command) => run(checkCommand(io, wb, globals(cmd))));

  program
    .command("report")
    .description(
      "final profit against targets: a summary and one sheet per manager, and an Issues sheet"
    )
    .argument("<wb>", "the .xlsx workbook")
    .requiredOption("--period <period>", "2026 (year), 2026-Q3 (quarter) or 2026-07 (month)")
    .option(
      "--manager <name>",
      "a manager (full name or unique surname); repeat for several; default all",
      (value: string, previous: string[] = []) => [...previous, value]
    )
    .option("--out <file>", "write the result to a new file and leave WB untouched")
    .option("--date <yyyy-mm-dd>", "the day overdue deals are counted against (default today)")
    .action((wb: string, opts: Omit<ReportCommandOptions, "json" | "quiet">, cmd: Command) =>
      run(reportCommand(io, wb, { ...globals(cmd), ...opts }))
    );

  registerLeadsCommands(program, io, run, globals);

  registerQuoteCommands(program, io, run, globals);

  registerRetroCommand(program, io, run, globals);

  registerMeetingsCommands(program, io, run, globals);

  return program;
}

/**
 * Runs the `dealdesk` command line on `argv` (without node and script) and returns the exit code:
 * 0 done, 1 the job could not run (one line on stderr, no stack), 2 wrong usage.
 *
 * @example await runCli(["check", "team.xlsx", "--json"], processIo()) // 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let job: Promise<void> | null = null;
  const program = buildProgram(io, (p) => {
    job = p;
  });
  const wantsJson = argv.includes("--json");
  try {
    program.parse([...argv], { from: "user" });
    if (job) await job;
    return EXIT.done;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.exitCode === 0
      )
        return EXIT.done;
      if (e.code === "commander.help") return EXIT.done;
      return EXIT.usage;
    }
    const error = isAppError(e)
      ? e
      : new AppError("BAD_INPUT", `unexpected error: ${oneLine(e)}`, e);
    if (wantsJson)
      io.stdout(
        JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }) + "\n"
      );
    io.stderr(`dealdesk: ${oneLine(error.message)}\n`);
    if (process.env.DEALDESK_DEBUG && !isAppError(e) && e instanceof Error)
      io.stderr(`${e.stack ?? ""}\n`);
    return error.code === "USAGE" ? EXIT.usage : EXIT.failed;
  }
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s*\n\s*/g, " ").trim();
}
