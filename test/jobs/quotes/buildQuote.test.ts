/**
 * buildQuote and quoteAction through the WorkbookPort (the xlsx adapter in memory): registers
 * made by `init`, a user's sheet under the quote's name, internal views redrawn in place.
 */
import { join } from "node:path";
import { openXlsxFile } from "../../../src/host/xlsx/xlsxFile";
import type { XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { prepareWorkbook } from "../../../src/jobs/prepareWorkbook";
import { buildQuote } from "../../../src/jobs/quotes/buildQuote";
import { quoteAction } from "../../../src/jobs/quotes/quoteAction";
import { readQuoteContext } from "../../../src/jobs/quotes/quoteContext";

const fixture = join(__dirname, "../../fixtures/quote-mixed-vat-per-rate.xlsx");
const today = "2026-03-02";

async function open(): Promise<XlsxWorkbook> {
  return openXlsxFile(fixture);
}

describe("buildQuote through the port", () => {
  it("fills the empty row init leaves in the register tables, then grows them", async () => {
    const wb = await open();
    const { added } = await prepareWorkbook(wb);
    expect(added).toEqual(expect.arrayContaining(["Quotes", "Quote lines"]));

    const first = await buildQuote(wb, {
      dealId: "D-100",
      lines: [
        { sku: "BK-01", qty: 1 },
        { sku: "LAP-14", qty: 1 },
      ],
      today,
    });
    const second = await buildQuote(wb, {
      dealId: "D-101",
      lines: [{ sku: "BK-02", qty: 3 }],
      today,
    });
    expect(first.sheets).toEqual(["Q-2026-0001", "Q-2026-0001 internal"]);

    const ctx = await readQuoteContext(wb, today);
    expect(ctx.register.counts).toEqual({ read: 5, used: 5, skipped: 0 });
    expect(ctx.register.quotes.map((q) => [q.row, q.id, q.lines.length])).toEqual([
      [2, first.quote, 2],
      [3, second.quote, 1],
    ]);
    const quotes = await wb.readSheet("Quotes");
    expect(quotes.tables[0]?.range).toBe(`A1:U3`);
    expect(ctx.register.quotes[0]?.date).toBe(today);
  });

  it("never writes over a user's sheet with the quote's name, and redraws its own internal view", async () => {
    const wb = await open();
    await wb.writeSheet({
      name: "Q-2026-0001",
      kind: "user",
      owner: "user",
      values: [["my notes"]],
    });
    const q = await buildQuote(wb, { dealId: "D-100", lines: [{ sku: "BK-01", qty: 1 }], today });
    expect(q.quote).toBe("Q-2026-0001");
    expect(q.sheets[0]).toBe("Q-2026-0001 (2)");
    expect((await wb.readSheet("Q-2026-0001")).values).toEqual([["my notes"]]);

    await quoteAction(wb, {
      quote: q.quote,
      action: "confirm",
      department: "Training",
      by: "Sam Support",
      today,
    });
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith("Q-2026-0001 internal"))).toEqual([
      "Q-2026-0001 internal",
    ]);
    const internal = await wb.readSheet("Q-2026-0001 internal");
    expect(internal.values.flat()).toEqual(
      expect.arrayContaining(["Training", "Confirmed", "Sam Support"])
    );
  });

  it("a free-text line needs a price; a revision without lines keeps the lines before", async () => {
    const wb = await open();
    await expect(
      buildQuote(wb, { dealId: "D-100", lines: [{ description: "Site survey", qty: 1 }], today })
    ).rejects.toThrow(/give a product \(SKU or name\), or a description and a unit price/u);
    const q = await buildQuote(wb, {
      dealId: "D-100",
      lines: [{ description: "Site survey", qty: 2, unitPrice: 15000 }],
      today,
    });
    expect(q.net).toBe(300);
    const r2 = await buildQuote(wb, {
      revise: q.quote,
      lines: [],
      discount: 0.1,
      today: "2026-03-03",
    });
    expect(r2).toMatchObject({ quote: `${q.quote}-R2`, deal: "D-100", net: 270 });
  });

  it("checks the seller's PVN number from Settings: a clear issue naming its row, the quote still built", async () => {
    const wb = await open();
    // Settings row 4 is "Company VAT no"; the last digit is wrong.
    await wb.updateCells("Settings", [{ row: 4, column: 2, value: "LV40003521601" }]);
    const q = await buildQuote(wb, { dealId: "D-100", lines: [{ sku: "BK-01", qty: 1 }], today });
    expect(q.status).toBe("Draft");
    expect(q.issues).toContainEqual({
      sheet: "Settings",
      row: 4,
      column: "Value",
      value: "LV40003521601",
      problem:
        "Company VAT no: LV40003521601: the check digit should be 0 — check the digits (the quote shows it as written)",
    });
  });
});
