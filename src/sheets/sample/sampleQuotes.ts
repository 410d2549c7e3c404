/**
 * The sample's quote history: the accepted (or rejected) quotes behind its closed deals, as a
 * team that has kept its quotes in Deal Desk for 18 months has them, and the Actuals of the won
 * deals derived from what was accepted.
 */
import { lineNetCents, multiplyCents, sumCents } from "../../core/money";
import { addDays } from "../../core/parseDate";
import { evaluateApproval, type ApprovalEvaluation } from "../../core/quotes/approval";
import { formatQuoteId, revisionId } from "../../core/quotes/numbering";
import { computeQuote, type QuoteLineInput } from "../../core/quotes/quoteMath";
import type { QuoteStatus } from "../../core/quotes/status";
import type { QuoteDocument } from "../quotes/quoteDocument";
import { defaultSettings } from "../settings";
import type { Locale } from "../sheetKinds";
import { isoFromDay } from "./sampleCalendar";
import {
  roundTo10Euro,
  type SampleActualLine,
  type SampleDeal,
  type SampleDealLine,
} from "./sampleDeals";
import type { SampleProduct } from "./sampleProducts";
import type { SampleRandom } from "./sampleRandom";
import { SAMPLE_TEAM_NAMES, type SampleTeamMember } from "./sampleTeam";

/**
 * One quote or revision of the sample's register, with what its register row says besides
 * the figures. Dates and times ISO (`2026-03-10`, `2026-03-10T14:30`).
 */
export interface SampleQuote {
  /** The quote as the quote jobs compute it (status Accepted, Rejected or Superseded). */
  document: QuoteDocument;
  /** The deal's Klients cell. */
  account: string;
  /** The language of the quote's own sheets: English for customers abroad. */
  locale: Locale;
  approval: ApprovalEvaluation;
  approvedBy: string | null;
  approvedAt: string | null;
  /** When it was sent to the customer. */
  sentAt: string;
  /** Who confirmed every line for its department (the support rep), and when. */
  confirmedBy: string;
  confirmedAt: string;
  /** Why a revision was made (on the revision), else null. */
  notes: string | null;
}

/** How the delivered lines of a won deal differ from its accepted quote. */
export type SampleDeviation =
  /** one line delivered in another quantity (billed at the quoted price) */
  | "quantity"
  /** a line delivered and billed that the quote did not have */
  | "extra line"
  /** one line cost more than quoted */
  | "cost overrun";

/** The sample's quote history. */
export interface SampleQuoteHistory {
  /** Every quote and revision in register order: by date, then number and revision. */
  quotes: SampleQuote[];
  /** Deal ID → how its Actuals differ from its accepted quote (empty: delivered as quoted). */
  deviations: Record<string, SampleDeviation[]>;
}

/** What the quote history is drawn from. */
export interface SampleQuotesInput {
  rng: SampleRandom;
  /** The sample's deals: those given quotes get their Quote ID, lines, amount, revenue, cost, actuals. */
  deals: SampleDeal[];
  products: readonly SampleProduct[];
  team: readonly SampleTeamMember[];
}

/** Won deals given Actuals (those with the most lines). */
const ACTUALS_DEALS = 45;
/** Other won deals, and lost deals, whose quotes the register holds. */
const OTHER_WON = 8;
const OTHER_LOST = 8;
const MAX_LINES = 5;
/** Lines delivered on top of a quote (hours of installation, consulting, assembly, travel). */
const EXTRA_SKUS = ["SV-3001", "SV-3002", "LG-5004", "SV-3010"];
/** Lines a first revision offered that the customer struck out. */
const STRUCK_SKUS = ["TR-4005", "SV-3002", "TR-4003", "LG-5005"];

const NOTES = {
  quantity: "Klients mainīja daudzumu",
  discount: "Atlaide pēc sarunām",
  removed: "Klients atteicās no pozīcijas",
} as const;

type RevisionChange = keyof typeof NOTES;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Builds the quote history of the sample, in place on `deals`:
 * - the 45 won deals with the most lines each get an Accepted quote, and their Actuals derived
 *   from its lines with realistic deviations (one line in another quantity, an extra line not
 *   quoted, a cost overrun) — the latest closed of them shows all three; their Ieņēmumi and
 *   Izmaksas become the sums of those Actuals;
 * - 8 other won deals get an Accepted quote (Ieņēmumi = its net, the cost its cost, as closing
 *   a deal from its quote writes them), 8 lost deals a Rejected one;
 * - each quote has 2–5 lines of the deal, at list price with the deal's line discounts; about
 *   a third were revised once (`-R2`: the first Superseded, with a note why); figures by
 *   {@link computeQuote} with the default Settings (VAT per rate), approval by
 *   {@link evaluateApproval} (given by the rep's manager, or the director above the manager's
 *   limit), every line confirmed by its department, every quote sent;
 * - dates between the deal's Created and the day before its Closed on; numbers in the default
 *   format `Q-{YYYY}-{####}`, counting up per year of the quote's date in date order;
 * - each such deal's Quote ID is its final quote (accepted, or rejected), its lines and Summa
 *   those of that quote. Every other deal has no Quote ID.
 *
 * @example
 * const history = sampleQuotes({ rng, deals, products, team });
 * history.quotes.filter((q) => q.document.status === "Accepted").length // 53
 */
export function sampleQuotes(input: SampleQuotesInput): SampleQuoteHistory {
  const { rng, deals, products, team } = input;
  const settings = defaultSettings();
  const product = new Map(products.map((p) => [p.sku, p]));
  const member = new Map(team.map((m) => [m.name, m]));
  const rules = {
    marginFloor: settings.marginFloor,
    defaultRepDiscount: settings.defaultDiscountLimit,
    levels: settings.approvalLevels,
  };

  for (const d of deals) d.quoteId = null;
  const won = deals.filter((d) => d.stage === "Won" && d.closedOn !== null);
  const withActuals = won
    .filter((d) => d.lines.length >= 3)
    .sort((a, b) => b.lines.length - a.lines.length || (a.id < b.id ? -1 : 1))
    .slice(0, ACTUALS_DEALS);
  const actualIds = new Set(withActuals.map((d) => d.id));
  const otherWon = rng.sample(
    won.filter((d) => !actualIds.has(d.id) && d.lines.length >= 2),
    OTHER_WON
  );
  const lost = rng.sample(
    deals.filter((d) => d.stage === "Lost" && d.closedOn !== null && d.lines.length >= 2),
    OTHER_LOST
  );
  const quoted = [...withActuals, ...otherWon, ...lost].sort((a, b) => (a.id < b.id ? -1 : 1));

  const quoteLine = (l: SampleDealLine): QuoteLineInput => {
    const p = product.get(l.sku);
    if (!p) throw new Error(`sample product ${l.sku} missing`);
    return {
      sku: p.sku,
      description: p.name,
      department: p.department,
      qty: l.qty,
      unit: p.unit,
      unitPrice: p.listPrice,
      listPrice: p.listPrice,
      discount: l.discount,
      vatRate: p.vatRate,
      optional: false,
      unitCost: p.unitCost,
      maxDiscount: p.maxDiscount,
    };
  };
  const at = (day: number, hour: number): string =>
    `${isoFromDay(day)}T${pad2(hour)}:${pad2(rng.int(0, 11) * 5)}`;

  interface Draft {
    deal: SampleDeal;
    /** Lines of each revision, oldest first. */
    versions: QuoteLineInput[][];
    days: number[];
    change: RevisionChange | null;
  }
  const drafts: Draft[] = quoted.map((deal) => {
    // The main line and the largest others, in the deal's order.
    const ranked = deal.lines
      .map((l, i) => ({ i, net: lineNetCents(l.qty, l.unitPrice, l.discount) }))
      .slice(1)
      .sort((a, b) => b.net - a.net || a.i - b.i)
      .slice(0, MAX_LINES - 1)
      .map((x) => x.i);
    const keep = new Set([0, ...ranked]);
    const final = deal.lines.filter((_, i) => keep.has(i)).map(quoteLine);
    const closed = deal.closedOn ?? deal.created + 1;
    const span = Math.max(1, closed - deal.created);
    const last = closed - rng.int(1, Math.min(14, span));
    if (!rng.chance(0.33)) return { deal, versions: [final], days: [last], change: null };

    const skus = new Set(final.map((l) => l.sku));
    const struck = STRUCK_SKUS.filter((s) => !skus.has(s));
    const changes: RevisionChange[] = ["quantity", "discount"];
    if (final.length < MAX_LINES && struck.length > 0) changes.push("removed");
    const change = rng.pick(changes);
    const first = final.map((l) => ({ ...l }));
    const k = rng.int(0, first.length - 1);
    const line = first[k];
    if (change === "quantity" && line) {
      line.qty += rng.int(1, 4);
    } else if (change === "discount" && line) {
      // The first offer was at list price; the final one carries the negotiated discount.
      const target = final[k];
      if (target && target.discount === 0) {
        target.discount = Math.min(0.05, target.maxDiscount ?? 0.05);
      }
      line.discount = 0;
    } else {
      const extra = quoteLine({ ...sampleLine(product, rng.pick(struck)), qty: rng.int(2, 10) });
      first.splice(rng.int(1, first.length), 0, extra);
    }
    const firstDay = last - rng.int(0, Math.min(10, last - deal.created));
    return { deal, versions: [first, final], days: [firstDay, last], change };
  });

  // Numbers: per year of the first revision's date, in date order.
  const counters = new Map<string, number>();
  const numbered = drafts
    .slice()
    .sort((a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0) || (a.deal.id < b.deal.id ? -1 : 1));
  const support = team.find((m) => m.role === "Support")?.name ?? SAMPLE_TEAM_NAMES.support;
  const director = team.find((m) => m.role === "Director")?.name ?? SAMPLE_TEAM_NAMES.director;
  const made: { quote: SampleQuote; day: number; order: number }[] = [];
  const deviations: Record<string, SampleDeviation[]> = {};
  const latestActual = withActuals
    .slice()
    .sort((a, b) => (b.closedOn ?? 0) - (a.closedOn ?? 0) || (a.id < b.id ? -1 : 1))[0];

  numbered.forEach((draft, order) => {
    const { deal } = draft;
    const firstDate = isoFromDay(draft.days[0] ?? deal.created);
    const year = firstDate.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const base = formatQuoteId(settings.quoteNumberFormat, firstDate, n);
    const owner = member.get(deal.owner);
    const manager = owner?.manager ?? director;
    const locale: Locale = deal.company.country === "LV" ? "lv" : "en";

    const finalStatus: QuoteStatus = deal.stage === "Won" ? "Accepted" : "Rejected";
    draft.versions.forEach((lines, r) => {
      const day = draft.days[r] ?? deal.created;
      const date = isoFromDay(day);
      const totals = computeQuote({ lines, quoteDiscount: 0, vatRounding: settings.vatRounding });
      const approval = evaluateApproval({
        totals,
        lines,
        quoteDiscount: 0,
        repMaxDiscount: owner?.maxDiscount ?? null,
        rules,
      });
      const latest = r === draft.versions.length - 1;
      const document: QuoteDocument = {
        id: revisionId(base, r + 1),
        dealId: deal.id,
        date,
        validUntil: addDays(date, settings.quoteValidityDays),
        owner: deal.owner,
        status: latest ? finalStatus : "Superseded",
        lines,
        quoteDiscount: 0,
        vatRounding: settings.vatRounding,
        totals,
        currency: settings.currency,
      };
      made.push({
        day,
        order: order * 10 + r,
        quote: {
          document,
          account: deal.accountName,
          locale,
          approval,
          approvedBy: approval.needed ? (approval.level === "Director" ? director : manager) : null,
          approvedAt: approval.needed ? at(day, 11) : null,
          sentAt: at(day, 14),
          confirmedBy: support,
          confirmedAt: at(day, 9),
          notes: r > 0 && draft.change ? NOTES[draft.change] : null,
        },
      });
    });

    // The deal as its final quote left it.
    const final = draft.versions[draft.versions.length - 1] ?? [];
    const finalDoc = made[made.length - 1]?.quote.document;
    if (!finalDoc) return;
    deal.quoteId = finalDoc.id;
    deal.lines = final.map((l) => ({
      sku: l.sku ?? "",
      qty: l.qty,
      unitPrice: l.unitPrice,
      discount: l.discount,
      unitCost: l.unitCost ?? 0,
    }));
    deal.amount = roundTo10Euro(finalDoc.totals.net);
    if (deal.stage !== "Won") return;
    if (actualIds.has(deal.id)) {
      const delivered = deliver(rng, final, product, deal === latestActual);
      deal.actuals = delivered.lines;
      deviations[deal.id] = delivered.deviations;
      deal.revenue = sumCents(delivered.lines.map((a) => a.revenue));
      deal.cost = sumCents(delivered.lines.map((a) => a.cost));
      deal.costMode = "cost";
    } else {
      deal.revenue = finalDoc.totals.net;
      deal.cost = finalDoc.totals.cost;
    }
  });

  made.sort((a, b) => a.day - b.day || a.order - b.order);
  // Actuals listed in deal order, as the Fakts sheet shows them.
  const ordered: Record<string, SampleDeviation[]> = {};
  for (const d of deals) {
    const found = deviations[d.id];
    if (found) ordered[d.id] = found;
  }
  return { quotes: made.map((m) => m.quote), deviations: ordered };
}

/** A deal line of a product at its list price. */
function sampleLine(product: ReadonlyMap<string, SampleProduct>, sku: string): SampleDealLine {
  const p = product.get(sku);
  if (!p) throw new Error(`sample product ${sku} missing`);
  return { sku, qty: 1, unitPrice: p.listPrice, discount: 0, unitCost: p.unitCost };
}

/**
 * What was delivered and billed against an accepted quote: every line as quoted (net as the
 * quote computes it, cost = qty × unit cost), then deviations — each by chance, or all three
 * when `all`: one line in another quantity, an extra line not quoted (at list price), one
 * line's cost 8–30 % over.
 */
function deliver(
  rng: SampleRandom,
  lines: readonly QuoteLineInput[],
  product: ReadonlyMap<string, SampleProduct>,
  all: boolean
): { lines: SampleActualLine[]; deviations: SampleDeviation[] } {
  const delivered = (l: QuoteLineInput, qty: number): SampleActualLine => ({
    sku: l.sku ?? l.description,
    qty,
    revenue: lineNetCents(qty, l.unitPrice, l.discount),
    cost: multiplyCents(l.unitCost ?? 0, qty),
  });
  const out = lines.map((l) => delivered(l, l.qty));
  const deviations: SampleDeviation[] = [];

  if (all || rng.chance(0.45)) {
    const k = rng.int(0, lines.length - 1);
    const l = lines[k];
    if (l) {
      const step = rng.pick([-2, -1, 1, 2, 3]);
      const qty = l.qty + step >= 1 ? l.qty + step : l.qty + Math.abs(step);
      out[k] = delivered(l, qty);
      deviations.push("quantity");
    }
  }
  if (all || rng.chance(0.35)) {
    const quotedSkus = new Set(lines.map((l) => l.sku));
    const sku = rng.pick(EXTRA_SKUS.filter((s) => !quotedSkus.has(s)));
    const p = product.get(sku);
    if (p) {
      const qty = rng.int(2, 16);
      out.push({
        sku,
        qty,
        revenue: lineNetCents(qty, p.listPrice, 0),
        cost: multiplyCents(p.unitCost, qty),
      });
      deviations.push("extra line");
    }
  }
  if (all || rng.chance(0.4)) {
    const k = rng.int(0, lines.length - 1);
    const a = out[k];
    if (a) {
      a.cost = multiplyCents(a.cost, 1.08 + rng.int(0, 22) / 100);
      deviations.push("cost overrun");
    }
  }
  return { lines: out, deviations };
}
