import { join } from "node:path";
import { runCli } from "../../src/cli/program";

const messy = join(__dirname, "../fixtures/messy-latvian-workbook.xlsx");

async function stderrOf(showProgress: boolean): Promise<string> {
  let stderr = "";
  const code = await runCli(["check", messy], {
    stdout: () => undefined,
    stderr: (t) => {
      stderr += t;
    },
    cwd: process.cwd(),
    showProgress,
  });
  expect(code).toBe(0);
  return stderr;
}

describe("progress on stderr", () => {
  it("shows one line per step when someone watches a terminal", async () => {
    const text = await stderrOf(true);
    expect(text).toContain("  Reading Darījumi…\n");
    expect(text.match(/Reading Darījumi…/g)).toHaveLength(1);
  });

  it("stays out of logs and pipes: only the summary", async () => {
    const text = await stderrOf(false);
    expect(text).not.toContain("Reading Darījumi…");
    expect(text).toContain("Deal Desk check");
  });
});
