/**
 * The workbench in headless Chromium, driven as a user would: the sample opens, Check lists its
 * sheets and issues (the same figures as checkWorkbook in Node), an issue selects its cell in the
 * grid, a setting is changed (and an invalid one refused), the downloaded workbook holds the
 * change; an .xlsx from disk is opened, checked and prepared. Every request stays on this machine.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Issue } from "../../src/core/issue";
import type { PlanValue } from "../../src/host/port";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import { checkWorkbook, type CheckResult } from "../../src/jobs/checkWorkbook";
import { prepareWorkbook } from "../../src/jobs/prepareWorkbook";
import { loadSettings } from "../../src/jobs/settingsJobs";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { validateSettingText } from "../../src/sheets/settings";
import { ISSUES_PAGE_SIZE } from "../../src/taskpane/components/IssuesTable";
import { cellAddress } from "../../src/workbench/cellAddress";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import {
  downloadWorkbook,
  eventually,
  openView,
  sheetTabNames,
  watchPage,
} from "./support/workbenchPage";

const MESSY = join(ROOT, "test", "fixtures", "messy-latvian-workbook.xlsx");

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let sample: XlsxWorkbook;
let sampleCheck: CheckResult;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

/** The Excel column of an issue's header text, found independently: the first row holding it. */
async function headerColumn(wb: XlsxWorkbook, sheet: string, header: string): Promise<number> {
  const block = await wb.readSheet(sheet);
  for (const row of block.values) {
    const index = row.findIndex((v) => typeof v === "string" && v.trim() === header.trim());
    if (index >= 0) return block.firstColumn + index;
  }
  throw new Error(`no header "${header}" on ${sheet}`);
}

async function nameBox(p: Page): Promise<string> {
  return (await p.getByTestId("name-box").textContent()) ?? "";
}

async function issueRowsShown(p: Page): Promise<{ sheet: string; row: string; column: string }[]> {
  return p.getByTestId("issue-row").evaluateAll((rows) =>
    rows.map((r) => ({
      sheet: r.getAttribute("data-sheet") ?? "",
      row: r.getAttribute("data-row") ?? "",
      column: r.getAttribute("data-column") ?? "",
    }))
  );
}

const asShown = (issues: Issue[]) =>
  issues.map((i) => ({
    sheet: i.sheet,
    row: i.row === null ? "" : String(i.row),
    column: i.column ?? "",
  }));

beforeAll(async () => {
  ensureProductionBundle();
  server = await serveFolder(DIST);
  browser = await launchBrowser();
  sample = createXlsx();
  await writeSampleWorkbook(sample);
  sampleCheck = await checkWorkbook(sample);
  page = await browser.context.newPage();
  watchPage(page, server.url, { pageErrors, foreignRequests });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the workbench on the sample workbook", () => {
  test("opens with the Latvian sample: its sheets as tabs, the first one in the grid", async () => {
    await page.goto(`${server.url}/workbench.html?lang=en&theme=light`);
    await page.getByTestId("sheet-grid").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("deal-desk-sample.xlsx");
    const names = (await sample.listSheets()).map((s) => s.name);
    expect(await sheetTabNames(page)).toEqual(names);
    const first = await sample.readSheet(names[0] ?? "");
    const a1 = first.values[0]?.[0];
    expect(await page.locator('[data-cell="A1"]').textContent()).toBe(String(a1));
  });

  test("Check lists the sheets and issues exactly as checkWorkbook does in Node", async () => {
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByTestId("rows-summary").waitFor();
    const { read, used, skipped } = sampleCheck.rows;
    expect(await page.getByTestId("rows-summary").textContent()).toBe(
      `${read} rows read: ${used} used, ${skipped} skipped.`
    );
    for (const s of sampleCheck.sheets) {
      const row = page.getByTestId("sheets-table").locator(`[data-kind="${s.kind}"]`);
      const cells = await row.locator("[data-field]").allTextContents();
      expect([s.kind, ...cells]).toEqual([
        s.kind,
        s.sheet ?? "missing",
        String(s.counts.read),
        String(s.counts.used),
        String(s.counts.skipped),
      ]);
    }
    expect(await page.getByTestId("issues-heading").textContent()).toBe(
      `Issues (${sampleCheck.issues.length})`
    );
    expect(sampleCheck.issues.length).toBeGreaterThan(0);
    expect(await issueRowsShown(page)).toEqual(
      asShown(sampleCheck.issues.slice(0, ISSUES_PAGE_SIZE))
    );
    const firstProblem = sampleCheck.issues[0]?.problem ?? "";
    expect(await page.getByTestId("issue-row").first().textContent()).toContain(firstProblem);
    if (sampleCheck.missingSheets.length > 0) {
      expect(await page.getByTestId("missing-sheets").textContent()).toContain("Prepare workbook");
    }
  });

  test("clicking an issue shows its sheet in the grid with the cell selected", async () => {
    const index = sampleCheck.issues.findIndex((i) => i.row !== null && i.column !== null);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(ISSUES_PAGE_SIZE);
    const issue = sampleCheck.issues[index] as Issue & { row: number; column: string };
    const column = await headerColumn(sample, issue.sheet, issue.column);
    const expected = cellAddress(issue.row, column, issue.sheet);

    await page.getByTestId("issue-row").nth(index).click();
    await eventually(() => nameBox(page), expected, "name box");
    const selected = page.locator(`[data-cell="${cellAddress(issue.row, column)}"]`);
    await selected.waitFor();
    expect(await selected.getAttribute("aria-selected")).toBe("true");
    expect(await selected.isVisible()).toBe(true);
    const tab = page.getByTestId("sheet-tabs").getByRole("tab", { name: issue.sheet, exact: true });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    // The formula bar shows the cell's raw value: the one the issue quotes.
    if (issue.value !== null)
      expect(await page.getByTestId("cell-value").textContent()).toBe(issue.value);
  });

  test("an issue is activated by keyboard too; a whole-row issue selects the row's first cell", async () => {
    const index = sampleCheck.issues.findIndex((i) => i.row !== null && i.column === null);
    expect(index).toBeGreaterThanOrEqual(0);
    const issue = sampleCheck.issues[index] as Issue & { row: number };
    const block = await sample.readSheet(issue.sheet);
    const link = page.getByTestId("issue-row").nth(index).getByRole("button");
    await link.focus();
    await page.keyboard.press("Enter");
    await eventually(
      () => nameBox(page),
      cellAddress(issue.row, block.firstColumn, issue.sheet),
      "name box"
    );
  });

  test("the grid shows values with their number formats", async () => {
    // Deals: the first numeric, formatted cell of the sample, as Excel would show it.
    const deals = sampleCheck.sheets.find((s) => s.kind === "deals")?.sheet ?? "";
    await page.getByTestId("sheet-tabs").getByRole("tab", { name: deals, exact: true }).click();
    const block = await sample.readSheet(deals);
    let found: { address: string; raw: number; format: string } | null = null;
    for (const [r, row] of block.values.entries()) {
      for (const [c, v] of row.entries()) {
        const format = block.numberFormats[r]?.[c] ?? "General";
        if (typeof v === "number" && format !== "General" && r < 20 && c < 6) {
          found = {
            address: cellAddress(block.firstRow + r, block.firstColumn + c),
            raw: v,
            format,
          };
          break;
        }
      }
      if (found) break;
    }
    expect(found).not.toBeNull();
    const { address, raw } = found as { address: string; raw: number };
    const cell = page.locator(`[data-cell="${address}"]`);
    await cell.waitFor();
    const shown = (await cell.textContent()) ?? "";
    expect(shown).not.toBe("");
    expect(shown).not.toBe(String(raw));
  });
});

describe("Settings in the workbench", () => {
  test("an invalid value shows its problem inline and Save writes nothing", async () => {
    await openView(page, "settings");
    const field = page.locator('[data-setting="Quote validity days"]');
    await field.getByRole("textbox").fill("soon");
    const problem = validateSettingText("Quote validity days", "soon") ?? "";
    expect(problem).not.toBe("");
    await eventually(
      async () => ((await field.textContent()) ?? "").includes(problem),
      true,
      "inline problem"
    );
    expect(await field.getByRole("textbox").getAttribute("aria-invalid")).toBe("true");

    await page.getByRole("button", { name: "Save settings" }).click();
    const outcome = page.getByTestId("settings-outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain("Nothing was saved");
    expect(await outcome.textContent()).toContain(problem);

    const { bytes } = await downloadWorkbook(page);
    const saved = await loadSettings(await openXlsx(bytes));
    expect(saved.settings.quoteValidityDays).toBe(30);
    expect(saved.settings.vatRounding).toBe("per-rate");
  });

  test("VAT rounding changed to per-line is saved into the Settings sheet and the download", async () => {
    const validity = page.locator('[data-setting="Quote validity days"]').getByRole("textbox");
    await validity.fill("30");
    const rounding = page.locator('[data-setting="VAT rounding"]');
    await rounding.getByRole("combobox").click();
    await page.getByRole("option", { name: "per-line" }).click();
    await page.getByRole("button", { name: "Save settings" }).click();
    const outcome = page.getByTestId("settings-outcome");
    await eventually(
      async () => ((await outcome.textContent()) ?? "").startsWith("Settings saved"),
      true,
      "saved"
    );

    // The grid follows the write: the Settings sheet now shows per-line in the setting's Value cell.
    const entry = (await loadSettings(sample)).entries.find((e) => e.key === "VAT rounding");
    const settingsSheet = sampleCheck.sheets.find((s) => s.kind === "settings")?.sheet ?? "";
    await page
      .getByTestId("sheet-tabs")
      .getByRole("tab", { name: settingsSheet, exact: true })
      .click();
    const valueCell = page.locator(
      `[data-cell="${cellAddress(entry?.row ?? 0, entry?.column ?? 0)}"]`
    );
    await eventually(
      async () => valueCell.textContent(),
      "per-line",
      "Settings value cell in the grid"
    );

    const { name, bytes } = await downloadWorkbook(page);
    expect(name).toBe("deal-desk-sample.xlsx");
    const reopened = await openXlsx(bytes);
    const saved = await loadSettings(reopened);
    expect(saved.settings.vatRounding).toBe("per-line");
    expect(saved.settings.quoteValidityDays).toBe(30);
    // Nothing else moved: every other sheet still checks the same.
    const recheck = await checkWorkbook(reopened);
    expect(recheck.rows).toEqual(sampleCheck.rows);
    await openView(page, "home");
  });
});

describe("opening a workbook from disk", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "dealdesk-e2e-"));
  });

  test("a file that is not a workbook is refused with what to do", async () => {
    const csv = join(folder, "leads.csv");
    writeFileSync(csv, "Company;Email\nSIA Alfa;info@alfa.lv\n");
    const expected = await openXlsx(readFileSync(csv), { name: "leads.csv" }).then(
      () => "",
      (e: Error) => e.message
    );
    expect(expected).toContain("leads.csv");
    await page.getByTestId("open-input").setInputFiles(csv);
    const alert = page.getByText(expected, { exact: false });
    await alert.waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("deal-desk-sample.xlsx");
  });

  test("an opened .xlsx is checked, its issues select cells under a title block, and Prepare adds missing sheets", async () => {
    const copy = join(folder, "pipeline-2026.xlsx");
    writeFileSync(copy, readFileSync(MESSY));
    const messy = await openXlsx(readFileSync(MESSY));
    const expectedCheck = await checkWorkbook(messy);

    await page.getByTestId("open-input").setInputFiles(copy);
    await eventually(
      async () => page.getByTestId("file-name").textContent(),
      "pipeline-2026.xlsx",
      "file name"
    );
    expect(await sheetTabNames(page)).toEqual((await messy.listSheets()).map((s) => s.name));

    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByTestId("rows-summary").waitFor();
    const { read, used, skipped } = expectedCheck.rows;
    expect(await page.getByTestId("rows-summary").textContent()).toBe(
      `${read} rows read: ${used} used, ${skipped} skipped.`
    );
    expect(await issueRowsShown(page)).toEqual(
      asShown(expectedCheck.issues.slice(0, ISSUES_PAGE_SIZE))
    );

    // A value issue on a sheet whose header is not on row 1.
    const index = expectedCheck.issues.findIndex(
      (i) => i.row !== null && i.column !== null && i.value !== null
    );
    const issue = expectedCheck.issues[index] as Issue & { row: number; column: string };
    const column = await headerColumn(messy, issue.sheet, issue.column);
    await page.getByTestId("issue-row").nth(index).click();
    await eventually(() => nameBox(page), cellAddress(issue.row, column, issue.sheet), "name box");

    // Prepare workbook adds what the file lacks, as prepareWorkbook does in Node.
    const expectedAdded = (
      await prepareWorkbook(await openXlsx(readFileSync(MESSY)), { locale: "en" })
    ).added;
    expect(expectedAdded.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Prepare workbook" }).click();
    const prepared = page.getByTestId("prepare-result");
    await prepared.waitFor();
    expect(await prepared.textContent()).toContain(`Added: ${expectedAdded.join(", ")}.`);
    await eventually(
      async () => (await sheetTabNames(page)).slice(-expectedAdded.length),
      expectedAdded,
      "new sheet tabs"
    );
    // The check on screen was run again: nothing is missing now.
    await eventually(async () => page.getByTestId("missing-sheets").count(), 0, "missing sheets");

    const { name, bytes } = await downloadWorkbook(page);
    expect(name).toBe("pipeline-2026.xlsx");
    const downloaded = await openXlsx(bytes);
    expect((await downloaded.listSheets()).map((s) => s.name)).toEqual(await sheetTabNames(page));
    expect((await checkWorkbook(downloaded)).missingSheets).toEqual([]);
  });
});

describe("a 100 000-row sheet", () => {
  const ROWS = 100_000;
  let file: string;
  let bigCheck: CheckResult;

  beforeAll(async () => {
    const values: PlanValue[][] = [["Deal ID", "Account", "Owner", "Stage", "Amount", "Created"]];
    for (let i = 0; i < ROWS; i++) {
      // Every 50th amount is not a number: 2 000 issues, forty pages of them.
      const amount = i % 50 === 7 ? "abc" : 1000 + (i % 977) * 13.5;
      values.push([
        `D-${i}`,
        `SIA Klients ${i % 900}`,
        `Rep ${i % 7}`,
        i % 3 ? "Proposal" : "Won",
        amount,
        46000 + (i % 400),
      ]);
    }
    const wb = createXlsx();
    await wb.writeSheet({ name: "Deals", kind: "input:deals", owner: "user", values });
    const bytes = await wb.toBuffer();
    file = join(mkdtempSync(join(tmpdir(), "dealdesk-e2e-")), "deals-100k.xlsx");
    writeFileSync(file, bytes);
    bigCheck = await checkWorkbook(await openXlsx(bytes));
  }, 120_000);

  test("opens, checks and pages through its issues with only the visible rows in the page", async () => {
    await page.getByTestId("open-input").setInputFiles(file);
    await eventually(
      async () => page.getByTestId("file-name").textContent(),
      "deals-100k.xlsx",
      "file name",
      600
    );
    const grid = page.getByTestId("sheet-grid");
    await grid.waitFor();
    expect(Number(await grid.getAttribute("aria-rowcount"))).toBeGreaterThan(ROWS);
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(200);

    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByTestId("rows-summary").waitFor({ timeout: 60_000 });
    const { read, used, skipped } = bigCheck.rows;
    expect(read).toBe(ROWS);
    expect(await page.getByTestId("rows-summary").textContent()).toBe(
      `${read} rows read: ${used} used, ${skipped} skipped.`
    );
    const total = bigCheck.issues.length;
    expect(total).toBeGreaterThan(ISSUES_PAGE_SIZE * 2);
    expect(await page.getByTestId("issue-row").count()).toBe(ISSUES_PAGE_SIZE);
    expect(await page.getByTestId("issues-page").textContent()).toBe(
      `1–${ISSUES_PAGE_SIZE} of ${total}`
    );

    await page.getByRole("button", { name: "Next page" }).click();
    expect(await page.getByTestId("issues-page").textContent()).toBe(
      `${ISSUES_PAGE_SIZE + 1}–${ISSUES_PAGE_SIZE * 2} of ${total}`
    );
    expect(await issueRowsShown(page)).toEqual(
      asShown(bigCheck.issues.slice(ISSUES_PAGE_SIZE, ISSUES_PAGE_SIZE * 2))
    );

    // An issue deep in the sheet: the grid scrolls there and still renders only a window of rows.
    const issue = bigCheck.issues[ISSUES_PAGE_SIZE * 2 - 1] as Issue & { row: number };
    await page.getByTestId("issue-row").last().click();
    await eventually(() => nameBox(page), cellAddress(issue.row, 5, "Deals"), "name box");
    const cell = page.locator(`[data-cell="${cellAddress(issue.row, 5)}"]`);
    expect(await cell.isVisible()).toBe(true);
    expect(await cell.textContent()).toBe("abc");
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(200);
  });
});

describe("every view, light and dark: accessible, and kept as screenshots", () => {
  const shots = join(ROOT, "test-output", "screenshots");

  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: Home and Settings have no serious or critical axe violation`, async () => {
      mkdirSync(shots, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      // Dark comes from the system's colour scheme (no ?theme=), as the workbench follows it.
      await view.emulateMedia({ colorScheme: theme });
      await view.goto(`${server.url}/workbench.html?lang=en`);
      await view.getByTestId("sheet-grid").waitFor();
      expect(await view.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

      await view.getByRole("button", { name: "Check workbook" }).click();
      await view.getByTestId("issues-table").waitFor();
      await view.getByTestId("issue-row").first().click();
      await eventually(async () => (await nameBox(view)) !== "", true, "a selected cell");
      await view.screenshot({ path: join(shots, `home-${theme}.png`) });
      const home = seriousOrCritical(await axeViolations(view));
      expect(home).toEqual([]);

      await openView(view, "settings");
      await view.locator('[data-setting="VAT rounding"]').waitFor();
      await view.screenshot({ path: join(shots, `settings-${theme}.png`) });
      const settings = seriousOrCritical(await axeViolations(view));
      expect(settings).toEqual([]);
      await view.close();
    });
  }

  test("Latvian: the pane speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=lv&view=settings&theme=light`);
    await view.locator('[data-setting="VAT rounding"]').waitFor();
    expect((await view.locator("#dd-tab-home").innerText()).trim()).toBe("Sākums");
    expect(await view.getByRole("button", { name: "Saglabāt iestatījumus" }).count()).toBe(1);
    await view.screenshot({ path: join(shots, "settings-lv-light.png") });
    await view.close();
  });

  test("the task pane page outside Excel says where to open it (office.js blocked, never fetched)", async () => {
    const view = await browser.context.newPage();
    const cdn: string[] = [];
    await view.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      cdn.push(url);
      return route.abort();
    });
    await view.goto(`${server.url}/taskpane.html`);
    await view.getByText("Open Deal Desk from Excel").waitFor();
    expect(cdn).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await view.screenshot({ path: join(shots, "taskpane-outside-excel.png") });
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error, and no request left this machine", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
