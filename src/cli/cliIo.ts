/** Where the CLI writes: JSON and results on stdout, human text and progress on stderr. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The working directory relative paths resolve against. */
  cwd: string;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  };
}

/** Options every command shares. */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
}
