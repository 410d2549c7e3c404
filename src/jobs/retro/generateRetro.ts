/**
 * The retrospective of one deal (SPEC §6): reads the workbook, writes `Retro D-1042` — keeping
 * what the team already filled in on the earlier one — and regenerates the Lessons sheet.
 */
import { AppError, isAppError } from "../../core/appError";
import type { Issue, RowCounts } from "../../core/issue";
import type { IsoDate } from "../../core/model";
import { isIsoDate, todayIso } from "../../core/parseDate";
import type { Lesson } from "../../core/retro/lesson";
import { buildRetro } from "../../core/retro/retroData";
import type { SheetInfo, WorkbookPort } from "../../host/port";
import { readRetroLessons } from "../../sheets/retro/lessons";
import { RETRO_LABELS } from "../../sheets/retro/retroLabels";
import { retroSheetKind, retroSheetName, retroSheetPlan } from "../../sheets/retro/retroSheetPlan";
import { freeSheetName } from "../../sheets/sheetNames";
import { throwIfCancelled, type JobOptions } from "../jobOptions";
import { carryLessons, sameItems } from "./carryLessons";
import { writeLessonsSheet } from "./collectLessons";
import { nowIsoMinute } from "../../core/parseDate";
import { planBlock } from "./planBlock";
import { retroDataFigures, type RetroDataFigures } from "./retroFigures";
import { quotesOfDeal } from "./retroQuotes";
import { findRetroDeal, readRetroSources } from "./retroSources";

/** What to make a retrospective of. */
export interface RetroOptions extends JobOptions {
  /** The Deal ID (trimmed; case and punctuation ignored). */
  dealId: string;
  /** The day of the retrospective (quotes expire, open deals' cycle); default today in Riga. */
  today?: IsoDate;
  /** When, for the sheets' footers; default now, Riga time. */
  generatedAt?: string;
}

/** What a retrospective did (SPEC §9 `retro --json`). */
export interface RetroResult extends RetroDataFigures {
  ok: true;
  deal: {
    id: string;
    account: string | null;
    owner: string;
    /** Canonical stage (Won, Lost, …), or the stage as written for an open one. */
    stage: string;
    created: IsoDate | null;
    closedOn: IsoDate | null;
  };
  /** The Retro sheet's name as written. */
  sheet: string;
  /** The Lessons sheet's name as written. */
  lessonsSheet: string;
  /** Sheets written: the Retro sheet, then the Lessons sheet. */
  sheets: string[];
  /** Items filled in on the earlier Retro sheet and carried into the new one. */
  carried: number;
  /** Items on the Lessons sheet, from every Retro sheet. */
  lessons: number;
  rows: RowCounts;
  issues: Issue[];
}

/**
 * The items of a sheet named like the deal's Retro sheet that is not marked as ours but reads
 * as Deal Desk's retrospective of this deal (its title, its sections): a program that drops
 * Excel's defined names lost the mark. The sheet stays; its items go into the new one.
 */
async function unmarkedRetroItems(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  dealId: string,
  dateOrder: "DMY" | "MDY"
): Promise<{ sheet: string; items: Lesson[] }> {
  const wanted = retroSheetName(dealId).toLowerCase();
  const info = sheets.find((s) => s.ours === null && s.name.toLowerCase() === wanted);
  if (!info) return { sheet: "", items: [] };
  const block = await port.readSheet(info.name);
  const title = block.firstRow === 1 && block.firstColumn === 1 ? block.values[0]?.[0] : null;
  const titles = (["en", "lv"] as const).map((l) => `${RETRO_LABELS[l].title} ${dealId}`);
  if (typeof title !== "string" || !titles.includes(title.trim())) {
    return { sheet: info.name, items: [] };
  }
  try {
    return { sheet: info.name, items: readRetroLessons(block, dealId, { dateOrder }) };
  } catch (e) {
    if (isAppError(e, "BAD_INPUT")) return { sheet: info.name, items: [] };
    throw e;
  }
}

/** The sheet to write under, and what the team filled in on the one it replaces. */
async function retroTarget(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  dealId: string,
  dateOrder: "DMY" | "MDY",
  issues: Issue[]
): Promise<{ name: string; earlier: Lesson[] }> {
  const kind = retroSheetKind(dealId);
  // Our Retro sheets that no longer read as one are kept as they are, like the user's own.
  const kept = new Set<string>();
  for (;;) {
    const existing = sheets.map((s) => ({ name: s.name, ours: kept.has(s.name) ? null : s.ours }));
    const target = freeSheetName(retroSheetName(dealId), existing, {
      replaceKind: (k) => k === kind,
    });
    if (target.replaces === null) {
      const earlier = await unmarkedRetroItems(port, sheets, dealId, dateOrder);
      if (earlier.items.length > 0) {
        issues.push({
          sheet: earlier.sheet,
          row: null,
          column: null,
          value: null,
          problem:
            "this Retro sheet is no longer marked as Deal Desk's (a program that drops Excel's defined names saved it), " +
            `so it is kept as it is; the ${earlier.items.length} item(s) filled in there were copied into ${target.name}.`,
        });
      }
      return { name: target.name, earlier: earlier.items };
    }
    const block = await port.readSheet(target.replaces);
    try {
      return { name: target.name, earlier: readRetroLessons(block, dealId, { dateOrder }) };
    } catch (e) {
      if (!isAppError(e, "BAD_INPUT")) throw e;
      kept.add(target.replaces);
      issues.push({
        sheet: target.replaces,
        row: null,
        column: null,
        value: null,
        problem: `${e.message} It is kept as it is; the new retrospective takes another name.`,
      });
    }
  }
}

/**
 * Makes the retrospective of a deal: reads Settings, Deals, Meetings, Actuals and the Quotes /
 * Quote lines registers; computes the timeline, planned (accepted quote) against actual per
 * line and final profit against the quote (`buildRetro`); writes `Retro <Deal ID>` (a free
 * name when a sheet of the user's has it), replacing only its own earlier Retro sheet of this
 * deal — the items the team filled in there (What went well, What to improve, Actions) are
 * carried into the new sheet first, and checked to read back the same before anything is
 * written; then regenerates the Lessons sheet from every Retro sheet. The locale is Settings',
 * else `options.locale`, else English. Throws AppError("BAD_INPUT") naming an unknown deal,
 * AppError("MISSING_SHEET") without Deals.
 *
 * @example
 * const r = await generateRetro(port, { dealId: "D-1042", today: "2026-07-05" });
 * r.sheets // ["Retro D-1042", "Lessons"]; r.figures.final.profit // 3404.5
 */
export async function generateRetro(
  port: WorkbookPort,
  options: RetroOptions
): Promise<RetroResult> {
  if (options.today !== undefined && !isIsoDate(options.today)) {
    throw new AppError(
      "USAGE",
      `The date must be a calendar date YYYY-MM-DD, not "${options.today}".`
    );
  }
  const today = options.today ?? todayIso();
  const generatedAt = options.generatedAt ?? nowIsoMinute();
  const src = await readRetroSources(port, today, options);
  const deal = findRetroDeal(src.deals, options.dealId);
  const data = buildRetro({
    deal,
    quotes: quotesOfDeal(src.quotes, deal),
    meetings: src.meetings,
    actuals: src.actuals,
    today,
  });
  const issues = [...src.issues];
  throwIfCancelled(options);

  const target = await retroTarget(port, src.sheets, deal.id, src.settings.dateOrder, issues);
  const fresh = retroSheetPlan(data, src.locale, { generatedAt, sources: src.sourceNames });
  const plan = { ...carryLessons(fresh, target.earlier, src.locale), name: target.name };
  const carried = readRetroLessons(planBlock(plan), deal.id, { dateOrder: src.settings.dateOrder });
  if (!sameItems(target.earlier, carried)) {
    throw new AppError(
      "WRITE_FAILED",
      `${target.name}: what the team filled in could not be carried into the new retrospective, so nothing was written.`
    );
  }
  throwIfCancelled(options);
  options.onProgress?.({ done: 0, total: 2, label: `Writing ${plan.name}` });
  const sheet = await port.writeSheet(plan, options);

  options.onProgress?.({ done: 1, total: 2, label: "Collecting lessons" });
  const lessons = await writeLessonsSheet(port, {
    ...options,
    locale: src.locale,
    dateOrder: src.settings.dateOrder,
    generatedAt,
  });
  options.onProgress?.({ done: 2, total: 2, label: "Done" });
  // A Retro sheet kept aside above is said once, not again by the Lessons sheet.
  issues.push(
    ...lessons.issues.filter((i) => !issues.some((j) => j.row === null && j.sheet === i.sheet))
  );

  return {
    ok: true,
    deal: {
      id: deal.id,
      account: deal.account,
      owner: deal.owner,
      stage: deal.stage === "Open" ? deal.stageText : deal.stage,
      created: deal.created,
      closedOn: deal.closedOn,
    },
    sheet,
    lessonsSheet: lessons.sheet,
    sheets: [sheet, lessons.sheet],
    carried: target.earlier.length,
    lessons: lessons.lessons.length,
    ...retroDataFigures(data, src.locale),
    rows: src.counts,
    issues,
  };
}
