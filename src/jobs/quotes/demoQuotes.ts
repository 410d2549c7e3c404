/**
 * The demo's quote step (SPEC §9 `demo`, issue #4): on the sample workbook, three quotes that
 * show a quote's life — one needing approval and approved by a manager, one revised (R2, the
 * first Superseded), one accepted (its deal closed Won).
 */
import { AppError } from "../../core/appError";
import type { Deal, IsoDate, TeamMember } from "../../core/model";
import { normalizeKey, sameName } from "../../core/normalizeText";
import { canApprove } from "../../core/quotes/approval";
import type { WorkbookPort } from "../../host/port";
import type { JobOptions } from "../jobOptions";
import { buildQuote, type BuildQuoteResult, type QuoteLineRequest } from "./buildQuote";
import { findAccount, readQuoteContext, type QuoteContext } from "./quoteContext";
import { quoteAction } from "./quoteAction";

/** One demo quote: what it shows and where it ended. */
export interface DemoQuote {
  /** What the quote demonstrates, e.g. "approved by a manager". */
  story: string;
  quote: string;
  deal: string;
  status: string;
}

/** What the quote step did. */
export interface DemoQuotes {
  quotes: DemoQuote[];
  /** Sheets written, in order (each quote's customer sheet and internal view, the registers). */
  sheets: string[];
}

// From the sample's price list (sheets/sample/sampleProducts.ts).
const APPROVAL_LINES: QuoteLineRequest[] = [
  { sku: "HW-1001", qty: 2, discount: 0.15 }, // laptops, max discount 10 %
  { sku: "SV-3001", qty: 4 }, // installation hours
  { sku: "TR-4003", qty: 10, optional: true }, // e-learning, offered
];
const REVISED_LINES: QuoteLineRequest[] = [
  { sku: "HW-1004", qty: 5 }, // monitors
  { sku: "HW-1006", qty: 5 }, // docking stations
  { sku: "LG-5001", qty: 1 }, // delivery in Riga
];
const REVISION_LINES: QuoteLineRequest[] = [
  { sku: "HW-1004", qty: 8, discount: 0.05 },
  { sku: "HW-1006", qty: 8, discount: 0.05 },
  { sku: "LG-5001", qty: 1 },
];
const ACCEPTED_LINES: QuoteLineRequest[] = [
  { sku: "SW-2001", qty: 3 }, // accounting software
  { sku: "TR-4005", qty: 6 }, // individual training hours
  { sku: "HW-1021", qty: 2 }, // first-aid kits: 12 % VAT
];

/** Open deals whose customer is in Accounts, by Deal ID: the demo quotes the first three. */
function quotableDeals(ctx: QuoteContext): Deal[] {
  return ctx.deals.read.rows
    .filter((d) => d.stage !== "Won" && d.stage !== "Lost" && d.account !== null)
    .filter((d) => d.account !== null && findAccount(ctx, d.account) !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}

/** Who approves: the owner's manager when their role may, else the first Team member who may. */
function approver(ctx: QuoteContext, owner: string, level: string): TeamMember {
  const team = ctx.team?.read.rows ?? [];
  const levels = ctx.settings.approvalLevels;
  const own = team.find((m) => sameName(m.name, owner));
  const manager = own?.manager ? team.find((m) => sameName(m.name, own.manager ?? "")) : undefined;
  const found =
    (manager && canApprove(manager.role, level, levels) ? manager : undefined) ??
    team.find((m) => m.active && m.role === "Manager" && canApprove(m.role, level, levels)) ??
    team.find((m) => m.active && canApprove(m.role, level, levels));
  if (!found) throw new AppError("BAD_INPUT", `Team: no one may approve at the ${level} level.`);
  return found;
}

/**
 * Builds the demo's quotes on the sample workbook, on `today` (the sample's date):
 * 1. a quote with a laptop line 15 % off (its maximum is 10 %), which needs approval, approved
 *    by the owner's manager;
 * 2. a quote revised the same day with more monitors and docks at 5 % off: `-R2`, the first
 *    Superseded;
 * 3. a quote within every limit, confirmed by every department (the support rep), sent and
 *    accepted: its deal is closed Won with the quote's figures.
 * The deals are the first three open deals (by Deal ID) whose customer is in Accounts.
 *
 * @example const demo = await demoQuotes(port, "2026-11-27"); demo.quotes.map((q) => q.status) // ["Approved", "Draft", "Accepted"]
 */
export async function demoQuotes(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions
): Promise<DemoQuotes> {
  const ctx = await readQuoteContext(port, today, options);
  const [dealA, dealB, dealC] = quotableDeals(ctx);
  if (!dealA || !dealB || !dealC) {
    throw new AppError(
      "BAD_INPUT",
      "The demo needs three open deals whose customer is in Accounts."
    );
  }
  const support =
    ctx.team?.read.rows.find((m) => m.role === "Support" && m.active)?.name ?? "Deal Desk";
  const sheets: string[] = [];
  const quotes: DemoQuote[] = [];
  const noted = (r: BuildQuoteResult): BuildQuoteResult => {
    for (const s of r.sheets) if (!sheets.includes(s)) sheets.push(s);
    return r;
  };
  const build = async (
    dealId: string,
    lines: QuoteLineRequest[],
    revise?: string
  ): Promise<BuildQuoteResult> =>
    noted(
      await buildQuote(
        port,
        { dealId, lines, today, by: support, ...(revise !== undefined ? { revise } : {}) },
        options
      )
    );
  const confirmAll = async (r: BuildQuoteResult): Promise<void> => {
    for (const d of r.departments) {
      await quoteAction(
        port,
        {
          quote: r.quote,
          action: "confirm",
          department: d.department,
          by: support,
          today,
          at: `${today}T11:00`,
        },
        options
      );
    }
  };

  // 1. Needs approval, approved by a manager.
  const a = await build(dealA.id, APPROVAL_LINES);
  let statusA: string = a.status;
  if (a.approval.needed) {
    const who = approver(ctx, dealA.owner, a.approval.level ?? "Manager");
    const approved = await quoteAction(
      port,
      { quote: a.quote, action: "approve", by: who.name, today, at: `${today}T10:30` },
      options
    );
    statusA = approved.status;
  }
  quotes.push({
    story: "needs approval: approved by a manager",
    quote: a.quote,
    deal: dealA.id,
    status: statusA,
  });

  // 2. Revised: R2, the first Superseded.
  const b1 = await build(dealB.id, REVISED_LINES);
  const b2 = await build(dealB.id, REVISION_LINES, b1.quote);
  quotes.push({
    story: "revised: the first revision superseded",
    quote: b1.quote,
    deal: dealB.id,
    status: "Superseded",
  });
  quotes.push({
    story: "revised: the revision in force",
    quote: b2.quote,
    deal: dealB.id,
    status: b2.status,
  });

  // 3. Accepted: every department confirmed, sent, accepted; the deal closed Won.
  const c = await build(dealC.id, ACCEPTED_LINES);
  await confirmAll(c);
  await quoteAction(
    port,
    { quote: c.quote, action: "send", by: support, today, at: `${today}T12:00` },
    options
  );
  const accepted = await quoteAction(
    port,
    { quote: c.quote, action: "accept", by: dealC.owner, today, at: `${today}T15:00` },
    options
  );
  for (const s of accepted.sheets) if (!sheets.includes(s)) sheets.push(s);
  quotes.push({
    story: "accepted: the deal closed Won",
    quote: c.quote,
    deal: dealC.id,
    status: accepted.status,
  });

  // Keep the order stable and names unique (keys compare without case).
  const seen = new Set<string>();
  return {
    quotes,
    sheets: sheets.filter((s) => {
      const k = normalizeKey(s);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  };
}
