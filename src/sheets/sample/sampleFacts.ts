import type { DealStage, IsoDate } from "../../core/model";
import type { SheetKind } from "../sheetKinds";
import type { SampleDeviation } from "./sampleQuotes";

/** Why a row of a sample input sheet is expected to be reported by `check`. */
export type SampleBadRowReason =
  /** every cell empty: skipped */
  | "blank"
  /** the header row pasted again: skipped */
  | "repeated header"
  /** a `Kopā` total row with no ID: skipped */
  | "total"
  /** a required field is empty: skipped */
  | "missing required"
  /** an amount that is no number (`n/a`, `—`): an issue on that cell, the row is still a deal */
  | "unparseable amount"
  /**
   * a cell error: the formula `NA()`, which Excel and LibreOffice calculate to `#N/A` — an issue on
   * that cell. The plan carries no cached result (the port's FormulaValue cannot hold an error),
   * so a file written by the xlsx adapter shows the error only once a spreadsheet has calculated it.
   */
  | "error cell";

/** A row of a sample sheet that `check` must report, with its Excel row number. */
export interface SampleBadRow {
  /** Excel row number (1-based) as Excel shows it. */
  row: number;
  reason: SampleBadRowReason;
  /** True when the whole row is skipped (blank, repeated header, total, missing required). */
  skipped: boolean;
  /** Header of the offending column, or null for a whole-row problem. */
  column: string | null;
  /** The offending value as text (`#N/A` for the error cell), or null. */
  value: string | null;
}

/** A good row whose cell is written as text that still parses (`12 500,00`, `05.03.2026`). */
export interface SampleTextCell {
  row: number;
  column: string;
  value: string;
}

/** Layout and row accounting of one sample input sheet. */
export interface SampleSheetFacts {
  kind: SheetKind;
  /** Sheet name as written (Latvian). */
  sheet: string;
  /** Excel table name. */
  table: string;
  /** Headers as written, left to right from column A. */
  headers: string[];
  /** Excel row of the header. */
  headerRow: number;
  /** Excel rows above the header (title block). */
  titleRows: number[];
  /** Excel rows of the first and last row below the header. */
  firstDataRow: number;
  lastRow: number;
  /** Rows below the header without any problem. goodRows + badRows.length = lastRow − headerRow. */
  goodRows: number;
  /** Rows `check` must report, in row order. */
  badRows: SampleBadRow[];
}

/** How a duplicate lead matches an earlier one (SPEC §3 deduplication rules). */
export type SampleDuplicateRule = "email" | "domain" | "regNo" | "name";

/** A lead row that repeats an earlier one. */
export interface SampleDuplicate {
  /** Excel row (or file line) of the repeat. */
  row: number;
  /** Excel row (or file line) of the first occurrence. */
  matchesRow: number;
  /** Every rule by which the two match (at least one). */
  rules: SampleDuplicateRule[];
}

/** What the sample workbook holds, for tests and the demo to check against. */
export interface SampleFacts {
  seed: number;
  today: IsoDate;
  /** The 18 months the deals and monthly targets cover, `YYYY-MM`, oldest first. */
  months: string[];
  team: SampleSheetFacts & {
    director: string;
    support: string;
    managers: string[];
    /** Every rep (active or not), in sheet order. */
    reps: string[];
    repsByManager: Record<string, string[]>;
    awayRep: { name: string; until: IsoDate };
    inactiveRep: string;
  };
  products: SampleSheetFacts & {
    count: number;
    departments: string[];
    inactiveSkus: string[];
    reducedVatSkus: string[];
  };
  accounts: SampleSheetFacts & { count: number };
  leads: SampleSheetFacts & {
    /** Lead rows (rows with a company). */
    count: number;
    shows: { name: string; date: IsoDate; rows: number }[];
    /** Rows that repeat an earlier lead row, with the row they repeat. */
    duplicates: SampleDuplicate[];
    /** duplicates.length */
    intendedDuplicates: number;
    /** Lead rows that are existing Accounts (inside sales), with the account's row in Klienti. */
    accountMatches: {
      row: number;
      account: string;
      accountRow: number;
      rules: SampleDuplicateRule[];
    }[];
    /** Lead rows of Estonian or Lithuanian companies. */
    foreign: number;
    /** Free-mail domains used for private addresses (never a company's domain). */
    freeMailDomains: string[];
  };
  deals: SampleSheetFacts & {
    /** Rows with a Deal ID (good rows and rows with an amount issue). */
    count: number;
    /** Deals per canonical stage, whatever form the Posms cell is written in. */
    stageCounts: Record<DealStage, number>;
    /** How often each written form of Posms occurs. */
    stageForms: Record<string, number>;
    /** Created dates of the first and last deal. */
    created: { from: IsoDate; to: IsoDate };
    /** Won deals by how their cost is given. */
    wonCost: { cost: number; profit: number; margin: number; missing: number };
    /** Won deals without any cost figure (report issues). */
    wonWithoutCost: string[];
    /** Deals with a Split owner. */
    split: number;
    /** Good rows whose Summa is text with a decimal comma. */
    textAmounts: SampleTextCell[];
    /** Good rows with a date written as `dd.mm.yyyy` text. */
    textDates: SampleTextCell[];
  };
  targets: SampleSheetFacts & {
    monthly: number;
    quarterly: number;
    yearly: number;
    /**
     * The period notations used, as patterns: "YYYY-MM" (2026-07), "MM.YYYY" (07.2026),
     * "YYYY. gada mēnesis" (2026. gada jūlijs), "YYYY-Qn" (2026-Q3), "Qn YYYY" (Q4 2026), "YYYY".
     */
    periodForms: string[];
  };
  meetings: SampleSheetFacts & {
    count: number;
    past: number;
    planned: number;
    /** Planned meetings that clash on purpose (same person, same day, overlapping). */
    clashes: { a: string; b: string; person: string }[];
  };
  /** The Quotes register (Piedāvājumi): the quotes behind the sample's closed deals. */
  quotes: SampleSheetFacts & {
    /** Quote rows: every quote and revision. */
    count: number;
    /** Quote numbers (a number and its revisions count once). */
    numbers: number;
    /**
     * Deal ID → its Accepted quote (number with revision), which is also its Quote ID: every
     * won deal with Actuals, and a few others.
     */
    accepted: Record<string, string>;
    /** Deal ID → its Rejected quote (also its Quote ID), for the lost deals in the register. */
    rejected: Record<string, string>;
    /** Every revision (`-R2`) with the quote it superseded and its deal, in register order. */
    revisions: { quote: string; supersedes: string; deal: string }[];
    /** Year → the highest quote number of that year (`Q-2026-0038`): new quotes come after it. */
    highest: Record<string, string>;
  };
  /** The Quote lines register (Piedāvājumu rindas). */
  quoteLines: SampleSheetFacts & {
    /** Line rows of every quote and revision. */
    count: number;
  };
  actuals: SampleSheetFacts & {
    lines: number;
    /** Won deals that have actual lines; each deal's Ieņēmumi equals the sum of its lines. */
    deals: string[];
    /**
     * Deal ID → how its lines differ from its accepted quote (empty: delivered as quoted). The
     * latest closed of these deals shows every kind.
     */
    deviations: Record<string, SampleDeviation[]>;
  };
}
