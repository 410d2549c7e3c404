import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The repository root (test/e2e/support → ../../..). */
export const ROOT = join(__dirname, "..", "..", "..");
/** Where the production bundle is built and served from. */
export const DIST = join(ROOT, "dist");

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the production bundle (`webpack --mode production` into dist/) unless dist/workbench.html
 * is newer than every source it is made from.
 */
export function ensureProductionBundle(): void {
  const built = join(DIST, "workbench.html");
  const sources = Math.max(
    newestMtime(join(ROOT, "src")),
    newestMtime(join(ROOT, "assets")),
    newestMtime(join(ROOT, "webpack.config.js")),
    newestMtime(join(ROOT, "manifest.xml")),
    newestMtime(join(ROOT, "package-lock.json"))
  );
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 540_000,
    }
  );
  if (!existsSync(built)) throw new Error(`webpack ran but ${built} is missing`);
}
