import { useCallback, useEffect, useRef, useState } from "react";
import { isAppError } from "../../core/appError";
import type { JobOptions, JobProgress } from "../../jobs/jobOptions";
import { useStrings } from "../i18n/strings";
import { fill } from "../i18n/fill";

/** Where a job stands, as the view shows it. */
export type JobStatus = "idle" | "running" | "done" | "failed" | "cancelled";

export interface JobState<T> {
  status: JobStatus;
  /** The last progress the job reported while running, else null. */
  progress: JobProgress | null;
  /** The result of the last run that finished, kept while a new run is going. */
  result: T | null;
  /** What to tell the user when the job failed or was cancelled (one line, never a stack). */
  message: string | null;
}

export interface JobControls<T, A extends unknown[]> {
  state: JobState<T>;
  /**
   * Starts the job (ignored while it runs). Resolves when it has settled — with the result, or null
   * when it failed, was cancelled or was already running; never rejects.
   */
  start: (...args: A) => Promise<T | null>;
  /** Aborts the running job's signal; the job stops at its next step. */
  cancel: () => void;
  /** Forgets the last result and message. */
  reset: () => void;
}

const IDLE = { status: "idle", progress: null, result: null, message: null } as const;

/**
 * Runs one job of the engine for a view: progress, cancellation (an AbortController per run,
 * aborted on unmount too), the result, and a message a user can act on when it fails.
 *
 * @example const check = useJob((options) => checkWorkbook(port, options));
 */
export function useJob<T, A extends unknown[] = []>(
  job: (options: JobOptions, ...args: A) => Promise<T>
): JobControls<T, A> {
  const { t, locale } = useStrings();
  const [state, setState] = useState<JobState<T>>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const jobRef = useRef(job);
  jobRef.current = job;

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (...args: A): Promise<T | null> => {
      if (controller.current) return null;
      const abort = new AbortController();
      controller.current = abort;
      setState((s) => ({ ...s, status: "running", progress: null, message: null }));
      const options: JobOptions = {
        signal: abort.signal,
        locale,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState((s) => ({ ...s, progress: { ...progress } }));
        },
      };
      try {
        const result = await jobRef.current(options, ...args);
        setState({ status: "done", progress: null, result, message: null });
        return result;
      } catch (e) {
        if (isAppError(e, "CANCELLED") || (abort.signal.aborted && !isAppError(e))) {
          setState((s) => ({
            ...s,
            status: "cancelled",
            progress: null,
            message: isAppError(e) ? e.message : null,
          }));
        } else {
          setState((s) => ({
            ...s,
            status: "failed",
            progress: null,
            message: errorMessage(e, t.unexpectedError),
          }));
        }
        return null;
      } finally {
        controller.current = null;
      }
    },
    [locale, t]
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState(IDLE), []);
  return { state, start, cancel, reset };
}

/**
 * The one line shown for an error: an AppError's own message (it says what to do); anything else
 * wrapped in the "unexpected" label with its message only — never a stack.
 */
export function errorMessage(e: unknown, unexpectedTemplate: string): string {
  if (isAppError(e)) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return fill(unexpectedTemplate, { message: message.split("\n")[0] ?? "" });
}
