import {
  effectiveStatus,
  findRegisterQuote,
  readQuoteRegister,
  revisionsOf,
} from "../../../src/sheets/quotes/readQuoteRegister";
import { sheetBlock } from "../blockBuilder";

const quotes = sheetBlock(
  [
    ["Quote", "Deal ID", "Status", "Date", "Valid until", "Net", "Discount %", "Approved by"],
    ["Q-2026-0001", "D-1", "Sent", "2026-03-02", "2026-04-01", "100,00", "5 %", "Mara Manager"],
    ["Q-2026-0001-R2", "D-1", "nosūtīts", "2026-03-05", "2026-04-04", 120, null, null],
    ["Q-2026-0002", "D-2", "Pieņemts", "2026-03-06", "2026-04-05", 50, null, null],
    ["Q-2026-0003", "D-3", "Waiting", "2026-03-06", "2026-04-05", 50, null, null],
    ["q-2026-0003", "D-3", "Draft", "2026-03-06", "2026-04-05", 50, null, null],
  ],
  { name: "Quotes" }
);

const lines = sheetBlock(
  [
    [
      "Quote",
      "Line",
      "SKU",
      "Description",
      "Qty",
      "Unit price",
      "Department",
      "Department status",
      "Confirmed by",
    ],
    ["Q-2026-0001", 2, "BK-01", "Handbook", 1, 24.9, "Training", "Apstiprināts", "Sam"],
    ["Q-2026-0001", 1, "LAP-14", null, 2, 899, "Hardware", "maybe", null],
    ["Q-2026-0009", 1, "LAP-14", null, 2, 899, "Hardware", null, null],
    ["Q-2026-0002", null, null, null, 1, 10, null, null, null],
  ],
  { name: "Quote lines" }
);

describe("readQuoteRegister", () => {
  const register = readQuoteRegister(quotes, lines, { dateOrder: "DMY" }, "2026-04-04");

  it("reads quotes and revisions with their statuses in English or Latvian", () => {
    const byId = Object.fromEntries(register.quotes.map((q) => [q.id, q]));
    expect(byId["Q-2026-0001-R2"]).toMatchObject({
      base: "Q-2026-0001",
      revision: 2,
      storedStatus: "Sent",
      status: "Sent",
    });
    expect(byId["Q-2026-0002"]?.status).toBe("Accepted");
    expect(byId["Q-2026-0001"]).toMatchObject({
      net: 10000,
      discount: 0.05,
      approvedBy: "Mara Manager",
    });
  });

  it("derives Expired for an open quote past its last day, valid through that whole day", () => {
    const byId = Object.fromEntries(register.quotes.map((q) => [q.id, q]));
    expect(byId["Q-2026-0001"]).toMatchObject({ storedStatus: "Sent", status: "Expired" }); // valid until 04-01
    expect(byId["Q-2026-0001-R2"]?.status).toBe("Sent"); // valid until 04-04 = today
    expect(byId["Q-2026-0002"]?.status).toBe("Accepted"); // closed quotes never expire
    expect(effectiveStatus("Draft", "2026-04-04", "2026-04-05")).toBe("Expired");
    expect(effectiveStatus("Rejected", "2026-04-04", "2026-05-01")).toBe("Rejected");
  });

  it("reports an unknown status (taken as Draft) and a quote listed twice", () => {
    const q3 = findRegisterQuote(register.quotes, "Q-2026-0003");
    expect(q3?.storedStatus).toBe("Draft");
    expect(register.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Quotes",
          row: 5,
          column: "Status",
          value: "Waiting",
          problem: expect.stringMatching(/is not a quote status .* taken as Draft/u),
        }),
        expect.objectContaining({
          sheet: "Quotes",
          row: 6,
          column: "Quote",
          problem: "quote q-2026-0003 is listed twice — row skipped",
        }),
      ])
    );
  });

  it("gives each quote its lines in Line order, with department statuses; strays are issues", () => {
    const q1 = findRegisterQuote(register.quotes, "q-2026-0001");
    expect(
      q1?.lines.map((l) => [l.line, l.sku, l.description, l.departmentStatus, l.confirmedBy])
    ).toEqual([
      [1, "LAP-14", "LAP-14", "Pending", null],
      [2, "BK-01", "Handbook", "Confirmed", "Sam"],
    ]);
    expect(findRegisterQuote(register.quotes, "Q-2026-0002")?.lines).toHaveLength(0);
    expect(register.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Quote lines",
          row: 3,
          column: "Department status",
          problem: expect.stringMatching(/taken as Pending$/u),
        }),
        expect.objectContaining({
          sheet: "Quote lines",
          row: 4,
          value: "Q-2026-0009",
          problem: expect.stringMatching(/^no quote Q-2026-0009 in Quotes/u),
        }),
        expect.objectContaining({
          sheet: "Quote lines",
          row: 5,
          problem: expect.stringMatching(/a line needs a SKU or a description/u),
        }),
      ])
    );
  });

  it("accounts for every row of both sheets", () => {
    expect(register.counts).toEqual({ read: 9, used: 7, skipped: 2 });
    expect(revisionsOf(register.quotes, "Q-2026-0001-R2").map((q) => q.id)).toEqual([
      "Q-2026-0001",
      "Q-2026-0001-R2",
    ]);
  });

  it("reads nothing, quietly, when the workbook has no registers", () => {
    const empty = readQuoteRegister(null, null, { dateOrder: "DMY" }, "2026-04-04");
    expect(empty).toMatchObject({
      quotes: [],
      issues: [],
      counts: { read: 0, used: 0, skipped: 0 },
    });
  });
});
