/**
 * What changed between two revisions of a quote, for the register's what-changed table
 * (SPEC §4: lines added, removed, changed; totals before/after).
 */
import type { Cents } from "../model";
import { normalizeKey } from "../normalizeText";
import type { QuoteLineInput } from "./quoteMath";

/** A revision as the diff sees it: its lines and totals. */
export interface QuoteRevisionView {
  lines: readonly QuoteLineInput[];
  totals: { net: Cents; vat: Cents; gross: Cents };
}

/** A line field the what-changed table reports. */
export type DiffField = "qty" | "unitPrice" | "discount" | "vatRate" | "optional";

/**
 * One changed field: numbers in their units (unit price in cents, discount and VAT rate as
 * fractions). @example { field: "qty", before: 2, after: 3 }
 */
export interface FieldChange {
  field: DiffField;
  before: number | boolean;
  after: number | boolean;
}

/**
 * A line found in both revisions with at least one changed field.
 *
 * @example { key: "LAP-14", before, after, changes: [{ field: "discount", before: 0.1, after: 0.15 }] }
 */
export interface LineChange {
  /** The SKU, or the description of a free-text line. */
  key: string;
  before: QuoteLineInput;
  after: QuoteLineInput;
  changes: FieldChange[];
}

/** A total before and after. */
export interface TotalChange {
  before: Cents;
  after: Cents;
}

/**
 * The differences between two revisions. `unchanged` is true when no line was added, removed
 * or changed and the totals are equal.
 */
export interface QuoteDiff {
  added: QuoteLineInput[];
  removed: QuoteLineInput[];
  changed: LineChange[];
  totals: { net: TotalChange; vat: TotalChange; gross: TotalChange };
  unchanged: boolean;
}

const FIELDS: readonly DiffField[] = ["qty", "unitPrice", "discount", "vatRate", "optional"];

/** Fractions re-read from "15 %" may differ in the last bits; that is no change. */
function same(a: number | boolean, b: number | boolean): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9;
  return a === b;
}

function lineKey(line: QuoteLineInput): string {
  return line.sku !== null
    ? `sku:${normalizeKey(line.sku)}`
    : `text:${normalizeKey(line.description)}`;
}

/**
 * Compares two revisions line by line. Lines are matched by SKU (case and punctuation ignored),
 * free-text lines by description; when a key appears several times the first occurrences are
 * paired first, in quote order. Reported fields: qty, unit price, discount, VAT rate, optional.
 * Added lines are in the order of `after`, removed ones in the order of `before`.
 *
 * @example diffQuotes(r1, r2).changed[0] // { key: "LAP-14", changes: [{ field: "qty", before: 2, after: 3 }], … }
 * @example diffQuotes(r1, r1).unchanged === true
 */
export function diffQuotes(before: QuoteRevisionView, after: QuoteRevisionView): QuoteDiff {
  const waiting = new Map<string, number[]>();
  before.lines.forEach((line, i) => {
    const k = lineKey(line);
    waiting.set(k, [...(waiting.get(k) ?? []), i]);
  });
  const added: QuoteLineInput[] = [];
  const changed: LineChange[] = [];
  const matched = new Set<number>();
  for (const line of after.lines) {
    const i = waiting.get(lineKey(line))?.shift();
    const old = i === undefined ? undefined : before.lines[i];
    if (i === undefined || old === undefined) {
      added.push(line);
      continue;
    }
    matched.add(i);
    const changes: FieldChange[] = [];
    for (const field of FIELDS) {
      if (!same(old[field], line[field])) {
        changes.push({ field, before: old[field], after: line[field] });
      }
    }
    if (changes.length > 0) {
      changed.push({ key: line.sku ?? line.description, before: old, after: line, changes });
    }
  }
  const removed = before.lines.filter((_l, i) => !matched.has(i));
  const totals = {
    net: { before: before.totals.net, after: after.totals.net },
    vat: { before: before.totals.vat, after: after.totals.vat },
    gross: { before: before.totals.gross, after: after.totals.gross },
  };
  const unchanged =
    added.length === 0 &&
    removed.length === 0 &&
    changed.length === 0 &&
    Object.values(totals).every((t) => t.before === t.after);
  return { added, removed, changed, totals, unchanged };
}
