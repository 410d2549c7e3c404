// What `npm start` and `npm stop` share: which mode this machine runs in, and the pid file of the
// dev server `npm start` left running in workbench mode.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_SERVER_PORT, devServerPort } from "./buildConfig.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The port the manifest's URLs name; office-addin-debugging serves the add-in there. */
export const SIDELOAD_PORT = DEV_SERVER_PORT;
/** The workbench's port: DEALDESK_PORT or 3000. */
export const PORT = devServerPort();
export const WORKBENCH_URL = `http://localhost:${PORT}/workbench.html`;
export const STATE_DIR = join(ROOT, "node_modules", ".cache", `dealdesk-dev-server-${PORT}`);
export const PID_FILE = join(STATE_DIR, "pid");
export const LOG_FILE = join(STATE_DIR, "dev-server.log");

/** office-addin-debugging is run through npx on demand: as a dependency it would need keytar,
 * which does not build without libsecret on Linux. */
export const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7";

/**
 * "sideload" on Windows and macOS (Excel desktop can load the add-in), "workbench" on Linux or
 * with DEALDESK_HTTP=1 (serve the browser workbench over http, no certificates).
 */
export function startMode(platform = process.platform, env = process.env) {
  return platform === "linux" || env.DEALDESK_HTTP === "1" ? "workbench" : "sideload";
}

/** The pid `npm start` recorded, or undefined. */
export function recordedPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8").trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The command line of a running process, or undefined when there is none. */
function commandLineOf(pid) {
  const proc = `/proc/${pid}/cmdline`;
  if (existsSync(proc)) return readFileSync(proc, "utf8").replaceAll("\0", " ");
  if (process.platform === "win32") {
    const out = spawnSync("tasklist", ["/fi", `PID eq ${pid}`, "/fo", "csv", "/nh"], {
      encoding: "utf8",
    });
    return out.stdout.includes(`"${pid}"`) ? out.stdout : undefined;
  }
  const out = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
  return out.status === 0 && out.stdout.trim() ? out.stdout : undefined;
}

/** Is `pid` alive and the webpack dev server, not another process that reused the pid? (The server
 * renames its process to "webpack"; on Windows the image name stays node.exe.) */
export function isOurDevServer(pid) {
  const commandLine = commandLineOf(pid);
  if (commandLine === undefined) return false;
  return (process.platform === "win32" ? /node/i : /webpack/i).test(commandLine);
}
