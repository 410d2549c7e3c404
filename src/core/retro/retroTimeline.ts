/**
 * The timeline of a deal for its retrospective (SPEC §6): created, every quote and revision,
 * the deal's meetings, closed — in date order, undated events at the end.
 */
import type { Cents, Deal, IsoDate, Meeting, MeetingKind, MeetingStatus } from "../model";
import { sameName } from "../normalizeText";
import { quoteRevision, type RetroQuote } from "./retroQuote";

/** The deal was created (Deals: Created). */
export interface CreatedEvent {
  kind: "created";
  date: IsoDate | null;
}

/** A quote or revision was made (Quotes register). */
export interface QuoteEvent {
  kind: "quote";
  date: IsoDate | null;
  quoteId: string;
  /** Status as written in the register. */
  status: string;
  net: Cents | null;
  sentAt: IsoDate | null;
}

/** A meeting of the deal (Meetings with its Deal ID). */
export interface MeetingEvent {
  kind: "meeting";
  date: IsoDate;
  meetingId: string | null;
  meetingKind: MeetingKind | null;
  with: string;
  manager: string | null;
  city: string | null;
  status: MeetingStatus | null;
  travelCost: Cents | null;
}

/** The deal was won or lost (Deals: Stage, Closed on, Lost reason). */
export interface ClosedEvent {
  kind: "closed";
  date: IsoDate | null;
  outcome: "Won" | "Lost";
  lostReason: string | null;
}

/** One dated (or undated) event of a deal's history. */
export type RetroEvent = CreatedEvent | QuoteEvent | MeetingEvent | ClosedEvent;

const KIND_ORDER: Readonly<Record<RetroEvent["kind"], number>> = {
  created: 0,
  quote: 1,
  meeting: 2,
  closed: 3,
};

/**
 * The meetings of a deal: Deal ID equal to the deal's after trimming and ignoring case.
 *
 * @example meetingsOfDeal("D-1042", meetings).length // 2
 */
export function meetingsOfDeal(dealId: string, meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.dealId !== null && sameName(m.dealId, dealId));
}

/**
 * The timeline of a deal: created, its quotes (dated by Date, else Sent at), its meetings
 * (all of `meetings` whose Deal ID is the deal's, cancelled ones too), and closed (Won/Lost
 * only). Dated events come first in date order — on the same day: created, quotes (by
 * revision), meetings (by start time), closed; undated events follow, in that same order.
 *
 * @example
 * retroTimeline(deal, [quote], meetings).map((e) => e.kind) // ["created", "quote", "meeting", "closed"]
 */
export function retroTimeline(
  deal: Deal,
  quotes: readonly RetroQuote[],
  meetings: readonly Meeting[]
): RetroEvent[] {
  const events: Array<{ event: RetroEvent; rank: number }> = [];
  events.push({ event: { kind: "created", date: deal.created }, rank: 0 });
  for (const q of quotes) {
    const sentAt = q.sentAt ?? null;
    events.push({
      event: {
        kind: "quote",
        date: q.date ?? sentAt,
        quoteId: q.id,
        status: q.status,
        net: q.net,
        sentAt,
      },
      rank: quoteRevision(q.id),
    });
  }
  for (const m of meetingsOfDeal(deal.id, meetings)) {
    events.push({
      event: {
        kind: "meeting",
        date: m.date,
        meetingId: m.id,
        meetingKind: m.kind,
        with: m.with,
        manager: m.manager,
        city: m.city,
        status: m.status,
        travelCost: m.travelCost,
      },
      rank: m.start ?? 0,
    });
  }
  if (deal.stage === "Won" || deal.stage === "Lost") {
    events.push({
      event: {
        kind: "closed",
        date: deal.closedOn,
        outcome: deal.stage,
        lostReason: deal.stage === "Lost" ? deal.lostReason : null,
      },
      rank: 0,
    });
  }
  return events
    .map((e, index) => ({ ...e, index }))
    .sort(
      (a, b) =>
        Number(a.event.date === null) - Number(b.event.date === null) ||
        (a.event.date ?? "").localeCompare(b.event.date ?? "") ||
        KIND_ORDER[a.event.kind] - KIND_ORDER[b.event.kind] ||
        a.rank - b.rank ||
        a.index - b.index
    )
    .map((e) => e.event);
}
