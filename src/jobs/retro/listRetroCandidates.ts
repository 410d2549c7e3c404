/**
 * The deals the Retro view offers (SPEC §10): won or lost deals with several lines first.
 */
import type { Issue, RowCounts } from "../../core/issue";
import type { IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import { todayIso } from "../../core/parseDate";
import { orderRetroCandidates } from "../../core/retro/complexDeal";
import type { WorkbookPort } from "../../host/port";
import type { JobOptions } from "../jobOptions";
import { quotesOfDeal } from "./retroQuotes";
import { readRetroSources } from "./retroSources";

/** One deal of the picker. */
export interface RetroCandidateItem {
  id: string;
  account: string | null;
  /** Canonical stage (Won, Lost, …), or the stage as written for an open one. */
  stage: string;
  closedOn: IsoDate | null;
  /** Counted lines of its accepted (or latest) quote; 0 without quotes. */
  lines: number;
  /** Won or lost with several lines. */
  complex: boolean;
  /** True when the Actuals sheet has rows of this deal. */
  hasActuals: boolean;
}

/** The picker's deals, with the rows read. */
export interface RetroCandidates {
  ok: true;
  candidates: RetroCandidateItem[];
  rows: RowCounts;
  issues: Issue[];
}

/**
 * Every deal of the Deals sheet in the order the Retro view offers them: complex deals (won or
 * lost, accepted quote of two lines or more) first, then by Closed on, latest first, then by
 * Deal ID (`orderRetroCandidates`). Reads Settings, Deals, Actuals and the registers; writes
 * nothing.
 *
 * @example (await listRetroCandidates(port)).candidates[0] // { id: "D-1042", stage: "Won", lines: 3, complex: true, … }
 */
export async function listRetroCandidates(
  port: WorkbookPort,
  options?: JobOptions & { today?: IsoDate }
): Promise<RetroCandidates> {
  const src = await readRetroSources(port, options?.today ?? todayIso(), options, {
    meetings: false,
    actuals: true,
    quotes: true,
  });
  const withActuals = new Set(src.actuals.map((a) => normalizeKey(a.dealId)));
  const ordered = orderRetroCandidates(src.deals.rows, (deal) => quotesOfDeal(src.quotes, deal));
  return {
    ok: true,
    candidates: ordered.map(({ deal, complex, lines }) => ({
      id: deal.id,
      account: deal.account,
      stage: deal.stage === "Open" ? deal.stageText : deal.stage,
      closedOn: deal.closedOn,
      lines,
      complex,
      hasActuals: withActuals.has(normalizeKey(deal.id)),
    })),
    rows: src.counts,
    issues: src.issues,
  };
}
