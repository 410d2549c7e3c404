/**
 * The demo's quote step on the Latvian sample: one quote approved by a manager, one revised
 * (R2, the first Superseded), one accepted with its deal closed Won — read back through the port.
 */
import { createXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { demoQuotes, type DemoQuotes } from "../../../src/jobs/quotes/demoQuotes";
import { readQuoteContext } from "../../../src/jobs/quotes/quoteContext";
import { writeSampleWorkbook } from "../../../src/jobs/writeSampleWorkbook";
import { DEFAULT_SAMPLE_TODAY } from "../../../src/sheets/sample/generateSampleWorkbook";

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
      ["Q-2026-0001", "Approved"],
      ["Q-2026-0002", "Superseded"],
      ["Q-2026-0002-R2", "Draft"],
      ["Q-2026-0003", "Accepted"],
    ]);
    expect(demo.sheets).toEqual(
      expect.arrayContaining([
        "Q-2026-0001",
        "Q-2026-0001 iekšējais",
        "Piedāvājumi",
        "Piedāvājumu rindas",
        "Q-2026-0002-R2",
      ])
    );
  });

  it("leaves the register, the approval and the won deal in the workbook", async () => {
    const ctx = await readQuoteContext(wb, DEFAULT_SAMPLE_TODAY);
    const byId = new Map(ctx.register.quotes.map((q) => [q.id, q]));
    const approved = byId.get("Q-2026-0001");
    expect(approved?.status).toBe("Approved");
    const approver = ctx.team?.read.rows.find((m) => m.name === approved?.approvedBy);
    expect(approver?.role).toBe("Manager");
    expect(byId.get("Q-2026-0002")?.status).toBe("Superseded");
    expect(byId.get("Q-2026-0002-R2")?.storedStatus).toBe("Draft");
    const accepted = byId.get("Q-2026-0003");
    expect(accepted?.status).toBe("Accepted");
    expect(accepted?.lines.every((l) => l.departmentStatus === "Confirmed")).toBe(true);

    const deal = ctx.deals.read.rows.find((d) => d.id === demo.quotes[3]?.deal);
    expect(deal).toMatchObject({
      stage: "Won",
      revenue: accepted?.net,
      cost: accepted?.cost,
      closedOn: DEFAULT_SAMPLE_TODAY,
      quoteId: "Q-2026-0003",
    });
    // Most of the sample's stages are written in English (Won, Proposal …): so is this one.
    expect(deal?.stageText).toBe("Won");
  });
});
