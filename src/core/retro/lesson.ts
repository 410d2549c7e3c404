/**
 * A lesson: one item the team filled in on a retrospective sheet (SPEC §6) — something that
 * went well, something to improve, or an action with its owner and due date.
 */
import type { IsoDate } from "../model";

/** The section an item stands in. */
export type LessonKind = "wentWell" | "toImprove" | "action";

/** The kinds in the order the sections stand on a retrospective. */
export const LESSON_KINDS: readonly LessonKind[] = ["wentWell", "toImprove", "action"];

/**
 * One filled-in item of a retrospective.
 *
 * @example
 * { dealId: "D-1042", account: "SIA Koks", kind: "action", text: "Confirm delivery dates with logistics",
 *   owner: "Anna Bērziņa", due: "2026-09-15", dueText: null, done: false, doneText: null,
 *   sheet: "Retro D-1042", row: 48 }
 */
export interface Lesson {
  dealId: string;
  account: string | null;
  kind: LessonKind;
  text: string;
  /** Actions only: who does it. */
  owner: string | null;
  /** Actions only: the due date, when it reads as one. */
  due: IsoDate | null;
  /** The due cell's text when it does not read as a date (e.g. "after delivery"), else null. */
  dueText: string | null;
  /** Actions only: yes/no as written; null when blank or not a yes/no. */
  done: boolean | null;
  /** The done cell's text when it is not a yes/no (e.g. "half"), else null. */
  doneText: string | null;
  /** The retrospective sheet it was read from. */
  sheet: string;
  /** Its Excel row there. */
  row: number;
}
