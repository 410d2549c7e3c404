/**
 * `overdueNextSteps`: the open leads whose next step is past its date (SPEC §3 track outreach).
 */
import type { Issue, RowCounts } from "../../core/issue";
import type { IsoDate } from "../../core/model";
import { daysBetween } from "../../core/parseDate";
import type { WorkbookPort } from "../../host/port";
import { LEAD_WORDS } from "../../sheets/leads/leadWords";
import type { JobOptions } from "../jobOptions";
import { isOpenLead, readLeadsWorkbook } from "./leadsWorkbook";

/** One overdue next step. */
export interface OverdueStep {
  row: number;
  id: string | null;
  company: string;
  owner: string | null;
  /** In the sheet's words. */
  status: string | null;
  nextStep: string | null;
  nextStepDate: IsoDate;
  /** Calendar days since the date. */
  daysOverdue: number;
}

/** What `overdueNextSteps` found. Writes nothing. */
export interface OverdueResult {
  ok: true;
  sheet: string | null;
  overdue: OverdueStep[];
  rows: RowCounts;
  issues: Issue[];
  sheets: string[];
}

/**
 * Every open lead (not Not interested or Disqualified) whose Next step date is before `today`,
 * the longest overdue first, then by owner and row. Writes nothing.
 *
 * @example (await overdueNextSteps(port, { today: "2026-11-27" })).overdue[0] // { id: "L-00057", daysOverdue: 10, … }
 */
export async function overdueNextSteps(
  port: WorkbookPort,
  request: { today: IsoDate },
  options?: JobOptions
): Promise<OverdueResult> {
  const wb = await readLeadsWorkbook(port, options);
  const statusWords = LEAD_WORDS[wb.words].status;
  const overdue: OverdueStep[] = [];
  for (const lead of wb.leads?.read.rows ?? []) {
    const date = lead.nextStepDate;
    if (date === null || date >= request.today || !isOpenLead(lead)) continue;
    overdue.push({
      row: lead.row,
      id: lead.id,
      company: lead.company,
      owner: lead.owner,
      status: lead.status === null ? null : statusWords[lead.status],
      nextStep: lead.nextStep,
      nextStepDate: date,
      daysOverdue: daysBetween(date, request.today),
    });
  }
  overdue.sort(
    (a, b) =>
      b.daysOverdue - a.daysOverdue || (a.owner ?? "").localeCompare(b.owner ?? "") || a.row - b.row
  );
  return {
    ok: true,
    sheet: wb.leads?.read.sheet ?? null,
    overdue,
    rows: wb.leads?.read.counts ?? { read: 0, used: 0, skipped: 0 },
    issues: wb.issues.filter((i) => i.sheet === wb.leads?.read.sheet),
    sheets: [],
  };
}
