import { AppError } from "../core/appError";
import type { Locale } from "../sheets/sheetKinds";

/** Progress of a job: `done` of `total` steps, with a short label for the user. */
export interface JobProgress {
  done: number;
  total: number;
  label: string;
}

/** What every job accepts: cancellation, progress, and the locale of the sheets it writes. */
export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (p: JobProgress) => void;
  /** Locale of generated sheets when Settings says "host decides"; default "en". */
  locale?: Locale;
}

/** Throws AppError("CANCELLED") when the job's signal was aborted. Call between steps. */
export function throwIfCancelled(options: JobOptions | undefined): void {
  if (options?.signal?.aborted)
    throw new AppError("CANCELLED", "Cancelled: nothing more was written.");
}
