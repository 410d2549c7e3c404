import { AppError, isAppError } from "../../core/appError";

/** What a call is about, so an error message can name it (e.g. the sheet that is protected). */
export interface ExcelScope {
  sheet?: string;
}

/** The parts of an `OfficeExtension.Error` we rely on (code, never the localized message). */
export interface OfficeErrorLike {
  code: string;
  message?: string;
  debugInfo?: unknown;
}

/** What `AppError.cause` holds for an Office error: the code and debugInfo for logs, and the original. */
export interface OfficeErrorCause {
  code: string;
  debugInfo: unknown;
  error: unknown;
}

/** True when `e` looks like an `OfficeExtension.Error` (duck-typed: works across realms and in tests). */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof e !== "object" || e === null) return false;
  const o = e as { code?: unknown; name?: unknown; debugInfo?: unknown };
  return (
    typeof o.code === "string" &&
    (o.name === "OfficeExtension.Error" || o.name === "RichApi.Error" || o.debugInfo !== undefined)
  );
}

function sheetName(scope: ExcelScope | undefined): string | null {
  return scope?.sheet ? `"${scope.sheet}"` : null;
}

/**
 * The one-line message a user sees for an Office error code. Chosen by `error.code`, never from
 * Office's localized message (which may be in another language, or name internals).
 *
 * @example officeErrorMessage("InvalidOperationInCellEditMode")
 *   // "Finish editing the cell (press Enter or Esc), then try again."
 */
export function officeErrorMessage(code: string, scope?: ExcelScope): string {
  const sheet = sheetName(scope);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "Finish editing the cell (press Enter or Esc), then try again.";
    case "AccessDenied":
      return sheet
        ? `Sheet ${sheet} is protected: unprotect sheet ${sheet} (Review > Unprotect Sheet), then try again.`
        : "The workbook or a sheet is protected: unprotect it (Review > Unprotect Sheet or Protect Workbook), then try again.";
    case "ItemNotFound":
      return sheet
        ? `Sheet ${sheet} is no longer in the workbook (renamed or deleted?): refresh Deal Desk and try again.`
        : "A sheet, table or name Deal Desk needs is no longer in the workbook: refresh Deal Desk and try again.";
    case "ItemAlreadyExists":
      return "A sheet, table or name with that name already exists: rename it, then try again.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "The data is too large for one request to Excel: try again with fewer rows (a shorter period or a smaller selection).";
    case "InvalidArgument":
      return sheet
        ? `Excel refused a value for sheet ${sheet} (invalid argument): check for merged or locked cells there, then try again.`
        : "Excel refused a value Deal Desk sent (invalid argument): try again, and report it if it persists.";
    case "InsertDeleteConflict":
    case "MergedRangeConflict":
    case "FilteredRangeConflict":
    case "PivotTableRangeConflict":
      return sheet
        ? `Merged cells, a filter or a pivot table on sheet ${sheet} are in the way: clear them, then try again.`
        : "Merged cells, a filter or a pivot table are in the way: clear them, then try again.";
    case "Conflict":
    case "RequestAborted":
      return "The workbook changed while Deal Desk was working (someone else editing?): try again.";
    case "ActivityLimitReached":
      return "Excel is busy with too many requests: wait a moment, then try again.";
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return "This version of Excel lacks a feature Deal Desk needs: update Office, or use Excel on the web.";
    case "UnsupportedSheet":
      return sheet
        ? `Sheet ${sheet} is of a kind Deal Desk cannot use (a macro or dialog sheet?): use a normal worksheet.`
        : "That sheet is of a kind Deal Desk cannot use: use a normal worksheet.";
    case "InvalidReference":
    case "InvalidSelection":
    case "InvalidBinding":
      return "Excel could not find the cells Deal Desk asked for: select a cell in a worksheet, then try again.";
    case "GeneralException":
      return "Excel could not complete the request: save your work, then try again.";
    default:
      return `Excel refused the request (${code}): try again, and report it if it persists.`;
  }
}

/**
 * Turns anything thrown inside `Excel.run` into an `AppError`: an `AppError` passes through; an
 * Office error becomes `AppError("OFFICE", message by code, { code, debugInfo, error })`; anything
 * else becomes `AppError("OFFICE", …, error)`.
 */
export function toAppError(e: unknown, scope?: ExcelScope): AppError {
  if (isAppError(e)) return e;
  if (isOfficeError(e)) {
    const cause: OfficeErrorCause = { code: e.code, debugInfo: e.debugInfo ?? null, error: e };
    return new AppError("OFFICE", officeErrorMessage(e.code, scope), cause);
  }
  return new AppError(
    "OFFICE",
    "Deal Desk hit an unexpected problem while talking to Excel: try again, and report it if it persists.",
    e
  );
}

/**
 * The ONE place `Excel.run` is called. Runs `fn` with a request context and converts every thrown
 * error into an `AppError` (see {@link toAppError}); `scope` names what the call is about for the
 * message. Never keep the context or its proxies beyond `fn`.
 *
 * @example
 * const names = await runExcel(async (context) => {
 *   const sheets = context.workbook.worksheets.load("items/name");
 *   await context.sync();
 *   return sheets.items.map((s) => s.name);
 * });
 */
export async function runExcel<T>(
  fn: (context: Excel.RequestContext) => Promise<T>,
  scope?: ExcelScope
): Promise<T> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    throw new AppError(
      "OFFICE",
      "Excel is not available here: open Deal Desk from the Excel ribbon."
    );
  }
  try {
    return await Excel.run(fn);
  } catch (e) {
    throw toAppError(e, scope);
  }
}
