/**
 * The same report through the Office adapter (Excel.run over the recording fake): the same
 * figures as on the .xlsx file, a native chart of revenue against target on every report sheet,
 * the colours and data bars, and a second run replacing only the report's own sheets.
 */
import { join } from "node:path";
import { OfficeWorkbook } from "../../../src/host/office/officeWorkbook";
import { openXlsxFile } from "../../../src/host/xlsx/xlsxFile";
import { generateReport } from "../../../src/jobs/reports/generateReport";
import { FakeExcel } from "../../host/office/fakeExcel";

const fixture = join(__dirname, "../../fixtures/report-latvian-messy.xlsx");
const request = { period: "2026-Q3", today: "2026-10-15", now: new Date("2026-10-15T08:15:00Z") };

describe("generateReport in Excel (Office adapter)", () => {
  let fake: FakeExcel;
  let uninstall: () => void;

  beforeEach(async () => {
    fake = new FakeExcel();
    const source = await openXlsxFile(fixture);
    for (const info of await source.listSheets()) {
      const block = await source.readSheet(info.name);
      const sheet = fake.addSheet(info.name);
      block.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const nf = block.numberFormats[r]?.[c];
          fake.put(sheet, block.firstRow - 1 + r, block.firstColumn - 1 + c, {
            v,
            ...(nf && nf !== "General" ? { nf } : {}),
          });
        })
      );
    }
    uninstall = fake.install();
  });
  afterEach(() => uninstall());

  it("computes what the .xlsx run computes, and draws a native chart on each report sheet", async () => {
    const office = await generateReport(new OfficeWorkbook(), request);
    const xlsx = await generateReport(await openXlsxFile(fixture), request);
    expect(office).toEqual(xlsx);
    for (const name of office.sheets.slice(0, 3)) {
      const sheet = fake.sheet(name);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]?.source).toMatch(/^(.*!)?\$?A\$?\d+:\$?C\$?\d+$/);
      expect(sheet.conditionalFormats.some((cf) => cf.type === "DataBar")).toBe(true);
      expect(sheet.conditionalFormats.some((cf) => cf.type === "CellValue")).toBe(true);
    }
    expect(fake.sheet("Problēmas 2026-Q3").charts).toHaveLength(0);
  });

  it("a second run replaces the report's sheets and nothing else", async () => {
    const port = new OfficeWorkbook();
    await generateReport(port, request);
    const before = (await port.listSheets()).map((s) => [s.name, s.ours]);
    await generateReport(port, request);
    expect((await port.listSheets()).map((s) => [s.name, s.ours])).toEqual(before);
    expect(before.filter(([, ours]) => ours !== null)).toHaveLength(4);
  });
});
