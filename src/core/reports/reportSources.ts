/**
 * Where report issues point: the sheet names and column headers as the user's workbook has
 * them (so an issue reads "Darījumi, row 14, Slēgšanas datums"), with the English defaults of
 * SPEC §2 for whatever the caller does not pass.
 */

/** Deal fields a report issue can be about. */
export type DealColumn =
  | "id"
  | "owner"
  | "stage"
  | "probability"
  | "amount"
  | "revenue"
  | "cost"
  | "created"
  | "expectedClose"
  | "closedOn"
  | "splitOwner"
  | "splitPercent";

/** Targets fields a report issue can be about. */
export type TargetColumn = "owner" | "period" | "revenueTarget";

/**
 * Sheet names and headers as written in the workbook; every part optional.
 *
 * @example { sheets: { deals: "Darījumi" }, columns: { deals: { closedOn: "Slēgšanas datums" } } }
 */
export interface ReportSourcesInput {
  sheets?: { deals?: string; targets?: string; team?: string };
  columns?: {
    deals?: Partial<Record<DealColumn, string>>;
    targets?: Partial<Record<TargetColumn, string>>;
    /** Header of the Team sheet's Manager column. */
    teamManager?: string;
  };
}

/** {@link ReportSourcesInput} with every default filled in. */
export interface ReportSources {
  sheets: { deals: string; targets: string; team: string };
  columns: {
    deals: Record<DealColumn, string>;
    targets: Record<TargetColumn, string>;
    teamManager: string;
  };
}

const DEAL_HEADERS: Readonly<Record<DealColumn, string>> = {
  id: "Deal ID",
  owner: "Owner",
  stage: "Stage",
  probability: "Probability",
  amount: "Amount",
  revenue: "Revenue",
  cost: "Cost",
  created: "Created",
  expectedClose: "Expected close",
  closedOn: "Closed on",
  splitOwner: "Split owner",
  splitPercent: "Split %",
};

const TARGET_HEADERS: Readonly<Record<TargetColumn, string>> = {
  owner: "Owner",
  period: "Period",
  revenueTarget: "Revenue target",
};

/**
 * Fills the defaults: sheets `Deals`, `Targets`, `Team`, the canonical English headers.
 *
 * @example reportSources({}).columns.deals.closedOn === "Closed on"
 */
export function reportSources(input: ReportSourcesInput = {}): ReportSources {
  return {
    sheets: {
      deals: input.sheets?.deals ?? "Deals",
      targets: input.sheets?.targets ?? "Targets",
      team: input.sheets?.team ?? "Team",
    },
    columns: {
      deals: { ...DEAL_HEADERS, ...input.columns?.deals },
      targets: { ...TARGET_HEADERS, ...input.columns?.targets },
      teamManager: input.columns?.teamManager ?? "Manager",
    },
  };
}
