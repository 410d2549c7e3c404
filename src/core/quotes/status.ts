/**
 * The life of a quote (SPEC §4): Draft → Needs approval → Approved → Sent → Accepted / Rejected /
 * Expired, and Superseded when a revision replaces it. Validity runs through the whole last day.
 */
import type { IsoDate } from "../model";
import { normalizeKey } from "../normalizeText";
import { addDays, isIsoDate } from "../parseDate";
import { fail, ok, type Parsed } from "../parsed";

/** The statuses of a quote, in the order of its life. */
export const QUOTE_STATUSES = [
  "Draft",
  "Needs approval",
  "Approved",
  "Sent",
  "Accepted",
  "Rejected",
  "Expired",
  "Superseded",
] as const;

/** A quote's status. @example "Needs approval" */
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** What a user does to a quote's status. */
export type QuoteAction = "approve" | "send" | "accept" | "reject" | "expire" | "supersede";

/**
 * Status labels for sheets and the task pane, per locale.
 *
 * @example QUOTE_STATUS_LABELS.lv["Needs approval"] === "Jāapstiprina"
 */
export const QUOTE_STATUS_LABELS: Readonly<
  Record<"en" | "lv", Readonly<Record<QuoteStatus, string>>>
> = {
  en: {
    Draft: "Draft",
    "Needs approval": "Needs approval",
    Approved: "Approved",
    Sent: "Sent",
    Accepted: "Accepted",
    Rejected: "Rejected",
    Expired: "Expired",
    Superseded: "Superseded",
  },
  lv: {
    Draft: "Melnraksts",
    "Needs approval": "Jāapstiprina",
    Approved: "Apstiprināts",
    Sent: "Nosūtīts",
    Accepted: "Pieņemts",
    Rejected: "Noraidīts",
    Expired: "Beidzies termiņš",
    Superseded: "Aizstāts",
  },
};

const BY_KEY = new Map<string, QuoteStatus>();
for (const s of QUOTE_STATUSES) {
  BY_KEY.set(normalizeKey(QUOTE_STATUS_LABELS.en[s]), s);
  BY_KEY.set(normalizeKey(QUOTE_STATUS_LABELS.lv[s]), s);
}

/**
 * A status as a user wrote it in the register (English or Latvian; case, spacing, punctuation
 * and diacritics ignored).
 *
 * @example parseQuoteStatus("jaapstiprina") // ok "Needs approval"
 */
export function parseQuoteStatus(text: string): Parsed<QuoteStatus> {
  const status = BY_KEY.get(normalizeKey(text));
  if (status !== undefined) return ok(status);
  return fail(`"${text.trim()}" is not a quote status — use one of ${QUOTE_STATUSES.join(", ")}`);
}

/**
 * True when a quote valid until `validUntil` has expired on `today`: a quote is valid through
 * the whole of its last day, so it expires only when today is later. Throws RangeError on a
 * date that is not `YYYY-MM-DD`.
 *
 * @example isExpired("2026-07-31", "2026-07-31") === false; isExpired("2026-07-31", "2026-08-01") === true
 */
export function isExpired(validUntil: IsoDate, today: IsoDate): boolean {
  for (const d of [validUntil, today]) {
    if (!isIsoDate(d)) throw new RangeError(`"${d}" is not a date YYYY-MM-DD`);
  }
  return today > validUntil;
}

/**
 * The last day a quote dated `date` is valid for `days` days: `date + days`.
 *
 * @example validUntil("2026-07-01", 30) === "2026-07-31"
 */
export function validUntil(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Validity ${days} is not a whole number of days ≥ 0`);
  }
  return addDays(date, days);
}

/**
 * The status of a quote being edited (before it is sent): Needs approval while an approval is
 * needed and not given, Approved when it is, else Draft.
 *
 * @example editingStatus({ approvalNeeded: true, approved: false }) === "Needs approval"
 */
export function editingStatus(ctx: { approvalNeeded: boolean; approved: boolean }): QuoteStatus {
  if (!ctx.approvalNeeded) return "Draft";
  return ctx.approved ? "Approved" : "Needs approval";
}

/** What {@link transition} needs to know about the quote. */
export interface TransitionContext {
  approvalNeeded: boolean;
  /** An approval covering the current figures has been recorded. */
  approved: boolean;
  today: IsoDate;
  validUntil: IsoDate;
  /** Named in refusals, e.g. "Q-2026-0007"; default "This quote". */
  quoteId?: string;
  /** The role whose approval is needed, named in refusals, e.g. "Manager". */
  approvalLevel?: string | null;
}

const OPEN: readonly QuoteStatus[] = ["Draft", "Needs approval", "Approved", "Sent"];

/** How refusals describe a status: "Q-2026-0007 is still a draft …". */
const STATE: Readonly<Record<QuoteStatus, string>> = {
  Draft: "still a draft",
  "Needs approval": "waiting for approval",
  Approved: "approved but not sent yet",
  Sent: "sent",
  Accepted: "accepted",
  Rejected: "rejected",
  Expired: "expired",
  Superseded: "superseded by a later revision",
};

function article(role: string): string {
  return /^[aeiou]/iu.test(role) ? "an" : "a";
}

/**
 * The status after an action, or why the action is refused (a sentence naming the quote):
 * - approve: Draft or Needs approval → Approved, only when approval is needed;
 * - send: Draft, Needs approval or Approved → Sent, refused while a needed approval is missing
 *   or once the quote has expired;
 * - accept / reject: Sent → Accepted / Rejected; accepting is refused after the validity date;
 * - expire: any open status (Draft … Sent) → Expired, only once today is after the validity date;
 * - supersede (a revision replaces it): any status except Accepted and Superseded → Superseded.
 *
 * @example transition("Needs approval", "send", { approvalNeeded: true, approved: false, today: "2026-07-03", validUntil: "2026-08-02", quoteId: "Q-2026-0007", approvalLevel: "Manager" })
 * // { ok: false, problem: "Q-2026-0007 needs approval by a Manager before it can be sent" }
 */
export function transition(
  from: QuoteStatus,
  action: QuoteAction,
  ctx: TransitionContext
): Parsed<QuoteStatus> {
  const id = ctx.quoteId ?? "This quote";
  const expired = isExpired(ctx.validUntil, ctx.today);
  const cannot = (why: string): Parsed<QuoteStatus> => fail(`${id} ${why}`);
  switch (action) {
    case "approve":
      if (from === "Approved") return cannot("is already approved");
      if (from !== "Draft" && from !== "Needs approval") {
        return cannot(`is ${STATE[from]}: only a quote not yet sent can be approved`);
      }
      if (!ctx.approvalNeeded) return cannot("needs no approval: it is within every limit");
      return ok("Approved");
    case "send":
      if (from === "Sent") return cannot("has already been sent");
      if (!OPEN.includes(from)) return cannot(`is ${STATE[from]} and cannot be sent`);
      if (ctx.approvalNeeded && !ctx.approved) {
        const level = ctx.approvalLevel;
        const by = level ? ` by ${article(level)} ${level}` : "";
        return cannot(`needs approval${by} before it can be sent`);
      }
      if (expired) {
        return cannot(`expired after ${ctx.validUntil}: make a revision with a new validity date`);
      }
      return ok("Sent");
    case "accept":
    case "reject": {
      const verb = action === "accept" ? "accepted" : "rejected";
      if (from !== "Sent") {
        return cannot(
          from === "Accepted" || from === "Rejected"
            ? `is already ${STATE[from]}`
            : `is ${STATE[from]}: only a sent quote can be ${verb}`
        );
      }
      if (action === "accept" && expired) {
        return cannot(
          `expired after ${ctx.validUntil} and cannot be accepted: make a revision with a new validity date`
        );
      }
      return ok(action === "accept" ? "Accepted" : "Rejected");
    }
    case "expire":
      if (!OPEN.includes(from)) return cannot(`is ${STATE[from]} and cannot expire`);
      if (!expired) return cannot(`is valid through ${ctx.validUntil}`);
      return ok("Expired");
    case "supersede":
      if (from === "Superseded") return cannot("is already superseded");
      if (from === "Accepted") {
        return cannot("was accepted by the customer: an accepted quote is not revised");
      }
      return ok("Superseded");
  }
}
