import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { tempDir } from "../support/recalc";

const run = promisify(execFile);
const root = resolve(__dirname, "../..");

/** Runs a command and returns its exit code and output, whatever the code. */
async function exec(
  cmd: string,
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: root, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("the dealdesk command as a process", () => {
  it("`npm run -s dealdesk -- check` on a file that is not a workbook exits 1 with one line", async () => {
    const bad = join(tempDir(), "list.xlsx");
    writeFileSync(bad, "this is not a zip");
    const r = await exec("npm", ["run", "-s", "dealdesk", "--", "check", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^dealdesk: .*list\.xlsx/);
  });

  it("the installed bin answers --help with the commands and exits 0", async () => {
    const r = await exec("node", [join(root, "bin/dealdesk.js"), "--help"]);
    expect(r.code).toBe(0);
    for (const cmd of ["demo", "init", "check"]) expect(r.stdout).toContain(cmd);
  });

  it("wrong usage exits 2", async () => {
    const r = await exec("node", [join(root, "bin/dealdesk.js"), "check"]);
    expect(r.code).toBe(2);
  });
});
