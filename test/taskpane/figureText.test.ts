import { amountText, centsText, dateText, ratioText } from "../../src/taskpane/quote/figureText";
import { paneNow, paneToday } from "../../src/taskpane/quote/paneNow";

describe("figures as the Quote, Reports and Retro views show them", () => {
  test("money in each language; an undefined figure is a dash", () => {
    expect(centsText(123456, "lv")).toBe("1 234,56 €");
    expect(centsText(-5, "en")).toBe("-€0.05");
    expect(amountText(161968.73, "lv")).toBe("161 968,73 €");
    expect(amountText(null, "en")).toBe("—");
  });

  test("ratios as percentages with a Latvian space and comma", () => {
    expect(ratioText(0.125, "lv")).toBe("12,5 %");
    expect(ratioText(0.125, "en")).toBe("12.5%");
    expect(ratioText(0.45883492917847024, "en")).toBe("45.9%");
    expect(ratioText(1, "en")).toBe("100%");
    expect(ratioText(0.1, "lv", 0)).toBe("10 %");
    expect(ratioText(-0.1203, "en")).toBe("-12%");
    expect(ratioText(null, "lv")).toBe("—");
  });

  test("dates (and times) in each language's order", () => {
    expect(dateText("2026-11-27", "lv")).toBe("27.11.2026");
    expect(dateText("2026-11-27", "en")).toBe("2026-11-27");
    expect(dateText("2026-11-27T09:05", "lv")).toBe("27.11.2026 09:05");
    expect(dateText("soon", "en")).toBe("soon");
  });

  test("today and now are Riga's, whatever the machine's zone", () => {
    expect(paneToday(new Date("2026-07-04T22:30:00Z"))).toBe("2026-07-05");
    expect(paneNow(new Date("2026-07-03T07:15:00Z"))).toBe("2026-07-03T10:15");
    expect(paneNow(new Date("2026-01-03T07:15:00Z"))).toBe("2026-01-03T09:15");
  });
});
