import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** A file the workbench handed to the browser's download. */
export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/** Clicks Download and returns the file the browser received. */
export async function downloadWorkbook(page: Page): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** Waits until `read()` gives `expected` (compared as JSON), then returns it; fails with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  what: string,
  tries = 300
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)}`);
}

/** The names on the workbench's sheet tab strip, in order. */
export async function sheetTabNames(page: Page): Promise<string[]> {
  // innerText, not textContent: a Fluent Tab also holds a hidden copy of its label (reserved space).
  return (await page.getByTestId("sheet-tabs").getByRole("tab").allInnerTexts()).map((t) =>
    t.trim()
  );
}

/** Opens a view of the task pane by its tab. */
export async function openView(page: Page, view: "home" | "settings"): Promise<void> {
  await page.locator(`#dd-tab-${view}`).click();
  await page.locator(`#dd-view-${view}`).waitFor({ state: "visible" });
}

/** What a page did that a user should never see: script errors, and requests leaving this machine. */
export interface PageWatch {
  pageErrors: string[];
  foreignRequests: string[];
}

/**
 * Records a page's script errors and every request to anywhere but the test server (blob: and
 * data: URLs are the page's own downloads), for a final "no error, nothing left the machine" test.
 */
export function watchPage(page: Page, serverUrl: string, watch: PageWatch): void {
  page.on("pageerror", (e) => watch.pageErrors.push(e.message));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(serverUrl) && !url.startsWith("blob:") && !url.startsWith("data:")) {
      watch.foreignRequests.push(url);
    }
  });
}
