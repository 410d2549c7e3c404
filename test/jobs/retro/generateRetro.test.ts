/**
 * The retrospective job through the xlsx adapter on the Latvian fixture: what the team filled in
 * always survives (more items than the new sheet's rows, a sheet that lost its mark), sheets of
 * the user's are never replaced, the Lessons sheet follows every Retro sheet.
 */
import { join } from "node:path";
import { AppError } from "../../../src/core/appError";
import type { Lesson } from "../../../src/core/retro/lesson";
import { buildRetro } from "../../../src/core/retro/retroData";
import type { SheetPlan } from "../../../src/host/port";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../../../src/host/xlsx/xlsxWorkbook";
import { openXlsxFile } from "../../../src/host/xlsx/xlsxFile";
import { collectLessons } from "../../../src/jobs/retro/collectLessons";
import { carryLessons } from "../../../src/jobs/retro/carryLessons";
import { generateRetro } from "../../../src/jobs/retro/generateRetro";
import { listRetroCandidates } from "../../../src/jobs/retro/listRetroCandidates";
import { readRetroLessons } from "../../../src/sheets/retro/lessons";
import { retroSheetPlan } from "../../../src/sheets/retro/retroSheetPlan";
import { wonDeal } from "../../core/retro/retroFixtures";

const FIXTURE = join(__dirname, "../../fixtures/retro-deal-latvian.xlsx");
const TODAY = "2026-07-05";
const AT = "2026-07-05T14:30";

async function fixture(): Promise<XlsxWorkbook> {
  return openXlsxFile(FIXTURE);
}

/** The workbook saved and opened again, as the next run (or Excel) would see it. */
async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await wb.toBuffer());
}

function lesson(kind: Lesson["kind"], text: string, extra: Partial<Lesson> = {}): Lesson {
  return {
    dealId: "D-1042",
    account: "SIA Koks",
    kind,
    text,
    owner: null,
    due: null,
    dueText: null,
    done: null,
    doneText: null,
    sheet: "Retro D-1042",
    row: 0,
    ...extra,
  };
}

/** A Retro sheet of D-1042 as the team left it: the items typed (rows inserted where needed). */
function filledIn(items: Lesson[], owner: "dealdesk" | "user" = "dealdesk"): SheetPlan {
  const data = buildRetro({ ...wonDeal(), deal: { ...wonDeal().deal, id: "D-1042" } });
  const plan = carryLessons(
    retroSheetPlan(data, "lv", { generatedAt: AT, sources: [] }),
    items,
    "lv"
  );
  return { ...plan, owner };
}

const teamItems: Lesson[] = [
  ...Array.from({ length: 8 }, (_, i) => lesson("wentWell", `Izdevās ${i + 1}`)),
  lesson("toImprove", '=HYPERLINK("http://x") paliek teksts'),
  lesson("action", "Saskaņot piegādi", {
    owner: "Anna Bērziņa",
    due: "2026-09-15",
    done: true,
  }),
  lesson("action", "Atjaunot cenrādi", { dueText: "pēc piegādes", doneText: "daļēji" }),
];

const itemsOf = (list: Lesson[]) =>
  list.map((l) => [l.kind, l.text, l.owner, l.due, l.dueText, l.done, l.doneText]);

describe("generateRetro keeps what the team filled in", () => {
  it("carries more items than a new sheet has rows into the sheet it replaces", async () => {
    const wb = await fixture();
    await wb.writeSheet(filledIn(teamItems));
    const result = await generateRetro(await reopen(wb), {
      dealId: "D-1042",
      today: TODAY,
      generatedAt: AT,
    });
    expect(result.sheet).toBe("Retro D-1042");
    expect(result.carried).toBe(teamItems.length);
  });

  it("writes a sheet that reads back with every item, numbered on, the footer last", async () => {
    const wb = await reopen(await fixture());
    await wb.writeSheet(filledIn(teamItems));
    await generateRetro(wb, { dealId: "D-1042", today: TODAY, generatedAt: AT });
    const again = await reopen(wb);
    const block = await again.readSheet("Retro D-1042");
    expect(itemsOf(readRetroLessons(block, "D-1042"))).toEqual(itemsOf(teamItems));

    const columnA = block.values.map((r) => r[0]);
    const well = columnA.indexOf("Kas izdevās");
    expect(columnA.slice(well + 1, well + 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(columnA.indexOf("Ko uzlabot")).toBe(well + 10);
    expect(String(columnA.at(-1))).toMatch(/^Izveidoja Deal Desk/);
    // the new sheet's own figures are the deal's, not the plan the team's sheet came from
    const total = columnA.indexOf("Kopā");
    expect(block.values[total]?.[4]).toBe(11750);
  });

  it("lists every item on the Lessons sheet, once", async () => {
    const wb = await fixture();
    await wb.writeSheet(filledIn(teamItems));
    const result = await generateRetro(wb, { dealId: "D-1042", today: TODAY, generatedAt: AT });
    expect(result.lessons).toBe(teamItems.length);
    const block = await (await reopen(wb)).readSheet("Mācības");
    const texts = block.values.slice(4, 4 + teamItems.length).map((r) => r[3]);
    expect(texts).toEqual(teamItems.map((l) => l.text));
  });

  it("keeps an earlier Retro sheet that lost its sections, and writes the new one beside it", async () => {
    const wb = await fixture();
    await wb.writeSheet({
      name: "Retro D-1042",
      kind: "retro:D-1042",
      values: [["Mūsu kopsavilkums"], ["viss pārrakstīts"]],
    });
    const result = await generateRetro(wb, { dealId: "D-1042", today: TODAY, generatedAt: AT });
    expect(result.sheet).toBe("Retro D-1042 (2)");
    const kept = await wb.readSheet("Retro D-1042");
    expect(kept.values).toEqual([["Mūsu kopsavilkums"], ["viss pārrakstīts"]]);
    const about = result.issues.filter((i) => i.sheet === "Retro D-1042");
    expect(about).toHaveLength(1);
    expect(about[0]?.problem).toMatch(/kept as it is/);
  });

  it("copies the items of a Retro sheet that lost its Deal Desk mark, leaving that sheet as it is", async () => {
    const wb = await fixture();
    await wb.writeSheet(filledIn(teamItems, "user"));
    const before = await wb.readSheet("Retro D-1042");
    const result = await generateRetro(wb, { dealId: "D-1042", today: TODAY, generatedAt: AT });
    expect(result.sheet).toBe("Retro D-1042 (2)");
    expect(result.carried).toBe(teamItems.length);
    expect(await wb.readSheet("Retro D-1042")).toEqual(before);
    const block = await (await reopen(wb)).readSheet("Retro D-1042 (2)");
    expect(itemsOf(readRetroLessons(block, "D-1042"))).toEqual(itemsOf(teamItems));
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        sheet: "Retro D-1042",
        problem: expect.stringMatching(/copied into Retro D-1042 \(2\)/),
      })
    );
  });

  it("replaces only its own Lessons sheet: the user's stays, the other language's is removed", async () => {
    const wb = await fixture();
    await wb.writeSheet({ name: "Mācības", kind: "x", owner: "user", values: [["Mūsu mācības"]] });
    await wb.writeSheet({ name: "Lessons", kind: "lessons", values: [["old English lessons"]] });
    const result = await generateRetro(wb, { dealId: "D-1042", today: TODAY, generatedAt: AT });
    expect(result.lessonsSheet).toBe("Mācības (2)");
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names).not.toContain("Lessons");
    expect((await wb.readSheet("Mācības")).values).toEqual([["Mūsu mācības"]]);
  });

  it("names an unknown deal, writing nothing", async () => {
    const wb = await fixture();
    const before = await wb.listSheets();
    await expect(generateRetro(wb, { dealId: "D-9", today: TODAY })).rejects.toThrow(
      'Darījumi: no deal "D-9".'
    );
    expect(await wb.listSheets()).toEqual(before);
  });

  it("says which sheet to add when the workbook has no Deals", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "Piezīmes", kind: "x", owner: "user", values: [["nekas"]] });
    const run = generateRetro(wb, { dealId: "D-1042", today: TODAY });
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toThrow(
      "No Deals sheet: add a sheet named Deals or Opportunities or Darījumi."
    );
  });
});

describe("listRetroCandidates and collectLessons", () => {
  it("offers complex won or lost deals first, latest closed first, with lines and Actuals", async () => {
    const { candidates, rows } = await listRetroCandidates(await fixture(), { today: TODAY });
    expect(candidates.map((c) => [c.id, c.stage, c.lines, c.complex, c.hasActuals])).toEqual([
      ["D-1042", "Won", 3, true, true],
      ["D-1040", "Lost", 2, true, false],
      ["D-1050", "Won", 1, false, true],
      ["D-1060", "Proposal", 0, false, false],
    ]);
    expect(rows.read).toBe(rows.used + rows.skipped);
  });

  it("refreshes the Lessons sheet alone from every Retro sheet", async () => {
    const wb = await fixture();
    await wb.writeSheet(filledIn(teamItems));
    const result = await collectLessons(wb, { generatedAt: AT });
    expect(result.sheets).toEqual(["Mācības"]);
    expect(result.retroSheets).toEqual(["Retro D-1042"]);
    expect(itemsOf(result.lessons)).toEqual(itemsOf(teamItems));
  });
});
