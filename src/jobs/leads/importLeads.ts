/**
 * `importLeads`: an exhibitor or contact list into the Leads sheet (SPEC §3). Every row of the
 * list is accounted for: added as a new lead, reported as a duplicate of the lead it repeats
 * (never added twice), or rejected with the reason.
 */
import type { Issue, RowCounts } from "../../core/issue";
import { LeadAssigner, type AssignedBy } from "../../core/leads/assignOwner";
import { isOnlyLegalForm } from "../../core/leads/companyKey";
import { followUpDue, type LeadGrade } from "../../core/leads/followUpDue";
import { leadKeys, LeadIndex, type DuplicateRule } from "../../core/leads/leadKeys";
import { normalizeLead, type LeadField, type NormalizedLead } from "../../core/leads/normalizeLead";
import type { IsoDate, Lead } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import type { CellUpdate, PlanValue } from "../../host/port";
import { synonymIndex } from "../../sheets/detectHeader";
import { findSheet } from "../../sheets/findSheet";
import { SHEET_FIELDS } from "../../sheets/fields";
import { LEAD_WORDS } from "../../sheets/leads/leadWords";
import { scoreLead } from "../../sheets/leads/scoreLead";
import type { RegisterRecord } from "../../sheets/quotes/registerRows";
import { mappingKey } from "../../sheets/settings";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { columnFormat } from "../quotes/registerWriter";
import { registerValue } from "../../sheets/quotes/registerRows";
import { saveSettings } from "../settingsJobs";
import type { WorkbookPort } from "../../host/port";
import { appendLeads } from "./appendLeads";
import {
  accountIndex,
  assignableTeam,
  existingLeadKeys,
  highestLeadNumber,
  leadId,
  openLoads,
  readLeadsWorkbook,
  type LeadsWorkbook,
} from "./leadsWorkbook";
import { listStem, readLeadList, type LeadListSource, type OpenWorkbook } from "./readLeadList";

/** What to import, and how. */
export interface ImportLeadsRequest {
  from: LeadListSource;
  /** The Source of every new lead (e.g. the trade show); default the list's Source column, else its name. */
  source?: string;
  /** The user's column choices for the list: field (key, English or Latvian header) → header. Saved in Settings. */
  mappings?: Record<string, string>;
  /** The day of the import: due dates count from it; reps away until it are skipped. */
  today: IsoDate;
  /** Fill blank fields of the lead a duplicate repeats with the duplicate's values. */
  fillBlanks?: boolean;
}

/** Options of `importLeads`: the job's, and how to open an .xlsx list. */
export interface ImportLeadsOptions extends JobOptions {
  openWorkbook?: OpenWorkbook;
}

/** The lead a duplicate repeats: in the Leads sheet, or an earlier row of the same list. */
export interface LeadMatch {
  sheet: string;
  row: number;
  /** Its Lead ID (for a row of the list: the ID it was just given). */
  lead: string | null;
  company: string;
}

/** A list row reported as a duplicate, not added. */
export interface DuplicateLead {
  /** The row in the list. */
  row: number;
  company: string;
  matches: LeadMatch;
  rule: DuplicateRule;
  /** Headers of the blank fields filled from this row (with `fillBlanks`). */
  filled: string[];
}

/** An existing Account a new lead is: the lead is inside sales for its owner. */
export interface InsideSales {
  account: string;
  /** The Accounts sheet row. */
  row: number;
  owner: string | null;
  rule: DuplicateRule;
}

/** A new lead, as added. */
export interface AddedLead {
  /** The row in the list. */
  row: number;
  /** The Leads sheet row it landed on. */
  sheetRow: number | null;
  id: string | null;
  company: string;
  owner: string | null;
  assignedBy: AssignedBy | null;
  score: number;
  grade: LeadGrade;
  /** e.g. "Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone +14" */
  explanation: string;
  /** When the first call is due (A 1, B 2, C 5 working days); null for D. */
  due: IsoDate | null;
  insideSales: InsideSales | null;
}

/** What an import did. rows.read = added + duplicates + rejected. */
export interface ImportLeadsResult {
  ok: true;
  /** The list as issues name it. */
  list: string;
  /** The Leads sheet written. */
  leadsSheet: string;
  added: AddedLead[];
  duplicates: DuplicateLead[];
  /** One issue per rejected row (no company, blank, a repeated header, a total row, …). */
  rejected: Issue[];
  /** The round-robin position saved in Settings. */
  roundRobinPosition: string;
  /** Rows of the list: read = used (added + duplicates) + skipped (rejected). */
  rows: RowCounts;
  /** Everything to know: rejected rows, values kept as written, leads without owner, settings. */
  issues: Issue[];
  /** Sheets written: the Leads sheet, and Settings when the position or a mapping was saved. */
  sheets: string[];
}

const FILLABLE: readonly LeadField[] = [
  "regNo",
  "vatNo",
  "contact",
  "title",
  "email",
  "phone",
  "website",
  "country",
  "city",
  "industry",
  "employees",
  "booth",
];

const NO_COMPANY = /^(?:n\/?a|none|nav|-+|—|–|\?+|x)$/iu;

/** A list row on its way in. */
interface Pending {
  row: number;
  lead: Lead;
  normalized: NormalizedLead;
  id: string | null;
}

function rawOf(lead: Lead): Parameters<typeof normalizeLead>[0] {
  return {
    company: lead.company,
    regNo: lead.regNo,
    vatNo: lead.vatNo,
    contact: lead.contact,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    website: lead.website,
    country: lead.country,
    city: lead.city,
    industry: lead.industry,
    employees: lead.employees,
    source: lead.source,
    booth: lead.booth,
  };
}

/** Rows a sheet read skipped, each with the issue that says why (the last one of its row). */
function skippedRows(
  read: { rows: { row: number }[]; issues: Issue[]; headerRow: number | null },
  sheet: string
): Issue[] {
  const used = new Set(read.rows.map((r) => r.row));
  const byRow = new Map<number, Issue>();
  for (const issue of read.issues) {
    if (issue.sheet !== sheet || issue.row === null) continue;
    if (read.headerRow !== null && issue.row <= read.headerRow) continue;
    if (!used.has(issue.row)) byRow.set(issue.row, issue);
  }
  return [...byRow.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** The highest `L-` number of the Leads sheet, counting rows the reader skipped too. */
function highestIdInSheet(wb: LeadsWorkbook): number {
  const leads = wb.leads;
  if (!leads) return 0;
  const col = leads.read.columns.id?.column;
  let max = highestLeadNumber(leads.read.rows);
  if (col === undefined || leads.read.headerRow === null) return max;
  const j = col - leads.block.firstColumn;
  for (
    let i = leads.read.headerRow + 1 - leads.block.firstRow;
    i < leads.block.values.length;
    i++
  ) {
    const v = leads.block.values[i]?.[j];
    if (typeof v === "string") max = Math.max(max, highestLeadNumber([{ id: v }]));
  }
  return max;
}

/** Mappings worth keeping: fields the list was read by, with a header that is no synonym already. */
function mappingChanges(
  request: ImportLeadsRequest,
  columns: Record<string, { header: string }>
): Record<string, string> {
  const changes: Record<string, string> = {};
  const synonyms = synonymIndex("leads");
  for (const [name, header] of Object.entries(request.mappings ?? {})) {
    const wanted = normalizeKey(name);
    const def = SHEET_FIELDS.leads.find(
      (f) =>
        normalizeKey(f.key) === wanted ||
        normalizeKey(f.header) === wanted ||
        normalizeKey(f.lv) === wanted
    );
    if (!def) continue;
    const used = columns[def.key];
    if (!used || normalizeKey(used.header) !== normalizeKey(header)) continue;
    if (synonyms.get(normalizeKey(header)) === def.key) continue;
    changes[mappingKey("leads", def)] = header.trim();
  }
  return changes;
}

/**
 * Imports a list into the Leads sheet:
 * 1. reads the list (title rows above the header skipped; columns by the Leads synonyms, Settings'
 *    mappings and `mappings`), rejecting rows without a company (blank rows, repeated headers and
 *    total rows too), each with an issue;
 * 2. normalizes every value (e-mail, website → domain, phone → +CCC, reg./VAT no checked, country
 *    → ISO code); a value failing its check is kept as written, with an issue;
 * 3. reports as a duplicate every row that repeats a lead of the sheet or an earlier row of the
 *    list (same reg./VAT no, e-mail, company domain or company name), optionally filling the
 *    blank fields of the lead it repeats;
 * 4. marks a lead that is an existing Account as inside sales for the account's owner;
 * 5. scores and grades each new lead, assigns its owner (account owner, territory, weighted round
 *    robin), sets Status New, Next step Call and its due date (A 1, B 2, C 5 working days);
 * 6. appends the new leads in the sheet's own column order with IDs continuing the sheet's
 *    highest, and saves the round-robin position (and the mappings) in Settings.
 * Reimporting the same list adds nothing.
 *
 * @example
 * const r = await importLeads(port, { from: { kind: "csv", text, name: "riga-food.csv" }, today: "2026-11-27" });
 * r.added.length + r.duplicates.length + r.rejected.length === r.rows.read
 */
export async function importLeads(
  port: WorkbookPort,
  request: ImportLeadsRequest,
  options?: ImportLeadsOptions
): Promise<ImportLeadsResult> {
  const wb = await readLeadsWorkbook(port, options);
  throwIfCancelled(options);
  const settingsMapping = wb.settings.mappings.leads ?? {};
  const list = await readLeadList(
    port,
    request.from,
    { ...settingsMapping, ...(request.mappings ?? {}) },
    wb.readOptions,
    options?.openWorkbook,
    options
  );
  options?.onProgress?.({ done: 1, total: 3, label: `Checking ${list.read.rows.length} rows` });
  const words = LEAD_WORDS[wb.words];
  const listName = list.name;
  const header = (field: string): string | null => list.read.columns[field]?.header ?? null;
  const issues: Issue[] = [];
  const rejected: Issue[] = skippedRows(list.read, listName);
  const duplicates: DuplicateLead[] = [];
  const defaultSource =
    request.source?.trim() ||
    (request.from.kind === "sheet" ? request.from.sheet : listStem(request.from.name));

  // Existing leads and accounts by their keys.
  const leadsSheetName = wb.leads?.read.sheet ?? null;
  const index = new LeadIndex<LeadMatch>();
  for (const lead of wb.leads?.read.rows ?? []) {
    index.add(existingLeadKeys(lead), {
      sheet: leadsSheetName ?? "",
      row: lead.row,
      lead: lead.id,
      company: lead.company,
    });
  }
  const accounts = accountIndex(wb.accounts?.read.rows ?? []);
  const existingByRow = new Map((wb.leads?.read.rows ?? []).map((l) => [l.row, l]));
  const pending: Pending[] = [];
  const pendingByRow = new Map<number, Pending>();
  const fillUpdates: CellUpdate[] = [];
  const filledCells = new Set<string>();
  let nextNumber = highestIdInSheet(wb);
  const idColumn = wb.leads === null || wb.leads.read.columns.id !== undefined;

  for (const lead of list.read.rows) {
    const normalized = normalizeLead(rawOf(lead));
    const onlyForm = isOnlyLegalForm(normalized.fields.company);
    if (normalized.key === "" || onlyForm || NO_COMPANY.test(normalized.fields.company)) {
      rejected.push({
        sheet: listName,
        row: lead.row,
        column: header("company"),
        value: lead.company,
        problem: onlyForm
          ? "no company name, only a legal form — row skipped"
          : "no company name — row skipped",
      });
      continue;
    }
    for (const p of normalized.problems) {
      issues.push({
        sheet: listName,
        row: lead.row,
        column: header(p.field),
        value: p.value,
        problem: `${p.problem} — kept as written`,
      });
    }
    const keys = leadKeys(normalized.identity);
    const match = index.find(keys);
    if (match) {
      const filled = request.fillBlanks
        ? fillFrom(normalized, match.ref, wb, existingByRow, pendingByRow, fillUpdates, filledCells)
        : [];
      duplicates.push({
        row: lead.row,
        company: normalized.fields.company,
        matches: match.ref,
        rule: match.rule,
        filled,
      });
      continue;
    }
    const id = idColumn ? leadId(++nextNumber) : null;
    const item: Pending = { row: lead.row, lead, normalized, id };
    pending.push(item);
    pendingByRow.set(lead.row, item);
    index.add(keys, {
      sheet: listName,
      row: lead.row,
      lead: id,
      company: normalized.fields.company,
    });
  }
  rejected.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  throwIfCancelled(options);

  // Owners, scores and due dates, in list order.
  const assigner = new LeadAssigner({
    team: assignableTeam(wb),
    territories: wb.settings.territories,
    today: request.today,
    position: wb.settings.roundRobinPosition,
    loads: openLoads(wb.leads?.read.rows ?? []),
  });
  const added: AddedLead[] = [];
  const records: RegisterRecord[] = [];
  for (const item of pending) {
    const f = item.normalized.fields;
    const identity = item.normalized.identity;
    const account = accounts.find(leadKeys(identity));
    const assignment = assigner.assign({
      accountOwner: account?.ref.owner ?? null,
      country: identity.country ?? null,
      city: f.city,
    });
    if (assignment.owner === null) {
      issues.push({
        sheet: listName,
        row: item.row,
        column: null,
        value: f.company,
        problem: `no owner: ${assignment.detail} — added without one; run leads assign when a rep is back`,
      });
    }
    const source = request.source?.trim() || f.source || defaultSource;
    const invalid = new Set(item.normalized.problems.map((p) => p.field));
    const score = scoreLead(
      {
        industry: f.industry,
        employees: f.employees,
        country: identity.country ?? null,
        source,
        email: identity.email ?? null,
        phone: invalid.has("phone") ? null : f.phone,
        contact: f.contact,
        title: f.title,
        website: identity.website ?? null,
      },
      wb.settings,
      wb.words
    );
    const due = followUpDue(score.grade, request.today, wb.settings.workingDays);
    const insideSales: InsideSales | null = account
      ? {
          account: account.ref.account,
          row: account.ref.row,
          owner: account.ref.owner,
          rule: account.rule,
        }
      : null;
    const notes = [
      insideSales ? words.insideSales(insideSales.account) : null,
      item.lead.notes,
      words.scoreNote(score.score, score.grade, score.explanation),
    ].filter((n): n is string => n !== null && n !== "");
    records.push({
      id: item.id,
      company: f.company,
      regNo: f.regNo,
      vatNo: f.vatNo,
      contact: f.contact,
      title: f.title,
      email: f.email,
      phone: f.phone,
      website: f.website,
      country: f.country,
      city: f.city,
      industry: f.industry,
      employees: f.employees,
      source,
      booth: f.booth,
      score: score.score,
      grade: score.grade,
      status: words.status.New,
      owner: assignment.owner,
      nextStep: due === null ? null : words.call,
      nextStepDate: due === null ? null : { date: due },
      notes: notes.join(" · "),
    });
    added.push({
      row: item.row,
      sheetRow: null,
      id: item.id,
      company: f.company,
      owner: assignment.owner,
      assignedBy: assignment.by,
      score: score.score,
      grade: score.grade,
      explanation: score.explanation,
      due,
      insideSales,
    });
  }
  throwIfCancelled(options);

  // Writing: new rows, filled blanks, then Settings.
  options?.onProgress?.({ done: 2, total: 3, label: `Adding ${records.length} leads` });
  const sheets: string[] = [];
  const write = await appendLeads(
    port,
    wb.leads?.block ?? null,
    wb.leads?.read ?? null,
    records,
    wb.words,
    wb.sheets,
    options
  );
  write.rows.forEach((row, i) => {
    const a = added[i];
    if (a) a.sheetRow = row;
  });
  if (fillUpdates.length > 0 && wb.leads) await port.updateCells(wb.leads.read.sheet, fillUpdates);
  if (records.length > 0 || fillUpdates.length > 0 || write.created) sheets.push(write.sheet);

  const changes: Record<string, string> = mappingChanges(request, list.read.columns);
  if (assigner.rotated) changes["Round-robin position"] = assigner.position;
  if (Object.keys(changes).length > 0) {
    const saved = await saveSettings(port, changes, { ...options, locale: wb.locale });
    for (const p of saved.problems) {
      issues.push({
        sheet: wb.settingsSheet ?? "Settings",
        row: null,
        column: null,
        value: p.key,
        problem: `not saved: ${p.problem}`,
      });
    }
    if (saved.saved.length > 0) {
      const settingsInfo = findSheet("settings", await port.listSheets());
      if (settingsInfo) sheets.push(settingsInfo.name);
    }
  }

  const listIssues = list.read.issues.filter(
    (i) => !rejected.includes(i) && (i.row === null || !rejected.some((r) => r.row === i.row))
  );
  const settingsAndTeam = wb.issues.filter(
    (i) => i.sheet === wb.settingsSheet || i.sheet === wb.team?.read.sheet
  );
  options?.onProgress?.({ done: 3, total: 3, label: "Done" });
  return {
    ok: true,
    list: listName,
    leadsSheet: write.sheet,
    added,
    duplicates,
    rejected,
    roundRobinPosition: assigner.position,
    rows: {
      read: list.read.counts.read,
      used: added.length + duplicates.length,
      skipped: rejected.length,
    },
    issues: [
      ...[...rejected, ...listIssues, ...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
      ...settingsAndTeam,
    ],
    sheets,
  };
}

/**
 * Fills the blank fields of the lead `match` names with the duplicate's checked values: cells of
 * the Leads sheet (as updates), or the pending new lead of an earlier list row. Returns the
 * headers filled.
 */
function fillFrom(
  duplicate: NormalizedLead,
  match: LeadMatch,
  wb: LeadsWorkbook,
  existingByRow: ReadonlyMap<number, Lead>,
  pendingByRow: ReadonlyMap<number, Pending>,
  updates: CellUpdate[],
  filledCells: Set<string>
): string[] {
  const invalid = new Set(duplicate.problems.map((p) => p.field));
  const filled: string[] = [];
  const value = (field: LeadField): string | number | null =>
    invalid.has(field) ? null : duplicate.fields[field];
  const leads = wb.leads;
  if (leads && match.sheet === leads.read.sheet) {
    const lead = existingByRow.get(match.row);
    if (!lead || leads.read.headerRow === null) return [];
    for (const field of FILLABLE) {
      const column = leads.read.columns[field];
      const v = value(field);
      const cell = `${match.row}:${field}`;
      if (!column || v === null || lead[field] !== null || filledCells.has(cell)) continue;
      filledCells.add(cell);
      const format = columnFormat(leads.block, column.column, match.row, leads.read.headerRow);
      const planValue: PlanValue = registerValue(v, format, leads.block.date1904);
      updates.push({ row: match.row, column: column.column, value: planValue });
      filled.push(column.header);
    }
    return filled;
  }
  const item = pendingByRow.get(match.row);
  if (!item) return [];
  const target = item.normalized;
  for (const field of FILLABLE) {
    const v = value(field);
    if (v === null || target.fields[field] !== null) continue;
    if (field === "employees") target.fields.employees = typeof v === "number" ? v : null;
    else target.fields[field] = String(v);
    const identity = duplicate.identity;
    if (field === "email") target.identity.email = identity.email ?? null;
    if (field === "website") target.identity.website = identity.website ?? null;
    if (field === "regNo") target.identity.regNo = identity.regNo ?? null;
    if (field === "vatNo") target.identity.vatNo = identity.vatNo ?? null;
    if (field === "country") target.identity.country = identity.country ?? null;
    filled.push(SHEET_FIELDS.leads.find((f) => f.key === field)?.header ?? field);
  }
  return filled;
}
