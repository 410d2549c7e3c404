import { VIEW_IDS, viewFromSearch } from "../../src/taskpane/views/viewIds";

describe("viewFromSearch", () => {
  test("opens the view named by ?view= (as ribbon buttons ask)", () => {
    expect(viewFromSearch("?view=settings")).toBe("settings");
    expect(viewFromSearch("?foo=1&view=Settings")).toBe("settings");
    expect(viewFromSearch("?view=home")).toBe("home");
    expect(viewFromSearch("?view=quote&from=selection")).toBe("quote");
    expect(viewFromSearch("?view=Reports")).toBe("reports");
    expect(viewFromSearch("?view=retro")).toBe("retro");
    expect(viewFromSearch("?view=leads")).toBe("leads");
    expect(viewFromSearch("?view=Meetings")).toBe("meetings");
  });

  test("falls back to Home when absent or unknown", () => {
    expect(viewFromSearch("")).toBe("home");
    expect(viewFromSearch("?view=nope")).toBe("home");
  });

  test("offers only views that exist (no placeholders)", () => {
    expect([...VIEW_IDS]).toEqual([
      "home",
      "leads",
      "quote",
      "reports",
      "meetings",
      "retro",
      "settings",
    ]);
  });
});
