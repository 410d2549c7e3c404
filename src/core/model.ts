/**
 * The typed rows of the team's sheets (SPEC §2), after reading and validation.
 * Units: money in integer cents; ratios as fractions (0.15 = 15 %); dates as ISO `YYYY-MM-DD`
 * strings (a date is a calendar day, never an instant, so it cannot shift between time zones);
 * times of day as minutes after midnight. Every row keeps `row`, its row number as Excel shows it.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Integer minor units (cents) of the workbook's currency. */
export type Cents = number;

/** Where a typed row came from. */
export interface RowRef {
  /** Excel row number, 1-based. */
  row: number;
}

export type Role = "Rep" | "Manager" | "Support" | "Director";

export interface TeamMember extends RowRef {
  name: string;
  role: Role;
  manager: string | null;
  region: string | null;
  email: string | null;
  active: boolean;
  /** Round-robin share, default 1. */
  weight: number;
  awayUntil: IsoDate | null;
  /** The rep's own discount limit, fraction. */
  maxDiscount: number | null;
}

export type LeadStatus =
  | "New"
  | "Researched"
  | "Contacted"
  | "Materials sent"
  | "Interested"
  | "Meeting set"
  | "Handed off"
  | "Not interested"
  | "Disqualified";

export interface Lead extends RowRef {
  id: string | null;
  company: string;
  regNo: string | null;
  vatNo: string | null;
  contact: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  country: string | null;
  city: string | null;
  industry: string | null;
  employees: number | null;
  source: string | null;
  booth: string | null;
  score: number | null;
  grade: string | null;
  status: LeadStatus | null;
  owner: string | null;
  nextStep: string | null;
  nextStepDate: IsoDate | null;
  lastContact: IsoDate | null;
  materialsSent: string | null;
  notes: string | null;
}

export interface Account extends RowRef {
  account: string;
  regNo: string | null;
  vatNo: string | null;
  address: string | null;
  country: string | null;
  city: string | null;
  industry: string | null;
  owner: string | null;
  lastPurchase: IsoDate | null;
}

export type DealStage =
  "Prospecting" | "Qualification" | "Proposal" | "Negotiation" | "Won" | "Lost";

export interface Deal extends RowRef {
  id: string;
  account: string | null;
  owner: string;
  /** Canonical stage; any unknown value is an open stage kept in `stageText`. */
  stage: DealStage | "Open";
  stageText: string;
  probability: number | null;
  amount: Cents | null;
  revenue: Cents | null;
  cost: Cents | null;
  profit: Cents | null;
  margin: number | null;
  created: IsoDate | null;
  expectedClose: IsoDate | null;
  closedOn: IsoDate | null;
  lostReason: string | null;
  splitOwner: string | null;
  splitPercent: number | null;
  quoteId: string | null;
  travelCost: Cents | null;
}

export interface Product extends RowRef {
  sku: string;
  name: string;
  department: string | null;
  unit: string;
  listPrice: Cents;
  unitCost: Cents | null;
  vatRate: number | null;
  maxDiscount: number | null;
  active: boolean;
}

/** A period as the user wrote it, normalised: `2026`, `2026-Q3` or `2026-07`. */
export type PeriodKey = string;

export interface Target extends RowRef {
  owner: string;
  period: PeriodKey;
  revenueTarget: Cents;
  profitTarget: Cents | null;
  marginTarget: number | null;
}

export type MeetingKind = "Visit" | "Video" | "Call" | "Trade show";
export type MeetingStatus = "Planned" | "Done" | "Cancelled";

export interface Meeting extends RowRef {
  id: string | null;
  date: IsoDate;
  /** Minutes after midnight. */
  start: number | null;
  end: number | null;
  with: string;
  contact: string | null;
  manager: string | null;
  rep: string | null;
  city: string | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
  dealId: string | null;
  travelCost: Cents | null;
  agenda: string | null;
}

export interface Actual extends RowRef {
  dealId: string;
  sku: string | null;
  qty: number | null;
  revenue: Cents | null;
  cost: Cents | null;
}
