/**
 * The demo's retrospective step (SPEC §9 `dealdesk demo`, issue #5): one complex deal of the
 * sample, chosen the same way every time.
 */
import { AppError } from "../../core/appError";
import type { IsoDate } from "../../core/model";
import type { WorkbookPort } from "../../host/port";
import type { JobOptions } from "../jobOptions";
import { generateRetro, type RetroResult } from "./generateRetro";
import { listRetroCandidates } from "./listRetroCandidates";

/**
 * The retrospective of the first deal the Retro view offers (complex deals first, latest
 * closed first) that has Actuals rows, as of `today`. Throws AppError("BAD_INPUT") when no deal
 * has Actuals rows.
 *
 * @example (await demoRetro(port, "2026-11-27")).sheets // ["Retro D-…", "Mācības"]
 */
export async function demoRetro(
  port: WorkbookPort,
  today: IsoDate,
  options?: JobOptions
): Promise<RetroResult> {
  const { candidates } = await listRetroCandidates(port, { ...options, today });
  const chosen = candidates.find((c) => c.hasActuals);
  if (!chosen) {
    throw new AppError("BAD_INPUT", "No deal has Actuals rows: nothing to run a retrospective on.");
  }
  return generateRetro(port, { ...options, dealId: chosen.id, today });
}
