/**
 * `logOutreach`: materials sent to a lead, or a call and its outcome (SPEC §3 track outreach),
 * written into that lead's status cells only.
 */
import { AppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import { addWorkingDays } from "../../core/leads/followUpDue";
import type { IsoDate, LeadStatus } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { CellUpdate, WorkbookPort } from "../../host/port";
import { dateText, LEAD_WORDS, type CallOutcome } from "../../sheets/leads/leadWords";
import { registerValue, type RegisterCell } from "../../sheets/quotes/registerRows";
import { sheetKindDef } from "../../sheets/sheetKinds";
import type { JobOptions } from "../jobOptions";
import { columnFormat } from "../quotes/registerWriter";
import { readLeadsWorkbook } from "./leadsWorkbook";

/** One piece of outreach. */
export interface LogOutreachRequest {
  /** The lead's ID (`L-00042`; case and spaces ignored). */
  leadId: string;
  action: "materials" | "call";
  /** Which materials were sent (action "materials"). */
  materials?: string;
  /** How the call went (action "call"). */
  outcome?: CallOutcome;
  /** When to call back (outcome "call back"; else `nextStepDate`). */
  callBackOn?: IsoDate;
  /** The next step; default by the action (Call, Call again, Call back, Set up a meeting). */
  nextStep?: string;
  nextStepDate?: IsoDate;
  /** A few words for the Notes log. */
  note?: string;
  today: IsoDate;
}

/** What `logOutreach` wrote. */
export interface LogOutreachResult {
  ok: true;
  lead: string;
  company: string;
  sheet: string;
  /** The lead's Excel row. */
  row: number;
  /** The status as written (in the sheet's words). */
  status: string;
  nextStep: string | null;
  nextStepDate: IsoDate | null;
  /** Headers of the cells written. */
  updated: string[];
  rows: RowCounts;
  issues: Issue[];
  sheets: string[];
}

/** Statuses that say more than "Materials sent": materials do not move a lead back. */
const BEYOND_MATERIALS: ReadonlySet<LeadStatus> = new Set([
  "Interested",
  "Meeting set",
  "Handed off",
]);

/**
 * Logs outreach on one lead, writing only its status cells (SPEC §8):
 * - materials: Status "Materials sent" (unless it is further along), Last contact today,
 *   Materials sent appended (`Katalogs 2026 (27.11.2026)`), next step a follow-up call in 2
 *   working days unless given;
 * - call, interested: Status Interested, Last contact, next step "Set up a meeting" in 2 working days;
 * - call, not interested: Status Not interested, Last contact, next step cleared;
 * - call, no answer: Status kept, next step "Call again" the next working day;
 * - call, call back: Status Contacted, Last contact, next step "Call back" on the given date.
 * A line for Notes is appended every time (`27.11.2026 zvans: neatbild — note`). A cell whose
 * column the sheet lacks is reported; the rest is written.
 *
 * @example await logOutreach(port, { leadId: "L-00042", action: "call", outcome: "interested", today: "2026-11-27" })
 */
export async function logOutreach(
  port: WorkbookPort,
  request: LogOutreachRequest,
  options?: JobOptions
): Promise<LogOutreachResult> {
  const wb = await readLeadsWorkbook(port, options);
  const leads = wb.leads;
  if (!leads || leads.read.headerRow === null) {
    const def = sheetKindDef("leads");
    throw new AppError(
      "MISSING_SHEET",
      `No ${def.title.en} sheet with leads: add a sheet named ${def.names.join(" or ")}.`
    );
  }
  const key = normalizeKey(request.leadId);
  const lead = leads.read.rows.find((l) => l.id !== null && normalizeKey(l.id) === key);
  if (!lead) {
    throw new AppError("BAD_INPUT", `${leads.read.sheet}: no lead "${request.leadId.trim()}".`);
  }
  // The cell as written (line breaks kept), not the reader's cleaned text.
  const written = (field: string): string | null => {
    const column = leads.read.columns[field]?.column;
    if (column === undefined) return null;
    const v =
      leads.block.values[lead.row - leads.block.firstRow]?.[column - leads.block.firstColumn];
    return typeof v === "string" && v.trim() !== "" ? v.replace(/\s+$/u, "") : null;
  };
  const words = LEAD_WORDS[wb.words];
  const today = request.today;
  const working = wb.settings.workingDays;
  const in2 = addWorkingDays(today, 2, working);

  let status: LeadStatus | null = lead.status;
  let lastContact: IsoDate | null = null;
  let nextStep: string | null;
  let nextStepDate: IsoDate | null;
  let logLine: string;
  let materialsText: string | null = null;
  if (request.action === "materials") {
    const what = request.materials?.trim() ?? "";
    if (what === "") throw new AppError("USAGE", "Which materials? Give them, e.g. Katalogs 2026.");
    if (status === null || !BEYOND_MATERIALS.has(status)) status = "Materials sent";
    lastContact = today;
    const entry = `${what} (${dateText(today, wb.words)})`;
    const sent = written("materialsSent") ?? lead.materialsSent;
    materialsText = sent ? `${sent}; ${entry}` : entry;
    nextStep = request.nextStep ?? words.call;
    nextStepDate = request.nextStepDate ?? in2;
    logLine = `${words.materialsNote}: ${what}`;
  } else {
    const outcome = request.outcome;
    if (!outcome) {
      throw new AppError(
        "USAGE",
        "How did the call go? interested, not interested, no answer or call back."
      );
    }
    logLine = `${words.callNote}: ${words.outcome[outcome]}`;
    switch (outcome) {
      case "interested":
        status = "Interested";
        lastContact = today;
        nextStep = request.nextStep ?? words.setMeeting;
        nextStepDate = request.nextStepDate ?? in2;
        break;
      case "not interested":
        status = "Not interested";
        lastContact = today;
        nextStep = request.nextStep ?? null;
        nextStepDate = request.nextStepDate ?? null;
        break;
      case "no answer":
        nextStep = request.nextStep ?? words.callAgain;
        nextStepDate = request.nextStepDate ?? addWorkingDays(today, 1, working);
        break;
      case "call back": {
        const on = request.callBackOn ?? request.nextStepDate;
        if (!on) throw new AppError("USAGE", "Call back when? Give the date (YYYY-MM-DD).");
        if (on < today)
          throw new AppError("USAGE", `Call back on ${on}: that is before today (${today}).`);
        status = "Contacted";
        lastContact = today;
        nextStep = request.nextStep ?? words.callBack;
        nextStepDate = on;
        logLine += ` ${dateText(on, wb.words)}`;
        break;
      }
    }
  }
  const note = request.note?.trim();
  const line = `${dateText(today, wb.words)} ${logLine}${note ? ` — ${note}` : ""}`;

  const read = leads.read;
  const headerRow = read.headerRow ?? 0;
  const updates: CellUpdate[] = [];
  const updated: string[] = [];
  const issues: Issue[] = [];
  const missing: string[] = [];
  const put = (field: string, value: RegisterCell, header: string): void => {
    const column = read.columns[field];
    if (!column) {
      missing.push(header);
      return;
    }
    const format = columnFormat(leads.block, column.column, lead.row, headerRow);
    updates.push({
      row: lead.row,
      column: column.column,
      value: registerValue(value, format, leads.block.date1904),
    });
    updated.push(column.header);
  };
  if (status !== null && status !== lead.status) put("status", words.status[status], "Status");
  if (lastContact !== null) put("lastContact", { date: lastContact }, "Last contact");
  if (materialsText !== null) put("materialsSent", materialsText, "Materials sent");
  put("nextStep", nextStep, "Next step");
  put("nextStepDate", nextStepDate === null ? null : { date: nextStepDate }, "Next step date");
  const notes = written("notes") ?? lead.notes;
  put("notes", notes ? `${notes}\n${line}` : line, "Notes");
  for (const header of missing) {
    issues.push({
      sheet: read.sheet,
      row: lead.row,
      column: header,
      value: null,
      problem: `no ${header} column — add one to keep this; the rest was written`,
    });
  }
  if (updates.length > 0) await port.updateCells(read.sheet, updates);
  return {
    ok: true,
    lead: lead.id ?? request.leadId,
    company: lead.company,
    sheet: read.sheet,
    row: lead.row,
    status: status === null ? "" : words.status[status],
    nextStep,
    nextStepDate,
    updated,
    rows: read.counts,
    issues,
    sheets: updates.length > 0 ? [read.sheet] : [],
  };
}
