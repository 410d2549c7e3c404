import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

// `npm start` / `npm stop` on Linux: the dev server in the background, the workbench at its address.
// (On Windows and macOS they sideload into Excel desktop, which cannot run here.)
const ROOT = join(__dirname, "..", "..");
const onLinux = process.platform === "linux";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let port = 0;
function run(script: "start" | "stop"): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", `${script}.mjs`)], {
    cwd: ROOT,
    env: { ...process.env, DEALDESK_PORT: String(port) },
    encoding: "utf8",
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

(onLinux ? describe : describe.skip)("npm start on Linux", () => {
  beforeAll(async () => {
    // A port of its own (DEALDESK_PORT), so a developer's running `npm start` is left alone.
    port = await freePort();
  });

  afterAll(() => {
    run("stop");
  });

  test("serves the workbench, says where, and npm stop ends it", async () => {
    const url = `http://localhost:${port}/workbench.html`;
    const started = run("start");
    expect({ status: started.status, stderr: started.stderr }).toEqual({ status: 0, stderr: "" });
    expect(started.stdout).toContain(`Deal Desk workbench: ${url}`);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<script\b/);
    expect(html).not.toMatch(/appsforoffice/);
    const root = await fetch(`http://localhost:${port}/`);
    expect(await root.text()).toBe(html);

    const again = run("start");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("already running");

    const stopped = run("stop");
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain("Stopped the dev server");
    await expect(fetch(url)).rejects.toThrow();
  }, 600_000);

  test("refuses a port another program holds, naming it", async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(port, "127.0.0.1", resolve));
    try {
      const started = run("start");
      expect(started.status).toBe(1);
      expect(started.stderr).toContain(`Port ${port} is in use by another program`);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});
