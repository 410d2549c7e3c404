/**
 * The demo's quote step on the Latvian sample: one quote approved by a manager, one revised
 * (R2, the first Superseded), one accepted with its deal closed Won — read back through the port.
 */
import { createXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { demoQuotes, type DemoQuotes } from "../../../src/jobs/quotes/demoQuotes";
import { readQuoteContext } from "../../../src/jobs/quotes/quoteContext";
import { writeSampleWorkbook } from "../../../src/jobs/writeSampleWorkbook";
import {
  DEFAULT_SAMPLE_TODAY,
  generateSampleWorkbook,
} from "../../../src/sheets/sample/generateSampleWorkbook";

/** The sample's register already holds 2026 quotes: the demo's numbers come after the highest. */
const highest = Number(generateSampleWorkbook().facts.quotes.highest["2026"]?.slice(-4) ?? 0);
const demoNumber = (n: number): string => `Q-2026-${String(highest + n).padStart(4, "0")}`;

describe("the demo's quotes", () => {
  let wb: XlsxWorkbook;
  let demo: DemoQuotes;

  beforeAll(async () => {
    wb = createXlsx();
    await writeSampleWorkbook(wb);
    demo = await demoQuotes(wb, DEFAULT_SAMPLE_TODAY);
  });

  it("tells each story, on the first open deals with a customer in Accounts", () => {
    expect(demo.quotes.map((q) => [q.quote, q.status])).toEqual([
      [demoNumber(1), "Approved"],
      [demoNumber(2), "Superseded"],
      [`${demoNumber(2)}-R2`, "Draft"],
      [demoNumber(3), "Accepted"],
    ]);
    expect(demo.sheets).toEqual(
      expect.arrayContaining([demoNumber(1), `${demoNumber(1)} iekšējais`, `${demoNumber(2)}-R2`])
    );
    // The sample's registers are continued, not created.
    expect(demo.sheets).not.toContain("Piedāvājumi");
  });

  it("leaves the register, the approval and the won deal in the workbook", async () => {
    const ctx = await readQuoteContext(wb, DEFAULT_SAMPLE_TODAY);
    const byId = new Map(ctx.register.quotes.map((q) => [q.id, q]));
    const approved = byId.get(demoNumber(1));
    expect(approved?.status).toBe("Approved");
    const approver = ctx.team?.read.rows.find((m) => m.name === approved?.approvedBy);
    expect(approver?.role).toBe("Manager");
    expect(byId.get(demoNumber(2))?.status).toBe("Superseded");
    expect(byId.get(`${demoNumber(2)}-R2`)?.storedStatus).toBe("Draft");
    const accepted = byId.get(demoNumber(3));
    expect(accepted?.status).toBe("Accepted");
    expect(accepted?.lines.every((l) => l.departmentStatus === "Confirmed")).toBe(true);

    const deal = ctx.deals.read.rows.find((d) => d.id === demo.quotes[3]?.deal);
    expect(deal).toMatchObject({
      stage: "Won",
      revenue: accepted?.net,
      cost: accepted?.cost,
      closedOn: DEFAULT_SAMPLE_TODAY,
      quoteId: demoNumber(3),
    });
    // Most of the sample's stages are written in English (Won, Proposal …): so is this one.
    expect(deal?.stageText).toBe("Won");
  });
});
