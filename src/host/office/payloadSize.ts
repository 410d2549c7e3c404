/**
 * Payload budgeting for Excel requests. Excel on the web refuses a request or a response larger
 * than 5 MB (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`); desktop Excel
 * has no such limit but gains nothing from bigger batches. We aim every sync at ≤ 4 MiB of data,
 * which leaves room for the protocol's own framing (object paths, action ids).
 */

/** Data bytes we put in one sync (request or response): 4 MiB. */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/** What Excel on the web refuses, per request and per response: 5 MB. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Bytes we reserve per queued API call for its framing (object path, method, property name). */
export const CALL_OVERHEAD_BYTES = 256;

/**
 * UTF-8 length of a string, in bytes, without allocating.
 * @example utf8Length("Rīga") → 5
 */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of `value` as JSON (what Excel's protocol carries). @example jsonBytes([["a", 1]]) → 9 */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
