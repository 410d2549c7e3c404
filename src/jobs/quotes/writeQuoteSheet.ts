import type { SheetPlan, WorkbookPort } from "../../host/port";
import { freeSheetName, type ExistingSheet } from "../../sheets/sheetNames";
import type { JobOptions } from "../jobOptions";

/**
 * Writes one of a quote's sheets under a free name (SPEC §8): it replaces only the sheet this
 * very plan's kind made before (the same quote's customer or internal sheet); a user's sheet of
 * that name is never touched — the new one becomes `Name (2)`. `existing` is kept up to date.
 * Returns the name written.
 *
 * @example await writeQuoteSheet(port, customerQuotePlan(…), existing) // "Q-2026-0007"
 */
export async function writeQuoteSheet(
  port: WorkbookPort,
  plan: SheetPlan,
  existing: ExistingSheet[],
  options?: JobOptions
): Promise<string> {
  const { name, replaces } = freeSheetName(plan.name, existing, {
    replaceKind: (kind) => kind === plan.kind,
  });
  const written = await port.writeSheet({ ...plan, name }, options);
  if (replaces === null) existing.push({ name: written, ours: plan.kind });
  return written;
}
