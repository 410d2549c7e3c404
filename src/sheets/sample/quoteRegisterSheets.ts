import { parseQuoteId, revisionId } from "../../core/quotes/numbering";
import type { SheetPlan } from "../../host/port";
import {
  quoteLineRecords,
  quoteRegisterRecord,
  registerSheetPlan,
  type RegisterRecord,
} from "../quotes/registerRows";
import type { SampleFacts, SampleSheetFacts } from "./sampleFacts";
import type { SampleQuote } from "./sampleQuotes";

/** The register's words (statuses, yes/no, department statuses): the sample's are Latvian. */
const WORDS = "lv";

function sheetFacts(plan: SheetPlan, kind: "quotes" | "quoteLines"): SampleSheetFacts {
  const [header = [], ...rows] = plan.values;
  return {
    kind,
    sheet: plan.name,
    table: plan.tables?.[0]?.name ?? "",
    headers: header.map((h) => String(h ?? "")),
    headerRow: 1,
    titleRows: [],
    firstDataRow: 2,
    lastRow: 1 + rows.length,
    goodRows: rows.length,
    badRows: [],
  };
}

/**
 * The Piedāvājumi (Quotes) and Piedāvājumu rindas (Quote lines) registers of the sample,
 * written exactly as the quote jobs write a register that does not exist yet (Latvian headers,
 * tables Quotes and Quote_lines, Latvian words): one row per quote and revision, with
 * approval, sent time and notes; one row per line, confirmed by its department.
 *
 * @example quoteRegisterSheets(history.quotes).quotes.plan.name === "Piedāvājumi"
 */
export function quoteRegisterSheets(quotes: readonly SampleQuote[]): {
  quotes: { plan: SheetPlan; facts: SampleFacts["quotes"] };
  quoteLines: { plan: SheetPlan; facts: SampleFacts["quoteLines"] };
} {
  const quoteRows: RegisterRecord[] = quotes.map((q) => ({
    ...quoteRegisterRecord(q.document, {
      account: q.account,
      locale: q.locale,
      words: WORDS,
      approval: q.approval,
      approvedBy: q.approvedBy,
      approvedAt: q.approvedAt,
      notes: q.notes,
    }),
    sentAt: { date: q.sentAt },
  }));
  const lineRows: RegisterRecord[] = quotes.flatMap((q) =>
    quoteLineRecords(
      q.document,
      q.document.lines.map(() => ({ status: "Confirmed", by: q.confirmedBy, at: q.confirmedAt })),
      WORDS
    )
  );
  const quotesPlan = registerSheetPlan("quotes", WORDS, quoteRows);
  const linesPlan = registerSheetPlan("quoteLines", WORDS, lineRows);

  const byStatus = (status: string): Record<string, string> =>
    Object.fromEntries(
      quotes
        .filter((q) => q.document.status === status)
        .map((q) => [q.document.dealId, q.document.id] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1))
    );
  const revisions = quotes
    .map((q) => ({ q, ...parseQuoteId(q.document.id) }))
    .filter(({ revision }) => revision > 1)
    .map(({ q, base, revision }) => ({
      quote: q.document.id,
      supersedes: revisionId(base, revision - 1),
      deal: q.document.dealId,
    }));
  // A number belongs to the year of its first revision's date.
  const highest: Record<string, string> = {};
  for (const q of quotes) {
    if (parseQuoteId(q.document.id).revision !== 1) continue;
    const year = q.document.date.slice(0, 4);
    const known = highest[year];
    if (known === undefined || q.document.id > known) highest[year] = q.document.id;
  }

  return {
    quotes: {
      plan: quotesPlan,
      facts: {
        ...sheetFacts(quotesPlan, "quotes"),
        count: quotes.length,
        numbers: new Set(quotes.map((q) => parseQuoteId(q.document.id).base)).size,
        accepted: byStatus("Accepted"),
        rejected: byStatus("Rejected"),
        revisions,
        highest,
      },
    },
    quoteLines: {
      plan: linesPlan,
      facts: { ...sheetFacts(linesPlan, "quoteLines"), count: lineRows.length },
    },
  };
}
