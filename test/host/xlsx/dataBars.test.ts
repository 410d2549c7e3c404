import JSZip from "jszip";
import { createXlsx } from "../../../src/host/xlsx/xlsxWorkbook";

describe("data bars in .xlsx files", () => {
  it("start at zero, so the smallest value still shows a bar of its size", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Report",
      kind: "report:test",
      values: [["Revenue"], [1000], [2000], [3000]],
      conditionalFormats: [
        { type: "dataBar", range: { row: 2, column: 1, rows: 3, columns: 1 }, color: "638EC6" },
      ],
    });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml).toMatch(
      /<cfRule type="dataBar"[^>]*><dataBar><cfvo type="num" val="0"\/><cfvo type="max"\/>/
    );
  });
});
