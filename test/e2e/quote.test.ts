/**
 * The Quote view in the workbench, in headless Chromium, driven as a rep would: pick a deal of
 * the sample, add lines and see the live totals and approval reasons (the same figures the quote
 * job computes in Node), build the quote, be refused when sending it unapproved, approve it, and
 * find the customer sheet and the register row (status Approved) in the downloaded workbook; revise
 * it within the approved limits (the approval is kept); then the departments confirm, it is sent
 * and accepted, which closes the deal as Won.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Deal, Product } from "../../src/core/model";
import { formatMoney, lineNetCents, toCents } from "../../src/core/money";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import { buildQuote, type BuildQuoteResult } from "../../src/jobs/quotes/buildQuote";
import { quoteAction } from "../../src/jobs/quotes/quoteAction";
import { readQuoteContext, type QuoteContext } from "../../src/jobs/quotes/quoteContext";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { customerQuoteKind } from "../../src/sheets/quotes/customerQuotePlan";
import { paneToday } from "../../src/taskpane/quote/paneNow";
import { cellAddress } from "../../src/workbench/cellAddress";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { downloadWorkbook, eventually, sheetTabNames, watchPage } from "./support/workbenchPage";

const SHOTS = join(ROOT, "test-output", "screenshots");

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let ctx: QuoteContext;
let deal: Deal;
let productA: Product;
let productB: Product;
/** What the quote job builds in Node from the same lines on a copy of the sample. */
let expected: BuildQuoteResult;
/** The same steps in Node on that copy: approved, then revised within the approved limits. */
let revised: BuildQuoteResult;
let approver: string;
const today = paneToday();
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

const en = (amount: number) => formatMoney(toCents(amount), "en");

async function text(p: Page, testId: string): Promise<string> {
  return ((await p.getByTestId(testId).first().textContent()) ?? "").trim();
}

/** Picks an option of a Fluent Combobox by typing into it. */
async function pick(p: Page, name: string, typed: string, option: string | RegExp, nth = 0) {
  const box = p.getByRole("combobox", { name }).nth(nth);
  await box.click();
  await box.fill(typed);
  await p.getByRole("option", { name: option }).first().click();
}

async function figure(p: Page, scope: string, key: string): Promise<string> {
  const cell = p.getByTestId(scope).locator(`[data-figure="${key}"] [data-field="value"]`).first();
  return ((await cell.textContent()) ?? "").trim();
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
  ctx = await readQuoteContext(sample, today);
  const open = ctx.deals.read.rows.filter(
    (d) => d.stage !== "Won" && d.stage !== "Lost" && d.account !== null
  );
  deal = open[0] as Deal;
  const products = (ctx.products?.read.rows ?? []).filter((p) => p.active && p.department);
  productA = products[0] as Product;
  productB = products.find((p) => p.department !== productA.department) as Product;
  const copy: XlsxWorkbook = createXlsx();
  await writeSampleWorkbook(copy);
  expected = await buildQuote(copy, {
    dealId: deal.id,
    lines: [
      { sku: productA.sku, qty: 2, discount: 0.3 },
      { sku: productB.sku, qty: 3 },
    ],
    today,
  });
  approver = (ctx.team?.read.rows ?? []).find((m) => m.role === "Manager")?.name ?? "";
  await quoteAction(copy, { quote: expected.quote, action: "approve", by: approver, today });
  revised = await buildQuote(copy, {
    dealId: deal.id,
    revise: expected.quote,
    lines: [
      { sku: productA.sku, qty: 2, discount: 0.25 },
      { sku: productB.sku, qty: 3 },
    ],
    today,
  });
  page = await browser.context.newPage();
  watchPage(page, server.url, { pageErrors, foreignRequests });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("building and approving a quote in the workbench", () => {
  test("the deal picker lists the sample's open deals and finds one by typing", async () => {
    expect(expected.approval.needed).toBe(true);
    await page.goto(`${server.url}/workbench.html?lang=en&theme=light&view=quote`);
    await page.getByTestId("sheet-grid").waitFor();
    await page.getByRole("combobox", { name: "Deal" }).waitFor({ timeout: 60_000 });
    const openCount = ctx.deals.read.rows.filter(
      (d) => d.stage !== "Won" && d.stage !== "Lost"
    ).length;
    expect(await page.getByText(`${openCount} open deals`).count()).toBe(1);
    await pick(page, "Deal", deal.id, new RegExp(`^${deal.id} `));
    expect(await text(page, "deal-summary")).toContain(deal.owner);
  });

  test("lines show live totals and approval reasons equal to the quote job's", async () => {
    await pick(page, "Product", productA.sku, new RegExp(`^${productA.sku} `));
    await page.getByRole("textbox", { name: "Quantity" }).first().fill("2");
    await page.getByRole("textbox", { name: "Discount %" }).first().fill("30");
    await page.getByRole("button", { name: "Add product" }).click();
    await pick(page, "Product", productB.sku, new RegExp(`^${productB.sku} `), 1);
    await page.getByRole("textbox", { name: "Quantity" }).nth(1).fill("3");

    await eventually(() => figure(page, "live-totals", "net"), en(expected.net), "live net");
    expect(await figure(page, "live-totals", "gross")).toBe(en(expected.gross));
    for (const group of expected.vatByRate) {
      expect(await figure(page, "live-totals", `vat-${group.rate}`)).toBe(en(group.vat));
    }
    const reasons = await page
      .getByTestId("approval-reasons")
      .locator("li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-code")));
    expect(reasons).toEqual(expected.approval.reasons.map((r) => r.code));
    expect(await text(page, "approval")).toContain(
      `Needs approval by a ${expected.approval.level}`
    );
    const departments = await page
      .getByTestId("departments")
      .locator("[data-department]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-department")));
    expect(departments).toEqual(expected.departments.map((d) => d.department));
  });

  test("Build writes the quote; Send is refused while it needs approval", async () => {
    await page.getByRole("button", { name: "Build quote" }).click();
    const outcome = page.getByTestId("quote-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain(`${expected.quote} built`);
    expect(await text(page, "quote-status")).toBe("Needs approval");
    await eventually(
      async () => (await sheetTabNames(page)).includes(expected.quote),
      true,
      "customer sheet tab"
    );

    await page.getByRole("button", { name: "Send", exact: true }).click();
    const refusal = page.getByTestId("job-failed");
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      `${expected.quote} needs approval by a ${expected.approval.level} before it can be sent`
    );
    expect(await text(page, "quote-status")).toBe("Needs approval");
  });

  test("a Manager approves it; the download holds the customer sheet and the register row, Approved", async () => {
    expect(approver).not.toBe("");
    await page.getByRole("combobox", { name: /^Approver/ }).click();
    await page.getByRole("option", { name: new RegExp(`^${approver}`) }).click();
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await eventually(() => text(page, "quote-status"), "Approved", "status badge");
    expect(await text(page, "quote-outcome")).toContain(`${expected.quote} is now Approved`);
    expect(await text(page, "approval")).toContain(`Approved by ${approver}`);

    const { bytes } = await downloadWorkbook(page);
    const downloaded = await openXlsx(bytes);
    const sheets = await downloaded.listSheets();
    const customer = sheets.find((s) => s.name === expected.quote);
    expect(customer?.ours).toBe(customerQuoteKind(expected.quote));
    const register = (await readQuoteContext(downloaded, today)).register;
    const row = register.quotes.find((q) => q.id === expected.quote);
    expect(row).toEqual(
      expect.objectContaining({ status: "Approved", approvedBy: approver, dealId: deal.id })
    );
    expect(row?.gross).toBe(toCents(expected.gross));
    expect(row?.lines.map((l) => l.sku)).toEqual([productA.sku, productB.sku]);
  });

  test("Go to sheet shows the customer sheet in the grid", async () => {
    await page.getByTestId("quote-panel").getByRole("button", { name: "Go to sheet" }).click();
    await eventually(
      async () => (await page.getByTestId("name-box").textContent()) ?? "",
      cellAddress(1, 1, expected.quote),
      "name box"
    );
    const tab = page
      .getByTestId("sheet-tabs")
      .getByRole("tab", { name: expected.quote, exact: true });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
  });

  test("Revise loads its lines; a revision within the approved limits keeps the approval", async () => {
    expect(revised.status).toBe("Approved");
    await page.getByRole("button", { name: "Revise" }).click();
    expect(await page.getByRole("textbox", { name: "Discount %" }).first().inputValue()).toBe("30");
    expect(await page.getByRole("textbox", { name: "Quantity" }).nth(1).inputValue()).toBe("3");
    await page.getByRole("textbox", { name: "Discount %" }).first().fill("25");
    await eventually(
      () => figure(page, "live-totals", "gross"),
      en(revised.gross),
      "revised gross"
    );
    await page.getByRole("button", { name: "Build revision" }).click();
    await eventually(
      async () => (await page.getByTestId("quote-panel").getAttribute("data-quote")) ?? "",
      revised.quote,
      "the revision shown"
    );
    expect(await text(page, "quote-outcome")).toContain(`Revision ${revised.quote} built`);
    expect(await text(page, "quote-status")).toBe("Approved");
    // The earlier revision is superseded in the register.
    await page.getByRole("combobox", { name: "Quote", exact: true }).click();
    expect(
      (await page.getByRole("option", { name: new RegExp(`^${expected.quote} `) }).textContent()) ??
        ""
    ).toContain("Superseded");
    await page.keyboard.press("Escape");
  });

  test("the departments confirm, the quote is sent and accepted: the deal is Won", async () => {
    for (const department of expected.departments.map((d) => d.department)) {
      const box = page.getByRole("combobox", { name: "Department" });
      await box.click();
      await page.getByRole("option", { name: department, exact: true }).click();
      await page.getByRole("textbox", { name: "Confirmed by" }).fill("Līga Siliņa");
      await page.getByRole("button", { name: "Confirm", exact: true }).click();
      await eventually(
        async () =>
          page
            .getByTestId("quote-panel")
            .locator(`[data-department="${department}"]`)
            .getAttribute("data-status"),
        "Confirmed",
        `${department} confirmed`
      );
    }
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await eventually(() => text(page, "quote-status"), "Sent", "sent");
    await page.getByRole("button", { name: "Customer accepted" }).click();
    await eventually(() => text(page, "quote-status"), "Accepted", "accepted");
    expect(await text(page, "quote-outcome")).toContain(`Deal ${deal.id} is closed as Won`);

    const downloaded = await openXlsx((await downloadWorkbook(page)).bytes);
    const after = await readQuoteContext(downloaded, today);
    const won = after.deals.read.rows.find((d) => d.id === deal.id);
    expect(won).toEqual(
      expect.objectContaining({ stage: "Won", quoteId: revised.quote, closedOn: today })
    );
    expect(won?.revenue).toBe(toCents(revised.net));
    const ours = after.register.quotes.filter((q) => q.id.startsWith(expected.quote));
    expect(ours.map((q) => [q.id, q.status])).toEqual([
      [expected.quote, "Superseded"],
      [revised.quote, "Accepted"],
    ]);
  });
});

describe("the Quote view, light and dark: accessible, and kept as screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: a quote being edited and a built one have no serious or critical axe violation`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      await view.emulateMedia({ colorScheme: theme });
      await view.goto(`${server.url}/workbench.html?lang=en&view=quote`);
      await view.getByRole("combobox", { name: "Deal" }).waitFor({ timeout: 60_000 });
      await pick(view, "Deal", deal.id, new RegExp(`^${deal.id} `));
      await pick(view, "Product", productA.sku, new RegExp(`^${productA.sku} `));
      await view.getByRole("textbox", { name: "Discount %" }).first().fill("30");
      await view.getByRole("button", { name: "Add free-text line" }).click();
      await view.getByRole("textbox", { name: "Description" }).fill("Installation on site");
      await view.getByRole("textbox", { name: "Unit price" }).nth(1).fill("45.50");
      await view.getByTestId("approval-reasons").waitFor();
      await view.locator("#dd-quote-lines").evaluate((el) => el.scrollIntoView());
      await view.screenshot({ path: join(SHOTS, `quote-editing-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);

      await view.getByRole("button", { name: "Build quote" }).click();
      await view.getByTestId("quote-panel").waitFor({ timeout: 60_000 });
      await view.locator("#dd-view-quote").evaluate((el) => el.scrollTo(0, 0));
      await view.screenshot({ path: join(SHOTS, `quote-built-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await view.close();
    });
  }

  test("Latvian: the Quote view speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=lv&theme=light&view=quote`);
    await view.getByRole("combobox", { name: "Darījums" }).waitFor({ timeout: 60_000 });
    await pick(view, "Darījums", deal.id, new RegExp(`^${deal.id} `));
    await pick(view, "Produkts", productA.sku, new RegExp(`^${productA.sku} `));
    await view.getByRole("textbox", { name: "Daudzums" }).first().fill("1,5");
    await eventually(
      () => figure(view, "live-totals", "net"),
      formatMoney(lineNetCents(1.5, productA.listPrice, 0), "lv"),
      "net in Latvian"
    );
    expect(await view.getByRole("button", { name: "Izveidot piedāvājumu" }).count()).toBe(1);
    await view.screenshot({ path: join(SHOTS, "quote-lv-light.png") });
    await view.close();
  });

  test("opened by the ribbon's New quote outside Excel, it says how to pick the deal", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=en&theme=light&view=quote&from=selection`);
    const outcome = view.getByTestId("quote-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain(
      "Select a deal's row on the Darījumi sheet first"
    );
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error, and no request left this machine", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
