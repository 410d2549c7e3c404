import { checkWorkbook } from "../../jobs/checkWorkbook";
import type { CliIo, GlobalOptions } from "../cliIo";
import { formatCheck } from "../formatHuman";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg } from "../workbookFiles";

/** `dealdesk check WB`: read every sheet, list what would be skipped and why. Writes nothing. */
export async function checkCommand(io: CliIo, wbPath: string, opts: GlobalOptions): Promise<void> {
  const wb = await openWorkbookArg(io.cwd, wbPath);
  const result = await checkWorkbook(wb, { onProgress: progressReporter(io, opts.quiet === true) });
  if (opts.json) {
    const { sheets, ...rest } = result;
    io.stdout(JSON.stringify({ ...rest, found: sheets, sheets: [] }, null, 2) + "\n");
  }
  if (!opts.quiet) io.stderr(`Deal Desk check: ${wbPath}\n` + formatCheck(result));
}
