// `npm stop`: the mirror of `npm start`.
// Windows and macOS: office-addin-debugging stops debugging, unregisters the add-in and ends the
//   dev server it started.
// Linux (or DEALDESK_HTTP=1): end the dev server `npm start` left running, by its recorded pid.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import {
  OFFICE_ADDIN_DEBUGGING,
  ROOT,
  STATE_DIR,
  isOurDevServer,
  recordedPid,
  startMode,
} from "./devServerState.mjs";

function stopSideload() {
  const child = spawn("npx", ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function signal(pid, name) {
  try {
    // The server was started detached, so it leads its own process group: end the whole group.
    process.kill(-pid, name);
  } catch {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

async function stopWorkbench() {
  const pid = recordedPid();
  if (pid === undefined || !isOurDevServer(pid)) {
    rmSync(STATE_DIR, { recursive: true, force: true });
    console.log("No dev server started by `npm start` is running.");
    return 0;
  }
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/t", "/f"], { stdio: "ignore" });
  } else {
    signal(pid, "SIGTERM");
    for (let waited = 0; waited < 10_000 && isOurDevServer(pid); waited += 200) await sleep(200);
    if (isOurDevServer(pid)) signal(pid, "SIGKILL");
  }
  rmSync(STATE_DIR, { recursive: true, force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
  return 0;
}

if (startMode() === "sideload") {
  stopSideload();
} else {
  process.exitCode = await stopWorkbench();
}
