/**
 * A quote's life through the CLI: approval rules and who may approve, sending only when approved
 * and confirmed by every department, revisions that keep or lose the approval, numbering with a
 * yearly reset, expiry through the whole last day, accepting and rejecting into the Deals row,
 * the Latvian number checks, the amount in words and usage errors.
 */
import ExcelJS from "exceljs";
import { dealdesk } from "./runCliForTest";
import {
  copyFixture,
  MIXED_QUOTE_ARGS,
  quoteJson,
  quoteRun,
  readBook,
  rowBy,
  sheetOf,
} from "../jobs/quotes/quoteKit";

interface Figures {
  quote: string;
  status: string;
  net: number;
  gross: number;
  cost: number | null;
  validUntil: string;
  approval: {
    needed: boolean;
    level: string | null;
    reasons: { code: string; message: string }[];
    approvedBy: string | null;
  };
  departments: { department: string; status: string; by: string | null }[];
  issues: { sheet: string; row: number | null; column: string | null; problem: string }[];
  sheets: string[];
}

interface ActionResult {
  status: string;
  previousStatus: string;
  approval: { approvedBy: string | null; approvedAt: string | null };
  deal: { id: string; stage: string; revenue: number | null; cost: number | null } | null;
  issues: { problem: string }[];
}

const build = (wb: string, ...args: string[]): Promise<Figures> =>
  quoteJson<Figures>(["quote", wb, ...args]);
const act = (action: string, wb: string, ...args: string[]): Promise<ActionResult> =>
  quoteJson<ActionResult>(["quote", action, wb, ...args]);

async function refused(args: string[]): Promise<string> {
  const run = await dealdesk(args);
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split("\n");
  return lines[lines.length - 1] ?? "";
}

async function confirmAll(
  wb: string,
  quote: string,
  departments: string[],
  date: string
): Promise<void> {
  for (const d of departments) {
    await act(
      "confirm",
      wb,
      "--quote",
      quote,
      "--department",
      d,
      "--by",
      "Sam Support",
      "--date",
      date
    );
  }
}

function iso(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" ? value : null;
}

describe("approval rules", () => {
  const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");

  it("a line discount over the product's maximum needs a Manager", async () => {
    const q = await build(wb, "--deal", "D-101", "--line", "LAP-14:1:15");
    expect(q.status).toBe("Needs approval");
    expect(q.approval.level).toBe("Manager");
    expect(q.approval.reasons.map((r) => r.code)).toContain("line-discount-over-max");
    expect(q.approval.reasons[0]?.message).toMatch(
      /Line 1 \(LAP-14\): discount 15% is over the product's maximum 10%/u
    );
  });

  it("a quote discount over the rep's limit (10 %)", async () => {
    const q = await build(wb, "--deal", "D-101", "--line", "BK-01:10", "--discount", "12");
    expect(q.approval.reasons.map((r) => r.code)).toEqual(["quote-discount-over-limit"]);
  });

  it("a margin under the 15 % floor: 899.00 −9 % against 705.00 is 13.8 %", async () => {
    const q = await build(wb, "--deal", "D-101", "--line", "LAP-14:1:9");
    expect(q.approval.reasons.map((r) => r.code)).toEqual(["margin-under-floor"]);
    expect(q.approval.reasons[0]?.message).toMatch(/Margin 13\.82% is under the floor 15%/u);
  });

  it("a gross over the Manager's 10 000 € needs a Director", async () => {
    // 12 × 899.00 = 10 788.00 net, gross 13 053.48
    const q = await build(wb, "--deal", "D-101", "--line", "LAP-14:12");
    expect(q.gross).toBe(13053.48);
    expect(q.approval.reasons.map((r) => r.code)).toEqual(["gross-over-limit"]);
    expect(q.approval.level).toBe("Director");
  });

  it("within every limit needs no approval, and approving it is refused", async () => {
    const q = await build(wb, "--deal", "D-101", "--line", "BK-01:2");
    expect(q.status).toBe("Draft");
    expect(q.approval.needed).toBe(false);
    expect(
      await refused(["quote", "approve", wb, "--quote", q.quote, "--by", "Mara Manager"])
    ).toMatch(/needs no approval/u);
  });
});

describe("who may approve", () => {
  it("a Director's quote is refused to a Manager, Support and a stranger; a Director approves it", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-101", "--line", "LAP-14:12");
    expect(
      await refused(["quote", "approve", wb, "--quote", q.quote, "--by", "Mara Manager"])
    ).toMatch(
      new RegExp(`${q.quote} needs approval by a Director: Mara Manager is a Manager`, "u")
    );
    expect(
      await refused(["quote", "approve", wb, "--quote", q.quote, "--by", "Sam Support"])
    ).toMatch(/Sam Support is a Support/u);
    expect(
      await refused(["quote", "approve", wb, "--quote", q.quote, "--by", "Nobody Known"])
    ).toMatch(/no one named "Nobody Known"/u);
    const ok = await act(
      "approve",
      wb,
      "--quote",
      q.quote,
      "--by",
      "dina director",
      "--date",
      "2026-03-03"
    );
    expect(ok).toMatchObject({ previousStatus: "Needs approval", status: "Approved" });
    expect(ok.approval).toMatchObject({ approvedBy: "Dina Director", approvedAt: "2026-03-03" });
    const reg = rowBy(sheetOf(await readBook(wb), "Quotes"), "Quote", q.quote);
    expect(reg).toMatchObject({ Status: "Approved", "Approved by": "Dina Director" });
  });
});

describe("sending", () => {
  it("is refused without approval, then without every department; sent once both are there", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(
      wb,
      "--deal",
      "D-101",
      "--line",
      "LAP-14:2:15",
      "--line",
      "BK-01:1",
      "--date",
      "2026-03-02"
    );
    expect(
      await refused(["quote", "send", wb, "--quote", q.quote, "--date", "2026-03-02"])
    ).toMatch(new RegExp(`${q.quote} needs approval by a Manager before it can be sent`, "u"));
    await act("approve", wb, "--quote", q.quote, "--by", "Mara Manager", "--date", "2026-03-02");
    const waiting = await refused([
      "quote",
      "send",
      wb,
      "--quote",
      q.quote,
      "--date",
      "2026-03-02",
    ]);
    expect(waiting).toMatch(/finalizing needs every department confirmed/u);
    expect(waiting).toMatch(/Hardware .*Training/u);
    await act(
      "confirm",
      wb,
      "--quote",
      q.quote,
      "--department",
      "hardware",
      "--by",
      "Sam Support",
      "--date",
      "2026-03-02"
    );
    expect(
      await refused(["quote", "send", wb, "--quote", q.quote, "--date", "2026-03-02"])
    ).toMatch(/not yet: Training \(pending, line 2\)/u);
    const confirmed = await act(
      "confirm",
      wb,
      "--quote",
      q.quote,
      "--department",
      "Training",
      "--by",
      "Sam Support",
      "--date",
      "2026-03-02"
    );
    expect(confirmed.status).toBe("Approved");
    const sent = await act("send", wb, "--quote", q.quote, "--date", "2026-03-04");
    expect(sent).toMatchObject({ previousStatus: "Approved", status: "Sent" });

    const book = await readBook(wb);
    const lines = sheetOf(book, "Quote lines");
    const line1 = rowBy(lines, "Quote", q.quote);
    expect(line1).toMatchObject({
      "Department status": "Confirmed",
      "Confirmed by": "Sam Support",
    });
    expect(rowBy(sheetOf(book, "Quotes"), "Quote", q.quote)).toMatchObject({ Status: "Sent" });
    const internal = sheetOf(book, `${q.quote} internal`);
    const texts: string[] = [];
    internal.eachRow((row) =>
      row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value)))
    );
    expect(texts).toEqual(
      expect.arrayContaining(["Sent", "Mara Manager", "Sam Support", "Confirmed"])
    );
  });

  it("confirm names the quote's departments when asked for another", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-101", "--line", "BK-01:1");
    expect(
      await refused([
        "quote",
        "confirm",
        wb,
        "--quote",
        q.quote,
        "--department",
        "Hardware",
        "--by",
        "Sam Support",
      ])
    ).toMatch(/has no line of department "Hardware" — its departments: Training/u);
  });
});

describe("revisions", () => {
  it("-R2 keeps the approval within limits, -R3 beyond them loses it; each earlier one Superseded", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q1 = await build(
      wb,
      "--deal",
      "D-101",
      "--line",
      "LAP-14:2:15",
      "--line",
      "BK-01:1",
      "--date",
      "2026-03-02"
    );
    await act("approve", wb, "--quote", q1.quote, "--by", "Mara Manager", "--date", "2026-03-02");
    await confirmAll(wb, q1.quote, ["Hardware", "Training"], "2026-03-02");

    // R1 needed approval for the 15 % line (max 10 %), the overall discount 14.8 % (limit 10 %)
    // and its margin 8.5 % (floor 15 %). R2 adds a handbook: overall 1 − 1 578.10 / 1 847.80 =
    // 14.6 % and margin (1 578.10 − 1 432) / 1 578.10 = 9.3 %, both within what Mara approved.
    const r2 = await build(
      wb,
      "--revise",
      q1.quote,
      "--line",
      "LAP-14:2:15",
      "--line",
      "BK-01:2",
      "--date",
      "2026-03-05"
    );
    expect(r2.quote).toBe(`${q1.quote}-R2`);
    expect(r2.status).toBe("Approved");
    expect(r2.approval.approvedBy).toBe("Mara Manager");
    // The laptop line is unchanged: Hardware's confirmation stays; Training waits again.
    expect(r2.departments).toEqual([
      expect.objectContaining({ department: "Hardware", status: "Confirmed", by: "Sam Support" }),
      expect.objectContaining({ department: "Training", status: "Pending" }),
    ]);

    // 18 % is more than was approved: approval needed again.
    const r3 = await build(
      wb,
      "--revise",
      r2.quote,
      "--line",
      "LAP-14:2:18",
      "--line",
      "BK-01:2",
      "--date",
      "2026-03-06"
    );
    expect(r3.quote).toBe(`${q1.quote}-R3`);
    expect(r3.status).toBe("Needs approval");
    expect(r3.approval.approvedBy).toBeNull();

    const quotes = sheetOf(await readBook(wb), "Quotes");
    expect(rowBy(quotes, "Quote", q1.quote)?.Status).toBe("Superseded");
    expect(rowBy(quotes, "Quote", r2.quote)?.Status).toBe("Superseded");
    expect(rowBy(quotes, "Quote", r3.quote)).toMatchObject({
      Status: "Needs approval",
      Revision: 3,
      "Deal ID": "D-101",
    });

    // The what-changed table of R3 against R2.
    const internal = sheetOf(await readBook(wb), `${r3.quote} internal`);
    const rows: unknown[][] = [];
    internal.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const changed = rows.find((r) => r[0] === "Changed" && r[3] === "Discount");
    expect(changed?.slice(0, 6)).toEqual([
      "Changed",
      "LAP-14",
      'Laptop 14"',
      "Discount",
      0.15,
      0.18,
    ]);
    expect(await refused(["quote", "send", wb, "--quote", q1.quote])).toMatch(/superseded/u);
  });

  it("an accepted quote cannot be revised", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2026-03-02");
    await confirmAll(wb, q.quote, ["Training"], "2026-03-02");
    await act("send", wb, "--quote", q.quote, "--date", "2026-03-02");
    await act("accept", wb, "--quote", q.quote, "--date", "2026-03-03");
    expect(
      await refused(["quote", wb, "--revise", q.quote, "--line", "BK-01:2", "--date", "2026-03-04"])
    ).toMatch(/accepted/u);
  });
});

describe("numbers", () => {
  it("count up per year and start again at 0001 in a new year", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const a = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2025-12-30");
    const b = await build(wb, "--deal", "D-101", "--line", "BK-01:1", "--date", "2025-12-31");
    const c = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2026-01-02");
    const d = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2026-01-02");
    expect([a.quote, b.quote, c.quote, d.quote]).toEqual([
      "Q-2025-0001",
      "Q-2025-0002",
      "Q-2026-0001",
      "Q-2026-0002",
    ]);
  });

  it("continue the team's register, writing each value under its own header", async () => {
    const wb = copyFixture("quote-registers-reordered.xlsx");
    const q = await build(wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS, "--date", "2026-03-02");
    expect(q.quote).toBe("Q-2026-0004");
    expect(q.sheets).toEqual(["Q-2026-0004", "Q-2026-0004 internal"]);
    const book = await readBook(wb);
    const quotes = sheetOf(book, "Piedāvājumi");
    const row = rowBy(quotes, "Piedāvājums", "Q-2026-0004");
    expect(row).toMatchObject({
      Statuss: "Melnraksts",
      Komentārs: null,
      "Darījuma ID": "D-100",
      Neto: 1777.23,
      PVN: 359.63,
      Bruto: 2136.86,
      Klients: "SIA Koks",
      Atbildīgais: "Anna Rep",
    });
    expect(iso(row?.Datums)).toBe("2026-03-02");
    expect(iso(row?.["Derīgs līdz"])).toBe("2026-04-01");
    const lines = sheetOf(book, "Piedāvājumu rindas");
    expect(lines.rowCount).toBe(1 + 1 + 5);
    expect((lines.getRow(3).values as unknown[]).slice(1)).toEqual([
      2,
      "Q-2026-0004",
      "LAP-14",
      'Laptop 14"',
      899,
      "Hardware",
      "Gaida",
      0.21,
    ]);
  });
});

describe("expiry and closing the deal", () => {
  it("a quote is valid through its whole last day; accepting closes the deal Won with its figures", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS, "--date", "2026-03-02");
    expect(q.validUntil).toBe("2026-04-01");
    await confirmAll(wb, q.quote, ["Hardware", "Training", "Logistics", "Service"], "2026-03-03");
    await act("send", wb, "--quote", q.quote, "--date", "2026-03-04");

    expect(
      await refused(["quote", "accept", wb, "--quote", q.quote, "--date", "2026-04-02"])
    ).toMatch(new RegExp(`${q.quote} expired after 2026-04-01 and cannot be accepted`, "u"));
    const accepted = await act("accept", wb, "--quote", q.quote, "--date", "2026-04-01");
    expect(accepted).toMatchObject({ previousStatus: "Sent", status: "Accepted" });
    expect(accepted.deal).toMatchObject({
      id: "D-100",
      stage: "Won",
      revenue: 1777.23,
      cost: 1431.98,
    });

    const book = await readBook(wb);
    const deal = rowBy(sheetOf(book, "Deals"), "Deal ID", "D-100");
    expect(deal).toMatchObject({
      Stage: "Won",
      Revenue: 1777.23,
      Cost: 1431.98,
      "Quote ID": q.quote,
      Amount: 2000,
    });
    expect(iso(deal?.["Closed on"])).toBe("2026-04-01");
    expect(rowBy(sheetOf(book, "Quotes"), "Quote", q.quote)?.Status).toBe("Accepted");
    // Only the deal's own cells changed: its neighbour is as it was.
    expect(rowBy(sheetOf(book, "Deals"), "Deal ID", "D-101")).toMatchObject({
      Stage: "Negotiation",
      Revenue: null,
    });
  });

  it("an open quote past its last day reads as Expired and cannot be sent", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2026-03-02");
    await confirmAll(wb, q.quote, ["Training"], "2026-03-03");
    expect(
      await refused(["quote", "send", wb, "--quote", q.quote, "--date", "2026-04-02"])
    ).toMatch(/is expired and cannot be sent/u);
    const sent = await act("send", wb, "--quote", q.quote, "--date", "2026-04-01");
    expect(sent.status).toBe("Sent");
  });

  it("rejecting closes the deal Lost with the reason", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-101", "--line", "BK-01:1", "--date", "2026-03-02");
    await confirmAll(wb, q.quote, ["Training"], "2026-03-02");
    await act("send", wb, "--quote", q.quote, "--date", "2026-03-02");
    const r = await act(
      "reject",
      wb,
      "--quote",
      q.quote,
      "--reason",
      "Chose a cheaper offer",
      "--date",
      "2026-03-10"
    );
    expect(r.deal).toMatchObject({ stage: "Lost", revenue: null });
    const deal = rowBy(sheetOf(await readBook(wb), "Deals"), "Deal ID", "D-101");
    expect(deal).toMatchObject({
      Stage: "Lost",
      "Lost reason": "Chose a cheaper offer",
      "Quote ID": q.quote,
    });
    expect(iso(deal?.["Closed on"])).toBe("2026-03-10");
  });

  it("without Revenue and Cost columns the deal still closes Won, and the gap is an issue", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const book = await readBook(wb);
    sheetOf(book, "Deals").spliceColumns(6, 2); // Revenue, Cost
    await book.xlsx.writeFile(wb);
    const q = await build(wb, "--deal", "D-100", "--line", "BK-01:1", "--date", "2026-03-02");
    await confirmAll(wb, q.quote, ["Training"], "2026-03-02");
    await act("send", wb, "--quote", q.quote, "--date", "2026-03-02");
    const r = await act("accept", wb, "--quote", q.quote, "--date", "2026-03-03");
    expect(r.issues.map((i) => i.problem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no Revenue column/u),
        expect.stringMatching(/^no Cost column/u),
      ])
    );
    const deal = rowBy(sheetOf(await readBook(wb), "Deals"), "Deal ID", "D-100");
    expect(deal).toMatchObject({ Stage: "Won", "Quote ID": q.quote });
    expect(iso(deal?.["Closed on"])).toBe("2026-03-03");
  });
});

describe("the Latvian pack", () => {
  it("a wrong registration or PVN check digit is a clear issue, and the draft is built", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const q = await build(wb, "--deal", "D-102", "--line", "BK-01:1");
    expect(q.status).toBe("Draft");
    expect(q.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: "Accounts",
          row: 3,
          column: "Reg. no",
          problem:
            "AS Tilts: 40003521601: the check digit should be 0 — check the digits (the quote shows it as written)",
        }),
        expect.objectContaining({
          sheet: "Accounts",
          row: 3,
          column: "VAT no",
          problem:
            "AS Tilts: LV40003521601: the check digit should be 0 — check the digits (the quote shows it as written)",
        }),
      ])
    );
  });

  it("an lv quote says the gross in Latvian words, an en quote in English", async () => {
    const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");
    const lv = await build(wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS, "--locale", "lv");
    const en = await build(wb, "--deal", "D-100", ...MIXED_QUOTE_ARGS, "--locale", "en");
    const book = await readBook(wb);
    const texts = (name: string): string[] => {
      const out: string[] = [];
      sheetOf(book, name).eachRow((row) =>
        row.eachCell((c) => void (typeof c.value === "string" && out.push(c.value)))
      );
      return out;
    };
    expect(texts(lv.quote)).toContain(
      "Summa vārdiem: divi tūkstoši viens simts trīsdesmit seši eiro un 86 centi"
    );
    expect(texts(lv.quote)).toEqual(
      expect.arrayContaining(["PIEDĀVĀJUMS", "Pārdevējs", "Pircējs", "Kopā ar PVN"])
    );
    expect(texts(en.quote)).toContain(
      "Amount in words: two thousand one hundred thirty-six euro and 86 cents"
    );
    expect(lv.sheets[1]).toBe(`${lv.quote} iekšējais`);
    const money = (sheetOf(book, lv.quote).getCell("H14") as ExcelJS.Cell).numFmt;
    expect(money).toBe('[$-426]#,##0.00 "€"');
  });
});

describe("what the command refuses", () => {
  const wb = copyFixture("quote-mixed-vat-per-rate.xlsx");

  it("exits 2 on wrong usage", async () => {
    for (const args of [
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14"],
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14:two"],
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14:0"],
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14:1:150"],
      ["quote", wb, "--line", "LAP-14:1"],
      ["quote", wb, "--deal", "D-100"],
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14:1", "--discount", "lots"],
      ["quote", wb, "--deal", "D-100", "--line", "LAP-14:1", "--date", "1.3.2026"],
      ["quote", wb, "--deal", "D-100", "--optional", "LAP-14:1"],
      ["quote", "approve", wb, "--by", "Mara Manager"],
      ["quote", "confirm", wb, "--quote", "Q-2026-0001", "--by", "Sam Support"],
    ]) {
      const run = await quoteRun(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
    }
  });

  it("exits 1 naming an unknown deal or product, a deal without a customer, a closed deal", async () => {
    expect(await refused(["quote", wb, "--deal", "D-999", "--line", "LAP-14:1"])).toBe(
      'dealdesk: Deals: no deal "D-999".'
    );
    expect(await refused(["quote", wb, "--deal", "D-100", "--line", "NOPE-1:1"])).toBe(
      'dealdesk: Products: no product "NOPE-1" (by SKU or name).'
    );
    expect(await refused(["quote", wb, "--deal", "D-105", "--line", "LAP-14:1"])).toMatch(
      /D-105 has no Account/u
    );
    expect(await refused(["quote", wb, "--deal", "D-104", "--line", "LAP-14:1"])).toMatch(
      /already Won/u
    );
    await build(wb, "--deal", "D-100", "--line", "BK-01:1");
    expect(await refused(["quote", "send", wb, "--quote", "Q-2099-0001"])).toBe(
      'dealdesk: Quotes: no quote "Q-2099-0001".'
    );
  });

  it("finds products by name too, and quotes a customer missing from Accounts by name", async () => {
    const q = await build(wb, "--deal", "D-103", "--line", "handbook:2");
    expect(q.net).toBe(49.8);
    expect(q.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ problem: expect.stringMatching(/no account "SIA Nav Kontā"/u) }),
      ])
    );
  });
});
