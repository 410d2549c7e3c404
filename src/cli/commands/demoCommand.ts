import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createXlsx } from "../../host/xlsx/xlsxWorkbook";
import { saveXlsxFile } from "../../host/xlsx/xlsxFile";
import { runDemo } from "../../jobs/runDemo";
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
  if (!opts.quiet) {
    const lines = [
      `Deal Desk demo → ${file}`,
      `  Sample workbook: ${result.sheets.length} sheets (${result.sheets.join(", ")})`,
      `  Check: ${formatCounts(result.check.rows)}; ${groupDigits(result.check.issues.length)} issues`,
      "",
      `Open it in Excel, or look inside: npm run -s dealdesk -- check ${file}`,
    ];
    io.stderr(lines.join("\n") + "\n");
  }
}
