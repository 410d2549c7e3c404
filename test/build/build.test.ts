import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OFFICE_JS_URL, PAGES, TASKPANE_GZIP_BUDGET_KB } from "../../scripts/buildConfig";

// `npm run build` (webpack --mode production) once, into a temporary folder, with a production URL.
const ROOT = join(__dirname, "..", "..");
const PRODUCTION_URL = "https://addins.example.lv/dealdesk/";
let dist = "";
let output = "";

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "dealdesk-dist-"));
  const result = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      env: { ...process.env, DEALDESK_DIST: dist, DEALDESK_URL: PRODUCTION_URL },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`the production build failed:\n${output.slice(-6000)}`);
}, 600_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** The src of every <script> of a built page, in order (the minifier may drop the quotes). */
function scriptSources(page: string): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? ""
  );
}

function bundleText(page: string): string {
  return scriptSources(page)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => readFileSync(join(dist, src), "utf8"))
    .join("\n");
}

describe("npm run build", () => {
  test("writes every page, the icons, the support page and the manifest", () => {
    const files = [
      ...PAGES.flatMap((page) => page.filenames),
      "manifest.xml",
      "assets/support.html",
      ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
    ];
    expect(files.filter((file) => !existsSync(join(dist, file)))).toEqual([]);
  });

  test("loads office.js from Microsoft's CDN in the pages Excel opens, first, and nowhere else", () => {
    for (const page of PAGES) {
      for (const filename of page.filenames) {
        const sources = scriptSources(filename);
        const external = sources.filter((src) => /^(https?:)?\/\//.test(src));
        expect({ filename, external }).toEqual({
          filename,
          external: page.loadsOfficeJs ? [OFFICE_JS_URL] : [],
        });
        if (page.loadsOfficeJs) expect(sources[0]).toBe(OFFICE_JS_URL);
        // Every other script is one of ours, written next to the page.
        for (const src of sources.filter((s) => !external.includes(s))) {
          expect({ src, exists: existsSync(join(dist, src)) }).toEqual({ src, exists: true });
        }
      }
    }
    expect(readFileSync(join(dist, "workbench.html"), "utf8")).not.toMatch(
      /office\.js|appsforoffice/
    );
  });

  test("shows the workbench at / as well", () => {
    expect(readFileSync(join(dist, "index.html"), "utf8")).toBe(
      readFileSync(join(dist, "workbench.html"), "utf8")
    );
  });

  test("prints each page's initial JavaScript size, the task pane within its gzip budget", () => {
    const sizes = new Map<string, { raw: number; gzip: number }>();
    for (const [, name = "", raw = "", gzip = ""] of output.matchAll(
      /^(\w+) initial JS: ([\d.]+) KB, gzip ([\d.]+) KB$/gm
    )) {
      sizes.set(name, { raw: Number(raw), gzip: Number(gzip) });
    }
    expect([...sizes.keys()].sort()).toEqual(PAGES.map((page) => page.name).sort());
    const taskpane = sizes.get("taskpane");
    expect(taskpane?.gzip).toBeGreaterThan(0);
    expect(taskpane?.gzip).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGET_KB);
    expect(output).not.toMatch(/over the \d+ KB budget/);
  });

  test("bundles exceljs (its browser build) into the workbench only, not the task pane", () => {
    // Without resolve.fallback, exceljs's Node build could not bundle (fs, stream): a green build
    // with exceljs inside means webpack took dist/exceljs.min.js through the "browser" field.
    const marker = '"ExcelJS"';
    expect(bundleText("workbench.html")).toContain(marker);
    expect(bundleText("taskpane.html")).not.toContain(marker);
  });

  test("writes the manifest with the production URL and no localhost", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain(`"${PRODUCTION_URL}taskpane.html"`);
    expect(manifest).toContain(`"${PRODUCTION_URL}commands.html"`);
  });
});
