import { parseYesNo } from "../../src/core/parseBoolean";

describe("parseYesNo", () => {
  it.each([
    "yes",
    "Yes",
    "Y",
    "true",
    "TRUE",
    "1",
    "x",
    "X",
    "jā",
    "JĀ",
    "ja",
    "Jā.",
    "✓",
    "✔",
    "PATIESS",
  ])("%p is yes", (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: true });
  });

  it.each(["no", "No", "N", "false", "FALSE", "0", "nē", "NĒ", "ne", "APLAMS", "-"])(
    "%p is no",
    (text) => {
      expect(parseYesNo(text)).toEqual({ ok: true, value: false });
    }
  );

  it("takes booleans and 1/0 numbers", () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
    expect(parseYesNo(1)).toEqual({ ok: true, value: true });
    expect(parseYesNo(0)).toEqual({ ok: true, value: false });
  });

  it("lists the allowed values for anything else", () => {
    const problem = "not yes/no (use yes, no, y, n, true, false, 1, 0, x, jā, nē)";
    expect(parseYesNo("maybe")).toEqual({ ok: false, problem });
    expect(parseYesNo("varbūt")).toEqual({ ok: false, problem });
    expect(parseYesNo(2)).toEqual({ ok: false, problem });
    expect(parseYesNo("  ")).toEqual({ ok: false, problem: "empty" });
  });
});
