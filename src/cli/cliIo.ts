/** Where the CLI writes: JSON and results on stdout, human text and progress on stderr. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The working directory relative paths resolve against. */
  cwd: string;
  /**
   * True when stderr is a terminal someone watches: progress lines are shown then (or with
   * DEALDESK_PROGRESS=1), so scripts and logs see only the summary or the one-line error.
   */
  showProgress?: boolean;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    showProgress: process.stderr.isTTY === true || process.env.DEALDESK_PROGRESS === "1",
  };
}

/** Options every command shares. */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
}
