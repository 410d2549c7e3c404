import type { JobProgress } from "../jobs/jobOptions";
import type { CliIo } from "./cliIo";

/**
 * Progress on stderr for long work: one line per new step label, never on stdout
 * (stdout carries the JSON document). Only where someone watches (`CliIo.showProgress`: a
 * terminal, or DEALDESK_PROGRESS=1); silent with --quiet.
 */
export function progressReporter(io: CliIo, quiet: boolean): (p: JobProgress) => void {
  let last = "";
  return (p) => {
    if (quiet || io.showProgress !== true || p.label === last) return;
    last = p.label;
    io.stderr(`  ${p.label}…\n`);
  };
}
