/**
 * The Meetings view in the workbench, in headless Chromium, driven as a sales support rep would:
 * schedule a visit that clashes with a manager's planned meeting of the sample and see the clash
 * before anything is saved (the clashes scheduleMeeting finds in Node), save it anyway (the same
 * Meeting ID as in Node, the row in the downloaded workbook), plan the trips (planMeetings' trips
 * and clashes) and download the new meeting's .ics invitation: Europe/Riga time and the UID the
 * job gives it. Axe scans light and dark, screenshots kept.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../../src/host/xlsx/xlsxWorkbook";
import type { MeetingJson } from "../../src/jobs/meetings/meetingJson";
import { readMeetingSources } from "../../src/jobs/meetings/meetingSources";
import { planMeetings, type PlanMeetingsResult } from "../../src/jobs/meetings/planMeetings";
import {
  scheduleMeeting,
  type ScheduleMeetingRequest,
  type ScheduleMeetingResult,
} from "../../src/jobs/meetings/scheduleMeeting";
import { writeSampleWorkbook } from "../../src/jobs/writeSampleWorkbook";
import { loadMeetingChoices, type MeetingParty } from "../../src/taskpane/meetings/meetingChoices";
import { paneToday } from "../../src/taskpane/quote/paneNow";
import { axeViolations, seriousOrCritical } from "./support/axe";
import { launchBrowser, type TestBrowser } from "./support/browser";
import { DIST, ROOT, ensureProductionBundle } from "./support/bundle";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { downloadWorkbook, eventually, watchPage } from "./support/workbenchPage";

const SHOTS = join(ROOT, "test-output", "screenshots");

let server: StaticServer;
let browser: TestBrowser;
let page: Page;
/** A planned visit of the sample with a manager and a rep: the new meeting overlaps it. */
let existing: MeetingJson;
let party: MeetingParty;
let request: ScheduleMeetingRequest;
/** The same steps in Node on a copy of the sample. */
let refused: ScheduleMeetingResult;
let saved: ScheduleMeetingResult;
let plan: PlanMeetingsResult;
const today = paneToday();
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** Chooses an option of a Fluent Dropdown or Combobox by its label. */
async function choose(p: Page, name: string, option: string): Promise<void> {
  await p.getByRole("combobox", { name }).click();
  await p.getByRole("option", { name: option, exact: true }).click();
}

/** Fills the form with the meeting of `request`, as a user would. */
async function fillForm(p: Page): Promise<void> {
  await p.getByLabel("Date").fill(request.date);
  await p.getByLabel("Start").fill(String(request.start));
  await p.getByRole("textbox", { name: "Duration" }).fill(String(request.duration));
  const withBox = p.getByRole("combobox", { name: "With" });
  await withBox.click();
  await withBox.fill(party.name.slice(0, 12));
  await p
    .getByRole("option", {
      name: new RegExp(`^${party.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    })
    .first()
    .click();
  await choose(p, "Manager", request.manager);
  await choose(p, "Rep", request.rep ?? "No one");
  await p.getByRole("textbox", { name: "City" }).fill(request.city ?? "");
  await p.getByRole("textbox", { name: "Travel cost" }).fill("45.50");
  await p.getByRole("textbox", { name: "Agenda" }).fill(request.agenda ?? "");
}

async function selectACell(p: Page): Promise<void> {
  await p.locator('[data-cell="A1"]').click();
  await eventually(
    async () => ((await p.getByTestId("name-box").textContent()) ?? "") !== "",
    true,
    "a selected cell"
  );
}

/** Shows the planned meeting's row (turning pages as needed) and returns its .ics download. */
async function downloadIcs(p: Page, id: string): Promise<{ name: string; text: string }> {
  const row = p.getByTestId("planned-meetings").locator(`tr[data-meeting="${id}"]`);
  for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
    await p.getByRole("button", { name: "Next page" }).click();
  }
  const [download] = await Promise.all([
    p.waitForEvent("download"),
    row.getByRole("button", { name: `Download .ics: ${id}` }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

beforeAll(async () => {
  ensureProductionBundle();
  server = await serveFolder(DIST);
  browser = await launchBrowser();

  const copy: XlsxWorkbook = createXlsx();
  await writeSampleWorkbook(copy);
  const before = await planMeetings(copy, { today });
  const visit = before.meetings.find(
    (m) =>
      m.kind === "Visit" &&
      m.manager !== null &&
      m.rep !== null &&
      m.start !== null &&
      m.end !== null
  );
  if (!visit) throw new Error("the sample has no planned visit with a manager and a rep");
  existing = visit;
  const choices = await loadMeetingChoices(copy);
  const account = choices.parties.find((p) => p.from === "account" && p.name !== existing.with);
  if (!account) throw new Error("the sample has no account");
  party = account;
  request = {
    date: existing.date,
    start: clock(minutes(existing.start ?? "10:00") + 30),
    duration: 60,
    with: party.name,
    manager: existing.manager ?? "",
    rep: existing.rep,
    city: "Cēsis",
    kind: "Visit",
    dealId: null,
    travelCost: 4550,
    agenda: "Pirmā tikšanās ar vadītāju",
  };
  refused = await scheduleMeeting(copy, request);
  saved = await scheduleMeeting(copy, { ...request, force: true });
  plan = await planMeetings(copy, { today, icsDir: "" });

  page = await browser.context.newPage();
  watchPage(page, server.url, { pageErrors, foreignRequests });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("scheduling a meeting and planning trips in the workbench", () => {
  test("the meeting asked for clashes in Node (the test can fail)", () => {
    expect(refused.saved).toBe(false);
    expect(refused.clashes.length).toBeGreaterThanOrEqual(1);
    expect(saved.saved).toBe(true);
  });

  test("Check and save shows the clashes and saves nothing", async () => {
    await page.goto(`${server.url}/workbench.html?lang=en&theme=light&view=meetings`);
    await page.getByRole("button", { name: "Check and save" }).waitFor({ timeout: 60_000 });
    await fillForm(page);
    await page.getByRole("button", { name: "Check and save" }).click();
    const clashes = page.getByTestId("meeting-clashes");
    await clashes.waitFor({ timeout: 60_000 });
    expect(await clashes.textContent()).toContain(
      `Clashes (${refused.clashes.length}): not saved yet`
    );
    const shown = await page
      .getByTestId("meeting-clash-list")
      .locator("li")
      .evaluateAll((items) =>
        items.map((li) => ({
          a: li.getAttribute("data-a"),
          b: li.getAttribute("data-b"),
          person: li.getAttribute("data-person"),
          kind: li.getAttribute("data-kind"),
        }))
      );
    expect(shown).toEqual(
      refused.clashes.map((c) => ({ a: c.a, b: c.b, person: c.person, kind: c.kind }))
    );
    const existingId = existing.id ?? "";
    expect(await clashes.textContent()).toContain(
      `${existingId} (${existing.date} ${existing.start}–${existing.end}, ${existing.city})`
    );
    const end = clock(minutes(String(request.start)) + 60);
    expect(await clashes.textContent()).toContain(
      `the new meeting (${request.date} ${String(request.start)}–${end}, Cēsis)`
    );
    const copy = await openXlsx((await downloadWorkbook(page)).bytes);
    const meetings =
      (await readMeetingSources(copy, { leads: false, deals: false })).meetings?.read.rows ?? [];
    expect(meetings.some((m) => m.id === saved.meeting.id)).toBe(false);
  });

  test("Save anyway saves it with the next Meeting ID, as in Node", async () => {
    await page.getByRole("button", { name: "Save anyway" }).click();
    const outcome = page.getByTestId("meeting-saved");
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain(`Meeting ${saved.meeting.id} saved`);
    expect(await outcome.textContent()).toContain(`Saved with ${saved.clashes.length} clashes.`);

    const copy = await openXlsx((await downloadWorkbook(page)).bytes);
    const meetings =
      (await readMeetingSources(copy, { leads: false, deals: false })).meetings?.read.rows ?? [];
    const row = meetings.find((m) => m.id === saved.meeting.id);
    expect(row).toEqual(
      expect.objectContaining({
        date: request.date,
        start: minutes(String(request.start)),
        end: minutes(String(request.start)) + 60,
        with: party.name,
        manager: request.manager,
        rep: request.rep,
        city: "Cēsis",
        kind: "Visit",
        status: "Planned",
        travelCost: 4550,
      })
    );
  });

  test("Plan trips shows planMeetings' trips and clashes, and writes the Trips sheet", async () => {
    await page.getByRole("button", { name: "Plan trips" }).click();
    const outcome = page.getByTestId("plan-outcome");
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toContain(
      `${plan.trips.length} trips of ${plan.meetings.length} planned meetings. Written: ${plan.sheet}.`
    );
    const trips = await page
      .getByTestId("trip")
      .evaluateAll((items) =>
        items.map((t) => [t.getAttribute("data-person"), Number(t.getAttribute("data-trip"))])
      );
    // Collapsed accordion panels are not rendered: open each person's first.
    const people = [...new Set(plan.trips.map((t) => t.person))];
    expect(trips.length).toBeLessThanOrEqual(plan.trips.length);
    for (const person of people)
      await page.getByRole("button", { name: new RegExp(`^${person} \\(`) }).click();
    const allTrips = await page
      .getByTestId("trip")
      .evaluateAll((items) =>
        items.map((t) => [t.getAttribute("data-person"), Number(t.getAttribute("data-trip"))])
      );
    expect(allTrips).toEqual(plan.trips.map((t) => [t.person, t.trip]));
    const clashes = await page
      .getByTestId("plan-clashes")
      .locator("li")
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute("data-a"), li.getAttribute("data-b")])
      );
    expect(clashes).toEqual(plan.clashes.map((c) => [c.a, c.b]));
    expect(clashes).toContainEqual([existing.id, saved.meeting.id]);
  });

  test("Download .ics gives the meeting's invitation: Europe/Riga time, the job's UID", async () => {
    const id = saved.meeting.id ?? "";
    const { name, text } = await downloadIcs(page, id);
    const node = plan.ics[plan.meetings.findIndex((m) => m.id === id)];
    expect(name).toBe(node?.fileName);
    const lines = text.split("\r\n");
    const start = String(request.start).replace(":", "");
    const day = request.date.replace(/-/g, "");
    expect(lines).toContain(`DTSTART;TZID=Europe/Riga:${day}T${start}00`);
    expect(lines).toContain("TZID:Europe/Riga");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    const uid = (t: string) => t.split("\r\n").find((l) => l.startsWith("UID:"));
    expect(uid(text)).toBe(uid(node?.text ?? ""));
    expect(lines.some((l) => l.startsWith("ATTENDEE"))).toBe(true);
  });
});

describe("the Meetings view, light and dark: accessible, and kept as screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`${theme}: the clashes shown and the plan have no serious or critical axe violation`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const view = await browser.context.newPage();
      view.on("pageerror", (e) => pageErrors.push(e.message));
      await view.emulateMedia({ colorScheme: theme });
      await view.goto(`${server.url}/workbench.html?lang=en&view=meetings`);
      await view.getByRole("button", { name: "Check and save" }).waitFor({ timeout: 60_000 });
      await fillForm(view);
      await view.getByRole("button", { name: "Check and save" }).click();
      await view.getByTestId("meeting-clashes").waitFor({ timeout: 60_000 });
      await view.getByTestId("meeting-clashes").evaluate((el) => el.scrollIntoView());
      await view.screenshot({ path: join(SHOTS, `meetings-clash-${theme}.png`) });
      await selectACell(view);
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);

      await view.getByRole("button", { name: "Plan trips" }).click();
      await view.getByTestId("plan-outcome").waitFor({ timeout: 60_000 });
      await view
        .getByRole("button", { name: new RegExp(`^${plan.trips[0]?.person ?? ""} \\(`) })
        .click();
      await view.getByTestId("plan-outcome").evaluate((el) => el.scrollIntoView());
      await view.screenshot({ path: join(SHOTS, `meetings-plan-${theme}.png`) });
      expect(seriousOrCritical(await axeViolations(view))).toEqual([]);
      await view.close();
    });
  }

  test("Latvian: the Meetings view speaks the language it is given", async () => {
    const view = await browser.context.newPage();
    await view.goto(`${server.url}/workbench.html?lang=lv&theme=light&view=meetings`);
    await view.getByRole("button", { name: "Pārbaudīt un saglabāt" }).waitFor({ timeout: 60_000 });
    await view.getByRole("button", { name: "Pārbaudīt un saglabāt" }).click();
    await view.getByText("Norādiet, ar ko ir tikšanās.").waitFor();
    expect(await view.getByText("Izvēlieties vadītāju, kas piedalās.").count()).toBe(1);
    await view.screenshot({ path: join(SHOTS, "meetings-lv-light.png") });
    await view.close();
  });
});

describe("the page as a whole", () => {
  test("no script error, and no request left this machine", () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
