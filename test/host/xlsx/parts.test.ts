import ExcelJS from "exceljs";
import JSZip from "jszip";
import { countInPart, findUnsupportedParts } from "../../../src/host/xlsx/unsupportedParts";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { fixture } from "./xlsxTestKit";

async function plainWorkbook(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = 1;
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

describe("parts(): what an in-place rewrite would lose", () => {
  it("finds the charts of a workbook", async () => {
    const wb = await openXlsx(fixture("xlsx-with-charts.xlsx"));
    expect(await wb.parts()).toEqual({ unsupported: ["charts (2)"] });
  });

  it("finds charts and macros in a macro-enabled workbook", async () => {
    const wb = await openXlsx(fixture("xlsx-with-charts-and-macros.xlsm"));
    expect(await wb.parts()).toEqual({ unsupported: ["charts (2)", "macros"] });
  });

  it("finds nothing in workbooks exceljs rewrites whole: tables, names, pictures, notes", async () => {
    expect(await (await openXlsx(fixture("xlsx-user-table.xlsx"))).parts()).toEqual({
      unsupported: [],
    });
    expect(await (await openXlsx(fixture("xlsx-cell-kinds.xlsx"))).parts()).toEqual({
      unsupported: [],
    });
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Pictures");
    // A 1×1 PNG and a note: exceljs carries both over on a rewrite.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
      "base64"
    );
    ws.addImage(
      book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }),
      "B2:C3"
    );
    ws.getCell("A1").note = "checked";
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await (await openXlsx(bytes)).parts()).toEqual({ unsupported: [] });
    expect(await createXlsx().parts()).toEqual({ unsupported: [] });
  });

  it("names every kind of part exceljs drops, with counts", async () => {
    const zip = await plainWorkbook();
    const add = (path: string, text = "<x/>"): void => {
      zip.file(path, text);
    };
    add("xl/pivotTables/pivotTable1.xml");
    add("xl/pivotCache/pivotCacheDefinition1.xml");
    add("xl/slicers/slicer1.xml");
    add("xl/slicerCaches/slicerCache1.xml");
    add("xl/timelines/timeline1.xml");
    add("xl/externalLinks/externalLink1.xml");
    add("xl/externalLinks/externalLink2.xml");
    add(
      "customXml/item1.xml",
      '<DataMashup xmlns="http://schemas.microsoft.com/DataMashup">AAAA</DataMashup>'
    );
    add("customXml/item2.xml", "<ct:contentTypeSchema/>");
    add("xl/model/item.data", "binary");
    add("xl/connections.xml");
    add("xl/ctrlProps/ctrlProp1.xml");
    add("xl/activeX/activeX1.xml");
    add("xl/embeddings/oleObject1.bin", "ole");
    add(
      "xl/threadedComments/threadedComment1.xml",
      '<ThreadedComments><threadedComment ref="A1"><text>a</text></threadedComment><threadedComment ref="A2"><text>b</text></threadedComment></ThreadedComments>'
    );
    add(
      "xl/drawings/drawing1.xml",
      "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>"
    );
    add("docProps/custom.xml");
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(
        "</worksheet>",
        "<extLst><ext><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines/></x14:sparklineGroup><x14:sparklineGroup></x14:sparklineGroup></x14:sparklineGroups></ext>" +
          '<ext><x14:dataValidations><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>'
      )
    );
    expect(await findUnsupportedParts(zip)).toEqual([
      "pivot tables (1)",
      "slicers (1)",
      "timelines (1)",
      "external links (2)",
      "Power Query queries",
      "a data model (Power Pivot)",
      "data connections",
      "form controls (1)",
      "ActiveX controls (1)",
      "embedded objects (1)",
      "sparklines (2)",
      "drop-down lists from other sheets (1)",
      "threaded comments (2)",
      "shapes (1)",
      "custom document properties",
    ]);
  });

  it("reports macros from the content type alone (an .xlsm without a VBA part)", async () => {
    const zip = await plainWorkbook();
    const ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
    );
    expect(await findUnsupportedParts(zip)).toEqual(["macros"]);
  });

  it("counts markers in a streamed part, also across chunk boundaries", async () => {
    const zip = new JSZip();
    const unit = "<x14:sparklineGroup>".padEnd(97, " ") + "</x14:sparklineGroup>";
    zip.file("big.xml", unit.repeat(20_000));
    expect(await countInPart(zip, "big.xml", ["</x14:sparklineGroup>", "<nothing>"])).toEqual([
      20_000, 0,
    ]);
  });
});
