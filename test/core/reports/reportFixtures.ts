/** Builders of typed rows for the report tests: only what a case needs is written out. */
import type { Deal, DealStage, Meeting, Target, TeamMember } from "../../../src/core/model";

let nextRow = 2;

/** A Deals row; money in cents. Stage Won by default. */
export function deal(fields: Partial<Deal> & { owner: string }): Deal {
  const row = fields.row ?? nextRow++;
  return {
    row,
    id: `D-${row}`,
    account: null,
    stage: "Won",
    stageText: fields.stage ?? "Won",
    probability: null,
    amount: null,
    revenue: null,
    cost: null,
    profit: null,
    margin: null,
    created: null,
    expectedClose: null,
    closedOn: null,
    lostReason: null,
    splitOwner: null,
    splitPercent: null,
    quoteId: null,
    travelCost: null,
    ...fields,
  };
}

/** A Team row (Rep, active, weight 1). */
export function member(
  name: string,
  manager: string | null,
  fields: Partial<TeamMember> = {}
): TeamMember {
  return {
    row: nextRow++,
    name,
    role: "Rep",
    manager,
    region: null,
    email: null,
    active: true,
    weight: 1,
    awayUntil: null,
    maxDiscount: null,
    ...fields,
  };
}

/** A Targets row; revenue target in cents. */
export function target(owner: string, period: string, revenueTarget: number): Target {
  return { row: nextRow++, owner, period, revenueTarget, profitTarget: null, marginTarget: null };
}

/** A Meetings row with a travel cost (cents) for a deal. */
export function meeting(
  dealId: string | null,
  travelCost: number | null,
  fields: Partial<Meeting> = {}
): Meeting {
  return {
    row: nextRow++,
    id: null,
    date: "2026-07-01",
    start: null,
    end: null,
    with: "SIA Koks",
    contact: null,
    manager: null,
    rep: null,
    city: null,
    kind: "Visit",
    status: "Done",
    dealId,
    travelCost,
    agenda: null,
    ...fields,
  };
}

/** SPEC §2 defaults: Prospecting 10 %, Qualification 20 %, Proposal 50 %, Negotiation 75 %. */
export const STAGE_PROBABILITIES: Readonly<Record<DealStage, number>> = {
  Prospecting: 0.1,
  Qualification: 0.2,
  Proposal: 0.5,
  Negotiation: 0.75,
  Won: 1,
  Lost: 0,
};
