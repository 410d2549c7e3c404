/**
 * Lessons: the team fills in a Retro sheet in Excel (here: exceljs, cell by cell, as a user
 * types), Deal Desk reads the items back and collects them on the Lessons sheet.
 */
import ExcelJS from "exceljs";
import { AppError } from "../../../src/core/appError";
import type { Lesson } from "../../../src/core/retro/lesson";
import { buildRetro } from "../../../src/core/retro/retroData";
import type { SheetPlan } from "../../../src/host/port";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { lessonsSheetPlan, readRetroLessons } from "../../../src/sheets/retro/lessons";
import { retroSheetPlan } from "../../../src/sheets/retro/retroSheetPlan";
import { lostDeal, wonDeal } from "../../core/retro/retroFixtures";
import { sheetBlock } from "../blockBuilder";

const OPTIONS = { generatedAt: "2026-07-05T14:30", sources: ["Deals", "Actuals"] };

/** The Excel row of the first cell in column A holding `text`. */
function rowOf(plan: SheetPlan, text: string): number {
  const index = plan.values.findIndex((r) => r[0] === text);
  if (index < 0) throw new Error(`no "${text}" in column A`);
  return index + 1;
}

/** Writes the plan, lets `edit` change the file as a user would, and reads the sheet back. */
async function roundTrip(plan: SheetPlan, edit: (ws: ExcelJS.Worksheet) => void) {
  const wb = createXlsx();
  await wb.writeSheet(plan);
  const user = new ExcelJS.Workbook();
  await user.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  const ws = user.getWorksheet(plan.name);
  if (!ws) throw new Error("sheet missing");
  edit(ws);
  const edited = await user.xlsx.writeBuffer();
  const reopened = await openXlsx(edited as ArrayBuffer);
  return reopened.readSheet(plan.name);
}

describe("readRetroLessons on a Retro sheet the team filled in", () => {
  it("finds exactly the items typed into the Latvian sections, empty rows ignored", async () => {
    const plan = retroSheetPlan(buildRetro(wonDeal()), "lv", OPTIONS);
    const well = rowOf(plan, "Kas izdevās");
    const improve = rowOf(plan, "Ko uzlabot");
    const actions = rowOf(plan, "Darbības");
    const block = await roundTrip(plan, (ws) => {
      ws.getCell(`B${well + 1}`).value = "Ātra apstiprināšana vadībā";
      ws.getCell(`B${well + 3}`).value = "Klients novērtēja demonstrāciju";
      ws.getCell(`B${improve + 6}`).value = "Licences jāpasūta laikus";
      // Actions: the header row is actions + 1, the first item row actions + 2.
      const a1 = actions + 2;
      ws.getCell(`B${a1}`).value = "Saskaņot piegādes termiņus ar loģistiku";
      ws.getCell(`I${a1}`).value = "Anna Bērziņa";
      ws.getCell(`K${a1}`).value = new Date(Date.UTC(2026, 8, 15)); // a real date cell
      ws.getCell(`M${a1}`).value = "x";
      ws.getCell(`B${a1 + 1}`).value = "Atjaunot cenrādi";
      ws.getCell(`I${a1 + 1}`).value = "Jānis Ozols";
      ws.getCell(`K${a1 + 1}`).value = "15.10.2026"; // typed as text
      ws.getCell(`M${a1 + 1}`).value = "nē";
      ws.getCell(`B${a1 + 3}`).value = "Pārrunāt apmācību ar klientu";
      ws.getCell(`K${a1 + 3}`).value = "pēc piegādes";
      ws.getCell(`M${a1 + 3}`).value = "daļēji";
    });

    const lessons = readRetroLessons(block, "D-1042");

    const common = { dealId: "D-1042", account: "SIA Koks", sheet: "Retro D-1042" };
    const note = { owner: null, due: null, dueText: null, done: null, doneText: null };
    expect(lessons).toEqual<Lesson[]>([
      { ...common, ...note, kind: "wentWell", text: "Ātra apstiprināšana vadībā", row: well + 1 },
      {
        ...common,
        ...note,
        kind: "wentWell",
        text: "Klients novērtēja demonstrāciju",
        row: well + 3,
      },
      { ...common, ...note, kind: "toImprove", text: "Licences jāpasūta laikus", row: improve + 6 },
      {
        ...common,
        kind: "action",
        text: "Saskaņot piegādes termiņus ar loģistiku",
        owner: "Anna Bērziņa",
        due: "2026-09-15",
        dueText: null,
        done: true,
        doneText: null,
        row: actions + 2,
      },
      {
        ...common,
        kind: "action",
        text: "Atjaunot cenrādi",
        owner: "Jānis Ozols",
        due: "2026-10-15",
        dueText: null,
        done: false,
        doneText: null,
        row: actions + 3,
      },
      {
        ...common,
        kind: "action",
        text: "Pārrunāt apmācību ar klientu",
        owner: null,
        due: null,
        dueText: "pēc piegādes",
        done: null,
        doneText: "daļēji",
        row: actions + 5,
      },
    ]);
  });

  it("reads an untouched sheet as no items, and an English sheet by its English headings", async () => {
    const plan = retroSheetPlan(buildRetro(lostDeal()), "en", OPTIONS);
    expect(readRetroLessons(await roundTrip(plan, () => undefined), "D-1050")).toEqual([]);

    const improve = rowOf(plan, "What to improve");
    const actions = rowOf(plan, "Actions");
    const block = await roundTrip(plan, (ws) => {
      ws.getCell(`B${improve + 2}`).value = "Price the second option earlier";
      ws.getCell(`B${actions + 2}`).value = "Review the discount rules";
      ws.getCell(`I${actions + 2}`).value = "Jānis Ozols";
      ws.getCell(`K${actions + 2}`).value = "2026-08-01";
    });
    expect(
      readRetroLessons(block, "D-1050").map((l) => [l.kind, l.text, l.owner, l.due, l.account])
    ).toEqual([
      ["toImprove", "Price the second option earlier", null, null, "AS Dzintars"],
      ["action", "Review the discount rules", "Jānis Ozols", "2026-08-01", "AS Dzintars"],
    ]);
  });

  it("keeps rows the user added inside a section and text typed over an item number", () => {
    const block = sheetBlock(
      [
        ["Retrospective D-7"],
        ["Account", "SIA Alfa"],
        ["What went well"],
        [1, "Good demo"],
        ["Extra: fast delivery"],
        [null, null, "typed further right"],
        ["What to improve"],
        [1, null],
        ["Actions"],
        ["#", "Action", "Who", "Owner", "Due", "Done"],
        [1, "Call back", "ignored?", "Anna", 46280, "✓"],
        ["Generated by Deal Desk 2026-07-05 14:30."],
        [null, "after the footer"],
      ],
      { formats: { E11: "dd.mm.yyyy" } }
    );
    const lessons = readRetroLessons(block, "D-7");
    expect(lessons.map((l) => [l.kind, l.text, l.owner, l.due, l.done, l.row])).toEqual([
      ["wentWell", "Good demo", null, null, null, 4],
      ["wentWell", "Extra: fast delivery", null, null, null, 5],
      ["wentWell", "typed further right", null, null, null, 6],
      ["action", "Call back ignored?", "Anna", "2026-09-15", true, 11],
    ]);
    expect(lessons.every((l) => l.account === "SIA Alfa")).toBe(true);
  });

  it("refuses a sheet that has none of the sections", () => {
    const block = sheetBlock([["Report 2026-Q3"], ["Owner", "Revenue"]], { name: "Report" });
    expect(() => readRetroLessons(block, "D-1")).toThrow(AppError);
    expect(() => readRetroLessons(block, "D-1")).toThrow(/Report: no "What went well"/);
  });
});

describe("lessonsSheetPlan", () => {
  const lessons: Lesson[] = [
    {
      dealId: "D-1042",
      account: "SIA Koks",
      kind: "wentWell",
      text: "Fast approval",
      owner: null,
      due: null,
      dueText: null,
      done: null,
      doneText: null,
      sheet: "Retro D-1042",
      row: 40,
    },
    {
      dealId: "D-1042",
      account: "SIA Koks",
      kind: "action",
      text: '=HYPERLINK("x") stays text',
      owner: "Anna Bērziņa",
      due: "2026-09-15",
      dueText: null,
      done: false,
      doneText: null,
      sheet: "Retro D-1042",
      row: 57,
    },
    {
      dealId: "D-1050",
      account: "AS Dzintars",
      kind: "action",
      text: "Review discounts",
      owner: null,
      due: null,
      dueText: "after delivery",
      done: null,
      doneText: "half",
      sheet: "Retro D-1050",
      row: 60,
    },
  ];

  it("lays out every item as a filterable table, Latvian labels and dates", () => {
    const plan = lessonsSheetPlan(lessons, "lv", {
      generatedAt: "2026-07-05T14:30",
      sources: ["Retro D-1042", "Retro D-1050"],
    });
    expect(plan).toMatchObject({ name: "Mācības", kind: "lessons", owner: "dealdesk" });
    expect(plan.values[3]).toEqual([
      "Darījums",
      "Klients",
      "Veids",
      "Teksts",
      "Atbildīgais",
      "Termiņš",
      "Izpildīts",
      "Avota lapa",
    ]);
    expect(plan.values.slice(4, 7)).toEqual([
      ["D-1042", "SIA Koks", "Izdevās", "Fast approval", null, null, null, "Retro D-1042"],
      [
        "D-1042",
        "SIA Koks",
        "Darbība",
        '=HYPERLINK("x") stays text',
        "Anna Bērziņa",
        46280,
        "nē",
        "Retro D-1042",
      ],
      [
        "D-1050",
        "AS Dzintars",
        "Darbība",
        "Review discounts",
        null,
        "after delivery",
        "half",
        "Retro D-1050",
      ],
    ]);
    expect(plan.tables).toEqual([
      expect.objectContaining({
        name: "Lessons",
        range: { row: 4, column: 1, rows: 4, columns: 8 },
      }),
    ]);
    expect(plan.formats).toContainEqual(
      expect.objectContaining({
        range: { row: 5, column: 6, rows: 3, columns: 1 },
        numberFormat: "dd.mm.yyyy",
      })
    );
    expect(plan.font?.name).toBe("Calibri");
    expect(plan.columnWidths).toHaveLength(8);
    expect(plan.values.at(-1)?.[0]).toBe(
      "Izveidoja Deal Desk 05.07.2026 14:30 no lapām: Retro D-1042, Retro D-1050."
    );
  });

  it("writes through the xlsx adapter as a table with filters that reads back the same", async () => {
    const plan = lessonsSheetPlan(lessons, "en", {
      generatedAt: "2026-07-05T14:30",
      sources: ["Retro D-1042"],
      existingTables: ["Lessons"],
    });
    const wb = createXlsx();
    await wb.writeSheet(plan);
    const again = await openXlsx(await wb.toBuffer());
    const block = await again.readSheet("Lessons");
    expect(block.tables).toEqual([{ name: "Lessons_2", range: "A4:H7" }]);
    expect(block.values[5]?.[3]).toBe('=HYPERLINK("x") stays text');
    expect(block.values[5]?.[5]).toBe(46280);
    expect(block.numberFormats[5]?.[5]).toBe("yyyy-mm-dd");
    const reader = new ExcelJS.Workbook();
    await reader.xlsx.load((await again.toBuffer()) as unknown as ArrayBuffer);
    const columns = (
      reader.getWorksheet("Lessons")?.getTable("Lessons_2") as unknown as {
        table: { columns: Array<{ filterButton?: boolean }> };
      }
    ).table.columns;
    expect(columns.every((c) => c.filterButton !== false)).toBe(true);
  });

  it("says so when nothing has been filled in yet, keeping a valid table", () => {
    const plan = lessonsSheetPlan([], "en", { generatedAt: "now", sources: [] });
    expect(plan.values[1]?.[0]).toMatch(/^No items filled in yet/);
    expect(plan.tables?.[0]?.range).toEqual({ row: 4, column: 1, rows: 2, columns: 8 });
  });
});
