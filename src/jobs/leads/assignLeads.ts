/**
 * `assignLeads`: owners for the leads of the Leads sheet that have none (SPEC §3), by the same
 * rules as an import: the matching Account's owner, then territory, then weighted round robin.
 */
import { AppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import { isAvailable, LeadAssigner, type AssignedBy } from "../../core/leads/assignOwner";
import { sameName } from "../../core/normalizeText";
import { followUpDue } from "../../core/leads/followUpDue";
import { LeadIndex } from "../../core/leads/leadKeys";
import { normalizeLead } from "../../core/leads/normalizeLead";
import type { IsoDate, Lead } from "../../core/model";
import type { CellUpdate, WorkbookPort } from "../../host/port";
import { LEAD_WORDS } from "../../sheets/leads/leadWords";
import { registerValue } from "../../sheets/quotes/registerRows";
import { fieldDef } from "../../sheets/fields";
import { findSheet } from "../../sheets/findSheet";
import { missingColumnMessage } from "../../sheets/readRows";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { columnFormat } from "../quotes/registerWriter";
import { saveSettings } from "../settingsJobs";
import { handOffSheets, type HandOffResult } from "./handOffSheets";
import {
  accountIndex,
  assignableTeam,
  existingLeadKeys,
  isOpenLead,
  openLoads,
  readLeadsWorkbook,
} from "./leadsWorkbook";
import { leadScoreOf } from "./leadScoreOf";

/** What to assign, and as of when. */
export interface AssignLeadsRequest {
  /** Reps away until this day (inclusive) are skipped; due dates count from it. */
  today: IsoDate;
  /** Also write each owner's call sheet (see `handOffSheets`). */
  calls?: boolean;
}

/** One lead given an owner. */
export interface AssignedLead {
  row: number;
  id: string | null;
  company: string;
  owner: string;
  /** "account", "territory", "round robin", or "same company" (an earlier lead of the company). */
  by: AssignedBy | "same company";
  /** e.g. "territory Rīga (Rīga)", "same company as L-00012" */
  detail: string;
  /** The first call's due date written (null: the lead had a next step, or is D). */
  due: IsoDate | null;
}

/** What `assignLeads` did. */
export interface AssignLeadsResult {
  ok: true;
  assigned: AssignedLead[];
  /** Open leads left without owner (no rep available), each an issue. */
  unassigned: Issue[];
  roundRobinPosition: string;
  /** Rows of the Leads sheet: read = used + skipped. */
  rows: RowCounts;
  issues: Issue[];
  sheets: string[];
  /** The call sheets, when asked for. */
  calls: HandOffResult | null;
}

const FIRST_CALL: ReadonlySet<string | null> = new Set([null, "New", "Researched"]);

/**
 * Assigns an owner to every open lead without one (Not interested and Disqualified are left
 * alone), in sheet order: a lead of a company already owned by an earlier lead goes to the same
 * owner (while that owner takes leads: an active rep, not away); else the matching Account's owner, the territory, the weighted round robin (the
 * position is saved in Settings). Writes the Owner cells — and, for a lead awaiting its first
 * call with no next step yet, Next step "Call" and its due date — and nothing else.
 *
 * @example const r = await assignLeads(port, { today: "2026-11-27" }); r.assigned[0].owner // "Anna Jansone"
 */
export async function assignLeads(
  port: WorkbookPort,
  request: AssignLeadsRequest,
  options?: JobOptions
): Promise<AssignLeadsResult> {
  const wb = await readLeadsWorkbook(port, options);
  throwIfCancelled(options);
  const leads = wb.leads;
  const assigned: AssignedLead[] = [];
  const unassigned: Issue[] = [];
  const sheets: string[] = [];
  const assigner = new LeadAssigner({
    team: assignableTeam(wb),
    territories: wb.settings.territories,
    today: request.today,
    position: wb.settings.roundRobinPosition,
    loads: openLoads(leads?.read.rows ?? []),
  });
  if (leads && leads.read.headerRow !== null) {
    const read = leads.read;
    const headerRow = read.headerRow ?? 0;
    const ownerColumn = read.columns.owner;
    const ownerDef = fieldDef("leads", "owner");
    if (!ownerColumn && ownerDef) {
      throw new AppError("MISSING_COLUMN", missingColumnMessage(read.sheet, ownerDef));
    }
    const accounts = accountIndex(wb.accounts?.read.rows ?? []);
    const owned = new LeadIndex<{ owner: string; id: string | null }>();
    const team = assignableTeam(wb);
    // An earlier lead's owner takes the company's other leads only while they take leads.
    const takesLeads = (owner: string): boolean => {
      if (team.length === 0) return true;
      const member = team.find((m) => sameName(m.name, owner));
      return member !== undefined && isAvailable(member, request.today);
    };
    const words = LEAD_WORDS[wb.words];
    const updates: CellUpdate[] = [];
    const put = (row: number, field: string, value: string | { date: string }): void => {
      const column = read.columns[field]?.column;
      if (column === undefined) return;
      const format = columnFormat(leads.block, column, row, headerRow);
      updates.push({ row, column, value: registerValue(value, format, leads.block.date1904) });
    };
    for (const lead of read.rows) {
      const keys = existingLeadKeys(lead);
      if (lead.owner !== null) {
        owned.add(keys, { owner: lead.owner, id: lead.id });
        continue;
      }
      if (!isOpenLead(lead)) continue;
      const earlier = owned.find(keys);
      const same = earlier && takesLeads(earlier.ref.owner) ? earlier : null;
      const account = same ? null : accounts.find(keys);
      const a = same
        ? {
            owner: same.ref.owner,
            by: "same company" as const,
            detail: `same company as ${same.ref.id ?? "an earlier lead"}`,
          }
        : assigner.assign({
            accountOwner: account?.ref.owner ?? null,
            country: normalizeLead(rawFields(lead)).identity.country ?? null,
            city: lead.city,
          });
      if (a.owner === null || a.by === null) {
        unassigned.push({
          sheet: read.sheet,
          row: lead.row,
          column: ownerColumn?.header ?? null,
          value: lead.company,
          problem: `no owner: ${a.detail}`,
        });
        continue;
      }
      owned.add(keys, { owner: a.owner, id: lead.id });
      put(lead.row, "owner", a.owner);
      let due: IsoDate | null = null;
      if (
        FIRST_CALL.has(lead.status) &&
        lead.nextStep === null &&
        lead.nextStepDate === null &&
        read.columns.nextStep &&
        read.columns.nextStepDate
      ) {
        const { grade } = leadScoreOf(lead, wb.settings, wb.words);
        due = followUpDue(grade, request.today, wb.settings.workingDays);
        if (due !== null) {
          put(lead.row, "nextStep", words.call);
          put(lead.row, "nextStepDate", { date: due });
        }
      }
      assigned.push({
        row: lead.row,
        id: lead.id,
        company: lead.company,
        owner: a.owner,
        by: a.by,
        detail: a.detail,
        due,
      });
    }
    if (updates.length > 0) {
      await port.updateCells(read.sheet, updates);
      sheets.push(read.sheet);
    }
  }
  if (assigner.rotated) {
    const saved = await saveSettings(
      port,
      { "Round-robin position": assigner.position },
      { ...options, locale: wb.locale }
    );
    if (saved.saved.length > 0) {
      const info = findSheet("settings", await port.listSheets());
      if (info) sheets.push(info.name);
    }
  }
  const calls = request.calls ? await handOffSheets(port, { today: request.today }, options) : null;
  if (calls) sheets.push(...calls.sheets);
  const leadsIssues = wb.issues;
  return {
    ok: true,
    assigned,
    unassigned,
    roundRobinPosition: assigner.position,
    rows: leads?.read.counts ?? { read: 0, used: 0, skipped: 0 },
    issues: [...unassigned, ...leadsIssues],
    sheets,
    calls,
  };
}

function rawFields(lead: Lead): Parameters<typeof normalizeLead>[0] {
  return { ...lead, phone: null, source: null, booth: null };
}
