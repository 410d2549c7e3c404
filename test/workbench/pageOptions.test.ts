import { pageOptions } from "../../src/workbench/pageOptions";

describe("workbench page options", () => {
  test("?theme= forces light or dark; otherwise the system decides", () => {
    expect(pageOptions("?theme=dark", "en-US").theme).toBe("dark");
    expect(pageOptions("?theme=light", "en-US").theme).toBe("light");
    expect(pageOptions("?theme=purple", "en-US").theme).toBe("system");
    expect(pageOptions("", "en-US").theme).toBe("system");
  });

  test("?lang= wins over the browser's language", () => {
    expect(pageOptions("?lang=lv", "en-US").locale).toBe("lv");
    expect(pageOptions("", "lv-LV").locale).toBe("lv");
    expect(pageOptions("?lang=en", "lv-LV").locale).toBe("en");
  });
});
