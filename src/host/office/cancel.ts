import { AppError } from "../../core/appError";

/**
 * Throws AppError("CANCELLED") when the job's signal was aborted. Checked between syncs, never in
 * the middle of one, so `state` can say exactly what was done.
 * @example throwIfCancelled(signal, "nothing was written.")
 */
export function throwIfCancelled(signal: AbortSignal | undefined, state: string): void {
  if (signal?.aborted) throw new AppError("CANCELLED", `Cancelled: ${state}`);
}
