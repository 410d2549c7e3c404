import JSZip from "jszip";
import { isAppError } from "../../../src/core/appError";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { fixture, part, reopen } from "./xlsxTestKit";

describe("sheets Deal Desk made are marked as its own", () => {
  it("survives save and reopen, with the plan's kind", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Deals",
      kind: "input:deals",
      owner: "user",
      values: [["Deal ID"], ["D-1"]],
    });
    await wb.writeSheet({
      name: "Q-2026-0007",
      kind: 'quote:Q-2026-0007 "rev 2"',
      values: [["Quote"]],
    });
    await wb.writeSheet({ name: "Pārskats", kind: "report:2026-Q3:summary", values: [["Report"]] });
    const again = await openXlsx(await wb.toBuffer());
    expect((await again.listSheets()).map((s) => [s.name, s.ours])).toEqual([
      ["Deals", null],
      ["Q-2026-0007", 'quote:Q-2026-0007 "rev 2"'],
      ["Pārskats", "report:2026-Q3:summary"],
    ]);
    // Still marked after a second round trip through this adapter.
    const third = await openXlsx(await again.toBuffer());
    expect((await third.listSheets()).find((s) => s.name === "Pārskats")?.ours).toBe(
      "report:2026-Q3:summary"
    );
  });

  it("marks with a sheet-scoped defined name _DealDesk holding the kind as text", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "Mine", kind: "report:x", values: [["x"]] });
    const xml = await part(await wb.toBuffer(), "xl/workbook.xml");
    expect(xml).toContain(
      '<definedName name="_DealDesk" localSheetId="0" hidden="1">&quot;report:x&quot;</definedName>'
    );
  });

  it("recognises the mark Excel writes through Office.js (names.add('_DealDesk', '=\"kind\"'))", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    const sheets = await wb.listSheets();
    expect(sheets.map((s) => [s.name, s.ours])).toEqual([
      ["Leads", null],
      ["Pārskats", "report:2026-Q3"],
      ["Notes", null],
    ]);
    // ...and replaces that sheet, in its place, when asked to write it again.
    await wb.writeSheet({ name: "Pārskats", kind: "report:2026-Q4", values: [["new"]] });
    const after = await openXlsx(await wb.toBuffer());
    expect((await after.listSheets()).map((s) => [s.name, s.ours])).toEqual([
      ["Leads", null],
      ["Pārskats", "report:2026-Q4"],
      ["Notes", null],
    ]);
  });
});

describe("the user's sheets are never replaced or deleted", () => {
  it("refuses to write over a user's sheet of the same name (any case), leaving it as it was", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    const before = await wb.readSheet("Leads");
    const attempt = wb.writeSheet({ name: "LEADS", kind: "report:x", values: [["mine"]] });
    await expect(attempt).rejects.toMatchObject({ code: "WRITE_FAILED" });
    await expect(attempt).rejects.toThrow("a sheet of yours is named Leads");
    expect(await wb.readSheet("Leads")).toEqual(before);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Leads", "Pārskats", "Notes"]);
  });

  it("refuses a plan owned by the user on an existing sheet too", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    await expect(
      wb.writeSheet({ name: "Notes", kind: "input:settings", owner: "user", values: [["x"]] })
    ).rejects.toMatchObject({
      code: "WRITE_FAILED",
    });
  });

  it("deletes its own sheets only", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    const refused = await wb.deleteSheet("Notes").catch((e: unknown) => e);
    expect(isAppError(refused, "WRITE_FAILED")).toBe(true);
    await wb.deleteSheet("Pārskats");
    const after = await openXlsx(await wb.toBuffer());
    expect((await after.listSheets()).map((s) => s.name)).toEqual(["Leads", "Notes"]);
    await expect(after.deleteSheet("Nope")).rejects.toMatchObject({ code: "MISSING_SHEET" });
  });

  it("keeps a user sheet's content and the user's defined names through a rewrite", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    await wb.writeSheet({ name: "Report", kind: "report:y", values: [["r"]] });
    const bytes = await wb.toBuffer();
    const xml = await part(bytes, "xl/workbook.xml");
    expect(xml).toContain('<definedName name="VatRate" comment="standard rate">0.21</definedName>');
    expect(xml).toContain(
      '<definedName name="Greeting">&quot;Labdien, &amp; welcome&quot;</definedName>'
    );
    expect(xml).toContain(
      '<definedName name="FirstLead" localSheetId="0">Leads!$A$3</definedName>'
    );
    expect(xml).toContain(
      '<definedName name="Companies">OFFSET(Leads!$A$3,0,0,COUNTA(Leads!$A:$A)-2,1)</definedName>'
    );
    expect(xml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Leads!$A$1:$D$5</definedName>'
    );
    const notes = (await reopen(bytes)).getWorksheet("Notes");
    expect(notes?.getCell("B1").value).toBe(0.21);
  });
});

describe("deleting a sheet of ours", () => {
  it("turns the user's names that pointed into it into #REF!, as Excel does", async () => {
    const first = createXlsx();
    await first.writeSheet({ name: "Data", kind: "input", owner: "user", values: [["x"]] });
    await first.writeSheet({ name: "Tmp calc", kind: "report:tmp", values: [[42]] });
    const zip = await JSZip.loadAsync(await first.toBuffer());
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file(
      "xl/workbook.xml",
      xml.replace(
        "</definedNames>",
        `<definedName name="TmpAnswer">'Tmp calc'!$A$1</definedName><definedName name="Both">SUM('Tmp calc'!$A$1,Data!$A$1:$A$3)</definedName></definedNames>`
      )
    );
    const wb = await openXlsx(await zip.generateAsync({ type: "uint8array" }));
    await wb.deleteSheet("Tmp calc");
    const out = await part(await wb.toBuffer(), "xl/workbook.xml");
    expect(out).toContain('<definedName name="TmpAnswer">#REF!</definedName>');
    expect(out).toContain('<definedName name="Both">SUM(#REF!,Data!$A$1:$A$3)</definedName>');
    expect(out).not.toContain("_DealDesk");
  });
});

describe("cancellation and failure leave the workbook as it was", () => {
  const bigPlan = (name: string, rows: number) => ({
    name,
    kind: "report:big",
    values: Array.from({ length: rows }, (_x, i) => [`row ${i}`, i]),
  });

  it("writeSheet: an abort mid-way adds nothing and keeps the sheet it would replace", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "Big", kind: "report:big", values: [["old"]] });
    const controller = new AbortController();
    const seen: number[] = [];
    const attempt = wb.writeSheet(bigPlan("Big", 30_000), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done >= 10_000) controller.abort();
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: "CANCELLED" });
    expect(seen.length).toBeGreaterThan(0);
    expect((await wb.listSheets()).map((s) => [s.name, s.rowCount])).toEqual([["Big", 1]]);
    expect((await wb.readSheet("Big")).values).toEqual([["old"]]);
  });

  it("readSheet: reports progress on a big sheet and stops when aborted", async () => {
    const wb = createXlsx();
    await wb.writeSheet(bigPlan("Big", 20_000));
    const progress: number[] = [];
    const block = await wb.readSheet("Big", { onProgress: (p) => progress.push(p.done) });
    expect(block.values).toHaveLength(20_000);
    expect(progress.at(-1)).toBe(20_000);
    expect(progress.length).toBeGreaterThan(2);
    const controller = new AbortController();
    const read = wb.readSheet("Big", {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(read).rejects.toMatchObject({ code: "CANCELLED" });
  });

  it("writeSheet: a value Excel cannot store fails before anything is added, naming the cell", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "Keep", kind: "x", owner: "user", values: [["k"]] });
    await expect(
      wb.writeSheet({ name: "Bad", kind: "x", values: [["ok"], [Number.NaN]] })
    ).rejects.toThrow("Bad!A2: NaN");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Keep"]);
  });

  it("updateCells: all or nothing", async () => {
    const wb = createXlsx();
    await wb.writeSheet({ name: "S", kind: "x", owner: "user", values: [["a", "b"]] });
    const attempt = wb.updateCells("S", [
      { row: 1, column: 1, value: "changed" },
      { row: 1, column: 2, value: Number.POSITIVE_INFINITY },
    ]);
    await expect(attempt).rejects.toMatchObject({ code: "WRITE_FAILED" });
    expect((await wb.readSheet("S")).values).toEqual([["a", "b"]]);
    await expect(wb.updateCells("Missing", [])).rejects.toMatchObject({ code: "MISSING_SHEET" });
  });
});

describe("selectCell", () => {
  it("records the last selection for the workbench", async () => {
    const wb = await openXlsx(fixture("xlsx-user-table.xlsx"));
    expect(wb.lastSelection).toBeNull();
    await wb.selectCell("leads", 4, 2);
    expect(wb.lastSelection).toEqual({ sheet: "Leads", row: 4, column: 2 });
    await expect(wb.selectCell("Nope", 1, 1)).rejects.toMatchObject({ code: "MISSING_SHEET" });
  });
});
