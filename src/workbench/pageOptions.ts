import type { Locale } from "../sheets/sheetKinds";
import { pickLocale } from "../taskpane/i18n/pickLocale";

/** Theme choice of the workbench: forced by `?theme=`, else the system's colour scheme. */
export type ThemeChoice = "light" | "dark" | "system";

/** The workbench page's options from its URL: `?theme=dark|light`, `?lang=lv|en`. */
export interface PageOptions {
  theme: ThemeChoice;
  /** Language of the pane and the page: `?lang=`, else the browser's language. */
  locale: Locale;
}

/**
 * Reads the page options.
 *
 * @example pageOptions("?theme=dark&lang=lv", "en-US") // { theme: "dark", locale: "lv" }
 */
export function pageOptions(search: string, browserLanguage: string): PageOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  const lang = params.get("lang");
  return {
    theme: theme === "dark" || theme === "light" ? theme : "system",
    locale: pickLocale(lang ?? browserLanguage),
  };
}
