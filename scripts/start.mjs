// `npm start`.
// Windows and macOS: sideload the add-in into Excel desktop with office-addin-debugging, which
//   starts the https dev server (`npm run dev-server`) first.
// Linux (or DEALDESK_HTTP=1): Excel cannot sideload here, so start the dev server over http in the
//   background and print the workbench's address; `npm stop` ends it.
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import {
  LOG_FILE,
  OFFICE_ADDIN_DEBUGGING,
  PID_FILE,
  PORT,
  ROOT,
  SIDELOAD_PORT,
  STATE_DIR,
  WORKBENCH_URL,
  isOurDevServer,
  recordedPid,
  startMode,
} from "./devServerState.mjs";

const READY_TIMEOUT_MS = 5 * 60 * 1000;

function sideload() {
  const args = [
    "--yes",
    OFFICE_ADDIN_DEBUGGING,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(SIDELOAD_PORT),
  ];
  // On Windows npx is npx.cmd, run through the shell, which needs the spaced argument quoted.
  const shell = process.platform === "win32";
  const child = spawn("npx", shell ? args.map((a) => (a.includes(" ") ? `"${a}"` : a)) : args, {
    cwd: ROOT,
    stdio: "inherit",
    shell,
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "localhost", () => server.close(() => resolve(true)));
  });
}

function logTail(lines = 30) {
  try {
    return readFileSync(LOG_FILE, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves when the workbench page answers 200; rejects when the server exits or times out. */
async function waitUntilServing(child) {
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error("the dev server stopped while starting");
    try {
      // The dev server holds requests until the first build is done.
      const response = await fetch(WORKBENCH_URL, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(
    `the dev server did not answer ${WORKBENCH_URL} within ${READY_TIMEOUT_MS / 60000} minutes`
  );
}

async function serveWorkbench() {
  const running = recordedPid();
  if (running !== undefined && isOurDevServer(running)) {
    console.log(`The dev server is already running (pid ${running}).`);
    console.log(`Deal Desk workbench: ${WORKBENCH_URL}`);
    return 0;
  }
  if (!(await portIsFree(PORT))) {
    console.error(
      `Port ${PORT} is in use by another program; stop it, or pick another port with DEALDESK_PORT.`
    );
    return 1;
  }
  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, "w");
  const webpackCli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  // Detached: the server outlives `npm start` and is the leader of its own process group.
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, DEALDESK_HTTP: "1" },
  });
  closeSync(log);
  writeFileSync(PID_FILE, String(child.pid));
  console.log(`Starting the dev server (pid ${child.pid}, log ${LOG_FILE}) …`);
  try {
    await waitUntilServing(child);
  } catch (error) {
    console.error(`Could not serve the workbench: ${error.message}\n${logTail()}`);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM"); // its process group (POSIX)
      } catch {
        child.kill();
      }
    }
    rmSync(PID_FILE, { force: true });
    return 1;
  }
  child.unref();
  const failed = /compiled with \d+ errors?/.test(readFileSync(LOG_FILE, "utf8"));
  console.log(`Deal Desk workbench: ${WORKBENCH_URL}`);
  console.log(
    "Excel cannot sideload add-ins on Linux; the workbench runs the same task pane on an .xlsx file."
  );
  console.log("The server rebuilds on save; `npm stop` ends it.");
  if (failed) {
    console.error(
      `The build has errors (the page may not work until they are fixed):\n${logTail()}`
    );
    return 1;
  }
  return 0;
}

if (startMode() === "sideload") {
  sideload();
} else {
  process.exitCode = await serveWorkbench();
}
