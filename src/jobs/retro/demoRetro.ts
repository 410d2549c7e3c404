/**
 * The demo's retrospective step (SPEC §9 `dealdesk demo`, issue #5): one complex deal of the
 * sample, chosen the same way every time.
 */
import { AppError } from "../../core/appError";
import type { IsoDate } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import { orderRetroCandidates } from "../../core/retro/complexDeal";
import { comparedQuote } from "../../core/retro/retroQuote";
import type { WorkbookPort } from "../../host/port";
import type { JobOptions } from "../jobOptions";
import { generateRetro, type RetroResult } from "./generateRetro";
import { quotesOfDeal } from "./retroQuotes";
import { readRetroSources } from "./retroSources";

/**
 * The retrospective of the first deal the Retro view offers (complex deals first, latest
 * closed first, as `listRetroCandidates` orders them) that has Actuals rows and an Accepted
 * quote, as of `today` — so its Retro sheet compares planned (the accepted quote's lines) with
 * actual (its Actuals rows) line by line. Throws AppError("BAD_INPUT") when no deal has both.
 *
 * @example (await demoRetro(port, "2026-11-27")).sheets // ["Retro D-…", "Mācības"]
 */
export async function demoRetro(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions
): Promise<RetroResult> {
  const src = await readRetroSources(port, today, options, {
    meetings: false,
    actuals: true,
    quotes: true,
  });
  const withActuals = new Set(src.actuals.map((a) => normalizeKey(a.dealId)));
  const chosen = orderRetroCandidates(src.deals.rows, (deal) =>
    quotesOfDeal(src.quotes, deal)
  ).find(
    ({ deal }) =>
      withActuals.has(normalizeKey(deal.id)) &&
      comparedQuote(quotesOfDeal(src.quotes, deal))?.accepted === true
  );
  if (!chosen) {
    throw new AppError(
      "BAD_INPUT",
      "No deal has both Actuals rows and an accepted quote: nothing to compare in a retrospective."
    );
  }
  return generateRetro(port, { ...options, dealId: chosen.deal.id, today });
}
