import { FakeExcel, FakeOfficeError, type FakeContext } from "./fakeExcel";

/** The fake must behave like Excel where the adapter's safety depends on it, or tests prove nothing. */
describe("the fake Excel models Excel's input rules and limits", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel();
    fake.addSheet("Sheet1");
  });

  const write = async (values: unknown[][]): Promise<void> =>
    fake.run(async (ctx: FakeContext) => {
      const width = values[0]?.length ?? 1;
      ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange(`A1:${String.fromCharCode(64 + width)}1`).formulas = values;
      await ctx.sync();
    });

  test("raw strings starting = + - @ (or full-width ＝) turn into formulas or numbers, as typed in Excel", async () => {
    await write([
      ['=HYPERLINK("http://x")', "+371 2000 0000", "-5", "@SUM", "＝1", "2026-07-01", "TRUE"],
    ]);
    expect(fake.cell("Sheet1", "A1")?.f).toBe('=HYPERLINK("http://x")');
    expect(fake.valueAt(fake.sheet("Sheet1"), 0, 0)).toBe("http://x");
    expect(fake.cell("Sheet1", "B1")?.f).toBe("=+371 2000 0000");
    expect(fake.valueAt(fake.sheet("Sheet1"), 0, 1)).toEqual({ error: "#NULL!" });
    expect(fake.cell("Sheet1", "C1")?.v).toBe(-5);
    expect(fake.cell("Sheet1", "D1")?.f).toBe("=@SUM");
    expect(fake.cell("Sheet1", "E1")?.f).toBe("=1");
    expect(typeof fake.cell("Sheet1", "F1")?.v).toBe("number");
    expect(fake.cell("Sheet1", "G1")?.v).toBe(true);
  });

  test("an apostrophe makes the rest text, and only the first apostrophe is the marker", async () => {
    await write([["'=1", "''x", "'-5"]]);
    expect(fake.cell("Sheet1", "A1")).toEqual({ v: "=1" });
    expect(fake.cell("Sheet1", "B1")).toEqual({ v: "'x" });
    expect(fake.cell("Sheet1", "C1")).toEqual({ v: "-5" });
  });

  test("a request over 5 MB fails the sync with RequestPayloadSizeLimitExceeded", async () => {
    const big = "x".repeat(30000);
    const rows = Array.from({ length: 200 }, () => [big]);
    const attempt = fake.run(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").formulas = rows;
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Sheet1", "A1")).toBeUndefined();
  });

  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    await expect(
      fake.run(async (ctx: FakeContext) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
        await ctx.sync();
        // The point of this test: reading without load must fail, as in office.js.
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
        return r.values;
      })
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });

  test("an API above the host's ExcelApi fails with ApiNotFound", async () => {
    fake.apiVersion = "1.8";
    const attempt = fake.run(async (ctx: FakeContext) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1") as unknown as {
        pageLayout: { orientation: string };
      };
      ws.pageLayout.orientation = "Landscape";
      await ctx.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
