/**
 * Lessons (SPEC §6): the items a team filled in on its Retro sheets — What went well, What to
 * improve, Actions with owner, due date and done — read back from the sheets as the users left
 * them, and collected on one `Lessons` (lv `Mācības`) sheet.
 */
import { AppError } from "../../core/appError";
import type { IsoDate } from "../../core/model";
import { dateFormat } from "../../core/numberFormats";
import { normalizeKey } from "../../core/normalizeText";
import { isoDateToSerial, parseDate, type DateOrder } from "../../core/parseDate";
import { parseYesNo } from "../../core/parseBoolean";
import { LESSON_KINDS, type Lesson, type LessonKind } from "../../core/retro/lesson";
import type { CellValue, PlanValue, SheetBlock, SheetPlan } from "../../host/port";
import { cellText } from "../cellText";
import type { Locale } from "../sheetKinds";
import { tableName } from "../sheetNames";
import { fillLabel, LESSONS_LABELS, RETRO_LABELS } from "./retroLabels";
import { footerText } from "./footerText";
import { RetroGrid } from "./retroGrid";
import { ACTION_COLUMNS } from "./retroSheetPlan";

const LOCALES: readonly Locale[] = ["en", "lv"];

/** Section heading key → the section it opens. */
const SECTION_BY_KEY = new Map<string, LessonKind>(
  LOCALES.flatMap((locale) =>
    LESSON_KINDS.map((kind): [string, LessonKind] => [
      normalizeKey(RETRO_LABELS[locale].sections[kind]),
      kind,
    ])
  )
);

/** Headings of the other blocks: a fill-in section ends at any of them. */
const OTHER_HEADINGS = new Set(
  LOCALES.flatMap((locale) => {
    const l = RETRO_LABELS[locale];
    return [l.timeline, l.plannedVsActual, l.finalProfit].map(normalizeKey);
  })
);

const FOOTER_PREFIXES = LOCALES.map((locale) => normalizeKey(RETRO_LABELS[locale].generatedBy));

const ACCOUNT_LABELS = new Set(LOCALES.map((locale) => normalizeKey(RETRO_LABELS[locale].account)));

type ActionField = "action" | "owner" | "due" | "done";
const ACTION_FIELDS: readonly ActionField[] = ["action", "owner", "due", "done"];

/** Action header key → field, from both locales' headers (# excluded). */
const ACTION_HEADER_KEYS = new Map<string, ActionField>(
  LOCALES.flatMap((locale) =>
    RETRO_LABELS[locale].actionHeaders
      .slice(1)
      .map((h, i): [string, ActionField] => [normalizeKey(h), ACTION_FIELDS[i] ?? "action"])
  )
);

/** An item number the plan put in column A ("1", "2.", "3)"), not text of the user's. */
const ITEM_NUMBER = /^\d{1,3}[.)]?$/;

/** How `readRetroLessons` reads due dates written as ambiguous text. */
export interface ReadLessonsOptions {
  /** Order of ambiguous slash dates (`05/07/2026`), default DMY (Settings). */
  dateOrder?: DateOrder;
}

/** Cell access by Excel row and column. */
class BlockCells {
  constructor(private readonly block: SheetBlock) {}

  get lastRow(): number {
    return this.block.firstRow + this.block.values.length - 1;
  }

  get lastColumn(): number {
    return this.block.firstColumn + (this.block.values[0]?.length ?? 0) - 1;
  }

  value(row: number, column: number): CellValue {
    return this.block.values[row - this.block.firstRow]?.[column - this.block.firstColumn] ?? null;
  }

  format(row: number, column: number): string {
    return (
      this.block.numberFormats[row - this.block.firstRow]?.[column - this.block.firstColumn] ??
      "General"
    );
  }

  text(row: number, column: number): string | null {
    return cellText(this.value(row, column), this.format(row, column), this.block.date1904);
  }

  /** Texts of the non-blank cells of a row in columns [from, to], in order. */
  texts(row: number, from: number, to: number): string[] {
    const out: string[] = [];
    for (let c = from; c <= to; c++) {
      const t = this.text(row, c);
      if (t !== null) out.push(t);
    }
    return out;
  }
}

/** What column A of a row says about the sheet's structure. */
type RowRole =
  | { role: "section"; kind: LessonKind }
  | { role: "stop" }
  | { role: "account" }
  | { role: "other" };

function rowRole(first: string | null): RowRole {
  if (first === null) return { role: "other" };
  const key = normalizeKey(first);
  const kind = SECTION_BY_KEY.get(key);
  if (kind) return { role: "section", kind };
  if (OTHER_HEADINGS.has(key) || FOOTER_PREFIXES.some((p) => key.startsWith(p))) {
    return { role: "stop" };
  }
  if (ACCOUNT_LABELS.has(key)) return { role: "account" };
  return { role: "other" };
}

/** The user's text in column A of an item row (the plan's item number does not count). */
function textOfColumnA(cells: BlockCells, row: number): string | null {
  const t = cells.text(row, 1);
  return t === null || ITEM_NUMBER.test(t) ? null : t;
}

/** Columns of the Actions header row, by the texts in it; null when the row is not that header. */
function actionColumns(cells: BlockCells, row: number): Record<ActionField, number> | null {
  const found: Partial<Record<ActionField, number>> = {};
  for (let c = 1; c <= cells.lastColumn; c++) {
    const t = cells.text(row, c);
    const field = t === null ? undefined : ACTION_HEADER_KEYS.get(normalizeKey(t));
    if (field && found[field] === undefined) found[field] = c;
  }
  if (Object.keys(found).length < 2) return null;
  return {
    action: found.action ?? ACTION_COLUMNS.action,
    owner: found.owner ?? ACTION_COLUMNS.owner,
    due: found.due ?? ACTION_COLUMNS.due,
    done: found.done ?? ACTION_COLUMNS.done,
  };
}

function readDue(
  cells: BlockCells,
  row: number,
  column: number,
  order: DateOrder,
  date1904: boolean
): { due: IsoDate | null; dueText: string | null } {
  const value = cells.value(row, column);
  const text = cells.text(row, column);
  if (text === null) return { due: null, dueText: null };
  if (typeof value === "string" || typeof value === "number") {
    const parsed = parseDate(value, { date1904, order, numberFormat: cells.format(row, column) });
    if (parsed.ok) return { due: parsed.value, dueText: null };
  }
  return { due: null, dueText: text };
}

function readDone(
  cells: BlockCells,
  row: number,
  column: number
): { done: boolean | null; doneText: string | null } {
  const value = cells.value(row, column);
  const text = cells.text(row, column);
  if (text === null || value === null || typeof value === "object") {
    return { done: null, doneText: text };
  }
  const parsed = parseYesNo(value);
  return parsed.ok ? { done: parsed.value, doneText: null } : { done: null, doneText: text };
}

/**
 * The items the team filled in on a Retro sheet: every non-empty row under the headings What
 * went well / What to improve / Actions (or Kas izdevās / Ko uzlabot / Darbības) in column A,
 * up to the next heading or the "Generated by Deal Desk" footer. Rows left empty are ignored,
 * and so are the item numbers the sheet put in column A; rows the user inserted count too.
 * Went well / To improve: the row's texts, joined by spaces. Actions: the columns under the
 * Action, Owner, Due and Done headers (found by their texts, EN or LV); Due read as a date in
 * any form (a date cell, `15.09.2026`, `2026-09-15`, `15 September 2026`; else kept as
 * `dueText`), Done as yes/no (`x`, `✓`, `jā`; else kept as `doneText`). The account is read from
 * the sheet's Account row. Throws AppError("BAD_INPUT") when the sheet has none of the three
 * headings (it is not a Retro sheet any more).
 *
 * @example readRetroLessons(await port.readSheet("Retro D-1042"), "D-1042")
 * // [{ kind: "wentWell", text: "Fast approval", … }, { kind: "action", text: "…", owner: "Anna", due: "2026-09-15", … }]
 */
export function readRetroLessons(
  block: SheetBlock,
  dealId: string,
  options: ReadLessonsOptions = {}
): Lesson[] {
  const cells = new BlockCells(block);
  const order = options.dateOrder ?? "DMY";
  const lessons: Lesson[] = [];
  let account: string | null = null;
  let section: LessonKind | null = null;
  let sectionsFound = 0;
  let columns: Record<ActionField, number> | null = null;
  let headerPending = false;

  for (let row = block.firstRow; row <= cells.lastRow; row++) {
    const role = rowRole(cells.text(row, 1));
    if (role.role === "section") {
      section = role.kind;
      sectionsFound++;
      columns = null;
      headerPending = role.kind === "action";
      continue;
    }
    if (role.role === "stop") {
      section = null;
      continue;
    }
    if (role.role === "account" && section === null) {
      account ??= cells.texts(row, 2, cells.lastColumn)[0] ?? null;
      continue;
    }
    if (section === null) continue;
    if (cells.texts(row, 1, cells.lastColumn).length === 0) continue;

    const base = {
      dealId,
      account,
      kind: section,
      sheet: block.name,
      row,
    };
    if (section !== "action") {
      const parts = [textOfColumnA(cells, row), ...cells.texts(row, 2, cells.lastColumn)];
      const text = parts.filter((p): p is string => p !== null).join(" ");
      if (text === "") continue;
      lessons.push({
        ...base,
        text,
        owner: null,
        due: null,
        dueText: null,
        done: null,
        doneText: null,
      });
      continue;
    }
    if (headerPending) {
      headerPending = false;
      columns = actionColumns(cells, row);
      if (columns) continue;
    }
    const c = columns ?? ACTION_COLUMNS;
    const ends = [c.action, c.owner, c.due, c.done].sort((x, y) => x - y);
    const nextAfter = (start: number): number =>
      (ends.find((e) => e > start) ?? cells.lastColumn + 1) - 1;
    const textParts = [
      textOfColumnA(cells, row),
      ...cells.texts(row, c.action, nextAfter(c.action)),
    ];
    const text = textParts.filter((p): p is string => p !== null).join(" ");
    const owner = cells.texts(row, c.owner, nextAfter(c.owner)).join(" ") || null;
    const due = readDue(cells, row, c.due, order, block.date1904);
    const done = readDone(cells, row, c.done);
    if (
      text === "" &&
      owner === null &&
      due.dueText === null &&
      due.due === null &&
      done.doneText === null &&
      done.done === null
    ) {
      continue;
    }
    lessons.push({ ...base, text, owner, ...due, ...done });
  }
  if (sectionsFound === 0) {
    const names = LESSON_KINDS.map((k) => `"${RETRO_LABELS.en.sections[k]}"`).join(", ");
    throw new AppError(
      "BAD_INPUT",
      `${block.name}: no ${names} section in column A — is this still a Retro sheet?`
    );
  }
  return lessons;
}

/** What the Lessons plan says about where it came from. */
export interface LessonsSheetOptions {
  /** When the sheet was made: ISO `2026-07-05T14:30` or any text. */
  generatedAt: string;
  /** The Retro sheets read. */
  sources: string[];
  /** Table names already in the workbook (the table gets a free name). */
  existingTables?: string[];
}

/** Columns: Deal, Account, Kind, Text, Owner, Due, Done, Source sheet. */
const LESSON_WIDTHS: readonly number[] = [12, 24, 12, 60, 18, 12, 9, 18];

function doneValue(lesson: Lesson, locale: Locale): PlanValue {
  if (lesson.done !== null)
    return lesson.done ? LESSONS_LABELS[locale].yes : LESSONS_LABELS[locale].no;
  return lesson.doneText;
}

/**
 * The `Lessons` sheet (lv `Mācības`, kind `lessons`): every item of every retrospective, in the
 * order given, as an Excel table with filters — Deal | Account | Kind | Text | Owner | Due |
 * Done | Source sheet — under a title and a count, with a provenance footer. Due dates are
 * dates (locale format); a due that was not a date keeps its text. Calibri; A4 landscape,
 * fit to width, header row repeated.
 *
 * @example lessonsSheetPlan(lessons, "en", { generatedAt: "2026-07-05T14:30", sources: ["Retro D-1042"] }).name === "Lessons"
 */
export function lessonsSheetPlan(
  lessons: readonly Lesson[],
  locale: Locale,
  options: LessonsSheetOptions
): SheetPlan {
  const l = LESSONS_LABELS[locale];
  const width = l.headers.length;
  const g = new RetroGrid(width);
  g.set(1, 1, l.title);
  g.format(1, 1, 1, 1, { font: { bold: true, size: 14, color: "1F4E78" } });
  const sheets = new Set(lessons.map((x) => x.sheet)).size;
  g.set(
    2,
    1,
    lessons.length === 0
      ? l.empty
      : fillLabel(l.summary, { items: String(lessons.length), sheets: String(sheets) })
  );
  g.format(2, 1, 1, 1, { font: { italic: true } });
  const header = 4;
  l.headers.forEach((h, i) => g.set(header, i + 1, h));
  g.format(header, 1, 1, width, { font: { bold: true }, wrapText: true });
  lessons.forEach((lesson, i) => {
    const r = header + 1 + i;
    g.set(r, 1, lesson.dealId);
    g.set(r, 2, lesson.account);
    g.set(r, 3, l.kinds[lesson.kind]);
    g.set(r, 4, lesson.text);
    g.set(r, 5, lesson.owner);
    g.set(r, 6, lesson.due !== null ? isoDateToSerial(lesson.due) : lesson.dueText);
    g.set(r, 7, doneValue(lesson, locale));
    g.set(r, 8, lesson.sheet);
  });
  const dataRows = Math.max(1, lessons.length);
  g.ensureRow(header + dataRows);
  g.format(header + 1, 4, dataRows, 1, { wrapText: true, verticalAlignment: "top" });
  g.format(header + 1, 6, dataRows, 1, {
    numberFormat: dateFormat(locale),
    horizontalAlignment: "left",
  });
  const footer = header + dataRows + 2;
  g.set(footer, 1, footerText(options.generatedAt, options.sources, locale));
  g.format(footer, 1, 1, 1, { font: { italic: true, size: 9, color: "7F7F7F" } });
  return {
    name: l.sheet,
    kind: "lessons",
    owner: "dealdesk",
    values: g.values,
    formats: g.formats,
    columnWidths: [...LESSON_WIDTHS],
    font: { name: "Calibri", size: 10 },
    freeze: { rows: header, columns: 0 },
    tables: [
      {
        name: tableName("Lessons", options.existingTables ?? []),
        range: { row: header, column: 1, rows: dataRows + 1, columns: width },
        style: "TableStyleLight9",
      },
    ],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: header, last: header },
      printArea: { row: 1, column: 1, rows: footer, columns: width },
    },
  };
}
