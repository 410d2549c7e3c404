import type { JobProgress } from "../jobs/jobOptions";
import type { CliIo } from "./cliIo";

/**
 * Progress on stderr for long work: one line per new step label, never on stdout
 * (stdout carries the JSON document). Silent with --quiet.
 */
export function progressReporter(io: CliIo, quiet: boolean): (p: JobProgress) => void {
  let last = "";
  return (p) => {
    if (quiet || p.label === last) return;
    last = p.label;
    io.stderr(`  ${p.label}…\n`);
  };
}
