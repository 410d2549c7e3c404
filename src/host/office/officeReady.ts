/**
 * Start-up of the task pane: whether it runs inside Excel, the Office display language and theme.
 * The workbench page has no office.js at all: then everything resolves at once with host "none".
 */

export { getSelectedRow } from "./officeSelection";

/** The Office theme as the task pane needs it. */
export interface OfficeThemeInfo {
  dark: boolean;
  /** "#RRGGBB" of the task pane body, when Office tells it. */
  bodyBackground?: string;
}

/** What the task pane knows once Office is ready. */
export interface OfficeReadyInfo {
  host: "excel" | "none";
  /** BCP 47 tag of the Office UI language, e.g. "lv-LV"; the browser's language outside Office. */
  displayLanguage: string;
  theme: OfficeThemeInfo | null;
}

const officeAvailable = (): boolean =>
  typeof Office !== "undefined" && typeof Office.onReady === "function";

function browserLanguage(): string {
  return typeof navigator !== "undefined" &&
    typeof navigator.language === "string" &&
    navigator.language
    ? navigator.language
    : "en";
}

/** Relative luminance (0 black … 1 white) of "#RRGGBB"; null when not such a colour. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The current Office theme: `isDarkTheme` where the host reports it, else a dark body background
 * (luminance < 0.5). Null outside Office or where the host has no theme API (e.g. Excel 2016).
 */
export function currentTheme(): OfficeThemeInfo | null {
  if (!officeAvailable()) return null;
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context?.officeTheme;
  } catch {
    return null;
  }
  if (!theme) return null;
  const bg = typeof theme.bodyBackgroundColor === "string" ? theme.bodyBackgroundColor : undefined;
  const lum = bg !== undefined ? luminance(bg) : null;
  const dark =
    typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : lum !== null && lum < 0.5;
  return bg !== undefined ? { dark, bodyBackground: bg } : { dark };
}

/**
 * Resolves after `Office.onReady` when office.js is loaded, or at once with host "none" when it is
 * not (the workbench). Render React only after this resolves.
 * @example const { host, displayLanguage } = await whenOfficeReady();
 */
export async function whenOfficeReady(): Promise<OfficeReadyInfo> {
  if (!officeAvailable()) return { host: "none", displayLanguage: browserLanguage(), theme: null };
  const info = await Office.onReady();
  const host = String(info?.host ?? "") === "Excel" ? "excel" : "none";
  const language = Office.context?.displayLanguage;
  return {
    host,
    displayLanguage: typeof language === "string" && language !== "" ? language : browserLanguage(),
    theme: host === "excel" ? currentTheme() : null,
  };
}

/** How often the theme is re-read where the host sends no OfficeThemeChanged event. */
export const THEME_POLL_MS = 3000;

const sameTheme = (a: OfficeThemeInfo | null, b: OfficeThemeInfo | null): boolean =>
  a?.dark === b?.dark && a?.bodyBackground === b?.bodyBackground;

/**
 * Calls `cb` with the new theme whenever the Office theme changes; returns a function that stops
 * listening. Uses the `OfficeThemeChanged` event where the host offers it; otherwise re-reads
 * `Office.context.officeTheme` every {@link THEME_POLL_MS} ms (a local property, no call into Excel).
 * Outside Office it never calls `cb`.
 */
export function onThemeChanged(cb: (theme: OfficeThemeInfo | null) => void): () => void {
  if (!officeAvailable()) return () => undefined;
  let last = currentTheme();
  const check = (): void => {
    const now = currentTheme();
    if (!sameTheme(now, last)) {
      last = now;
      cb(now);
    }
  };
  let timer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  const poll = (): void => {
    if (!stopped && timer === null) timer = setInterval(check, THEME_POLL_MS);
  };
  const eventType = Office.EventType?.OfficeThemeChanged;
  const doc = Office.context?.document;
  let eventOn = false;
  if (eventType !== undefined && doc && typeof doc.addHandlerAsync === "function") {
    doc.addHandlerAsync(eventType, check, (result: Office.AsyncResult<void>) => {
      if (String(result.status) === "succeeded") eventOn = true;
      else poll();
    });
  } else poll();
  return () => {
    stopped = true;
    if (timer !== null) clearInterval(timer);
    timer = null;
    if (eventOn && eventType !== undefined && doc)
      doc.removeHandlerAsync(eventType, { handler: check });
  };
}
