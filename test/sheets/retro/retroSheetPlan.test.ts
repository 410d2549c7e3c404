import { buildRetro } from "../../../src/core/retro/retroData";
import { dateFormat, moneyFormat, percentFormat } from "../../../src/core/numberFormats";
import type { PlanValue, SheetPlan } from "../../../src/host/port";
import { retroSheetName, retroSheetPlan } from "../../../src/sheets/retro/retroSheetPlan";
import { dealWithoutQuotes, lostDeal, wonDeal } from "../../core/retro/retroFixtures";

const OPTIONS = { generatedAt: "2026-07-05T14:30", sources: ["Deals", "Quotes", "Actuals"] };

function columnA(plan: SheetPlan): PlanValue[] {
  return plan.values.map((r) => r[0] ?? null);
}

/** The row (1-based) whose column A holds `text`. */
function rowOf(plan: SheetPlan, text: string): number {
  return columnA(plan).indexOf(text) + 1;
}

function formatAt(plan: SheetPlan, row: number, column: number): string | undefined {
  const blocks = (plan.formats ?? []).filter(
    (f) =>
      f.numberFormat !== undefined &&
      row >= f.range.row &&
      row < f.range.row + f.range.rows &&
      column >= f.range.column &&
      column < f.range.column + f.range.columns
  );
  return blocks.at(-1)?.numberFormat;
}

describe("retroSheetPlan", () => {
  const lv = retroSheetPlan(buildRetro(wonDeal()), "lv", OPTIONS);
  const en = retroSheetPlan(buildRetro(wonDeal()), "en", OPTIONS);

  it("is the deal's Retro sheet, owned by Deal Desk, in either language", () => {
    expect(lv).toMatchObject({ name: "Retro D-1042", kind: "retro:D-1042", owner: "dealdesk" });
    expect(en).toMatchObject({ name: "Retro D-1042", kind: "retro:D-1042" });
    expect(lv.values[0]?.[0]).toBe("Retrospektīva D-1042");
    expect(en.values[0]?.[0]).toBe("Retrospective D-1042");
    expect(retroSheetName("D/2026:7 [big] deal with a very long identifier")).toBe(
      "Retro D-2026-7 (big) deal with"
    );
  });

  it("has the blocks in order, headings in column A as the Lessons reader finds them", () => {
    const headings = [
      "Laika līnija",
      "Plānots pret faktu",
      "Gala peļņa pret piedāvāto",
      "Kas izdevās",
      "Ko uzlabot",
      "Darbības",
    ];
    const rows = headings.map((h) => rowOf(lv, h));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const enRows = [
      "Timeline",
      "Planned vs actual",
      "Final profit against quote",
      "What went well",
      "What to improve",
      "Actions",
    ].map((h) => rowOf(en, h));
    expect(enRows).toEqual(rows);
    // Six numbered input rows under each fill-in heading, with a light fill.
    const well = rowOf(lv, "Kas izdevās");
    expect(columnA(lv).slice(well, well + 7)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(lv.formats).toContainEqual(
      expect.objectContaining({
        range: { row: well + 1, column: 2, rows: 6, columns: 13 },
        fill: "FFF9E5",
      })
    );
    const actions = rowOf(lv, "Darbības");
    expect(lv.values[actions]).toEqual(
      expect.arrayContaining(["#", "Darbība", "Atbildīgais", "Termiņš", "Izpildīts"])
    );
    expect(formatAt(lv, actions + 2, 11)).toBe(dateFormat("lv"));
    expect(columnA(lv).at(-1)).toBe(
      "Izveidoja Deal Desk 05.07.2026 14:30 no lapām: Deals, Quotes, Actuals."
    );
  });

  it("shows the deal header with dates as dates", () => {
    const created = rowOf(en, "Created");
    expect(en.values[created - 1]?.[1]).toBe(46032); // 2026-01-10
    expect(formatAt(en, created, 2)).toBe(dateFormat("en"));
    expect(en.values[rowOf(en, "Account") - 1]?.[1]).toBe("SIA Koks");
    expect(en.values[rowOf(en, "Stage") - 1]?.[1]).toBe("Won");
    expect(en.values[rowOf(en, "Compared with") - 1]?.[1]).toBe("Q-2026-0007-R2 (Accepted)");
    expect(lv.values[rowOf(lv, "Posms") - 1]?.[1]).toBe("Uzvarēts");
  });

  it("writes money, percentages and totals with explicit formats and live SUM formulas", () => {
    const total = rowOf(lv, "Kopā");
    expect(lv.values[total - 1]?.[4]).toEqual({ formula: "SUM(E26:E29)", result: 12000 });
    expect(lv.values[total - 1]?.[5]).toEqual({ formula: "SUM(F26:F29)", result: 11500 });
    expect(lv.values[total - 1]?.[12]).toEqual({ formula: "(F30-I30)-(E30-H30)", result: -900 });
    expect(formatAt(lv, 26, 5)).toBe(moneyFormat("lv"));
    expect(formatAt(lv, total, 13)).toBe(moneyFormat("lv"));
    expect(formatAt(lv, 26, 11)).toBe(percentFormat("lv"));
    expect(lv.values[26]?.slice(0, 2)).toEqual(["SW-10", "Licences"]);
    expect(lv.values[26]?.[13]).toBe("nav piegādāts");
    expect(lv.values[28]?.[13]).toBe("nav piedāvāts");
  });

  it("sets Calibri, column widths and A4 portrait fit to width", () => {
    expect(lv.font).toEqual({ name: "Calibri", size: 10 });
    expect(lv.columnWidths).toHaveLength(14);
    expect(lv.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
    expect(lv.print?.printArea).toEqual({ row: 1, column: 1, rows: lv.values.length, columns: 14 });
  });

  it("flags a comparison with a quote that was not accepted, and the lost reason", () => {
    const plan = retroSheetPlan(buildRetro(lostDeal()), "lv", OPTIONS);
    const texts = plan.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("nav pieņemta piedāvājuma: salīdzināts ar Q-2026-0010-R2");
    expect(plan.values[rowOf(plan, "Zaudējuma iemesls") - 1]?.[1]).toBe("Price");
    expect(texts).toContain("iemesls: Price");
  });

  it("says there is nothing to compare for a deal without quotes or Actuals", () => {
    const input = dealWithoutQuotes();
    const none = retroSheetPlan(buildRetro({ ...input, actuals: [] }), "en", OPTIONS);
    const texts = none.values.flat();
    expect(texts).toContain("Nothing to compare: no quote and no Actuals rows.");
    expect(texts).toContain("Quoted (no quote)");
    expect(texts).toContain("no quote: nothing was planned");
  });
});
