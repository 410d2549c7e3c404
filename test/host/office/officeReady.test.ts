import {
  THEME_POLL_MS,
  currentTheme,
  onThemeChanged,
  whenOfficeReady,
} from "../../../src/host/office/officeReady";

type Handler = () => void;
const g = globalThis as unknown as Record<string, unknown>;

function installOffice(theme: Record<string, unknown> | undefined, withEvent: boolean) {
  const handlers: Handler[] = [];
  const office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: {
      displayLanguage: "lv-LV",
      officeTheme: theme,
      document: withEvent
        ? {
            addHandlerAsync: (_t: string, h: Handler, cb: (r: { status: string }) => void) => {
              handlers.push(h);
              cb({ status: "succeeded" });
            },
            removeHandlerAsync: (_t: string, o: { handler: Handler }) => {
              handlers.splice(handlers.indexOf(o.handler), 1);
            },
          }
        : undefined,
    },
    EventType: withEvent ? { OfficeThemeChanged: "officeThemeChanged" } : {},
  };
  g.Office = office;
  return { office, handlers };
}

afterEach(() => {
  delete g.Office;
  jest.useRealTimers();
});

test("without office.js (the workbench) it resolves at once with host none", async () => {
  await expect(whenOfficeReady()).resolves.toEqual({
    host: "none",
    displayLanguage: expect.any(String) as unknown as string,
    theme: null,
  });
});

test("in Excel it reports the host, the Office display language and the theme", async () => {
  installOffice({ bodyBackgroundColor: "#262626", isDarkTheme: true }, false);
  await expect(whenOfficeReady()).resolves.toEqual({
    host: "excel",
    displayLanguage: "lv-LV",
    theme: { dark: true, bodyBackground: "#262626" },
  });
});

test("dark is read from the body colour when the host has no isDarkTheme", () => {
  installOffice({ bodyBackgroundColor: "#1F1F1F" }, false);
  expect(currentTheme()).toEqual({ dark: true, bodyBackground: "#1F1F1F" });
  installOffice({ bodyBackgroundColor: "#FFFFFF" }, false);
  expect(currentTheme()).toEqual({ dark: false, bodyBackground: "#FFFFFF" });
  installOffice(undefined, false);
  expect(currentTheme()).toBeNull();
});

test("theme changes arrive through OfficeThemeChanged where the host has it", () => {
  const { office, handlers } = installOffice({ bodyBackgroundColor: "#FFFFFF" }, true);
  const seen: unknown[] = [];
  const stop = onThemeChanged((t) => seen.push(t));
  expect(handlers).toHaveLength(1);
  office.context.officeTheme = { bodyBackgroundColor: "#000000" };
  handlers[0]?.();
  expect(seen).toEqual([{ dark: true, bodyBackground: "#000000" }]);
  stop();
  expect(handlers).toHaveLength(0);
});

test("elsewhere the theme is re-read every few seconds, and only changes are reported", () => {
  jest.useFakeTimers();
  const { office } = installOffice({ bodyBackgroundColor: "#FFFFFF" }, false);
  const seen: unknown[] = [];
  const stop = onThemeChanged((t) => seen.push(t));
  jest.advanceTimersByTime(THEME_POLL_MS * 3);
  expect(seen).toEqual([]);
  office.context.officeTheme = { bodyBackgroundColor: "#101010" };
  jest.advanceTimersByTime(THEME_POLL_MS);
  expect(seen).toEqual([{ dark: true, bodyBackground: "#101010" }]);
  stop();
  office.context.officeTheme = { bodyBackgroundColor: "#FFFFFF" };
  jest.advanceTimersByTime(THEME_POLL_MS * 2);
  expect(seen).toHaveLength(1);
});
