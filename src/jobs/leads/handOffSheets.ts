/**
 * `handOffSheets`: one call sheet per owner (SPEC §3 hand-off) — the leads each rep is to call,
 * A leads first, with the follow-up due date and the columns for the outcome.
 */
import type { Issue, RowCounts } from "../../core/issue";
import { followUpDue, type LeadGrade } from "../../core/leads/followUpDue";
import type { IsoDate, Lead, LeadStatus } from "../../core/model";
import { sameName } from "../../core/normalizeText";
import type { WorkbookPort } from "../../host/port";
import { callSheetKind, callSheetPlan, type CallRow } from "../../sheets/leads/callSheetPlan";
import { LEAD_WORDS } from "../../sheets/leads/leadWords";
import { freeSheetName, tableName } from "../../sheets/sheetNames";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { isOpenLead, readLeadsWorkbook } from "./leadsWorkbook";
import { leadScoreOf } from "./leadScoreOf";

/** As of when. */
export interface HandOffRequest {
  /** Due dates of leads without a next-step date count from it; earlier due dates show overdue. */
  today: IsoDate;
}

/** One owner's call sheet. */
export interface OwnerCalls {
  owner: string;
  sheet: string;
  leads: number;
  byGrade: Record<LeadGrade, number>;
  /** Leads whose call was due before today. */
  overdue: number;
}

/** What `handOffSheets` wrote. */
export interface HandOffResult {
  ok: true;
  owners: OwnerCalls[];
  /** Call sheets of earlier runs for owners with nothing to call now: deleted (they were ours). */
  deleted: string[];
  rows: RowCounts;
  issues: Issue[];
  sheets: string[];
}

const FIRST_CALL: ReadonlySet<LeadStatus | null> = new Set([null, "New", "Researched"]);
const FOLLOW_UP: ReadonlySet<LeadStatus | null> = new Set([
  "Contacted",
  "Materials sent",
  "Interested",
]);

/**
 * True when a lead belongs on its owner's call sheet: open and owned, and either awaiting its
 * first call (no status, New, Researched) or contacted with a next-step date set.
 */
export function isToCall(lead: Lead): boolean {
  if (lead.owner === null || !isOpenLead(lead)) return false;
  return FIRST_CALL.has(lead.status) || (FOLLOW_UP.has(lead.status) && lead.nextStepDate !== null);
}

/**
 * Writes a call sheet (`Calls Anna Bērziņa` / `Zvani Anna Bērziņa`, Deal Desk's own) for every
 * owner with leads to call: each lead's grade and score (the sheet's cells, else Settings' rules),
 * why, and its due date — the lead's Next step date, else A 1, B 2, C 5 working days from
 * `today`. Regenerating replaces the owner's earlier sheet; a user's sheet of that name is kept
 * and the call sheet gets a free name. Call sheets of owners with nothing to call are deleted.
 *
 * @example const r = await handOffSheets(port, { today: "2026-11-27" }); r.owners[0].sheet // "Zvani Anna Jansone"
 */
export async function handOffSheets(
  port: WorkbookPort,
  request: HandOffRequest,
  options?: JobOptions
): Promise<HandOffResult> {
  const wb = await readLeadsWorkbook(port, options);
  const leads = wb.leads?.read.rows ?? [];
  const team = wb.team?.read.rows ?? [];
  const statusWords = LEAD_WORDS[wb.locale].status;

  const groups: { owner: string; rows: CallRow[] }[] = [];
  for (const lead of leads) {
    if (!isToCall(lead) || lead.owner === null) continue;
    const written = lead.owner.trim();
    const member = team.find((m) => sameName(m.name, written));
    const name = member?.name ?? written;
    let group = groups.find((g) => sameName(g.owner, name));
    if (!group) {
      group = { owner: name, rows: [] };
      groups.push(group);
    }
    const { score, grade, explanation } = leadScoreOf(lead, wb.settings, wb.locale);
    group.rows.push({
      id: lead.id,
      grade,
      score,
      due: lead.nextStepDate ?? followUpDue(grade, request.today, wb.settings.workingDays),
      company: lead.company,
      contact: lead.contact,
      title: lead.title,
      phone: lead.phone,
      email: lead.email,
      city: lead.city,
      country: lead.country,
      status: lead.status === null ? null : statusWords[lead.status],
      why: explanation,
    });
  }
  const teamIndex = (owner: string): number => {
    const i = team.findIndex((m) => sameName(m.name, owner));
    return i < 0 ? team.length : i;
  };
  groups.sort((a, b) => teamIndex(a.owner) - teamIndex(b.owner) || a.owner.localeCompare(b.owner));

  const existing = wb.sheets.map((s) => ({ name: s.name, ours: s.ours, tables: [...s.tables] }));
  const owners: OwnerCalls[] = [];
  const sheets: string[] = [];
  const date1904 = wb.leads?.block.date1904 ?? false;
  for (const [i, group] of groups.entries()) {
    throwIfCancelled(options);
    options?.onProgress?.({
      done: i,
      total: groups.length,
      label: `Call sheet for ${group.owner}`,
    });
    const plan = callSheetPlan(group.owner, group.rows, request.today, wb.locale, date1904);
    const { name, replaces } = freeSheetName(plan.name, existing, {
      replaceKind: (k) => k === plan.kind,
    });
    const taken = existing.filter((s) => s.name !== replaces).flatMap((s) => s.tables);
    const tables = (plan.tables ?? []).map((t) => ({ ...t, name: tableName(t.name, taken) }));
    const written = await port.writeSheet({ ...plan, name, tables }, options);
    const at = existing.findIndex((s) => s.name === replaces);
    const entry = { name: written, ours: plan.kind, tables: tables.map((t) => t.name) };
    if (at >= 0) existing[at] = entry;
    else existing.push(entry);
    sheets.push(written);
    const byGrade: Record<LeadGrade, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (const r of group.rows) byGrade[r.grade as LeadGrade]++;
    owners.push({
      owner: group.owner,
      sheet: written,
      leads: group.rows.length,
      byGrade,
      overdue: group.rows.filter((r) => r.due !== null && r.due < request.today).length,
    });
  }

  const kinds = new Set(groups.map((g) => callSheetKind(g.owner)));
  const deleted: string[] = [];
  for (const s of wb.sheets) {
    if (s.ours?.startsWith("leads:calls:") && !kinds.has(s.ours)) {
      await port.deleteSheet(s.name);
      deleted.push(s.name);
    }
  }
  return {
    ok: true,
    owners,
    deleted,
    rows: wb.leads?.read.counts ?? { read: 0, used: 0, skipped: 0 },
    issues: wb.issues,
    sheets,
  };
}
