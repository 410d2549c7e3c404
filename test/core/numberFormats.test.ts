import { isDateNumberFormat, isTimeNumberFormat } from "../../src/core/parseDate";
import {
  dateFormat,
  dateTimeFormat,
  decimalFormat,
  integerFormat,
  moneyFormat,
  percentFormat,
  timeFormat,
} from "../../src/core/numberFormats";

describe("number format codes", () => {
  it("pins the locale of every numeric code, and quotes the currency", () => {
    expect(moneyFormat("lv")).toBe('[$-426]#,##0.00 "€"');
    expect(moneyFormat("en")).toBe('[$-1809]"€"#,##0.00');
    expect(moneyFormat("lv", "USD")).toBe('[$-426]#,##0.00 "$"');
    expect(moneyFormat("en", "SEK")).toBe('[$-1809]"SEK "#,##0.00');
    expect(percentFormat("lv")).toBe("[$-426]0.0%");
    expect(percentFormat("en")).toBe("[$-1809]0.0%");
    expect(integerFormat("lv")).toBe("[$-426]#,##0");
    expect(decimalFormat("en")).toBe("[$-1809]#,##0.00");
  });

  it("writes dates as each locale reads them", () => {
    expect(dateFormat("lv")).toBe("dd.mm.yyyy");
    expect(dateFormat("en")).toBe("yyyy-mm-dd");
    expect(dateTimeFormat("lv")).toBe("dd.mm.yyyy hh:mm");
    expect(timeFormat()).toBe("hh:mm");
  });

  it("reads its own date codes back as dates and its numeric codes as numbers", () => {
    for (const locale of ["lv", "en"] as const) {
      expect(isDateNumberFormat(dateFormat(locale))).toBe(true);
      expect(isDateNumberFormat(dateTimeFormat(locale))).toBe(true);
      for (const numeric of [
        moneyFormat(locale),
        percentFormat(locale),
        integerFormat(locale),
        decimalFormat(locale),
      ]) {
        expect(isDateNumberFormat(numeric)).toBe(false);
        expect(isTimeNumberFormat(numeric)).toBe(false);
      }
    }
    expect(isTimeNumberFormat(timeFormat())).toBe(true);
  });
});
