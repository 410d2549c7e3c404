import type { CellValue, SheetBlock, SheetPlan } from "../../../src/host/port";
import { readKind } from "../../../src/sheets/readEntities";
import { readQuoteRegister } from "../../../src/sheets/quotes/readQuoteRegister";
import { generateSampleWorkbook } from "../../../src/sheets/sample/generateSampleWorkbook";
import type { SampleSheetFacts } from "../../../src/sheets/sample/sampleFacts";
import type { SheetKind } from "../../../src/sheets/sheetKinds";

/** The block an adapter would read back from the written plan (cached values, formats, table). */
function blockOf(plan: SheetPlan): SheetBlock {
  const letter = (c: number): string =>
    (c > 26 ? letter(Math.floor((c - 1) / 26)) : "") + String.fromCharCode(65 + ((c - 1) % 26));
  const values: CellValue[][] = plan.values.map((row) =>
    row.map((v): CellValue => {
      if (v !== null && typeof v === "object")
        return v.formula === "NA()" ? { error: "#N/A" } : (v.result ?? null);
      return v;
    })
  );
  const numberFormats = values.map((row) => row.map(() => "General"));
  for (const f of plan.formats ?? []) {
    if (!f.numberFormat) continue;
    for (let r = f.range.row; r < f.range.row + f.range.rows; r++) {
      for (let c = f.range.column; c < f.range.column + f.range.columns; c++) {
        const line = numberFormats[r - 1];
        if (line) line[c - 1] = f.numberFormat;
      }
    }
  }
  return {
    name: plan.name,
    firstRow: 1,
    firstColumn: 1,
    values,
    numberFormats,
    date1904: false,
    tables: (plan.tables ?? []).map((t) => ({
      name: t.name,
      range: `A${t.range.row}:${letter(t.range.columns)}${t.range.row + t.range.rows - 1}`,
    })),
  };
}

describe("the sample read back by the engine's sheet readers", () => {
  const { plans, facts } = generateSampleWorkbook();
  const sheets: SampleSheetFacts[] = [
    facts.team,
    facts.leads,
    facts.accounts,
    facts.deals,
    facts.products,
    facts.targets,
    facts.meetings,
    facts.quotes,
    facts.quoteLines,
    facts.actuals,
  ];

  it.each(sheets.map((s) => [s.sheet, s] as const))(
    "%s: every column is known and the reported rows are the bad rows",
    (_, sf) => {
      const plan = plans.find((p) => p.name === sf.sheet);
      if (!plan) throw new Error(sf.sheet);
      const read = readKind(sf.kind as Exclude<SheetKind, "settings">, blockOf(plan), {
        dateOrder: "DMY",
      });
      expect(read.unknownColumns).toEqual([]);
      expect(read.headerRow).toBe(sf.headerRow);
      expect(read.counts.read).toBe(sf.lastRow - sf.headerRow);
      const skipped = sf.badRows.filter((b) => b.skipped);
      expect(read.counts.skipped).toBe(skipped.length);
      expect(read.counts.used).toBe(sf.goodRows + sf.badRows.length - skipped.length);
      const issueRows = [...new Set(read.issues.map((i) => i.row))].sort(
        (a, b) => (a ?? 0) - (b ?? 0)
      );
      expect(issueRows).toEqual(sf.badRows.map((b) => b.row));
      for (const b of sf.badRows.filter((x) => x.column !== null)) {
        expect(read.issues.filter((i) => i.row === b.row).map((i) => i.column)).toContain(b.column);
      }
    }
  );

  it("reads every deal's stage, dates and money as the generator meant", () => {
    const plan = plans.find((p) => p.name === "Darījumi");
    if (!plan) throw new Error("Darījumi");
    const deals = readKind("deals", blockOf(plan), { dateOrder: "DMY" }).rows;
    expect(deals).toHaveLength(facts.deals.count);
    const stages: Record<string, number> = {};
    for (const d of deals) stages[d.stage] = (stages[d.stage] ?? 0) + 1;
    expect(stages).toEqual(facts.deals.stageCounts);
    for (const d of deals) {
      expect(
        d.created !== null && d.created >= `${facts.months[0]}-01` && d.created <= facts.today
      ).toBe(true);
      if (d.stage === "Won" || d.stage === "Lost")
        expect(d.closedOn !== null && d.closedOn > (d.created ?? "")).toBe(true);
    }
    const textAmountRows = new Set(facts.deals.textAmounts.map((t) => t.row));
    expect(
      deals.filter((d) => textAmountRows.has(d.row)).every((d) => d.amount !== null && d.amount > 0)
    ).toBe(true);
    const won = deals.filter((d) => d.stage === "Won");
    expect(
      won.filter((d) => d.cost === null && d.profit === null && d.margin === null).map((d) => d.id)
    ).toEqual(facts.deals.wonWithoutCost);
  });

  it("reads the quote registers as the quote jobs read theirs: every quote with its lines, statuses as written, no issue", () => {
    const block = (name: string): SheetBlock => {
      const plan = plans.find((p) => p.name === name);
      if (!plan) throw new Error(name);
      return blockOf(plan);
    };
    const register = readQuoteRegister(
      block("Piedāvājumi"),
      block("Piedāvājumu rindas"),
      { dateOrder: "DMY" },
      facts.today
    );
    expect(register.issues).toEqual([]);
    expect(register.quotes).toHaveLength(facts.quotes.count);
    expect(register.quotes.reduce((n, q) => n + q.lines.length, 0)).toBe(facts.quoteLines.count);
    const accepted = register.quotes.filter((q) => q.status === "Accepted");
    expect(Object.fromEntries(accepted.map((q) => [q.dealId, q.id]))).toEqual(
      facts.quotes.accepted
    );
    expect(
      register.quotes
        .filter((q) => q.status === "Superseded")
        .map((q) => q.id)
        .sort()
    ).toEqual(facts.quotes.revisions.map((r) => r.supersedes).sort());
    for (const q of register.quotes) {
      expect(q.storedStatus).toBe(q.status);
      expect(q.lines.every((l) => l.departmentStatus === "Confirmed")).toBe(true);
      expect(q.net).toBe(q.lines.reduce((s, l) => s + (l.net ?? 0), 0));
      expect(q.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(q.date !== null && q.sentAt?.startsWith(q.date)).toBe(true);
    }
  });
});
