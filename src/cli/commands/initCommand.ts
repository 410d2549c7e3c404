import { existsSync } from "node:fs";
import { createXlsx } from "../../host/xlsx/xlsxWorkbook";
import { prepareWorkbook } from "../../jobs/prepareWorkbook";
import type { Locale } from "../../sheets/sheetKinds";
import type { CliIo, GlobalOptions } from "../cliIo";
import { progressReporter } from "../progressReporter";
import { openWorkbookArg, saveWorkbookArg, userPath } from "../workbookFiles";

/**
 * `dealdesk init FILE.xlsx`: a new workbook with every sheet and Settings with defaults; on an
 * existing workbook, adds the sheets it lacks (in place, atomically, or to --out).
 */
export async function initCommand(
  io: CliIo,
  path: string,
  opts: GlobalOptions & { out?: string; locale?: Locale }
): Promise<void> {
  const exists = existsSync(userPath(io.cwd, path));
  const wb = exists ? await openWorkbookArg(io.cwd, path) : createXlsx();
  const { added } = await prepareWorkbook(wb, {
    locale: opts.locale ?? "en",
    onProgress: progressReporter(io, opts.quiet === true),
  });
  const written =
    added.length > 0 || !exists || opts.out
      ? await saveWorkbookArg(wb, io.cwd, path, opts.out)
      : null;
  if (opts.json)
    io.stdout(
      JSON.stringify({ ok: true, created: !exists, added, sheets: added, file: written }) + "\n"
    );
  if (!opts.quiet) {
    const what =
      added.length > 0 ? `added ${added.join(", ")}` : "nothing to add: every sheet is there";
    io.stderr(`${exists ? "Updated" : "Created"} ${written ?? path}: ${what}.\n`);
  }
}
