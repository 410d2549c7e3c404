import { en } from "../../src/taskpane/i18n/en";
import { fill } from "../../src/taskpane/i18n/fill";
import { pickLocale } from "../../src/taskpane/i18n/pickLocale";
import { STRINGS } from "../../src/taskpane/i18n/strings";

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane labels", () => {
  test("English and Latvian have exactly the same keys, none empty", () => {
    expect(Object.keys(STRINGS.lv).sort()).toEqual(Object.keys(en).sort());
    for (const strings of Object.values(STRINGS)) {
      for (const [key, text] of Object.entries(strings))
        expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  test("each Latvian label has the same {slots} as the English one", () => {
    for (const [key, text] of Object.entries(en)) {
      expect([key, slots(STRINGS.lv[key as keyof typeof en])]).toEqual([key, slots(text)]);
    }
  });

  test("Latvian labels are translated, not copied (apart from the product name)", () => {
    const same = Object.keys(en).filter(
      (k) => STRINGS.lv[k as keyof typeof en] === en[k as keyof typeof en]
    );
    expect(same).toEqual(["appTitle"]);
  });

  test("fill puts values into slots and leaves unknown slots as written", () => {
    expect(fill(en.rowsSummary, { read: 12, used: 10, skipped: 2 })).toBe(
      "12 rows read: 10 used, 2 skipped."
    );
    expect(fill("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });
});

describe("pickLocale", () => {
  test.each([
    ["lv-LV", "lv"],
    ["lv", "lv"],
    ["LV-lv", "lv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
    ["lt-LT", "en"],
  ])("%s → %s", (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
