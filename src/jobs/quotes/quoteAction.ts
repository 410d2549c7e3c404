/**
 * What happens to a quote after it is built (SPEC §4): approve, send, accept, reject, and the
 * departments' confirmations — each checked against the quote's life and written to the cells it
 * is about (the register's status cells, the deal's closing cells), the internal view redrawn.
 */
import { AppError } from "../../core/appError";
import type { Issue } from "../../core/issue";
import type { Deal, IsoDate } from "../../core/model";
import { fromCents } from "../../core/money";
import { normalizeKey, sameName } from "../../core/normalizeText";
import { canApprove } from "../../core/quotes/approval";
import { QUOTE_STATUS_LABELS, transition, type QuoteStatus } from "../../core/quotes/status";
import type { CellUpdate, WorkbookPort } from "../../host/port";
import {
  DEPARTMENT_STATUS_LABELS,
  type DepartmentState,
} from "../../sheets/quotes/departmentStatus";
import { internalQuotePlan } from "../../sheets/quotes/internalQuotePlan";
import {
  findRegisterQuote,
  revisionsOf,
  type RegisterQuote,
} from "../../sheets/quotes/readQuoteRegister";
import type { RegisterRecord } from "../../sheets/quotes/registerRows";
import { missingColumnMessage } from "../../sheets/readRows";
import { fieldDef } from "../../sheets/fields";
import type { Locale } from "../../sheets/sheetKinds";
import type { ExistingSheet } from "../../sheets/sheetNames";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { latvianIdIssues } from "./latvianIds";
import {
  findAccount,
  findDeal,
  findMember,
  quoteLocale,
  readQuoteContext,
  registerLocale,
  type QuoteContext,
} from "./quoteContext";
import type { ApprovalFigure } from "./quoteFigures";
import {
  checklist,
  evaluateDocument,
  registerDocument,
  registerLineStates,
  revisionView,
} from "./quoteState";
import { fieldUpdates } from "./registerWriter";
import { writeQuoteSheet } from "./writeQuoteSheet";

/** What a user does to a quote. */
export type QuoteActionName = "approve" | "send" | "accept" | "reject" | "confirm";

/** The quote actions, as the CLI lists them. */
export const QUOTE_ACTIONS: readonly QuoteActionName[] = [
  "approve",
  "send",
  "accept",
  "reject",
  "confirm",
];

/**
 * One action on one quote.
 *
 * @example { quote: "Q-2026-0007", action: "approve", by: "Jānis Ozols", today: "2026-07-03" }
 * @example { quote: "Q-2026-0007", action: "confirm", by: "Līga Siliņa", department: "Serviss", today: "2026-07-03" }
 */
export interface QuoteActionRequest {
  quote: string;
  action: QuoteActionName;
  /** Who acts: the approver (must be in Team), the department's confirmer, the rep. */
  by?: string;
  /** The approver's role when they are not in Team (Manager, Director). */
  role?: string;
  /** The department that confirms (confirm only). */
  department?: string;
  /** Why the customer rejected (reject only); the deal's Lost reason. */
  reason?: string;
  today: IsoDate;
  /** When, as ISO date-time `YYYY-MM-DDTHH:MM`; default `today`. */
  at?: string;
}

/** How the deal was closed by accept or reject. */
export interface ClosedDeal {
  id: string;
  stage: "Won" | "Lost";
  /** Currency units; null when not recorded (reject, or no column). */
  revenue: number | null;
  cost: number | null;
  closedOn: IsoDate;
  quoteId: string;
  lostReason: string | null;
}

/** What an action did (`dealdesk quote approve|send|accept|reject|confirm --json`). */
export interface QuoteActionResult {
  ok: true;
  quote: string;
  action: QuoteActionName;
  previousStatus: QuoteStatus;
  status: QuoteStatus;
  approval: ApprovalFigure;
  departments: DepartmentState[];
  deal: ClosedDeal | null;
  /** Sheets written (the internal view). */
  sheets: string[];
  /** Sheets whose cells were updated (registers, Deals). */
  updated: string[];
  rows: { read: number; used: number; skipped: number };
  issues: Issue[];
}

function refuse(message: string): AppError {
  return new AppError("BAD_INPUT", message.endsWith(".") ? message : `${message}.`);
}

/** The stage words the Deals sheet speaks: Latvian when most of its stages are written so. */
function stageWord(ctx: QuoteContext, stage: "Won" | "Lost"): string {
  const lv = { Won: "Uzvarēts", Lost: "Zaudēts" };
  let latvian = 0;
  let english = 0;
  for (const d of ctx.deals.read.rows) {
    const key = normalizeKey(d.stageText);
    if (
      [
        "uzvarets",
        "zaudets",
        "izpete",
        "kvalifikacija",
        "piedavajums",
        "parrunas",
        "sarunas",
      ].includes(key)
    )
      latvian++;
    else if (
      [
        "won",
        "lost",
        "prospecting",
        "qualification",
        "proposal",
        "negotiation",
        "closedwon",
        "closedlost",
      ].includes(key)
    )
      english++;
  }
  return latvian > english ? lv[stage] : stage;
}

function statusColumnCheck(ctx: QuoteContext): { headerRow: number } {
  const read = ctx.register.quotesRead;
  if (!read || read.headerRow === null || !ctx.quotesBlock) {
    throw new AppError(
      "MISSING_SHEET",
      "No Quotes register: build a quote first (dealdesk quote WB --deal ID --line SKU:QTY)."
    );
  }
  if (!read.columns.status) {
    const def = fieldDef("quotes", "status");
    throw new AppError(
      "MISSING_COLUMN",
      def ? missingColumnMessage(read.sheet, def) : `${read.sheet}: no Status column.`
    );
  }
  return { headerRow: read.headerRow };
}

/**
 * Does one action on a quote and writes it:
 * - approve: only a quote that needs approval and is not sent; `by` must be in Team (or give
 *   `role`) with a role that may approve the needed level (a Director may approve what needs a
 *   Manager, not the other way round); records Approved, who and when;
 * - send: refused while a needed approval is missing, after expiry, or while a department has
 *   not confirmed its lines ("finalizing needs every department confirmed"); records Sent and when;
 * - accept: only a sent quote, valid through its last day; closes the deal as Won with the
 *   quote's figures — Stage, Revenue (= net), Cost, Closed on, Quote ID, each cell found by its
 *   column; a missing Revenue or Cost column is an issue, Stage and Closed on are set all the same;
 * - reject: only a sent quote; closes the deal as Lost with the reason;
 * - confirm: a department's lines of an open quote become Confirmed, with who and when.
 * Refusals are AppErrors with one sentence naming the quote and why. The internal view is
 * rewritten to show the new state.
 *
 * @example await quoteAction(port, { quote: "Q-2026-0007", action: "send", by: "Anna", today: "2026-07-04" })
 * // { status: "Sent", previousStatus: "Approved", … }
 */
export async function quoteAction(
  port: WorkbookPort,
  request: QuoteActionRequest,
  options?: JobOptions
): Promise<QuoteActionResult> {
  const today = request.today;
  const at = request.at ?? today;
  const by = request.by?.trim() ?? "";
  if ((request.action === "approve" || request.action === "confirm") && by === "") {
    const who = request.action === "approve" ? "approves" : "confirms";
    throw new AppError("USAGE", `Who ${who}? Give their name (--by NAME).`);
  }
  if (request.action === "confirm" && (request.department?.trim() ?? "") === "") {
    throw new AppError("USAGE", "Which department confirms? Give it (--department NAME).");
  }
  const ctx = await readQuoteContext(port, today, options);
  const issues: Issue[] = [...ctx.issues];
  const { headerRow } = statusColumnCheck(ctx);
  const quotesRead = ctx.register.quotesRead;
  const quotesBlock = ctx.quotesBlock;
  if (!quotesRead || !quotesBlock) throw new AppError("MISSING_SHEET", "No Quotes register.");
  const quote = findRegisterQuote(ctx.register.quotes, request.quote);
  if (!quote) throw refuse(`${quotesRead.sheet}: no quote "${request.quote.trim()}"`);
  throwIfCancelled(options);

  const locale: Locale =
    quote.locale === "lv" || quote.locale === "en"
      ? quote.locale
      : quoteLocale(ctx, undefined, options);
  const words = registerLocale(ctx, options);
  const doc = registerDocument(ctx, quote, today);
  const evaluation = evaluateDocument(ctx, doc, issues);
  const lineStates = registerLineStates(quote);
  const validUntil = doc.validUntil;
  const context = {
    approvalNeeded: evaluation.needed,
    approved: quote.approvedBy !== null,
    today,
    validUntil,
    quoteId: quote.id,
    approvalLevel: evaluation.level,
  };
  const previousStatus = quote.status;
  const quoteUpdate: RegisterRecord = {};
  const updated = new Set<string>();
  let status = quote.status;
  let approvedBy = quote.approvedBy;
  let approvedAt = quote.approvedAt;
  let closed: ClosedDeal | null = null;

  switch (request.action) {
    case "approve": {
      const member = findMember(ctx, by);
      const role = member?.role ?? request.role?.trim() ?? null;
      if (role === null) {
        throw refuse(
          `${ctx.team?.read.sheet ?? "Team"}: no one named "${by}" — add them to Team with their Role (Manager or Director)`
        );
      }
      const next = transition(quote.status, "approve", context);
      if (!next.ok) throw refuse(next.problem);
      const level = evaluation.level ?? "";
      if (!canApprove(role, level, ctx.settings.approvalLevels)) {
        throw refuse(
          `${quote.id} needs approval by a ${level}: ${member?.name ?? by} is a ${role} and cannot give it`
        );
      }
      status = next.value;
      approvedBy = member?.name ?? by;
      approvedAt = at;
      Object.assign(quoteUpdate, { approvedBy, approvedAt: { date: at } });
      break;
    }
    case "send": {
      const next = transition(quote.status, "send", context);
      if (!next.ok) throw refuse(next.problem);
      const waiting = checklist(doc.lines, lineStates).filter((d) => d.status !== "Confirmed");
      if (waiting.length > 0) {
        const list = waiting
          .map(
            (d) =>
              `${d.department} (${DEPARTMENT_STATUS_LABELS.en[d.status].toLowerCase()}, line${d.lines.length > 1 ? "s" : ""} ${d.lines.join(", ")})`
          )
          .join(", ");
        throw refuse(
          `${quote.id} cannot be sent: finalizing needs every department confirmed — not yet: ${list}`
        );
      }
      issues.push(
        ...latvianIdIssues(
          ctx,
          quote.account === null ? undefined : findAccount(ctx, quote.account)
        )
      );
      status = next.value;
      quoteUpdate.sentAt = { date: at };
      break;
    }
    case "accept":
    case "reject": {
      // A sent quote past its date reads as Expired: say that it expired, not that it is unsent.
      const from = quote.status === "Expired" ? quote.storedStatus : quote.status;
      const next = transition(from, request.action, context);
      if (!next.ok) throw refuse(next.problem);
      if (quote.dealId === null)
        throw refuse(`${quotesRead.sheet} row ${quote.row}: ${quote.id} names no deal`);
      const deal = findDeal(ctx, quote.dealId);
      status = next.value;
      const reason =
        request.reason?.trim() ||
        (locale === "lv" ? `Piedāvājums ${quote.id} noraidīts` : `Quote ${quote.id} rejected`);
      closed = await closeDeal(
        port,
        ctx,
        deal,
        request.action === "accept" ? "Won" : "Lost",
        doc.totals,
        quote.id,
        today,
        reason,
        issues
      );
      updated.add(ctx.deals.read.sheet);
      break;
    }
    case "confirm": {
      const department = request.department?.trim() ?? "";
      if (!["Draft", "Needs approval", "Approved", "Sent"].includes(quote.status)) {
        throw refuse(
          `${quote.id} is ${QUOTE_STATUS_LABELS.en[quote.status].toLowerCase()}: its departments can no longer confirm`
        );
      }
      const own = quote.lines.filter(
        (l) => l.department !== null && sameName(l.department, department)
      );
      if (own.length === 0) {
        const names = checklist(doc.lines, lineStates).map((d) => d.department);
        throw refuse(
          `${quote.id} has no line of department "${department}"` +
            (names.length > 0
              ? ` — its departments: ${names.join(", ")}`
              : " — none of its lines belongs to a department")
        );
      }
      const linesRead = ctx.register.linesRead;
      if (!linesRead || linesRead.headerRow === null || !ctx.linesBlock)
        throw refuse("No Quote lines register");
      if (!linesRead.columns.departmentStatus) {
        const def = fieldDef("quoteLines", "departmentStatus");
        throw new AppError(
          "MISSING_COLUMN",
          def
            ? missingColumnMessage(linesRead.sheet, def)
            : `${linesRead.sheet}: no Department status column.`
        );
      }
      const updates: CellUpdate[] = [];
      for (const line of own) {
        updates.push(
          ...fieldUpdates(
            ctx.linesBlock,
            linesRead.columns,
            linesRead.headerRow,
            line.row,
            {
              departmentStatus: DEPARTMENT_STATUS_LABELS[words].Confirmed,
              confirmedBy: by,
              confirmedAt: { date: at },
            },
            ctx.date1904
          )
        );
        line.departmentStatus = "Confirmed";
        line.confirmedBy = by;
        line.confirmedAt = at;
      }
      await port.updateCells(ctx.linesBlock.name, updates);
      updated.add(ctx.linesBlock.name);
      break;
    }
  }

  if (status !== quote.status) quoteUpdate.status = QUOTE_STATUS_LABELS[words][status];
  if (Object.keys(quoteUpdate).length > 0) {
    await port.updateCells(
      quotesBlock.name,
      fieldUpdates(quotesBlock, quotesRead.columns, headerRow, quote.row, quoteUpdate, ctx.date1904)
    );
    updated.add(quotesBlock.name);
  }

  // The internal view, redrawn with the new state.
  doc.status = status;
  const states = registerLineStates(quote);
  const departments = checklist(doc.lines, states);
  const earlier = revisionsOf(ctx.register.quotes, quote.id).filter(
    (q) => q.revision < quote.revision
  );
  const previous: RegisterQuote | undefined = earlier[earlier.length - 1];
  const account = quote.account === null ? undefined : findAccount(ctx, quote.account);
  const plan = internalQuotePlan(
    {
      quote: doc,
      customerName: account?.account ?? quote.account ?? "",
      approval: evaluation,
      approvedBy,
      approvedAt,
      approvalKeptFrom: null,
      departments,
      previous: previous
        ? { id: previous.id, view: revisionView(registerDocument(ctx, previous, today)) }
        : null,
    },
    locale,
    { date1904: ctx.date1904 }
  );
  const existing: ExistingSheet[] = (await port.listSheets()).map((s) => ({
    name: s.name,
    ours: s.ours,
  }));
  const internal = await writeQuoteSheet(port, plan, existing, options);

  return {
    ok: true,
    quote: quote.id,
    action: request.action,
    previousStatus,
    status,
    approval: {
      needed: evaluation.needed,
      level: evaluation.level,
      reasons: evaluation.reasons.map((r) => ({ code: r.code, message: r.en })),
      approvedBy,
      approvedAt,
    },
    departments,
    deal: closed,
    sheets: [internal],
    updated: [...updated],
    rows: ctx.counts,
    issues,
  };
}

async function closeDeal(
  port: WorkbookPort,
  ctx: QuoteContext,
  deal: Deal,
  stage: "Won" | "Lost",
  totals: { net: number; cost: number; costKnown: boolean },
  quoteId: string,
  today: IsoDate,
  reason: string,
  issues: Issue[]
): Promise<ClosedDeal> {
  const read = ctx.deals.read;
  const headerRow = read.headerRow ?? 1;
  const record: RegisterRecord = {
    stage: stageWord(ctx, stage),
    closedOn: { date: today },
    quoteId,
  };
  const missing = (key: string, what: string): void => {
    if (read.columns[key]) return;
    const def = fieldDef("deals", key);
    issues.push({
      sheet: read.sheet,
      row: deal.row,
      column: null,
      value: null,
      problem: `no ${def?.header ?? key} column: ${what} was not recorded — add a column named ${def?.header ?? key}${def ? ` (or ${def.lv})` : ""}`,
    });
  };
  let revenue: number | null = null;
  let cost: number | null = null;
  if (stage === "Won") {
    revenue = fromCents(totals.net);
    cost = totals.costKnown ? fromCents(totals.cost) : null;
    record.revenue = revenue;
    missing("revenue", `the revenue ${revenue}`);
    if (cost !== null) {
      record.cost = cost;
      missing("cost", `the cost ${cost}`);
    } else {
      issues.push({
        sheet: read.sheet,
        row: deal.row,
        column: read.columns.cost?.header ?? null,
        value: null,
        problem: `${quoteId}: a line's unit cost is unknown, so the deal's cost was left as it was`,
      });
    }
  } else {
    record.lostReason = reason;
    missing("lostReason", "the lost reason");
  }
  missing("closedOn", "the closing date");
  missing("quoteId", "the quote's number");
  await port.updateCells(
    read.sheet,
    fieldUpdates(ctx.deals.block, read.columns, headerRow, deal.row, record, ctx.date1904)
  );
  return {
    id: deal.id,
    stage,
    revenue: stage === "Won" ? revenue : null,
    cost: stage === "Won" ? cost : null,
    closedOn: today,
    quoteId,
    lostReason: stage === "Lost" ? reason : null,
  };
}
