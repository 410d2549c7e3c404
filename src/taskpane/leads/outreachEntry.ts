import type { LogOutreachRequest } from "../../jobs/leads/logOutreach";

/** Which quick action the dialog records, and for which lead. */
export interface OutreachAsk {
  action: "call" | "materials";
  leadId: string;
  company: string;
}

/** What the dialog adds to a `logOutreach` request (the lead and today come from the view). */
export type OutreachEntry = Pick<
  LogOutreachRequest,
  "action" | "outcome" | "callBackOn" | "materials" | "note"
>;

/** Logs an entry on the asked lead; resolves true when it was written. */
export type SaveOutreach = (entry: OutreachEntry) => Promise<boolean>;
