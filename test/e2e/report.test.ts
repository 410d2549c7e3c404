/**
 * The Reports view in the workbench, in headless Chromium: the period picker starts on the last
 * closed quarter; the 2026-Q3 report of the sample for all managers shows each manager's revenue,
 * target and red/amber/green attainment exactly as generateReport computes them in Node, writes
 * the same sheets, and goes to a manager's sheet; one manager alone gets one sheet; the ribbon's
 * "Refresh report" (`?view=reports&run=refresh`) generates at once.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { FigureSet } from "../../src/core/reports/figureSet";
import { formatMoney, toCents } from "../../src/core/money";
import { createXlsx } from "../../src/host/xlsx/xlsxWorkbook";
import { generateReport, type ReportDocument } from "../../src/jobs/reports/generateReport";
import { lastClosedQuarter } from "../../src/jobs/reports/lastClosedQuarter";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { ragStatus } from "../../src/sheets/reports/ragStatus";
import { paneToday } from "../../src/taskpane/quote/paneNow";
import { cellAddress } from "../../src/workbench/cellAddress";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { eventually, sheetTabNames } from "./support/workbenchPage";

const SHOTS = join(ROOT, "test-output", "screenshots");
const PERIOD = "2026-Q3";
const today = paneToday();

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
/** The report generateReport makes in Node on the same sample. */
let expected: ReportDocument;
const pageErrors: string[] = [];

const money = (amount: number | null) =>
  amount === null ? "—" : formatMoney(toCents(amount), "en");
const percent = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace(/\.0$/, "")}%`;

/** What a figure row of the pane shows: revenue, target, attainment with its band. */
function shown(f: FigureSet) {
  const rag = ragStatus(f.attainment);
  return {
    revenue: money(f.revenue),
    target: money(f.target),
    attainment: rag === null ? "—" : `${percent(f.attainment ?? 0)} · ${rag}`,
    rag: rag ?? "none",
  };
}

async function rowsOf(p: Page, testId: string) {
  return p
    .getByTestId(testId)
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => {
        const cell = (f: string) =>
          (r.querySelector(`[data-field="${f}"]`)?.textContent ?? "").trim();
        return {
          name: cell("name"),
          revenue: cell("revenue"),
          target: cell("target"),
          attainment: cell("attainment"),
          rag: r.querySelector("[data-rag]")?.getAttribute("data-rag") ?? "",
        };
      })
    );
}

async function choosePeriod(p: Page, key: string) {
  await p.getByRole("combobox", { name: "Period", exact: true }).click();
  await p.getByRole("option", { name: key, exact: true }).click();
}

/**
 * The workbench's name box is an aria-labelled span that axe flags while it is empty (before any
 * cell is selected); as the workbench test does, select a cell before a scan.
 */
async function selectACell(p: Page): Promise<void> {
  await p.locator('[data-cell="A1"]').click();
  await eventually(
    async () => ((await p.getByTestId("name-box").textContent()) ?? "") !== "",
    true,
    "a selected cell"
  );
}

beforeAll(async () => {
  ensureProductionBundle();
  server = await serveFolder(DIST);
  browser = await launchBrowser();
  const sample = createXlsx();
  await writeSampleWorkbook(sample);
  expected = await generateReport(sample, { period: PERIOD, today });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the report of a period in the workbench", () => {
  test("the picker starts on the last closed quarter and offers every manager of Team", async () => {
    await page.goto(`${server.url}/workbench.html?lang=en&theme=light&view=reports`);
    await page.getByTestId("sheet-grid").waitFor();
    const period = page.getByRole("combobox", { name: "Period", exact: true });
    await period.waitFor({ timeout: 60_000 });
    expect((await period.textContent())?.trim()).toBe(lastClosedQuarter(today).key);
    const managers = await page
      .getByTestId("report-managers")
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    expect(managers.every(Boolean)).toBe(true);
    for (const m of expected.managers) {
      expect(
        await page.getByTestId("report-managers").getByRole("checkbox", { name: m.manager }).count()
      ).toBe(1);
    }
  });

  test(`${PERIOD} for all managers: each manager's figures equal generateReport's in Node`, async () => {
    await choosePeriod(page, PERIOD);
    await page.getByRole("button", { name: "Generate report" }).click();
    const result = page.getByTestId("report-result");
    await result.waitFor({ timeout: 120_000 });
    expect(await result.getAttribute("data-period")).toBe(PERIOD);

    expect(expected.managers.length).toBeGreaterThan(1);
    expect(await rowsOf(page, "report-managers-table")).toEqual([
      ...expected.managers.map((m) => ({ name: m.manager, ...shown(m) })),
      { name: "Total", ...shown(expected.totals) },
    ]);
    // At least two different bands on the sample: the colours are the figures', not decoration.
    expect(new Set(expected.managers.map((m) => ragStatus(m.attainment))).size).toBeGreaterThan(1);
    expect(await page.getByTestId("report-outcome").textContent()).toContain(
      `Sheets: ${expected.sheets.join(", ")}.`
    );
    await eventually(
      async () => (await sheetTabNames(page)).filter((n) => expected.sheets.includes(n)),
      expected.sheets,
      "report sheets in the tab strip"
    );

    await page.getByRole("button", { name: /^Reps/ }).click();
    expect(await rowsOf(page, "report-owners-table")).toEqual(
      expected.owners.map((o) => ({ name: o.owner, ...shown(o) }))
    );
  });

  test("a manager's name goes to their sheet", async () => {
    const first = expected.managers[0] as FigureSet;
    const sheet = expected.sheets[1] ?? "";
    await page
      .getByTestId("report-managers-table")
      .getByRole("button", { name: `${first.manager}: go to the sheet ${sheet}` })
      .click();
    await eventually(
      async () => page.getByTestId("name-box").textContent(),
      cellAddress(1, 1, sheet),
      "name box"
    );
    expect(sheet).toContain(first.manager?.split(" ").pop() ?? "?");
  });

  test("one manager alone: one manager sheet, that manager's figures", async () => {
    const one = expected.managers[1] as FigureSet;
    await page
      .getByTestId("report-managers")
      .getByRole("checkbox", { name: "All managers" })
      .click();
    await page.getByTestId("report-managers").getByRole("checkbox", { name: one.manager }).click();
    const sample = createXlsx();
    await writeSampleWorkbook(sample);
    const alone = await generateReport(sample, {
      period: PERIOD,
      today,
      managers: [one.manager ?? ""],
    });
    await page.getByRole("button", { name: "Generate report" }).click();
    await eventually(
      async () => (await rowsOf(page, "report-managers-table")).map((r) => r.name),
      [one.manager, "Total"],
      "one manager"
    );
    expect(await rowsOf(page, "report-managers-table")).toEqual([
      { name: one.manager, ...shown(alone.managers[0] as FigureSet) },
      { name: "Total", ...shown(alone.totals) },
    ]);
    expect(alone.sheets).toHaveLength(3);
  });
});

describe("the ribbon's Refresh report", () => {
  test("opens the Reports view and generates the last closed quarter for every manager at once", async () => {
    const view = await browser.context.newPage();
    view.on("pageerror", (e) => pageErrors.push(e.message));
    await view.goto(`${server.url}/workbench.html?lang=en&theme=light&view=reports&run=refresh`);
    const result = view.getByTestId("report-result");
    await result.waitFor({ timeout: 120_000 });
    const key = lastClosedQuarter(today).key;
    expect(await result.getAttribute("data-period")).toBe(key);
    const sample = createXlsx();
    await writeSampleWorkbook(sample);
    const refreshed = await generateReport(sample, { period: key, today });
    expect((await rowsOf(view, "report-managers-table")).map((r) => r.name)).toEqual([
      ...refreshed.managers.map((m) => m.manager),
      "Total",
    ]);
    await view.close();
  });
});

describe("the Reports view, light and dark: accessible, and kept as screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: the picker and a report have no serious or critical axe violation`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      await view.emulateMedia({ colorScheme: theme });
      await view.goto(`${server.url}/workbench.html?lang=en&view=reports`);
      await view
        .getByRole("combobox", { name: "Period", exact: true })
        .waitFor({ timeout: 60_000 });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await choosePeriod(view, PERIOD);
      await view.getByRole("button", { name: "Generate report" }).click();
      await view.getByTestId("report-result").waitFor({ timeout: 120_000 });
      await view.getByRole("button", { name: /^Reps/ }).click();
      await view.locator("#dd-report-result").evaluate((el) => el.scrollIntoView());
      await view.screenshot({ path: join(SHOTS, `reports-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await view.close();
    });
  }

  test("Latvian: the Reports view speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=lv&theme=light&view=reports`);
    await view.getByRole("combobox", { name: "Periods", exact: true }).waitFor({ timeout: 60_000 });
    expect(await view.getByRole("button", { name: "Izveidot pārskatu" }).count()).toBe(1);
    await view.screenshot({ path: join(SHOTS, "reports-lv-light.png") });
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error", () => {
    expect(pageErrors).toEqual([]);
  });
});
