/** Why a job could not run at all. Row problems are `Issue`s, never `AppError`s. */
export type AppErrorCode =
  | "BAD_INPUT" // the file is not a workbook / cannot be read
  | "MISSING_SHEET"
  | "MISSING_COLUMN"
  | "INVALID_SETTING"
  | "UNSUPPORTED_PARTS" // in-place write refused: the workbook holds parts the xlsx engine would drop
  | "WRITE_FAILED"
  | "OFFICE" // Excel refused a request (carries Office's code and debugInfo in `cause`)
  | "CANCELLED"
  | "USAGE"; // wrong command-line usage (exit code 2)

/**
 * The one error type of Deal Desk. `message` is a single line a user can act on
 * (what to fix, where); `cause` keeps the underlying error for logs, never for display.
 *
 * @example throw new AppError("MISSING_SHEET", "No Deals sheet: add a sheet named Deals or Darījumi.")
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  override readonly cause?: unknown;
  constructor(code: AppErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.cause = cause;
  }
}

/** True when `e` is an AppError (optionally with the given code). */
export function isAppError(e: unknown, code?: AppErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
