/**
 * The Retro view in the workbench, in headless Chromium: on a workbook where a deal was won with
 * an accepted three-line quote, the deal picker lists that deal first among the complex deals;
 * Generate writes its Retro sheet and the Lessons sheet with the figures generateRetro computes
 * in Node; Go to sheet shows it; Refresh lessons collects the lessons again.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatMoney, toCents } from "../../src/core/money";
import { createXlsx, openXlsx } from "../../src/host/xlsx/xlsxWorkbook";
import { buildQuote } from "../../src/jobs/quotes/buildQuote";
import { quoteAction } from "../../src/jobs/quotes/quoteAction";
import { readQuoteContext } from "../../src/jobs/quotes/quoteContext";
import { generateRetro, type RetroResult } from "../../src/jobs/retro/generateRetro";
import { listRetroCandidates } from "../../src/jobs/retro/listRetroCandidates";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { paneToday } from "../../src/taskpane/quote/paneNow";
import { cellAddress } from "../../src/workbench/cellAddress";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { eventually, sheetTabNames } from "./support/workbenchPage";

const SHOTS = join(ROOT, "test-output", "screenshots");
const today = paneToday();

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let file: string;
let dealId: string;
/** What generateRetro makes in Node of the same workbook. */
let expected: RetroResult;
const pageErrors: string[] = [];

/** The sample with one deal won through an accepted quote of three lines (built in Node). */
async function workbookWithAcceptedQuote(): Promise<Uint8Array> {
  const wb = createXlsx();
  await writeSampleWorkbook(wb);
  const ctx = await readQuoteContext(wb, today);
  const deal = ctx.deals.read.rows.find(
    (d) => d.stage !== "Won" && d.stage !== "Lost" && d.account
  );
  const products = (ctx.products?.read.rows ?? []).filter((p) => p.active);
  if (!deal || products.length < 3) throw new Error("the sample has an open deal and products");
  dealId = deal.id;
  const built = await buildQuote(wb, {
    dealId: deal.id,
    lines: products.slice(0, 3).map((p, i) => ({ sku: p.sku, qty: i + 1 })),
    today,
  });
  if (built.approval.needed) {
    const manager = (ctx.team?.read.rows ?? []).find((m) => m.role === "Director")?.name ?? "";
    await quoteAction(wb, { quote: built.quote, action: "approve", by: manager, today });
  }
  for (const d of built.departments)
    await quoteAction(wb, {
      quote: built.quote,
      action: "confirm",
      department: d.department,
      by: "Līga Siliņa",
      today,
    });
  await quoteAction(wb, { quote: built.quote, action: "send", today });
  await quoteAction(wb, { quote: built.quote, action: "accept", today });
  return wb.toBuffer();
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

async function openPrepared(p: Page, lang: "en" | "lv", theme?: "light" | "dark"): Promise<void> {
  await p.goto(
    `${server.url}/workbench.html?lang=${lang}${theme ? `&theme=${theme}` : ""}&view=retro`
  );
  await p.getByTestId("sheet-grid").waitFor({ timeout: 60_000 });
  await p.getByTestId("open-input").setInputFiles(file);
  await eventually(
    async () => p.getByTestId("file-name").textContent(),
    "won-deal.xlsx",
    "file name"
  );
}

beforeAll(async () => {
  ensureProductionBundle();
  server = await serveFolder(DIST);
  browser = await launchBrowser();
  const bytes = await workbookWithAcceptedQuote();
  file = join(mkdtempSync(join(tmpdir(), "dealdesk-retro-")), "won-deal.xlsx");
  writeFileSync(file, bytes);
  expected = await generateRetro(await openXlsx(bytes), { dealId, today });
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a retrospective in the workbench", () => {
  test("the deal won with a three-line quote is offered first, among the complex deals", async () => {
    const candidates = await listRetroCandidates(await openXlsx(readFileSync(file)), { today });
    expect(candidates.candidates[0]).toEqual(
      expect.objectContaining({ id: dealId, complex: true, lines: 3 })
    );

    await openPrepared(page, "en", "light");
    const box = page.getByRole("combobox", { name: "Deal" });
    await box.waitFor({ timeout: 60_000 });
    await box.click();
    const group = page.getByRole("group", { name: "Won or lost, several lines" });
    await group.waitFor();
    const first = group.getByRole("option").first();
    expect((await first.textContent()) ?? "").toContain(dealId);
    await first.click();
  });

  test("Generate writes the Retro and Lessons sheets with the figures of generateRetro in Node", async () => {
    await page.getByRole("button", { name: "Generate retrospective" }).click();
    const result = page.getByTestId("retro-result");
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute("data-deal")).toBe(dealId);
    expect(await page.getByTestId("retro-outcome").textContent()).toContain(
      `${expected.sheet} written`
    );
    await eventually(
      async () => (await sheetTabNames(page)).filter((n) => expected.sheets.includes(n)).sort(),
      [...expected.sheets].sort(),
      "Retro and Lessons tabs"
    );
    const money = (x: number | null) => (x === null ? "—" : formatMoney(toCents(x), "en"));
    const row = (key: string) =>
      page.getByTestId("retro-figures").locator(`[data-figure="${key}"] td`).allTextContents();
    expect((await row("final"))[1]).toBe(money(expected.figures.final.profit));
    expect(expected.figures.quoted).not.toBeNull();
    expect(await row("quoted")).toEqual([
      `Quoted (${expected.figures.quoted?.quote})`,
      money(expected.figures.quoted?.profit ?? null),
      expect.any(String),
    ]);
  });

  test("Go to sheet shows the Retro sheet; Refresh lessons collects them again", async () => {
    await page.getByTestId("retro-outcome").getByRole("button", { name: "Go to sheet" }).click();
    await eventually(
      async () => page.getByTestId("name-box").textContent(),
      cellAddress(1, 1, expected.sheet),
      "name box"
    );
    await page.getByRole("button", { name: "Refresh lessons" }).click();
    const lessons = page.getByTestId("lessons-outcome");
    await lessons.waitFor({ timeout: 60_000 });
    expect(await lessons.textContent()).toContain(
      `${expected.lessons} items from every retrospective, on ${expected.lessonsSheet}`
    );
  });
});

describe("the Retro view, light and dark: accessible, and kept as screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: the picker and a retrospective have no serious or critical axe violation`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      await view.emulateMedia({ colorScheme: theme });
      await openPrepared(view, "en");
      const box = view.getByRole("combobox", { name: "Deal" });
      await box.waitFor({ timeout: 60_000 });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await box.click();
      await box.fill(dealId);
      await view.getByRole("option", { name: new RegExp(`^${dealId} `) }).click();
      await view.getByRole("button", { name: "Generate retrospective" }).click();
      await view.getByTestId("retro-result").waitFor({ timeout: 60_000 });
      await view.locator("#dd-view-retro").evaluate((el) => el.scrollTo(0, 0));
      await view.screenshot({ path: join(SHOTS, `retro-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await view.close();
    });
  }

  test("Latvian: the Retro view speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await openPrepared(view, "lv", "light");
    await view.getByRole("combobox", { name: "Darījums" }).waitFor({ timeout: 60_000 });
    expect(await view.getByRole("button", { name: "Izveidot retrospektīvu" }).count()).toBe(1);
    await view.screenshot({ path: join(SHOTS, "retro-lv-light.png") });
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error", () => {
    expect(pageErrors).toEqual([]);
  });
});
