/**
 * Carrying what the team filled in on a Retro sheet into the regenerated one (SPEC §6, §8):
 * the items read from the earlier sheet are written into the new plan's sections, and the
 * sections grow when the team had filled in more rows than a new sheet offers.
 */
import { isoDateToSerial } from "../../core/parseDate";
import { LESSON_KINDS, type Lesson, type LessonKind } from "../../core/retro/lesson";
import type { PlanValue, SheetPlan } from "../../host/port";
import { LESSONS_LABELS, RETRO_LABELS } from "../../sheets/retro/retroLabels";
import { ACTION_COLUMNS, FILL_IN_ROWS } from "../../sheets/retro/retroSheetPlan";
import type { Locale } from "../../sheets/sheetKinds";
import { insertPlanRows } from "./insertPlanRows";

/** The Excel row of a section heading in column A of a Retro plan. */
function headingRow(plan: SheetPlan, kind: LessonKind, locale: Locale): number {
  const label = RETRO_LABELS[locale].sections[kind];
  const index = plan.values.findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`internal: the Retro plan has no "${label}" heading`);
  return index + 1;
}

/** The cells of one item row: column → value. */
function itemCells(lesson: Lesson, locale: Locale): Array<[number, PlanValue]> {
  if (lesson.kind !== "action") return [[2, lesson.text]];
  const yesNo = LESSONS_LABELS[locale];
  const done = lesson.done === null ? lesson.doneText : lesson.done ? yesNo.yes : yesNo.no;
  return [
    [ACTION_COLUMNS.action, lesson.text === "" ? null : lesson.text],
    [ACTION_COLUMNS.owner, lesson.owner],
    [ACTION_COLUMNS.due, lesson.due !== null ? isoDateToSerial(lesson.due) : lesson.dueText],
    [ACTION_COLUMNS.done, done],
  ];
}

/**
 * The Retro plan with the earlier sheet's items written into its sections, in the order they
 * stood: What went well and What to improve in B (the row's text), Actions in Action, Owner,
 * Due (a date when it was one, else its text) and Done (yes/no in the sheet's language, else
 * the text as written). A section with more items than the plan's input rows gets more rows,
 * numbered on, with the same merges and formats. `plan` is left as it was.
 *
 * @example carryLessons(retroSheetPlan(data, "lv", opts), readRetroLessons(oldBlock, "D-1042"), "lv")
 */
export function carryLessons(
  plan: SheetPlan,
  lessons: readonly Lesson[],
  locale: Locale
): SheetPlan {
  let out: SheetPlan = { ...plan, values: plan.values.map((row) => [...row]) };
  // Bottom-up, so inserting rows in a section leaves the sections above where they were.
  for (const kind of [...LESSON_KINDS].reverse()) {
    const items = lessons.filter((l) => l.kind === kind);
    if (items.length === 0) continue;
    const first = headingRow(out, kind, locale) + (kind === "action" ? 2 : 1);
    const extra = items.length - FILL_IN_ROWS;
    // Inserted above the section's last row, so its formats and borders grow with it.
    if (extra > 0) out = insertPlanRows(out, first + FILL_IN_ROWS - 1, extra);
    items.forEach((lesson, i) => {
      const row = out.values[first - 1 + i];
      if (!row) throw new Error(`internal: the Retro plan has no row ${first + i}`);
      row[ACTION_COLUMNS.number - 1] = i + 1;
      for (const [column, value] of itemCells(lesson, locale)) row[column - 1] = value;
    });
  }
  return out;
}

/** What of an item must survive regeneration (not where it stood). */
function itemKey(l: Lesson): string {
  return JSON.stringify([l.kind, l.text, l.owner, l.due, l.dueText, l.done, l.doneText]);
}

/**
 * True when `after` holds exactly the items of `before`, in the same order per section
 * (text, owner, due, done; rows and sheet names may differ).
 *
 * @example sameItems(readRetroLessons(planBlock(carried), id), earlier) === true
 */
export function sameItems(before: readonly Lesson[], after: readonly Lesson[]): boolean {
  const keys = (list: readonly Lesson[]): string[] =>
    LESSON_KINDS.flatMap((k) => list.filter((l) => l.kind === k).map(itemKey));
  const a = keys(before);
  const b = keys(after);
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
