/**
 * The Leads view in the workbench, in headless Chromium, driven as a sales support rep would:
 * import a trade show's exhibitor list (a CSV written here from the sample's generator) and see
 * the same added / duplicate / rejected rows as importLeads in Node on the same sample and file;
 * import it again and see nothing added; find the new leads in the downloaded workbook; assign
 * owners and write call sheets as the jobs do in Node; log a call and mark materials sent on
 * overdue next steps. Axe scans light and dark, screenshots kept.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import { assignLeads, type AssignLeadsResult } from "../../src/jobs/leads/assignLeads";
import { handOffSheets, type HandOffResult } from "../../src/jobs/leads/handOffSheets";
import { importLeads, type ImportLeadsResult } from "../../src/jobs/leads/importLeads";
import { readLeadsWorkbook } from "../../src/jobs/leads/leadsWorkbook";
import { overdueNextSteps, type OverdueResult } from "../../src/jobs/leads/overdueNextSteps";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import {
  exhibitorListCsv,
  generateExhibitorList,
} from "../../src/sheets/sample/generateExhibitorList";
import { paneToday } from "../../src/taskpane/quote/paneNow";
import { PAGE_SIZE } from "../../src/taskpane/leads/Pager";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { downloadWorkbook, eventually, sheetTabNames, watchPage } from "./support/workbenchPage";

/** Chooses a list in the file picker and waits until the view has read it ("Chosen: name"). */
async function chooseFile(p: Page, path: string): Promise<void> {
  await p.getByTestId("leads-file-input").setInputFiles(path);
  await eventually(
    async () => p.getByTestId("leads-file-name").textContent(),
    `Chosen: ${basename(path)}`,
    "chosen file"
  );
}

const SHOTS = join(ROOT, "test-output", "screenshots");
const SHOW = "Riga Food 2027";
const FILE_NAME = `${SHOW}.csv`;

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
let folder: string;
let csvPath: string;
let csvText: string;
/** The sample, as the workbench starts on it, for the leads it already holds. */
let sampleLeads: number;
/** The same steps in Node on a copy of the sample. */
let expected: ImportLeadsResult;
let again: ImportLeadsResult;
let assigned: AssignLeadsResult;
let handedOff: HandOffResult;
let overdue: OverdueResult;
const today = paneToday();
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

async function count(p: Page, key: string): Promise<string> {
  const cell = p.getByTestId("import-counts").locator(`[data-count="${key}"] [data-field="value"]`);
  return ((await cell.textContent()) ?? "").trim();
}

async function shownCounts(p: Page): Promise<[string, string, string]> {
  return [await count(p, "added"), await count(p, "duplicates"), await count(p, "rejected")];
}

/** Waits for the import that was started to finish and show its outcome. */
async function importOutcome(p: Page, added: number): Promise<string> {
  await eventually(
    async () =>
      (
        (await p
          .getByTestId("import-outcome")
          .textContent()
          .catch(() => "")) ?? ""
      ).includes(`${added} leads added`),
    true,
    "import outcome"
  );
  return (await p.getByTestId("import-outcome").textContent()) ?? "";
}

/**
 * The exhibitor list as an .xlsx workbook: alone (one sheet), or as an extra sheet of the sample
 * workbook (the user's, as a pasted list would be).
 */
async function listWorkbook(inSample: boolean): Promise<Uint8Array> {
  const wb = createXlsx();
  if (inSample) await writeSampleWorkbook(wb);
  const lines = generateExhibitorList(SHOW).lines;
  const width = Math.max(...lines.map((l) => l.length));
  await wb.writeSheet({
    name: SHOW,
    kind: "test:exhibitors",
    owner: "user",
    values: lines.map((l) => [...l, ...Array<string>(width - l.length).fill("")]),
  });
  return wb.toBuffer();
}

/** The workbench's name box is flagged by axe while empty; select a cell first, as other E2E tests do. */
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

  // The exhibitor list, with two rows the import must reject: no company, and a total row.
  const list = generateExhibitorList(SHOW);
  const width = list.headers.length;
  const blankCompany = ["", "B 12", "LV", "Rīga", "", "", "info@bez-nosaukuma.lv", "", "", "", ""];
  const total = ["Total", ...Array<string>(width - 1).fill("")];
  csvText =
    exhibitorListCsv(list) + [blankCompany, total].map((r) => r.join(";")).join("\r\n") + "\r\n";
  folder = mkdtempSync(join(tmpdir(), "dealdesk-leads-"));
  csvPath = join(folder, FILE_NAME);
  writeFileSync(csvPath, csvText, "utf8");

  const copy: XlsxWorkbook = createXlsx();
  await writeSampleWorkbook(copy);
  sampleLeads = (await readLeadsWorkbook(copy)).leads?.read.rows.length ?? 0;
  const from = { kind: "csv" as const, text: csvText, name: FILE_NAME };
  expected = await importLeads(copy, { from, today });
  again = await importLeads(copy, { from, today });
  assigned = await assignLeads(copy, { today });
  handedOff = await handOffSheets(copy, { today });
  overdue = await overdueNextSteps(copy, { today });

  page = await browser.context.newPage();
  watchPage(page, server.url, { pageErrors, foreignRequests });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("importing an exhibitor list in the workbench", () => {
  test("the list has new companies, duplicates and rows to reject (the test can fail)", () => {
    expect(expected.added.length).toBeGreaterThan(50);
    expect(expected.duplicates.length).toBeGreaterThan(5);
    expect(expected.rejected.length).toBeGreaterThanOrEqual(1);
    expect(again.added).toEqual([]);
  });

  test("Import shows the counts, duplicates and rejected rows importLeads gives in Node", async () => {
    await page.goto(`${server.url}/workbench.html?lang=en&theme=light&view=leads`);
    await page.getByRole("button", { name: "Import leads" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: "Import leads" }).isDisabled()).toBe(true);
    await chooseFile(page, csvPath);
    expect(await page.getByTestId("leads-file-name").textContent()).toBe(`Chosen: ${FILE_NAME}`);
    expect(await page.getByRole("textbox", { name: "Source" }).getAttribute("placeholder")).toBe(
      SHOW
    );
    await page.getByRole("button", { name: "Import leads" }).click();

    const outcome = await importOutcome(page, expected.added.length);
    expect(outcome).toContain(
      `${expected.duplicates.length} duplicates not added, ${expected.rejected.length} rows rejected. Written: ${expected.sheets.join(", ")}.`
    );
    expect(await shownCounts(page)).toEqual([
      String(expected.added.length),
      String(expected.duplicates.length),
      String(expected.rejected.length),
    ]);

    const duplicates = await page
      .getByTestId("duplicates-table")
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => ({
          row: Number(r.getAttribute("data-row")),
          rule: r.getAttribute("data-rule"),
          matches: r.getAttribute("data-matches"),
        }))
      );
    expect(duplicates).toEqual(
      expected.duplicates.slice(0, PAGE_SIZE).map((d) => ({
        row: d.row,
        rule: d.rule,
        matches: `${d.matches.sheet}!${d.matches.row}`,
      }))
    );
    const first = expected.duplicates[0];
    const firstRow = page.getByTestId("duplicates-table").locator("tbody tr").first();
    expect(await firstRow.textContent()).toContain(
      `${first?.matches.sheet} row ${first?.matches.row}`
    );

    const rejected = await page
      .getByTestId("rejected-table")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-row"))));
    expect(rejected).toEqual(expected.rejected.map((i) => i.row));
    expect(await page.getByTestId("rejected-table").textContent()).toContain(
      expected.rejected[0]?.problem ?? "?"
    );
  });

  test("importing the same file again adds nothing: every row is a duplicate", async () => {
    await page.getByRole("button", { name: "Import leads" }).click();
    await importOutcome(page, 0);
    expect(await page.getByTestId("import-outcome").textContent()).toContain(
      "Nothing was written."
    );
    expect(await shownCounts(page)).toEqual([
      "0",
      String(again.duplicates.length),
      String(again.rejected.length),
    ]);
  });

  test("the downloaded workbook holds the new leads once, with the IDs, owners and due dates of the job", async () => {
    const downloaded = await openXlsx((await downloadWorkbook(page)).bytes);
    const leads = (await readLeadsWorkbook(downloaded)).leads?.read.rows ?? [];
    expect(leads).toHaveLength(sampleLeads + expected.added.length);
    const added = leads.slice(sampleLeads);
    expect(added.map((l) => [l.id, l.company, l.owner, l.source, l.nextStepDate])).toEqual(
      expected.added.map((a) => [a.id, a.company, a.owner, SHOW, a.due])
    );
  });
});

describe("owners, call sheets and overdue next steps", () => {
  test("Assign owners gives the leads without one the owners assignLeads gives in Node", async () => {
    expect(assigned.assigned.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Assign owners" }).click();
    const outcome = page.getByTestId("assign-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain(`${assigned.assigned.length} leads assigned`);
    const first = assigned.assigned[0]?.owner ?? "?";
    const ownerCount = assigned.assigned.filter((a) => a.owner === first).length;
    expect(await outcome.textContent()).toContain(`${first}: ${ownerCount} leads`);
  });

  test("Write call sheets writes one sheet per owner, as handOffSheets does in Node", async () => {
    await page.getByRole("button", { name: "Write call sheets" }).click();
    const outcome = page.getByTestId("calls-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    const shown = await outcome
      .locator("li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-sheet")));
    expect(shown).toEqual(handedOff.owners.map((o) => o.sheet));
    await eventually(
      async () => {
        const tabs = await sheetTabNames(page);
        return handedOff.owners.filter((o) => !tabs.includes(o.sheet)).map((o) => o.sheet);
      },
      [],
      "call sheet tabs"
    );
  });

  test("the overdue next steps are listed; a call logged as interested takes the lead off the list", async () => {
    expect(overdue.overdue.length).toBeGreaterThan(1);
    const heading = page.getByRole("heading", { name: /^Overdue next steps/ });
    await eventually(
      async () => heading.textContent(),
      `Overdue next steps (${overdue.overdue.length})`,
      "overdue heading"
    );
    const rows = page.getByTestId("overdue-table").locator("tbody tr");
    const shownIds = await rows.evaluateAll((r) => r.map((x) => x.getAttribute("data-lead")));
    expect(shownIds).toEqual(overdue.overdue.slice(0, PAGE_SIZE).map((o) => o.id ?? ""));

    const lead = overdue.overdue[0];
    await page.getByRole("button", { name: `Log call: ${lead?.company}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("radio", { name: "Interested", exact: true }).check();
    await dialog.getByRole("textbox", { name: "Note" }).fill("wants a demo in December");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByTestId("outreach-outcome").textContent()).toContain(`${lead?.company}:`);
    await eventually(
      async () => (await heading.textContent()) ?? "",
      `Overdue next steps (${overdue.overdue.length - 1})`,
      "one overdue step fewer"
    );
    expect(
      await page.locator(`[data-testid="overdue-table"] tr[data-lead="${lead?.id}"]`).count()
    ).toBe(0);
  });

  test("materials sent need saying what; then the lead's cells hold them in the download", async () => {
    const lead = overdue.overdue[1];
    await page.getByRole("button", { name: `Materials sent: ${lead?.company}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("Say what was sent.").waitFor();
    await dialog.getByRole("textbox", { name: "What was sent" }).fill("Cenrādis 2027");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("outreach-outcome").waitFor();

    const downloaded = await openXlsx((await downloadWorkbook(page)).bytes);
    const leads = (await readLeadsWorkbook(downloaded)).leads?.read.rows ?? [];
    const first = leads.find((l) => l.id === overdue.overdue[0]?.id);
    const second = leads.find((l) => l.id === lead?.id);
    expect(first?.status).toBe("Interested");
    expect(first?.notes ?? "").toContain("wants a demo in December");
    expect(second?.materialsSent ?? "").toContain("Cenrādis 2027");
    expect(second?.lastContact).toBe(today);
  });
});

describe("importing from an .xlsx file and from another sheet of the workbook", () => {
  test("an .xlsx exhibitor list imports like importLeads on the same bytes in Node", async () => {
    const data = await listWorkbook(false);
    const path = join(folder, `${SHOW}.xlsx`);
    writeFileSync(path, data);
    const copy = createXlsx();
    await writeSampleWorkbook(copy);
    const inNode = await importLeads(
      copy,
      { from: { kind: "xlsx", data, name: `${SHOW}.xlsx` }, today },
      { openWorkbook: (bytes, name) => openXlsx(bytes, { name }) }
    );
    expect(inNode.added.length).toBeGreaterThan(50);

    const view = await browser.context.newPage();
    view.on("pageerror", (e) => pageErrors.push(e.message));
    await view.goto(`${server.url}/workbench.html?lang=en&theme=light&view=leads`);
    await view.getByRole("button", { name: "Import leads" }).waitFor({ timeout: 60_000 });
    await chooseFile(view, path);
    await view.getByRole("button", { name: "Import leads" }).click();
    await importOutcome(view, inNode.added.length);
    expect(await shownCounts(view)).toEqual([
      String(inNode.added.length),
      String(inNode.duplicates.length),
      String(inNode.rejected.length),
    ]);
    await view.close();
  });

  test("a sheet of the workbook is picked by name and imported like importLeads in Node", async () => {
    const bytes = await listWorkbook(true);
    const path = join(folder, "sample-with-list.xlsx");
    writeFileSync(path, bytes);
    const inNode = await importLeads(await openXlsx(bytes), {
      from: { kind: "sheet", sheet: SHOW },
      source: "Riga Food (sheet)",
      today,
    });

    const view = await browser.context.newPage();
    view.on("pageerror", (e) => pageErrors.push(e.message));
    await view.goto(`${server.url}/workbench.html?lang=en&theme=light&view=leads`);
    await view.getByTestId("sheet-grid").waitFor({ timeout: 60_000 });
    await view.getByTestId("open-input").setInputFiles(path);
    await eventually(
      async () => view.getByTestId("file-name").textContent(),
      "sample-with-list.xlsx",
      "file name"
    );
    await view.getByRole("radio", { name: "Another sheet of this workbook" }).check();
    const sheets = view.getByRole("combobox", { name: "Sheet" });
    await sheets.click();
    // Only the user's sheets with rows: not Leads itself.
    expect(await view.getByRole("option", { name: "Potenciālie klienti" }).count()).toBe(0);
    await view.getByRole("option", { name: SHOW, exact: true }).click();
    await view.getByRole("textbox", { name: "Source" }).fill("Riga Food (sheet)");
    await view.getByRole("button", { name: "Import leads" }).click();
    await importOutcome(view, inNode.added.length);
    expect(await shownCounts(view)).toEqual([
      String(inNode.added.length),
      String(inNode.duplicates.length),
      String(inNode.rejected.length),
    ]);
    const downloaded = await openXlsx((await downloadWorkbook(view)).bytes);
    const leads = (await readLeadsWorkbook(downloaded)).leads?.read.rows ?? [];
    expect(leads.filter((l) => l.source === "Riga Food (sheet)").map((l) => l.id)).toEqual(
      inNode.added.map((a) => a.id)
    );
    await view.close();
  });
});

describe("the Leads view, light and dark: accessible, and kept as screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: an import's result and the overdue list have no serious or critical axe violation`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      await view.emulateMedia({ colorScheme: theme });
      await view.goto(`${server.url}/workbench.html?lang=en&view=leads`);
      await view.getByRole("button", { name: "Import leads" }).waitFor({ timeout: 60_000 });
      await chooseFile(view, csvPath);
      await view.getByRole("button", { name: "Import leads" }).click();
      await importOutcome(view, expected.added.length);
      await view.getByTestId("overdue-table").waitFor({ timeout: 60_000 });
      await view.locator("#dd-view-leads").evaluate((el) => el.scrollTo(0, 0));
      await view.screenshot({ path: join(SHOTS, `leads-imported-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);

      await view
        .getByRole("button", { name: /^Log call: / })
        .first()
        .click();
      await view.getByRole("dialog").waitFor();
      await view.getByRole("radio", { name: "Call back on…" }).check();
      await view.screenshot({ path: join(SHOTS, `leads-log-call-${theme}.png`) });
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await view.keyboard.press("Escape");
      await view.close();
    });
  }

  test("Latvian: the Leads view speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=lv&theme=light&view=leads`);
    await view.getByRole("button", { name: "Importēt līdus" }).waitFor({ timeout: 60_000 });
    expect(await view.getByRole("tab", { name: "Līdi" }).count()).toBe(1);
    await view.getByRole("radio", { name: "Citas šīs darbgrāmatas lapas" }).check();
    await view.getByRole("combobox", { name: "Lapa" }).waitFor();
    await view.screenshot({ path: join(SHOTS, "leads-lv-light.png") });
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error, and no request left this machine", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
