import {
  editingStatus,
  isExpired,
  parseQuoteStatus,
  QUOTE_STATUS_LABELS,
  QUOTE_STATUSES,
  transition,
  validUntil,
  type QuoteAction,
  type QuoteStatus,
  type TransitionContext,
} from "../../../src/core/quotes/status";

const VALID: TransitionContext = {
  approvalNeeded: false,
  approved: false,
  today: "2026-07-03",
  validUntil: "2026-08-02",
  quoteId: "Q-2026-0007",
};
const AFTER_EXPIRY = { ...VALID, today: "2026-08-03" };

const go = (from: QuoteStatus, action: QuoteAction, ctx: TransitionContext = VALID) => {
  const r = transition(from, action, ctx);
  return r.ok ? r.value : `refused: ${r.problem}`;
};

describe("quote status flow", () => {
  it("Draft → Needs approval → Approved → Sent → Accepted", () => {
    const needs = { ...VALID, approvalNeeded: true, approvalLevel: "Manager" };
    expect(editingStatus(needs)).toBe("Needs approval");
    expect(go("Needs approval", "approve", needs)).toBe("Approved");
    expect(editingStatus({ ...needs, approved: true })).toBe("Approved");
    expect(go("Approved", "send", { ...needs, approved: true })).toBe("Sent");
    expect(go("Sent", "accept")).toBe("Accepted");
  });

  it("a quote within every limit goes from Draft straight to Sent", () => {
    expect(editingStatus(VALID)).toBe("Draft");
    expect(go("Draft", "send")).toBe("Sent");
    expect(go("Sent", "reject")).toBe("Rejected");
  });

  it("Sent is refused while a needed approval is missing, naming the approver", () => {
    const needs = { ...VALID, approvalNeeded: true, approvalLevel: "Manager" };
    expect(go("Needs approval", "send", needs)).toBe(
      "refused: Q-2026-0007 needs approval by a Manager before it can be sent"
    );
    expect(go("Draft", "send", { ...needs, approvalLevel: "Director" })).toBe(
      "refused: Q-2026-0007 needs approval by a Director before it can be sent"
    );
    // A revision that lost its approval is back to needing one, even if it says Approved.
    expect(go("Approved", "send", needs)).toContain("needs approval by a Manager");
  });

  it("accepting is refused after the validity date; rejecting still works", () => {
    expect(go("Sent", "accept", { ...VALID, today: "2026-08-02" })).toBe("Accepted");
    expect(go("Sent", "accept", AFTER_EXPIRY)).toBe(
      "refused: Q-2026-0007 expired after 2026-08-02 and cannot be accepted: make a revision with a new validity date"
    );
    expect(go("Sent", "reject", AFTER_EXPIRY)).toBe("Rejected");
  });

  it("expires only after the whole last day", () => {
    expect(go("Sent", "expire", { ...VALID, today: "2026-08-02" })).toBe(
      "refused: Q-2026-0007 is valid through 2026-08-02"
    );
    expect(go("Sent", "expire", AFTER_EXPIRY)).toBe("Expired");
    expect(go("Draft", "expire", AFTER_EXPIRY)).toBe("Expired");
    expect(go("Accepted", "expire", AFTER_EXPIRY)).toBe(
      "refused: Q-2026-0007 is accepted and cannot expire"
    );
    expect(go("Draft", "send", AFTER_EXPIRY)).toContain("expired after 2026-08-02");
  });

  it("a revision supersedes any status but an accepted or already superseded one", () => {
    for (const s of [
      "Draft",
      "Needs approval",
      "Approved",
      "Sent",
      "Rejected",
      "Expired",
    ] as const) {
      expect(go(s, "supersede")).toBe("Superseded");
    }
    expect(go("Accepted", "supersede")).toContain("was accepted by the customer");
    expect(go("Superseded", "supersede")).toBe("refused: Q-2026-0007 is already superseded");
  });

  it("refuses what makes no sense, saying why", () => {
    expect(go("Draft", "approve")).toBe(
      "refused: Q-2026-0007 needs no approval: it is within every limit"
    );
    expect(go("Sent", "approve", { ...VALID, approvalNeeded: true })).toBe(
      "refused: Q-2026-0007 is sent: only a quote not yet sent can be approved"
    );
    expect(go("Needs approval", "accept")).toBe(
      "refused: Q-2026-0007 is waiting for approval: only a sent quote can be accepted"
    );
    expect(go("Sent", "send")).toBe("refused: Q-2026-0007 has already been sent");
    expect(go("Rejected", "reject")).toBe("refused: Q-2026-0007 is already rejected");
    expect(go("Superseded", "send")).toBe(
      "refused: Q-2026-0007 is superseded by a later revision and cannot be sent"
    );
    const anonymous: TransitionContext = {
      approvalNeeded: false,
      approved: false,
      today: "2026-07-03",
      validUntil: "2026-08-02",
    };
    expect(go("Sent", "send", anonymous)).toBe("refused: This quote has already been sent");
  });
});

describe("validity", () => {
  it("validUntil is the date plus the validity days", () => {
    expect(validUntil("2026-07-01", 30)).toBe("2026-07-31");
    expect(validUntil("2026-12-15", 30)).toBe("2027-01-14");
    expect(() => validUntil("2026-07-01", -1)).toThrow("not a whole number of days");
  });

  it("isExpired: valid through the whole last day", () => {
    expect(isExpired("2026-07-31", "2026-07-31")).toBe(false);
    expect(isExpired("2026-07-31", "2026-08-01")).toBe(true);
    expect(isExpired("2026-07-31", "2026-01-01")).toBe(false);
    expect(() => isExpired("31.07.2026", "2026-08-01")).toThrow('"31.07.2026" is not a date');
  });
});

describe("labels and reading statuses back", () => {
  it("has en and lv labels for every status", () => {
    expect(QUOTE_STATUSES.map((s) => QUOTE_STATUS_LABELS.lv[s])).toEqual([
      "Melnraksts",
      "Jāapstiprina",
      "Apstiprināts",
      "Nosūtīts",
      "Pieņemts",
      "Noraidīts",
      "Beidzies termiņš",
      "Aizstāts",
    ]);
  });

  it("reads what users type in the register, in either language", () => {
    for (const s of QUOTE_STATUSES) {
      expect(parseQuoteStatus(QUOTE_STATUS_LABELS.en[s])).toEqual({ ok: true, value: s });
      expect(parseQuoteStatus(QUOTE_STATUS_LABELS.lv[s].toUpperCase())).toEqual({
        ok: true,
        value: s,
      });
    }
    expect(parseQuoteStatus(" jaapstiprina ")).toEqual({ ok: true, value: "Needs approval" });
    expect(parseQuoteStatus("needs-approval")).toEqual({ ok: true, value: "Needs approval" });
    expect(parseQuoteStatus("Won")).toEqual({
      ok: false,
      problem:
        '"Won" is not a quote status — use one of Draft, Needs approval, Approved, Sent, Accepted, Rejected, Expired, Superseded',
    });
  });
});
