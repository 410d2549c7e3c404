/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (fresh heap each) and prints
 * what each measures. Benchmarks measure; they never pass or fail.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.argv[2];
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const file of files) {
  process.stdout.write(`\n## ${file}\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(__dirname, file)], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.stdout.write(`(${file} exited with ${r.status})\n`);
}
