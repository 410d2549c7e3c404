import type { Lead, LeadStatus } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { numberOf, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Leads sheet. Lead ID stays null when absent (the leads job numbers new leads);
 * an unknown Status is reported and left empty.
 *
 * @example readLeads(block, { dateOrder: "DMY" }).rows[0].company → "SIA Koks"
 */
export function readLeads(block: SheetBlock, options: ReadOptions): SheetRead<Lead> {
  return drainReadSteps(readLeadsSteps(block, options));
}

/** `readLeads` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readLeadsSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<Lead>, void> {
  return readRowsSteps(block, "leads", options, (r) => ({
    row: r.row,
    id: textOf(r, "id"),
    company: requiredText(r, "company"),
    regNo: textOf(r, "regNo"),
    vatNo: textOf(r, "vatNo"),
    contact: textOf(r, "contact"),
    title: textOf(r, "title"),
    email: textOf(r, "email"),
    phone: textOf(r, "phone"),
    website: textOf(r, "website"),
    country: textOf(r, "country"),
    city: textOf(r, "city"),
    industry: textOf(r, "industry"),
    employees: numberOf(r, "employees"),
    source: textOf(r, "source"),
    booth: textOf(r, "booth"),
    score: numberOf(r, "score"),
    grade: textOf(r, "grade"),
    // readRows only lets the lead status words of choiceValues through.
    status: textOf(r, "status") as LeadStatus | null,
    owner: textOf(r, "owner"),
    nextStep: textOf(r, "nextStep"),
    nextStepDate: textOf(r, "nextStepDate"),
    lastContact: textOf(r, "lastContact"),
    materialsSent: textOf(r, "materialsSent"),
    notes: textOf(r, "notes"),
  }));
}
