/**
 * Hand-made deals for the retrospective tests, with their figures worked out by hand in the
 * comments (money in cents: 800000 = 8 000,00 €).
 */
import type { Actual, Deal, Meeting } from "../../../src/core/model";
import type { RetroInput } from "../../../src/core/retro/retroData";
import type { RetroQuote, RetroQuoteLine } from "../../../src/core/retro/retroQuote";

/** A Deals row, Won by default; money in cents. */
export function deal(fields: Partial<Deal> & { id: string }): Deal {
  return {
    row: 2,
    account: "SIA Koks",
    owner: "Anna Bērziņa",
    stage: "Won",
    stageText: fields.stage ?? "Won",
    probability: null,
    amount: null,
    revenue: null,
    cost: null,
    profit: null,
    margin: null,
    created: null,
    expectedClose: null,
    closedOn: null,
    lostReason: null,
    splitOwner: null,
    splitPercent: null,
    quoteId: null,
    travelCost: null,
    ...fields,
  };
}

/** A counted quote line. */
export function line(
  sku: string | null,
  description: string,
  qty: number,
  net: number,
  cost: number | null,
  optional = false
): RetroQuoteLine {
  return { sku, description, qty, net, cost, optional };
}

let meetingRow = 2;

/** A Meetings row of a deal. */
export function meeting(
  fields: Partial<Meeting> & { date: string; dealId: string | null }
): Meeting {
  return {
    row: meetingRow++,
    id: null,
    start: null,
    end: null,
    with: "SIA Koks",
    contact: null,
    manager: "Jānis Ozols",
    rep: "Anna Bērziņa",
    city: "Rīga",
    kind: "Visit",
    status: "Done",
    travelCost: null,
    agenda: null,
    ...fields,
  };
}

let actualRow = 2;

/** An Actuals row. */
export function actual(
  dealId: string,
  sku: string | null,
  qty: number | null,
  revenue: number | null,
  cost: number | null
): Actual {
  return { row: actualRow++, dealId, sku, qty, revenue, cost };
}

/**
 * D-1042, won: revision R1 superseded by R2, which was accepted with 3 counted lines (and one
 * optional). Revenue 12 000,00 with Margin 30 % → cost 8 400,00; travel 50,00 on the row
 * + 120,00 of a meeting (the cancelled meeting's 80,00 does not count) = 170,00.
 *
 * Planned (R2):  SRV-1 8 000,00 / 6 000,00 · SW-10 2 000,00 / 500,00 · Installation 2 000,00 / 1 000,00
 * Actuals:       SRV-1 8 000,00 / 6 200,00 · "installation" 2 000,00 / 1 300,00 · TRN-1 1 500,00 / 400,00
 * → SW-10 not delivered, TRN-1 not quoted.
 */
export function wonDeal(): RetroInput {
  const d = deal({
    id: "D-1042",
    created: "2026-01-10",
    expectedClose: "2026-03-31",
    closedOn: "2026-03-20",
    revenue: 1200000,
    margin: 0.3,
    travelCost: 5000,
  });
  const r1: RetroQuote = {
    id: "Q-2026-0007",
    status: "Superseded",
    date: "2026-02-01",
    net: 1300000,
    cost: 850000,
    lines: [
      line("SRV-1", "Server", 2, 1000000, 700000),
      line(null, "Installation", 1, 300000, 150000),
    ],
  };
  const r2: RetroQuote = {
    id: "Q-2026-0007-R2",
    status: "Accepted",
    date: "2026-02-20",
    sentAt: "2026-02-21",
    net: 1200000,
    cost: 750000,
    lines: [
      line("SRV-1", "Server", 2, 800000, 600000),
      line("SW-10", "Licences", 10, 200000, 50000),
      line(null, "Installation", 1, 200000, 100000),
      line("SUP-1", "Support (optional)", 1, 50000, 10000, true),
    ],
  };
  return {
    deal: d,
    quotes: [r2, r1],
    meetings: [
      meeting({ date: "2026-01-20", dealId: "d-1042 ", travelCost: 12000, id: "M-1" }),
      meeting({ date: "2026-02-15", dealId: "D-1042", kind: "Video", city: null, id: "M-2" }),
      meeting({
        date: "2026-03-01",
        dealId: "D-1042",
        status: "Cancelled",
        travelCost: 8000,
        id: "M-3",
      }),
      meeting({ date: "2026-02-02", dealId: "D-2000", travelCost: 99900, id: "M-4" }),
    ],
    actuals: [
      actual("D-1042", "SRV-1", 2, 800000, 620000),
      actual("D-1042", "installation", 1, 200000, 130000),
      actual("D-1042", "TRN-1", 1, 150000, 40000),
      actual("D-2000", "SRV-1", 5, 999900, 1),
    ],
    today: "2026-07-05",
  };
}

/**
 * D-1050, lost on price: R1 superseded, R2 rejected (no accepted quote: compared with R2, two
 * lines 3 000,00 / 2 000,00 and 2 000,00 / 1 500,00); one meeting with 200,00 travel; no Actuals.
 */
export function lostDeal(): RetroInput {
  return {
    deal: deal({
      id: "D-1050",
      account: "AS Dzintars",
      stage: "Lost",
      created: "2026-02-01",
      closedOn: "2026-04-10",
      lostReason: "Price",
      amount: 500000,
    }),
    quotes: [
      {
        id: "Q-2026-0010",
        status: "Superseded",
        date: "2026-02-10",
        net: 550000,
        cost: 380000,
        lines: [line("A-1", "Alpha", 1, 350000, 230000), line("B-1", "Beta", 1, 200000, 150000)],
      },
      {
        id: "Q-2026-0010-R2",
        status: "Rejected",
        date: "2026-03-01",
        net: 500000,
        cost: 350000,
        lines: [line("A-1", "Alpha", 1, 300000, 200000), line("B-1", "Beta", 1, 200000, 150000)],
      },
    ],
    meetings: [meeting({ date: "2026-02-20", dealId: "D-1050", travelCost: 20000 })],
    actuals: [],
    today: "2026-07-05",
  };
}

/** D-1060, won without any quote: Revenue 3 000,00, Cost 2 000,00; one Actuals row. */
export function dealWithoutQuotes(): RetroInput {
  return {
    deal: deal({
      id: "D-1060",
      created: "2026-05-01",
      closedOn: "2026-05-20",
      revenue: 300000,
      cost: 200000,
    }),
    quotes: [],
    meetings: [],
    actuals: [actual("D-1060", "X-1", 1, 310000, 190000)],
    today: "2026-07-05",
  };
}
